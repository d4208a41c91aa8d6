// Prints raw, gzip and brotli bytes of every file the first load fetches, and their total.
// Exits 1 when the brotli total passes the budget.
//   node scripts/size-report.mjs [dist] [budget-bytes] [floor-dir]
// With floor-dir (scripts/minimal-yew/build.sh's output: a counter built with the same
// toolchain), it also prints that app's total and ProloPath's ratio to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
// The test command's budget (scripts/test.sh) unless another is given.
const budget = Number(process.argv[3] ?? 102_750);
const html = readFileSync(join(dist, 'index.html'), 'utf8');

// The first load is what a browser fetches to show and start the page: the page, its
// stylesheet and scripts (<link rel=stylesheet|modulepreload|preload>, <script src>), the wasm
// and settings.json, which the loader fetches (the wasm once the first view has painted). Chromium asks for nothing else (the manifest
// and the install icons come with installing; the offline worker's copies come after).
// The page's wasm is Trunk's (prolopath-<hash>); a widget's own (embed-<hash>) is not the page's.
const refs = new Set(['index.html', 'settings.json', ...readdirSync(dist).filter((f) => /^prolopath-[0-9a-f]+_bg\.wasm$/.test(f))]);
const later = new Set(readdirSync(dist).filter((f) => /^embed-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)));
for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
  const url = tag.match(/\b(?:href|src)=["']?\.?\/?([\w.\-/]+)/)?.[1];
  if (!url || /^data\b/.test(url)) continue;
  const rel = tag.match(/\brel=["']?([\w-]+)/)?.[1];
  (tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload'].includes(rel) ? refs : later).add(url);
}

const measure = (dir, name) => {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const rows = [...refs].map((name) => measure(dist, name));
const total = sum(rows);

const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'first load total'.padEnd(44)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
for (const r of [...later].map((name) => measure(dist, name))) {
  console.log(`${`(not on first load) ${r.name}`.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
}
// The page built in Spanish (es.html), for the record (the budget is the main page's): its own
// page and loader, the same stylesheet, glue and wasm, and what it fetches before the app starts,
// the Spanish texts (its first view brought its sections; the other conditions' come after).
if (readdirSync(dist).includes('es.html')) {
  const es = readFileSync(join(dist, 'es.html'), 'utf8');
  const own = [...es.matchAll(/<(?:link|script)\b[^>]*>/g)]
    .filter(([tag]) => tag.startsWith('<script') || /\brel=["']?(stylesheet|modulepreload|preload)\b/.test(tag))
    .map(([tag]) => tag.match(/\b(?:href|src)=["']?\.?\/?([\w.\-/]+)/)?.[1]);
  const names = new Set(['es.html', 'settings.json', ...[...refs].filter((f) => f.endsWith('.wasm')), ...own,
    ...readdirSync(dist).filter((f) => /^es-[0-9a-f]+\.txt$/.test(f))]);
  const esTotal = sum([...names].map((name) => measure(dist, name)));
  console.log(`${'es.html first load (not budgeted)'.padEnd(44)}${pad(esTotal.raw, 10)}${pad(esTotal.gzip, 10)}${pad(esTotal.brotli, 10)}`);
}
const floorDir = process.argv[4];
if (floorDir) {
  const floor = sum(readdirSync(floorDir).map((name) => measure(floorDir, name)));
  console.log(`${'minimal Yew counter, same toolchain'.padEnd(44)}${pad(floor.raw, 10)}${pad(floor.gzip, 10)}${pad(floor.brotli, 10)}`);
  console.log(`ProloPath's first load is ${(total.brotli / floor.brotli).toFixed(2)} times the minimal Yew app's (brotli)`);
}
console.log(`brotli budget ${budget} bytes: ${total.brotli <= budget ? 'within' : 'OVER'} (${((100 * total.brotli) / budget).toFixed(1)}%)`);
if (!rows.some((r) => r.name.endsWith('.wasm'))) {
  console.error('size-report: no .wasm file found in the first load; is this a Trunk build?');
  process.exit(1);
}
process.exit(total.brotli <= budget ? 0 : 1);

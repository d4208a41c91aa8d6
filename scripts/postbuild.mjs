// Trunk post_build hook. In release builds: minify wasm-bindgen's JS with terser
// (Trunk's own minifier cannot parse `export default`) and update the file's
// subresource-integrity hash in index.html so the browser still accepts it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`postbuild: terser produced nothing for ${name}`);
  writeFileSync(path, out.code);
  const before = sri(source);
  if (html.includes(before)) html = html.replaceAll(before, sri(out.code));
  console.log(`postbuild: ${name} ${source.length} -> ${out.code.length} bytes`);
}
writeFileSync(htmlPath, html);

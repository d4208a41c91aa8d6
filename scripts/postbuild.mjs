// Trunk post_build hook: the last step of every build, in Trunk's staging folder.
//  - release only: minify wasm-bindgen's JS with esbuild (Trunk 0.21's minifier cannot
//    parse `export default`), and give the wasm's imports short names in both files
//  - build the widget's own wasm (src/bin/widget.rs) as embed-<hash>_bg.wasm and .js, the same way
//  - bundle the loaders (boot-<hash>.js, embed.js) and the worker with esbuild
//    (scripts/bundle.mjs): real modules, the real hashed names as constants; link the loader
//    from each page (the glue JS preloaded; the wasm is fetched after the first paint): no
//    inline script, for a strict CSP
//  - write a page a language from the index.html template (index.html in English, es.html in
//    Spanish), each with the app's first view in its language, rendered by the app's own
//    components natively (src/bin/prerender.rs), so the page is complete before the wasm arrives
//  - release only: write sw.js with a precache list of the real files and a build id,
//    mark the build in each page, and write .br/.gz copies for nginx's *_static modules
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleLoader, bundleWorker, minifyModule } from './bundle.mjs';
import { unfilledSlot } from './page-slots.mjs';
import { shortenImportsInFiles } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex');
const files = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// Trunk writes its 64-bit hash in hex without leading zeros: 16 digits or fewer.
const js = readdirSync(dir).find((f) => /^prolopath-[0-9a-f]{8,16}\.js$/.test(f));
const wasm = readdirSync(dir).find((f) => /^prolopath-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
const pageCss = readdirSync(dir).find((f) => /^main-[0-9a-f]{8,16}\.css$/.test(f));
if (!js || !wasm) throw new Error(`postbuild: no wasm-bindgen output in ${dir}`);
if (!pageCss) throw new Error(`postbuild: no main-<hash>.css in ${dir}`);

/**
 * Release only, for the page's wasm and the widget's alike: wasm-bindgen's JS minified with
 * esbuild, then short names for the wasm's imports in the wasm and the JS (scripts/short-imports.mjs).
 * @param {string} wasmPath
 * @param {string} jsPath
 */
async function shrink(wasmPath, jsPath) {
  const code = readFileSync(jsPath, 'utf8');
  const out = await minifyModule(code);
  if (!out) throw new Error(`postbuild: esbuild produced nothing for ${jsPath}`);
  writeFileSync(jsPath, out);
  const short = shortenImportsInFiles(wasmPath, jsPath);
  console.log(`postbuild: ${relative(dir, jsPath)} ${code.length} -> ${short.js.length} bytes; ${short.renamed} names shortened; ${relative(dir, wasmPath)} now ${short.wasm.length} bytes`);
}

if (release) await shrink(join(dir, wasm), join(dir, js));

// The widget's own wasm (src/bin/widget.rs: the `<prolo-path>` entry, without the page's; the
// page's, from Trunk, has no widget entry): built, bound and optimized as Trunk does the page's,
// with the same wasm-bindgen and wasm-opt flags (index.html's data-wasm-opt-params), then
// shrunk as the page's is. Both files are named after one hash of both, as they finally are
// (the short import names follow the wasm's import order, so the JS can change with the wasm
// alone): embed-<hash>, which the page's offline copy leaves out.
async function buildWidget() {
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'widget', '--message-format=json-render-diagnostics', ...(release ? ['--release'] : [])];
  const messages = execFileSync('cargo', cargoArgs, { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  const built = messages.split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'widget')?.filenames?.find((f) => f.endsWith('.wasm'));
  if (!built) throw new Error('postbuild: cargo built no widget.wasm');
  const out = join(dir, '.widget');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'widget', built], { stdio: 'inherit' });
  let [wasmPath, jsPath] = [join(out, 'widget_bg.wasm'), join(out, 'widget.js')];
  if (release) {
    // The flags from their one place, index.html (read by scripts/wasm-opt-flags.sh).
    const flags = execFileSync(join(source, 'scripts/wasm-opt-flags.sh'), { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
    execFileSync('wasm-opt', ['-Oz', ...flags, wasmPath, '-o', join(out, 'opt.wasm')], { stdio: 'inherit' });
    wasmPath = join(out, 'opt.wasm');
    await shrink(wasmPath, jsPath);
  }
  const [wasmBytes, jsBytes] = [readFileSync(wasmPath), readFileSync(jsPath)];
  const name = `embed-${hash(Buffer.concat([wasmBytes, jsBytes])).slice(0, 16)}`;
  writeFileSync(join(dir, `${name}_bg.wasm`), wasmBytes);
  writeFileSync(join(dir, `${name}.js`), jsBytes);
  rmSync(out, { recursive: true });
  console.log(`postbuild: widget ${name}_bg.wasm ${wasmBytes.length} bytes, ${name}.js ${jsBytes.length}`);
  return { wasm: `${name}_bg.wasm`, js: `${name}.js` };
}
const widget = await buildWidget();

// Spanish texts, fetched only by someone who reads Spanish.
const es = readFileSync(join(source, 'src/text/es.txt'));
const esName = `es-${hash(es).slice(0, 16)}.txt`;
writeFileSync(join(dir, esName), es);

// The app's own components, run natively (src/bin/prerender.rs), without the release wasm's
// build options (scripts/release-env.sh): the native build stays the one the tests cached.
const nativeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([k]) => !['RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_TARGET_DIR'].includes(k)));
const prerender = (...args) => execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', ...args], {
  cwd: source,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: nativeEnv,
});
// The sections the answers never change, per language, made by the app's own components
// natively (the wasm has none of them): the page fetches a language's file when it switches to
// it, and its own language's for the other conditions once it has started; a widget fetches its
// language's. Each page's first view carries its own condition's, in its language.
const islandNames = {};
for (const lang of ['en', 'es']) {
  const file = prerender('--islands', lang);
  if (!file.startsWith('<div data-island="')) throw new Error(`postbuild: no islands from the prerender tool for ${lang}`);
  islandNames[lang] = `islands-${lang}-${hash(file).slice(0, 16)}.html`;
  writeFileSync(join(dir, islandNames[lang]), file);
}

// The files the loaders fetch only when wanted, by name (assets/shared.js `loader`).
const FILES = { es: `./${esName}`, 'islands-en': `./${islandNames.en}`, 'islands-es': `./${islandNames.es}` };
// Each language's month and weekday names and forms of the app's dates: a page's loader moves
// its first view's example dates to today with its language's (assets/dates.js).
const dateWords = JSON.parse(prerender('--date-words'));
for (const [lang, w] of Object.entries(dateWords)) {
  if (w.months?.length !== 12 || w.weekdays?.length !== 7 || !w.long || !w.short) throw new Error(`postbuild: no date words for ${lang} from the prerender tool`);
}
// The answers' keys in a link and where they are remembered (src/model/query.rs): the loader
// decides the first view's start date as the app does with them.
const answers = JSON.parse(prerender('--answers'));
if (!answers.keys?.includes('start') || !answers.stored) throw new Error('postbuild: no answer keys from the prerender tool');
// The failure message of the app, in every language (src/bin/prerender.rs): a widget that
// cannot start says it (assets/failure.js); a page's note says it to someone who reads another
// language than its first view's, so a page's loader has only those.
const failure = JSON.parse(prerender('--failure'));
if (!failure.langs?.en?.signs?.length || !failure.langs?.es?.signs?.length || !failure.langs.en.phones?.length || !failure.emergency) throw new Error('postbuild: no failure texts from the prerender tool');

// The pages: the app in English (index.html), and a page built in each other language of the
// app (es.html), for clinics that send their readers of it there. Each is the same page with
// its language's words, first view and loader.
const PAGES = { en: 'index.html', es: 'es.html' };
const pageWords = JSON.parse(prerender('--page-words'));
const text = (/** @type {string} */ t) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const attr = (/** @type {string} */ t) => `"${text(t).replaceAll('"', '&quot;')}"`;
/**
 * The page's frame in `lang`: every {{name}} of index.html filled once (an attribute's quotes,
 * which the minifier may drop, put back).
 * @param {string} page
 * @param {string} lang
 */
function frame(page, lang) {
  const w = pageWords[lang];
  if (!w?.title || !w.noscript || !w.manifest || !w.updateReady || !w.updateReload) throw new Error(`postbuild: no page words for ${lang} from the prerender tool`);
  const others = Object.keys(PAGES).filter((l) => l !== lang);
  // Links to the pages built in the other languages, each marked as its language and asking the
  // app there for it in the fragment, as the app keeps it (a remembered language or the
  // browser's would win over the page's own).
  const links = (/** @type {string} */ cls) => others.map((l) => `<p${cls} lang=${l}><a href=${attr(`./${PAGES[l] === 'index.html' ? '' : PAGES[l]}#lang=${l}`)} hreflang=${l}>${text(pageWords[l].otherPage)}</a></p>`).join('');
  const fills = {
    lang: attr(lang),
    title: text(w.title),
    description: attr(w.description),
    manifest: attr(w.manifest),
    noteTitle: text(w.noteTitle),
    noteBody: text(w.noteBody),
    otherPages: links(''),
    noscript: `<p class=pp-notice>${text(w.noscript)}</p>${links(' class=pp-notice')}`,
  };
  for (const [name, value] of Object.entries(fills)) {
    const slot = new RegExp(`(["']?)\\{\\{${name}\\}\\}\\1`, 'g');
    if ((page.match(slot) ?? []).length !== 1) throw new Error(`postbuild: index.html must have {{${name}}} once`);
    page = page.replace(slot, () => value);
  }
  // The main page's root says nothing; another language's says which it is (src/web/mod.rs).
  const root = /\s*data-page-lang=(["']?)\{\{pageLang\}\}\1/;
  if (!root.test(page)) throw new Error('postbuild: index.html must have data-page-lang="{{pageLang}}" on #pp-root');
  page = page.replace(root, lang === 'en' ? '' : ` data-page-lang=${lang}`);
  const unfilled = unfilledSlot(page);
  if (unfilled) throw new Error(`postbuild: index.html has a {{name}} postbuild does not fill: ${unfilled}`);
  return page;
}

// A page's loader, with its language's date words and the failure words of the other languages.
const boots = {};
for (const lang of Object.keys(PAGES)) {
  const otherLangs = {
    ...failure,
    langs: Object.fromEntries(Object.entries(failure.langs).filter(([l]) => l !== lang)),
    // Every language, so a link or a file asking for the page's own is not passed over.
    tags: Object.keys(failure.langs),
    // The page's own emergency heading with a number and its phones' labels: the first view's,
    // when the wasm cannot start.
    heading: failure.langs[lang].clinic,
    phones: failure.langs[lang].phones,
  };
  const boot = await bundleLoader(join(source, 'assets/boot.js'), {
    glue: js,
    defines: {
      PROLOPATH_FILES: FILES, PROLOPATH_WASM: `./${wasm}`, PROLOPATH_OFFLINE: release, PROLOPATH_DATE_WORDS: dateWords[lang], PROLOPATH_ANSWERS: answers,
      PROLOPATH_FAILURE: otherLangs, PROLOPATH_PAGE_LANG: lang === 'en' ? null : lang,
      // Every language: the app may switch to any of them before a new version comes.
      PROLOPATH_UPDATE: Object.fromEntries(Object.entries(pageWords).map(([l, w]) => [l, [w.updateReady, w.updateReload]])),
    },
    minify: release,
  });
  boots[lang] = `boot-${hash(boot).slice(0, 16)}.js`;
  writeFileSync(join(dir, boots[lang]), boot);
}

// The settings the custom element takes as attributes, from the app's one list of settings.
const attributes = prerender('--attributes');
if (!/^\["[a-z-]+"(,"[a-z-]+")*\]$/.test(attributes)) throw new Error(`postbuild: no attribute list from the prerender tool: ${attributes}`);

// The custom element's loader keeps one name, so a clinic's script tag never changes.
const embed = await bundleLoader(join(source, 'assets/embed.js'), {
  glue: widget.js,
  defines: {
    PROLOPATH_FILES: FILES,
    PROLOPATH_WASM: `./${widget.wasm}`,
    // The page's own stylesheet: written once for both (styles/main.css says how).
    PROLOPATH_CSS: `./${pageCss}`,
    PROLOPATH_SETTINGS: JSON.parse(attributes),
    // What a widget that cannot start says: the app's own words (src/bin/prerender.rs).
    PROLOPATH_FAILURE: failure,
  },
  minify: release,
});
writeFileSync(join(dir, 'embed.js'), embed);
// Each page's first view, for the build day (or SOURCE_DATE_EPOCH's): the default estimate in
// its language. The wasm replaces it with the patient's own within the same frame, so nothing
// flashes.
const day = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const iso = [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
const pages = {};
for (const [lang, file] of Object.entries(PAGES)) {
  let page = frame(html, lang);
  const first = prerender(iso, lang);
  const slot = /<div class="?pp-prerender"?><\/div>/;
  if (!slot.test(page) || !first.startsWith('<div')) throw new Error('postbuild: no prerender slot in index.html, or no HTML from the prerender tool');
  page = page.replace(slot, () => first);
  // The first view carries its own sections (the fixed ones and the first condition's); the app
  // keeps a copy of them and fetches the other conditions' after it starts (src/web/sections.rs):
  // they are not on the first load.
  console.log(`postbuild: prerendered ${file}'s first view for ${iso}, ${first.length} bytes`);
  // With inject_scripts off, Trunk leaves its own directive in the page.
  page = page.replace(/<link[^>]*\bdata-trunk\b[^>]*>/g, '');
  page = page.replace(
    '</head>',
    // No preload of the wasm: boot.js fetches it after the first view has painted.
    `<link rel=modulepreload href=./${js}>` +
      `<script type=module src=./${boots[lang]}></script></head>`,
  );
  pages[file] = page;
}
// The other pages are written now, so the precache list has them; index.html last (Trunk's).
for (const [file, page] of Object.entries(pages)) if (file !== 'index.html') writeFileSync(join(dir, file), page);
html = pages['index.html'];

if (release) {
  // The precache list: every built file but the worker itself; the id changes with any of them.
  const precached = files(dir)
    .map((f) => relative(dir, f))
    // The widget's files serve other sites' pages, not this app offline.
    .filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f) && !/^embed[.-]/.test(f))
    .sort();
  const build = hash(precached.map((f) => f + hash(f === 'index.html' ? html : readFileSync(join(dir, f)))).join()).slice(0, 12);
  const marked = (/** @type {string} */ page) => page.replace('</head>', `<meta name=prolopath-build content=${build}></head>`);
  html = marked(html);
  const others = Object.values(PAGES).filter((f) => f !== 'index.html');
  for (const file of others) writeFileSync(join(dir, file), marked(pages[file]));
  const sw = await bundleWorker(join(source, 'assets/sw.js'), {
    defines: { PROLOPATH_BUILD: build, PROLOPATH_PRECACHE: ['./', ...precached.map((f) => `./${f}`)], PROLOPATH_PAGES: others.map((f) => `./${f}`) },
    minify: true,
  });
  writeFileSync(join(dir, 'sw.js'), sw);
  console.log(`postbuild: build ${build}, ${precached.length + 1} files precached`);
}
writeFileSync(htmlPath, html);

if (release) {
  for (const f of files(dir).filter((f) => /\.(html|js|wasm|css|svg|webmanifest|txt)$/.test(f))) {
    const bytes = readFileSync(f);
    writeFileSync(`${f}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${f}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

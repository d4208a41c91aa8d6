// The build's bundling step (scripts/bundle.mjs) and the import renaming's version guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleLoader, bundleWorker, minifyModule } from '../../scripts/bundle.mjs';
import { checkVersion } from '../../scripts/short-imports.mjs';

const defines = {
  PROLOPATH_FILES: { es: './es-abc.txt', 'islands-en': './islands-en-1.html', 'islands-es': './islands-es-2.html' },
  PROLOPATH_WASM: './prolopath-123_bg.wasm',
  PROLOPATH_OFFLINE: true,
  PROLOPATH_CSS: './embed-456.css',
  PROLOPATH_SETTINGS: ['clinic-name', 'lang'],
  PROLOPATH_FAILURE: { langs: {}, emergency: 'US911' },
  PROLOPATH_DATE_WORDS: { months: ['Jan'], weekdays: ['Mon'], long: '{w}, {m} {d}, {y}', short: '{m} {d}' },
  PROLOPATH_PAGE_LANG: 'es',
  PROLOPATH_ANSWERS: { keys: ['start'], stored: 'prolopath.answers' },
  PROLOPATH_UPDATE: { en: ['A new version is ready.', 'Reload now'] },
};

for (const entry of ['assets/boot.js', 'assets/embed.js']) {
  test(`${entry} bundles with shared.js, the hashed names, and the app's JS as an import`, async () => {
    const code = await bundleLoader(entry, { glue: 'prolopath-123.js', defines, minify: true });
    assert.match(code, /from"\.\/prolopath-123\.js"/, 'the glue stays an import of its hashed name');
    assert.ok(code.includes('prolopath-123_bg.wasm'));
    assert.ok(code.includes('islands-es-2.html') && code.includes('es-abc.txt'));
    assert.ok(!/PROLOPATH_|prolopath:glue|__[A-Z]+__/.test(code), 'no name left unfilled');
    assert.ok(!/^\s*import .*shared\.js/m.test(code), 'shared.js is bundled in');
    assert.ok(code.includes('settings.json'), 'with what shared.js does');
  });
}

test('the worker is one classic script with the build id and the precache list', async () => {
  const code = await bundleWorker('assets/sw.js', {
    defines: { PROLOPATH_BUILD: 'b1d', PROLOPATH_PRECACHE: ['./', './index.html', './es.html'], PROLOPATH_PAGES: ['./es.html'] },
    minify: true,
  });
  assert.ok(code.includes('prolopath-') && code.includes('b1d') && code.includes('./index.html') && code.includes('./es.html'));
  assert.ok(!/\bimport\b|\bexport\b|PROLOPATH_/.test(code));
});

test('wasm-bindgen\'s JS keeps its export default when minified', async () => {
  const code = await minifyModule('export default function init(x) { return x + 1; }\nexport { init as start };');
  assert.match(code, /export\{.*as default/);
});

test('the import renaming runs only for the wasm-bindgen it was written for', () => {
  checkVersion('wasm-bindgen 0.2.130\n');
  assert.throws(() => checkVersion('wasm-bindgen 0.2.131'), /written for wasm-bindgen 0\.2\.130, but the build uses 0\.2\.131/);
  assert.throws(() => checkVersion('command not found'), /written for/);
});

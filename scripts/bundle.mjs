// The loaders (assets/boot.js, assets/embed.js) and the worker (assets/sw.js) are real ES
// modules: esbuild bundles each with what it imports (assets/shared.js) and puts in the build's
// hashed names and lists as constants (`define`: PROLOPATH_*, declared in assets/build.d.ts).
// wasm-bindgen's JS stays an import of its hashed name. Used by scripts/postbuild.mjs; tested by
// tests/scripts/bundle.test.mjs.
import { build, transform } from 'esbuild';

const TARGET = 'es2022';

/** esbuild's `define` wants JavaScript source text for each value. */
const defined = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));

/** What every bundle here shares: one file in memory, the build's constants put in. */
const bundled = (entry, defines, minify) => ({
  entryPoints: [entry],
  bundle: true,
  target: TARGET,
  write: false,
  minify,
  legalComments: 'none',
  logLevel: 'silent',
  define: defined(defines),
});

/**
 * A loader bundled as one ES module.
 * @param {string} entry the loader's source file
 * @param {{ glue: string, defines: Record<string, unknown>, minify?: boolean }} options
 *   glue: wasm-bindgen's JS file name, imported as `prolopath:glue` in the source
 * @returns {Promise<string>}
 */
export async function bundleLoader(entry, { glue, defines, minify = false }) {
  const result = await build({
    ...bundled(entry, defines, minify),
    format: 'esm',
    plugins: [
      {
        name: 'prolopath-glue',
        setup(b) {
          b.onResolve({ filter: /^prolopath:glue$/ }, () => ({ path: `./${glue}`, external: true }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/**
 * The service worker as one classic script.
 * @param {string} entry
 * @param {{ defines: Record<string, unknown>, minify?: boolean }} options
 * @returns {Promise<string>}
 */
export async function bundleWorker(entry, { defines, minify = false }) {
  const result = await build({ ...bundled(entry, defines, minify), format: 'iife' });
  return result.outputFiles[0].text;
}

/**
 * wasm-bindgen's JS, minified (Trunk 0.21's own minifier cannot parse its `export default`).
 * @param {string} code
 * @returns {Promise<string>}
 */
export async function minifyModule(code) {
  return (await transform(code, { minify: true, format: 'esm', target: TARGET, legalComments: 'none' })).code;
}

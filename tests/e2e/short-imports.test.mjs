// The build step that shortens the wasm's import names (scripts/short-imports.mjs), on small
// hand-made modules. The real build is covered by every other end-to-end test: a wrong name
// there and the app would not start.
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { shortenImports } from '../../scripts/short-imports.mjs';

const bytes = (s) => [...new TextEncoder().encode(s)];
const leb = (n) => (n < 128 ? [n] : [(n % 128) | 0x80, ...leb(Math.floor(n / 128))]);
const vec = (s) => [...leb(s.length), ...s];

/** A module importing `names` (functions of no arguments) from `module`, plus a memory. */
function wasm(module, names) {
  const type = [0x01, 0x60, 0x00, 0x00]; // one type: [] -> []
  const imports = [names.length + 1];
  for (const name of names) imports.push(...vec(bytes(module)), ...vec(bytes(name)), 0x00, 0x00);
  imports.push(...vec(bytes('env')), ...vec(bytes('mem')), 0x02, 0x00, 0x01); // memory, min 1
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, ...vec(type), 0x02, ...vec(imports)]);
}

const NAMES = ['__wbg_appendChild_2b1a5ac4d7ea1b4e', '__wbindgen_cast_0000000000000001'];
const JS = `function g(){const e={__proto__:null};e.${NAMES[0]}=0;return{__proto__:null,"./app_bg.js":{${NAMES[0]}:function(e,n){return e.appendChild(n)},${NAMES[1]}(e){return e}}}}`;

test('imports get short names in the wasm and the JS, and the module still instantiates', async () => {
  const { wasm: out, js, renamed } = shortenImports(wasm('./app_bg.js', NAMES), JS.replace(`e.${NAMES[0]}=0;`, ''));
  assert.equal(renamed, 2);
  const module = await WebAssembly.compile(out);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`), ['w.a', 'w.b', 'env.mem']);
  assert.match(js, /\{__proto__:null,w:\{a:function\(e,n\)\{return e\.appendChild\(n\)\},b\(e\)\{return e\}\}\}/);
  const imports = new Function(`${js}; return g();`)();
  await WebAssembly.instantiate(module, { ...imports, env: { mem: new WebAssembly.Memory({ initial: 1 }) } });
});

test('a name the JS does not hold exactly once as a key stops the build', () => {
  assert.throws(() => shortenImports(wasm('./app_bg.js', NAMES), JS), /a hashed import name is left in the JS/);
  assert.throws(() => shortenImports(wasm('./app_bg.js', [...NAMES, '__wbg_gone_0123456789abcdef']), JS.replace(`e.${NAMES[0]}=0;`, '')), /__wbg_gone_0123456789abcdef is in the JS 0 times/);
  assert.throws(() => shortenImports(Buffer.from('not wasm'), JS), /not a wasm module/);
});

/** A module importing one function from wasm-bindgen's JS and exporting its own under each of `names`. */
function exporting(names) {
  const type = [0x01, 0x60, 0x00, 0x00];
  const imports = [0x01, ...vec(bytes('./app_bg.js')), ...vec(bytes(IMPORTED)), 0x00, 0x00];
  const funcs = [0x01, 0x00];
  const exports = [names.length];
  for (const name of names) exports.push(...vec(bytes(name)), 0x00, 0x01); // function 1: its own
  const code = [0x01, 0x02, 0x00, 0x0b];
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, ...vec(type), 0x02, ...vec(imports),
    0x03, ...vec(funcs), 0x07, ...vec(exports), 0x0a, ...vec(code)]);
}

const IMPORTED = '__wbg_log_0123456789abcdef';
const LONG = 'wasm_bindgen_2ecf14568f8d53ff___convert__closures_____invoke_______true_';
const GLUE = `function g(){return{__proto__:null,"./app_bg.js":{${IMPORTED}:function(){}}}}`;
const CALLS = `${GLUE}function f(c,_,e){c.${LONG}(_,e)}function s(c){c.start()}`;

test("closures' long export names get short ones in the wasm and the JS; others stay", async () => {
  const { wasm: out, js, renamed } = shortenImports(exporting(['start', LONG]), CALLS);
  assert.equal(renamed, 2, 'the import and the long export');
  const module = await WebAssembly.compile(out);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['start', '_a']);
  assert.equal(js, 'function g(){return{__proto__:null,w:{a:function(){}}}}function f(c,_,e){c._a(_,e)}function s(c){c.start()}');
  // Read twice, or not at all: the build stops.
  assert.throws(() => shortenImports(exporting([LONG]), `${CALLS}c.${LONG};`), /read in the JS 2 times/);
  assert.throws(() => shortenImports(exporting([LONG]), `${GLUE}c.start()`), /read in the JS 0 times/);
  // Its short name already taken by another export.
  assert.throws(() => shortenImports(exporting(['_a', LONG]), CALLS), /the export name _a is taken/);
});

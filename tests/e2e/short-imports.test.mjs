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

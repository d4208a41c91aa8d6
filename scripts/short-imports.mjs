// Shortens the names of the functions the wasm imports from wasm-bindgen's JS, in both files.
// wasm-bindgen 0.2.130 names each one like `__wbg_appendChild_2b1a5ac4d7ea1b4e`: the 16 hex digits
// do not compress, and ProloPath has about 140 of them (3.4 KB brotli of the first load across
// the two files). binaryen's --minify-imports leaves wasm-bindgen's module alone, hence this.
//
// The import section: wasm-bindgen's module is named "w" and its functions a, b, ... ab, ...;
// each old name must be a key in the JS's import object exactly once, else the build stops.
// The export section: the closures' entry points wasm-bindgen names after their Rust types
// (`wasm_bindgen_2ecf14568f8d53ff___convert__closures_____invoke...`, up to 194 characters,
// 0.37 KB brotli) become _a, _b, ...; each must be read in the JS (`.name`) exactly once.
//   node scripts/short-imports.mjs <file.wasm> <file.js>   (rewrites both in place)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The wasm-bindgen this step was written for: its import object's layout and names. */
export const WRITTEN_FOR = '0.2.130';

/**
 * Stops unless `version` (as `wasm-bindgen --version` prints it) is the one this step was written
 * for: another version may lay out its JS otherwise, and a wrong rename breaks the page.
 * @param {string} version
 */
export function checkVersion(version) {
  const found = version.trim().match(/^wasm-bindgen (\S+)$/)?.[1];
  if (found !== WRITTEN_FOR) {
    throw new Error(
      `short-imports: written for wasm-bindgen ${WRITTEN_FOR}, but the build uses ${found ?? JSON.stringify(version.trim())}. ` +
        'Check the renaming against the new JS, then change WRITTEN_FOR (and the pin in Cargo.toml).',
    );
  }
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
    shift += 7;
  }
}

function encodeUleb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (text) => new TextEncoder().encode(text);
const nameOf = (i) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[i % letters.length] + name;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return name;
};

/**
 * Returns `{ wasm, js, renamed }`: both files with the wasm-bindgen imports of module "wbg"
 * renamed. Throws if the JS does not name each import exactly once.
 */
export function shortenImports(wasmBytes, jsText) {
  const bytes = Uint8Array.from(wasmBytes);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error('short-imports: not a wasm module');
  const out = [bytes.subarray(0, 8)];
  const renames = new Map();
  /** @type {Map<string, string>} */
  const exports = new Map();
  const modules = new Set();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = uleb(bytes, at + 1);
    const end = body + size;
    if (id === 7) {
      out.push(exportSection(bytes.subarray(body, end), exports));
      at = end;
      continue;
    }
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    // The import section: count, then (module, field, kind, description) each.
    let p = body;
    const [count, first] = uleb(bytes, p);
    p = first;
    const section = encodeUleb(count);
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = uleb(bytes, p);
      const module = utf8.decode(bytes.subarray(m, m + moduleLength));
      const [fieldLength, f] = uleb(bytes, m + moduleLength);
      const field = utf8.decode(bytes.subarray(f, f + fieldLength));
      p = f + fieldLength;
      const descStart = p;
      const kind = bytes[p++];
      if (kind === 0) [, p] = uleb(bytes, p); // function: type index
      else if (kind === 1) { p += 1; const [flags, q] = uleb(bytes, p); p = q; [, p] = uleb(bytes, p); if (flags & 1) [, p] = uleb(bytes, p); } // table
      else if (kind === 2) { const [flags, q] = uleb(bytes, p); p = q; [, p] = uleb(bytes, p); if (flags & 1) [, p] = uleb(bytes, p); } // memory
      else if (kind === 3) p += 2; // global: type, mutability
      else throw new Error(`short-imports: import kind ${kind} not known`);
      let name = field;
      let moduleName = module;
      if (/^__wb(g|indgen)_\w+$/.test(field)) {
        name = nameOf(renames.size);
        renames.set(field, name);
        modules.add(module);
        moduleName = 'w';
      }
      const encodedModule = encode(moduleName);
      const encodedName = encode(name);
      section.push(...encodeUleb(encodedModule.length), ...encodedModule, ...encodeUleb(encodedName.length), ...encodedName);
      section.push(...bytes.subarray(descStart, p)); // a few bytes
    }
    if (p !== end) throw new Error('short-imports: the import section did not parse to its end');
    out.push(Uint8Array.from([2, ...encodeUleb(section.length), ...section]));
    at = end;
  }

  if (modules.size !== 1) throw new Error(`short-imports: expected wasm-bindgen's one module, found ${[...modules].join(', ')}`);
  const [module] = modules;
  const moduleKey = `${JSON.stringify(module)}:`;
  if (jsText.split(moduleKey).length !== 2) throw new Error(`short-imports: the JS does not name ${module} once`);
  let js = jsText.replace(moduleKey, 'w:');
  for (const [long, short] of renames) {
    // As a key of the import object: `name:` or `name(` (a method), never part of a longer name.
    const key = new RegExp(`\\b${long}\\b(?=\\s*[:(])`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${long} is in the JS ${found} times, expected once`);
    js = js.replace(key, short);
  }
  if (/\b__wbg_\w+_[0-9a-f]{16}\b/.test(js)) throw new Error('short-imports: a hashed import name is left in the JS');
  for (const [long, short] of exports) {
    const read = new RegExp(`\\.${long}\\b`, 'g');
    const found = js.match(read)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: the export ${long} is read in the JS ${found} times, expected once`);
    js = js.replace(read, `.${short}`);
  }
  if (LONG_EXPORT.test(js)) throw new Error('short-imports: a long export name is left in the JS');
  return { wasm: Buffer.concat(out), js, renamed: renames.size + exports.size };
}

/** An export named after its Rust types by wasm-bindgen (a closure's entry point). */
const LONG_EXPORT = /\bwasm_bindgen_[0-9a-f]{16}___\w+/;
const isLongExport = (/** @type {string} */ name) => name.match(LONG_EXPORT)?.[0] === name;

/**
 * The export section (its body) with each long name shortened (`_a`, `_b`, ...), the renames
 * added to `renames`. Stops on a short name already taken.
 * @param {Uint8Array} body
 * @param {Map<string, string>} renames
 */
function exportSection(body, renames) {
  let p = 0;
  const [count, first] = uleb(body, p);
  p = first;
  const entries = [];
  for (let i = 0; i < count; i++) {
    const [length, n] = uleb(body, p);
    const name = utf8.decode(body.subarray(n, n + length));
    p = n + length;
    const kind = body[p++];
    const [index, next] = uleb(body, p);
    p = next;
    entries.push({ name, kind, index });
  }
  if (p !== body.length) throw new Error('short-imports: the export section did not parse to its end');
  const taken = new Set(entries.map((e) => e.name));
  const section = encodeUleb(count);
  for (const { name, kind, index } of entries) {
    let short = name;
    if (isLongExport(name)) {
      short = `_${nameOf(renames.size)}`;
      if (taken.has(short)) throw new Error(`short-imports: the export name ${short} is taken`);
      renames.set(name, short);
    }
    const encoded = encode(short);
    section.push(...encodeUleb(encoded.length), ...encoded, kind, ...encodeUleb(index));
  }
  return Uint8Array.from([7, ...encodeUleb(section.length), ...section]);
}

/** Shortens the imports of the wasm at `wasmPath` and its JS at `jsPath`, in place. */
export function shortenImportsInFiles(wasmPath, jsPath) {
  checkVersion(execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }));
  const short = shortenImports(readFileSync(wasmPath), readFileSync(jsPath, 'utf8'));
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(jsPath, short.js);
  return short;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wasmPath, jsPath] = process.argv.slice(2);
  if (!wasmPath || !jsPath) {
    console.error('usage: node scripts/short-imports.mjs <file.wasm> <file.js>');
    process.exit(2);
  }
  shortenImportsInFiles(wasmPath, jsPath);
}

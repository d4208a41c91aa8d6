#!/usr/bin/env bash
# Where the wasm's bytes go: the release wasm, through wasm-bindgen and wasm-opt with the build's
# flags but with function names kept, profiled by twiggy (`cargo install twiggy --locked` first;
# the test command does not need it). Prints the shares by kind (views, Yew, core, data, our
# modules) and the largest items. Raw bytes before compression; the names are not counted.
#   scripts/size-profile.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
command -v twiggy >/dev/null || { echo "size-profile: needs twiggy: cargo install twiggy --locked" >&2; exit 1; }
out=target/size-profile
mkdir -p "$out"
# shellcheck source=scripts/release-env.sh
. scripts/release-env.sh
cargo build --quiet --release --target wasm32-unknown-unknown --bin prolopath
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/prolopath.wasm"
# shellcheck disable=SC2086 # the flags are words (written once, in index.html)
wasm-opt -Oz -g $(scripts/wasm-opt-flags.sh) "$out/prolopath_bg.wasm" -o "$out/named.wasm"
twiggy top -n 100000 -f csv "$out/named.wasm" > "$out/top.csv"
node - "$out/top.csv" "${1:-25}" <<'JS'
const [file, rows] = process.argv.slice(2);
// twiggy's CSV: Name,ShallowSize,...; a name with a comma or quote is quoted, "" inside.
const field = /("(?:[^"]|"")*"|[^,]*),(\d+),/;
const items = require('fs').readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [, name, bytes] = line.match(field);
  const unquoted = name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name;
  // The standard library built with the app (scripts/release-env.sh) names crates with their
  // hash, `yew[33febed0b6167b04]::`: without it, as before.
  return { name: unquoted.replace(/\[[0-9a-f]{16}\]/g, ''), bytes: Number(bytes) };
}).filter((i) => !/ names" subsection$/.test(i.name));
const kind = (n) =>
  n.startsWith('data segment') ? 'data: texts, tables, strings'
  : n.includes('CompStateInner') ? 'views: component bodies (our markup, inlined)'
  : /prolopath::(\w+)/.test(n) ? `prolopath::${n.match(/prolopath::(\w+)/)[1]}`
  : /\byew\b/.test(n) ? 'yew runtime and its generics'
  : /hashbrown|indexmap/.test(n) ? 'hashbrown, indexmap (for yew)'
  : /wasm_bindgen|js_sys|web_sys|externref/.test(n) ? 'wasm-bindgen, js-sys, web-sys'
  : /\b(core|alloc|std)\b/.test(n) ? 'core, alloc, std'
  : 'other';
const total = items.reduce((t, i) => t + i.bytes, 0);
const by = new Map();
for (const i of items) by.set(kind(i.name), (by.get(kind(i.name)) ?? 0) + i.bytes);
console.log(`wasm code and data, raw bytes (names not counted): ${total}`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(8)} ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
console.log(`largest ${rows} items:`);
for (const i of items.sort((a, b) => b.bytes - a.bytes).slice(0, Number(rows))) console.log(`${String(i.bytes).padStart(8)}  ${i.name.slice(0, 140)}`);
JS

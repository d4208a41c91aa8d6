#!/usr/bin/env bash
# Builds the minimal Yew app into scripts/minimal-yew/dist with ProloPath's toolchain:
# the same release profile, wasm-bindgen and wasm-opt flags (index.html's data-wasm-opt-params),
# except the options that make the counter larger (below): the floor stays at its smallest, so
# the ratio is never helped by a larger counter.
set -euo pipefail
cd "$(dirname "$0")"
out=dist
target=../../target/minimal-yew
# ProloPath's release options (build-std, panic=immediate-abort): a fair floor.
# shellcheck source=scripts/release-env.sh
. ../release-env.sh
# Except the standard library's size variants: 842 B larger (ProloPath 183 B smaller).
unset CARGO_UNSTABLE_BUILD_STD_FEATURES
cargo build --quiet --release --locked --target wasm32-unknown-unknown --target-dir "$target"
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$target/wasm32-unknown-unknown/release/minimal-yew.wasm"
# The flags are written once, in index.html (Trunk reads them there).
flags=$(../wasm-opt-flags.sh)
# Except the flatten and rereloop passes: 42 B larger (ProloPath 663 B smaller).
flags=${flags//--flatten --rereloop -Oz/}
# shellcheck disable=SC2086 # the flags are words
wasm-opt -Oz $flags "$out/minimal-yew_bg.wasm" -o "$out/minimal-yew_bg.wasm"
../../node_modules/.bin/esbuild "$out/minimal-yew.js" --minify --format=esm --target=es2022 \
  --legal-comments=none --log-level=warning --allow-overwrite --outfile="$out/minimal-yew.js"
# The same short import names as ProloPath's build (scripts/short-imports.mjs).
node ../short-imports.mjs "$out/minimal-yew_bg.wasm" "$out/minimal-yew.js"
cat > "$out/index.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Counter</title>
<script type="module">import init from './minimal-yew.js'; init();</script></head><body></body></html>
HTML

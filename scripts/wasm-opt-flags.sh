#!/usr/bin/env bash
# Prints the wasm-opt flags the build uses, from the one place they are written: index.html's
# data-wasm-opt-params (Trunk reads them there). size-profile.sh and the minimal Yew counter's
# build use them through this.
set -euo pipefail
page="$(dirname "$0")/../index.html"
flags=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$page")
[ -n "$flags" ] || { echo "wasm-opt-flags: no data-wasm-opt-params in $page" >&2; exit 1; }
echo "$flags"

# shellcheck shell=bash
# Sourced by every release build of a wasm (scripts/release-build.sh, scripts/size-profile.sh,
# scripts/minimal-yew/build.sh), so the bytes measured are the bytes shipped.
#
# Panics become a bare trap (`panic=immediate-abort`), with Rust's standard library built for the
# wasm alongside the app (`build-std`): no panic runtime, hook or message in the wasm, about
# 10.8 KB brotli less (the minimal Yew counter loses about 10 KB the same way). A stop still
# shows the failure message: the loaders see it and call the wasm's `stopped` export
# (assets/shared.js `onStop`). Both options are unstable in rustc 1.95, hence RUSTC_BOOTSTRAP=1,
# set here for these builds only; should a later rustc change them, the build fails, it does not
# change quietly. Debug builds (`trunk serve`, the browser tests) keep the stable std and Yew's
# panic message in the console. Needs the std sources: `rustup component add rust-src`
# (scripts/bootstrap.sh). A release build without this file still works and still shows the
# failure message on a stop; its wasm is 10.8 KB larger and its panics print a message first.
#
# These builds have a target folder of their own: RUSTC_BOOTSTRAP changes how some build scripts
# build (proc-macro2's), so sharing `target/` with the native release build (`cargo bench`) would
# rebuild both, over and over.
if [ -n "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
  echo "release-env: RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS is set; it would replace the wasm's own flags (panic=immediate-abort). Unset it." >&2
  return 1 2>/dev/null || exit 1
fi
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# The standard library's smaller variants (sorting, number formatting): 183 B brotli off the
# wasm on 2026-12-03, the same behaviour. It replaces build-std's default features
# (panic-unwind and the std_detect ones for Linux), none of which matter for this wasm built with
# immediate-abort. It makes the minimal Yew counter 842 B larger, so the counter's build
# (scripts/minimal-yew/build.sh) leaves it out.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
CARGO_TARGET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/release-wasm"
export CARGO_TARGET_DIR

# shellcheck shell=bash
# Sourced by every release build of a wasm (scripts/release-build.sh, scripts/size-profile.sh,
# scripts/minimal-yew/build.sh), so the bytes measured are the bytes shipped.
#
# Panics become a bare trap (`panic=immediate-abort`), with Rust's standard library built for the
# wasm alongside the app (`build-std`): no panic runtime, hook or message in the wasm, about
# 10.8 KB brotli less (the minimal Yew counter loses about 10 KB the same way). A trap still
# shows the failure message: the loaders see it and call the wasm's `stopped` export
# (assets/shared.js `onStop`). Both options are unstable in rustc 1.95, hence RUSTC_BOOTSTRAP=1,
# set here for these builds only; should a later rustc change them, the build fails, it does not
# change quietly. Debug builds (`trunk serve`, the browser tests) keep the stable std and Yew's
# panic message in the console. Needs the std sources: `rustup component add rust-src`
# (scripts/bootstrap.sh). Without this file a release build works as before, 10.8 KB larger.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"

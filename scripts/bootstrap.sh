#!/usr/bin/env bash
# Installs what ProloPath needs, and only what is missing. Safe to run again.
#   scripts/bootstrap.sh             tools to build and serve
#   scripts/bootstrap.sh --browser   also what the tests use: Chromium, ChromeDriver, poppler-utils
#                                    (PDF checks), nginx with brotli (the hosting recipe), and the
#                                    other engines patients use: Firefox ESR, WebKitGTK's
#                                    WebDriver and MiniBrowser, Xvfb to give WebKitGTK a display
# Every tool comes from a package registry (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
say() { printf 'bootstrap: %s\n' "$*"; }
fail() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

command -v cargo >/dev/null || fail "Rust is missing. Install rustup (https://rustup.rs), then run this again."
command -v node >/dev/null && command -v npm >/dev/null || fail "Node.js and npm are missing. Install Node.js 20.11 or newer, then run this again."
# The test runner's --test-concurrency and --test-timeout came in Node 20.11.
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 11) ? 0 : 1)' \
  || fail "Node.js $(node --version) is too old: install Node.js 20.11 or newer, then run this again."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# rust-src: release builds build the standard library for the wasm (scripts/release-env.sh).
for component in rustfmt clippy rust-src; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done
# Trunk builds offline (Trunk.toml), so every crate it needs must be here first: the app's, and
# the standard library's own (moto-rt and others), which the release wasm's build-std resolves.
# A fresh machine's release build otherwise fails with "no matching package named `moto-rt`".
# Quick when all is already here. Checked with an empty CARGO_HOME.
# Both fetches are needed (the second alone misses crates the build's host side uses).
cargo fetch --quiet
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  cargo fetch --quiet --target wasm32-unknown-unknown

if ! has_version trunk "trunk $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
# Not --locked: the CLI's own lock file names a crate version crates.io does not serve.
if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
   || ! has_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages (binaryen's wasm-opt 132, esbuild, TypeScript, the browser drivers): reinstall when the lock changes.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.prolopath-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.prolopath-lock
fi
node_modules/.bin/wasm-opt --version | grep -q "version 132" || fail "node_modules/.bin/wasm-opt is not binaryen 132"

if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # nginx serves the end-to-end tests with docs/clinics.md's hosting recipe (brotli included).
  [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || missing+=(libnginx-mod-http-brotli-filter)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  # tests/engines/: Firefox over WebDriver BiDi (puppeteer-core), WebKitGTK over WebDriver
  # (selenium-webdriver) in a virtual display.
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing ${missing[*]} from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
      fail "the tests need Debian's ${missing[*]}: run 'sudo apt-get install ${missing[*]}', then run this again (the tests look for them where Debian puts them: /usr/bin/chromium, /usr/bin/firefox-esr, WebKitGTK's MiniBrowser under /usr/lib/<arch>/webkit2gtk-4.1/)."
    fi
  fi
fi
say "ready"

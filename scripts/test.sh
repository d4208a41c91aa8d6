#!/usr/bin/env bash
# Installs what is missing, then runs every test tier. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
tier() { printf '\n==== %s (at %s s)\n' "$*" "$SECONDS"; }
# Each runner's output is kept for the hazard log's check (scripts/hazard-check.mjs).
logs=target/test-logs
rm -rf "$logs" && mkdir -p "$logs"

tier "1. format, lints, native tests (model, text, SSR-rendered components), JS type check and unit tests"
cargo fmt --check
cargo clippy --all-targets --features prerender -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo test --all-targets 2>&1 | tee "$logs/native.log"
# The shipped JavaScript, type-checked from its JSDoc (page scripts, then the worker), and the
# build's own scripts and the loaders' shared module, unit-tested.
tsc -p tsconfig.json
tsc -p tsconfig.sw.json
node --test tests/scripts/ | tee "$logs/scripts.log"

tier "2. browser tests: components with real DOM events in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
  cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$logs/browser.log"

tier "3. the README's serve command, then the release build (fixed build day) and end-to-end tests against it on 127.0.0.1"
# scripts/serve.sh on a port and in a folder of its own (target/serve-check): it builds, serves,
# and the app starts in Chromium (tests/serve/).
node --test --test-timeout=1200000 tests/serve/ | tee "$logs/serve.log"
scripts/release-build.sh
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/ | tee "$logs/e2e.log"

tier "4. the core journey in the engines patients use: Chromium, Firefox ESR, WebKitGTK"
node --test --test-concurrency=1 --test-timeout=300000 tests/engines/ | tee "$logs/engines.log"

tier "the hazard log: every test docs/safety.md names ran and passed in this run"
node scripts/hazard-check.mjs docs/safety.md "$logs"/*.log

# Timings are printed, never asserted here (machines of one kind differ in speed):
# scripts/bench.sh holds them to their budgets on the median of three runs.
tier "5. figures and budgets: reading level, bytes, Lighthouse; timings printed only"
cargo test --quiet --test reading_level -- --nocapture every_text_is_plain 2>&1 | grep -vE '^(running|test |[.]*$)'
cargo bench --quiet --bench estimate
node scripts/responsiveness.mjs dist
node scripts/lighthouse.mjs dist
scripts/minimal-yew/build.sh
# 102,750: what the first load has come to (102,733 B on 2026-12-03, with a note that a shared link holds the ticked boxes; measured by the clean run: release wasm with
# build-std and panic=immediate-abort, scripts/release-env.sh; no class from an expression in the
# wasm's views; the update notice written by the loader; then the sepsis sign, the summary's
# cautions and the accent's fuller check back in; then the knee course's five groups, then the low back's two trials with other care and the
# print CSS that keeps them on two pages; then texts checked against their sources, two of them in the wasm; then the calendar events sharing the summary's care levels, one sentence less; then the plan's
# sentence counting the "If needed" sessions apart, raised from 100,500; then the first view's texts
# checked against their sources (fuller titles, Hung 2016's time point) and the print CSS that keeps
# the Spanish low back summary on two pages, raised from 100,700; then the accessibility
# review's fixes (the date's alert on leaving the field, two tables in scroll regions, the
# sticky column's own scroll), raised from 100,900; then the plan's sources line per part (the
# top-up's own), the calendar button's confirmation and the plan table's scroll region, raised
# from 101,000; then the clinic's phones in the failure messages and the first view's "call today"
# level when the wasm does not load (about 250 B of boot.js) and the answers in the link's
# fragment (the loader moving an older link's answers there, in-page links without history
# steps, a link's answers taken back after an in-page link tapped before it ran) and the
# loader's settings trimmed as the app trims them, raised from 101,100; then the message naming
# a clinic's emergency number that no country uses (a typo), paid for by std's optimize_for_size;
# then lowered from 101,700 by wasm-opt's --flatten --rereloop -Oz, twice in its passes (index.html),
# to 101,300, and raised to 101,600 for an exploratory review's fixes (a link's known cautions
# kept, honest session counts, another tab reloading on "forget", a half-typed date going back),
# then to 101,850 for phones: "(0)" left out of the tel: link after "+", any space a space,
# then to 102,250 for a clinician's-eye read by a review agent (the infected joint's sign, the weak immune system's
# caution, "6 weeks or more" beside "no change after 2 or 3 sessions"; about 400 B), then to
# 102,500 for two reviews' findings: the loader keeps boxes ticked and remembered answers when
# the app takes over and stops a forgotten tab's due write (about 190 B), and the choices are
# cards on a phone (about 120 B), then to 102,750 for the note under "Share a link" (about
# 180 B): brotli
# moves the total by up
# to 190 B between builds that differ by a few raw bytes: 7 bytes of a message's wording took
# the first load from 101,011 to 101,193), with little room, kept from growing back. The islands issue asks for 90,000 and 2.0 times the counter (built with the same
# options, except those that make the counter larger: scripts/minimal-yew/build.sh): not reached yet.
node scripts/size-report.mjs dist 102750 scripts/minimal-yew/dist
printf '\n==== every tier passed: wall time %s s\n' "$SECONDS"

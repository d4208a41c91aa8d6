#!/usr/bin/env bash
# The release build the tests and the bench measure: `trunk build --release` with a fixed build
# day (SOURCE_DATE_EPOCH, 2026-11-24 unless set), so the prerendered first view, and so the bytes
# of the first load, are the same on every run and every day. A deploy sets it to the day it is
# built (docs/clinics.md): its example dates are what a patient sees with JavaScript off.
# Needs what scripts/bootstrap.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
command -v trunk >/dev/null && command -v wasm-opt >/dev/null || {
  echo "release-build: Trunk or wasm-opt is missing: run scripts/bootstrap.sh first" >&2
  exit 1
}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795478400}
# shellcheck source=scripts/release-env.sh
. scripts/release-env.sh
exec trunk build --release "$@"

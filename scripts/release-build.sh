#!/usr/bin/env bash
# The release build the tests and the bench measure: `trunk build --release` with a fixed build
# day (SOURCE_DATE_EPOCH, 2026-11-24 unless set), so the prerendered first view, and so the bytes
# of the first load, are the same on every run and every day.
set -euo pipefail
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795478400}
# shellcheck source=scripts/release-env.sh
. scripts/release-env.sh
exec trunk build --release "$@"

#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app on http://127.0.0.1:8080 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"

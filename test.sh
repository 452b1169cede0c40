#!/usr/bin/env bash
# The test command of the README: installs what the tests need that Maven cannot bring
# (Debian's Chromium for the browser tests), then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-test-tools.sh
exec mvn -B -ntp verify "$@"

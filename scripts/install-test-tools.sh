#!/usr/bin/env bash
# Installs the browser the end-to-end tests drive (Debian's chromium and chromedriver) when missing.
# Needs root or sudo; prints what it does. The browser tests fail (not skip) if this did not work.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && [ -d /usr/share/fonts/opentype/noto ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-test-tools: installing chromium, chromium-driver and fonts-noto-cjk (Chinese text in screenshots) from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
if ! $SUDO apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null 2>&1; then
  echo "install-test-tools: could not install chromium; the browser tests will fail and say so" >&2
fi
exit 0

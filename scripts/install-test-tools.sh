#!/usr/bin/env bash
# Installs the browser the end-to-end tests drive (Debian's chromium and chromedriver) and the nginx
# the replica test puts in front of two instances, when missing.
# Needs root or sudo; prints what it does. The tests fail (not skip) if this did not work.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && [ -d /usr/share/fonts/opentype/noto ] && [ -x /usr/sbin/nginx ]; then
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
# nginx for ReplicasIT; RUNLEVEL=1 keeps the package from starting the system-wide server on port 80
if [ ! -x /usr/sbin/nginx ] && ! RUNLEVEL=1 $SUDO apt-get install -y -qq nginx >/dev/null 2>&1; then
  echo "install-test-tools: could not install nginx; the replica test will fail and say so" >&2
fi
exit 0

#!/usr/bin/env bash
# The browser test drives Debian's Chromium; install it from the distribution's
# own packages when it is missing (CI runs as root on Debian). Never downloads a
# browser from anywhere else.
set -euo pipefail
CHROMIUM="${ROLLOUT_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $CHROMIUM; install Debian's chromium (apt-get install -y chromium) or set ROLLOUT_CHROMIUM." >&2
  exit 1
fi
echo "installing Debian's chromium …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
test -x "$CHROMIUM"

#!/usr/bin/env bash
# The tests run the same suite on PGlite and on a real PostgreSQL server that
# they start themselves from Debian's `postgresql` package. Install it from the
# distribution when it is missing (CI runs as root on Debian); a missing server
# is a failure, never a skip.
set -euo pipefail
find_initdb() { ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1; }
if [ -n "${ROLLOUT_PG_BIN:-}" ] && [ -x "$ROLLOUT_PG_BIN/initdb" ]; then
  exit 0
fi
if [ -n "$(find_initdb)" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL is missing (no /usr/lib/postgresql/*/bin/initdb); install Debian's postgresql (apt-get install -y postgresql) or set ROLLOUT_PG_BIN." >&2
  exit 1
fi
echo "installing Debian's postgresql …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
test -n "$(find_initdb)"

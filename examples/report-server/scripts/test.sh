#!/usr/bin/env bash
# The example's test run (`pnpm run test`): PostgreSQL installed when missing,
# types checked, then the vitest suite, which starts its own PostgreSQL server
# and stops it at the end. A server left behind by a crashed run is stopped
# here, before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
# The example's and the workspace's tools, also when run as `bash scripts/test.sh`.
export PATH="$PWD/node_modules/.bin:$PWD/../../node_modules/.bin:$PATH"
bash scripts/ensure-postgres.sh
stop_left_behind() {
  [ -f .pg-test-server ] || return 0
  local dir
  dir="$(cat .pg-test-server)"
  if [ -d "$dir/data" ]; then
    local bin
    bin="${ROLLOUT_PG_BIN:-$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")}"
    if [ "$(id -u)" = "0" ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  fi
  case "$dir" in /tmp/rollout-pg-*|"${TMPDIR:-/tmp}"/rollout-pg-*) rm -rf "$dir" ;; esac
  rm -f .pg-test-server
}
stop_left_behind
trap stop_left_behind EXIT
tsc --noEmit -p tsconfig.json
vitest run --config vitest.config.ts --reporter=default --reporter=json \
  --outputFile.json=../../.vitest-results/example-report-server.json "$@"

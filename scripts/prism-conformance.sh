#!/usr/bin/env bash
# The conformance suite against Stoplight Prism mocking the verbatim spec: what a schema-only mock
# passes and what it cannot. Prism answers from the schema with no state, so the schema checks pass
# while the lifecycle checks fail (create's sdGenerationJob is nullable and comes back null, lists
# ignore offset and limit, any bearer token is accepted, nothing is ever created or deleted).
# This script asserts exactly that split and prints the suite's table.
#
# Needs npm (it installs @stoplight/prism-cli into a scratch directory) and the built CLI:
#   ./mvnw -q -B -ntp -pl cli -am package -DskipTests
# Usage: scripts/prism-conformance.sh [port]   (default 4010)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-4010}
jar="$root/cli/target/leonardo.jar"
[[ -f $jar ]] || { echo "build the CLI first: ./mvnw -q -B -ntp -pl cli -am package -DskipTests" >&2; exit 2; }
command -v npm >/dev/null || { echo "npm is not installed" >&2; exit 2; }

work=$(mktemp -d)
prism_pid=
cleanup() {
  [[ -n $prism_pid ]] && kill "$prism_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$work" && npm install --silent --no-audit --no-fund @stoplight/prism-cli@5.14.2 >/dev/null)
# Dynamic, seeded examples (the spec's static example id is not a UUID v4, which its own path pattern
# demands, so static mode fails the schema checks on the spec's own example); no invented extra fields.
"$work/node_modules/.bin/prism" mock -d --seed 17 --json-schema-faker-fillProperties=false \
  -h 127.0.0.1 -p "$port" "$root/openapi/leonardo-image-generation.json" >"$work/prism.log" 2>&1 &
prism_pid=$!
for _ in $(seq 1 120); do
  grep -q "Prism is listening" "$work/prism.log" && break
  sleep 0.5
done
grep -q "Prism is listening" "$work/prism.log" || { cat "$work/prism.log" >&2; exit 1; }

set +e
LEONARDO_API_KEY=any-key java -jar "$jar" conformance --base-url "http://127.0.0.1:$port" \
  --user-id 6c0b5ab0-2d54-4f4e-9d0e-6f1e3a1c7b42 --poll-interval 200ms --timeout 5s | tee "$work/report.txt"
status=${PIPESTATUS[0]}
set -e

result() { awk -v c="$1" '$1 == c { print $2 }' "$work/report.txt"; }
ok=1
for check in schema.create schema.get schema.list; do
  [[ $(result "$check") == PASS ]] || { echo "expected $check to pass against Prism" >&2; ok=0; }
done
for check in create.id-and-cost list.paging auth.wrong-key; do
  [[ $(result "$check") == FAIL ]] || { echo "expected $check to fail against Prism" >&2; ok=0; }
done
[[ $status -eq 1 ]] || { echo "expected exit 1, got $status" >&2; ok=0; }
[[ $ok -eq 1 ]] && echo "Prism: schema checks pass, lifecycle checks fail, as expected."
[[ $ok -eq 1 ]]

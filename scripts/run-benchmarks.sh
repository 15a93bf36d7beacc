#!/usr/bin/env bash
# Builds the benchmarks module and runs every measurement: JMH overhead, wait-policy simulation,
# 1,000-wait scale test, cold start. Writes benchmarks/results/latest.json and latest.md.
# Takes about 3-4 minutes on a 2-core machine (the budget is 10). Usage: scripts/run-benchmarks.sh [results-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
exec java -jar benchmarks/target/benchmarks.jar "$@"

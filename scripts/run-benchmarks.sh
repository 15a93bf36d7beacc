#!/usr/bin/env bash
# Builds the benchmarks module and runs every measurement: JMH overhead, wait-policy simulation,
# 1,000-wait scale test, cold start, async waits at real latency. Writes benchmarks/results/latest.json
# and latest.md. Usage: scripts/run-benchmarks.sh [results-dir] [parts...]
# BENCH_JAVA picks the java that runs them (default: java on the PATH), BENCH_JAVA_OPTS adds JVM options,
# e.g. BENCH_JAVA_OPTS="-Dbench.latencies=150 -Dbench.repeats=3" (see benchmarks/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
# shellcheck disable=SC2086 # the options are words on purpose
exec "${BENCH_JAVA:-java}" ${BENCH_JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar "$@"

#!/usr/bin/env bash
# The latency part (issue 15) at 150 ms per response, REPEATS passes (default 3), on JDK 17 and on JDK 25:
# writes benchmarks/results/latency-jdk17/ and benchmarks/results/latency-jdk25/ (latest.md, latest.json),
# each with the load average before and after in load.txt. About 14 minutes per JDK at 3 passes on 2 cores.
# JDK 17 is the java on the PATH (or JDK17_HOME); JDK 25 is JDK25_HOME or the first /usr/lib/jvm/*25*.
# Usage: scripts/run-latency-benchmarks.sh [17|25 ...]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${REPEATS:-3}"
jdks=("$@")
[ ${#jdks[@]} -gt 0 ] || jdks=(17 25)
./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
for jdk in "${jdks[@]}"; do
  case "$jdk" in
    17) java="${JDK17_HOME:+$JDK17_HOME/bin/}java" ;;
    25) home="${JDK25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)}"
        [ -n "$home" ] || { echo "No JDK 25: set JDK25_HOME" >&2; exit 1; }
        java="$home/bin/java" ;;
    *) echo "JDK $jdk: 17 or 25" >&2; exit 1 ;;
  esac
  out="benchmarks/results/latency-jdk$jdk"
  mkdir -p "$out"
  echo "before: $(cat /proc/loadavg 2>/dev/null || uptime)" > "$out/load.txt"
  "$java" -Dbench.latencies=150 -Dbench.repeats="$repeats" -jar benchmarks/target/benchmarks.jar "$out" latency
  echo "after:  $(cat /proc/loadavg 2>/dev/null || uptime)" >> "$out/load.txt"
done

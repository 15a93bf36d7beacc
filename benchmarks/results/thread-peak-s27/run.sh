#!/usr/bin/env bash
# Side by side, alternating in each pass: BEFORE (a benchmarks.jar built from this branch's tree with main's
# SharedPolls.java) and AFTER (this branch). JDK 17: 1,000 waits at 150 ms, sigma 0.5, per-job and shared (the
# thread peak and what is in flight at it). JDK 25: 10 waits (5 rounds) at 150 ms, sigma 0.35 and 0.5, per-job and
# shared (the p95 lag of shared against per-job). Usage: run.sh BEFORE_JAR AFTER_JAR OUT_DIR [PASSES]
# MODES17, SIGMAS25 and MODES25 narrow the two parts further (defaults: per-job,shared / 0.35,0.5 / per-job,shared).
set -euo pipefail
before="$1"; after="$2"; out="$3"; passes="${4:-3}"
jdk25="$(ls -d /usr/lib/jvm/*25* | head -n 1)/bin/java"
mkdir -p "$out"
for pass in $(seq 1 "$passes"); do
  for variant in before after; do
    jar="$before"; [ "$variant" = after ] && jar="$after"
    echo "pass $pass $variant jdk17 load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
    java -Dbench.latencies=150 -Dbench.sigmas=0.5 -Dbench.counts=1000 -Dbench.modes="${MODES17:-per-job,shared}" \
      -jar "$jar" "$out/$variant-jdk17-pass$pass" latency 2>&1 | grep '^latency:' | sed "s/^/$variant jdk17 /" | tee -a "$out/rows.txt"
    echo "pass $pass $variant jdk25 load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
    "$jdk25" -Dbench.latencies=150 -Dbench.sigmas="${SIGMAS25:-0.35,0.5}" -Dbench.counts=10 -Dbench.modes="${MODES25:-per-job,shared}" \
      -jar "$jar" "$out/$variant-jdk25-pass$pass" latency 2>&1 | grep '^latency:' | sed "s/^/$variant jdk25 /" | tee -a "$out/rows.txt"
  done
done
echo "end load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"

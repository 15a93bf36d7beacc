#!/usr/bin/env bash
# Records the current public API of the wrapper and of the Spring Boot starter as the baselines japicmp
# compares every build against (api-baseline/leonardo-java-api.jar, api-baseline/leonardo-spring-boot-starter-api.jar).
# Run it at release time, after review, so the released API becomes the promise the next version must keep
# binary-compatible with.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -q -pl generator-rules,generated-sdk,testkit,wrapper,spring-boot-starter clean package -DskipTests

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# record JAR_GLOB BASELINE UNZIP_ARGS...: the public classes of the built jar, as the baseline file.
record() {
  local jar_glob=$1 baseline=$2
  shift 2
  local jar_file classes
  jar_file=$(ls $jar_glob | grep -v -e '-sources.jar$' -e '-javadoc.jar$')
  classes="$work/$(basename "$baseline" .jar)"
  mkdir -p "$classes"
  unzip -q "$jar_file" "$@" -d "$classes"
  # A fixed entry date keeps the file byte-identical when the API did not change.
  jar --create --date=2026-01-01T00:00:00Z --no-manifest --file "$baseline" -C "$classes" ai
  echo "Recorded $baseline from $jar_file ($(unzip -l "$baseline" | tail -1 | awk '{print $2}') entries)"
}

# The hand-written classes and the spec-generated value types (ai.leonardo.sdk.model), so a vendor
# removal shows as the break it is; the Retrofit interfaces (generated.*) are low-level access only, and
# internal.* is no promise (japicmp excludes both), so an internal change leaves the baseline byte-identical.
record 'wrapper/target/leonardo-java-*.jar' api-baseline/leonardo-java-api.jar \
  'ai/leonardo/sdk/*.class' -x 'ai/leonardo/sdk/generated/*' 'ai/leonardo/sdk/internal/*'
record 'spring-boot-starter/target/leonardo-spring-boot-starter-*.jar' api-baseline/leonardo-spring-boot-starter-api.jar \
  'ai/leonardo/spring/*.class'

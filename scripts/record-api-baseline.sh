#!/usr/bin/env bash
# Records the wrapper's and the Spring Boot starter's current public API as the baselines japicmp compares
# every build against (api-baseline/leonardo-java-api.jar, api-baseline/leonardo-spring-boot-starter-api.jar). Run it at release time, after review, so the released API
# becomes the promise the next version must keep binary-compatible with.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -q -pl generator-rules,generated-sdk,testkit,wrapper,spring-boot-starter clean package -DskipTests
jar_file=$(ls wrapper/target/leonardo-java-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The hand-written classes and the spec-generated value types (ai.leonardo.sdk.model), so a vendor
# removal shows as the break it is; the Retrofit interfaces (generated.*) are low-level access only.
unzip -q "$jar_file" 'ai/leonardo/sdk/*.class' -x 'ai/leonardo/sdk/generated/*' -d "$work"
# A fixed entry date keeps the file byte-identical when the API did not change.
jar --create --date=2026-01-01T00:00:00Z --no-manifest --file api-baseline/leonardo-java-api.jar -C "$work" ai
echo "Recorded api-baseline/leonardo-java-api.jar from $jar_file ($(unzip -l api-baseline/leonardo-java-api.jar | tail -1 | awk '{print $2}') entries)"

starter_jar=$(ls spring-boot-starter/target/leonardo-spring-boot-starter-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$')
starter_work=$(mktemp -d)
trap 'rm -rf "$work" "$starter_work"' EXIT
unzip -q "$starter_jar" 'ai/leonardo/spring/*.class' -d "$starter_work"
jar --create --date=2026-01-01T00:00:00Z --no-manifest --file api-baseline/leonardo-spring-boot-starter-api.jar -C "$starter_work" ai
echo "Recorded api-baseline/leonardo-spring-boot-starter-api.jar from $starter_jar ($(unzip -l api-baseline/leonardo-spring-boot-starter-api.jar | tail -1 | awk '{print $2}') entries)"

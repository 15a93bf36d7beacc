#!/usr/bin/env bash
# Writes openapi/generated-api-summary.txt: every generated class with its public signatures, in a
# stable order, so a spec update's effect on the generated layer reads as a plain diff in review.
# Uses the classes of the last build (builds the generated layer first if there are none).
set -euo pipefail
cd "$(dirname "$0")/.."
classes=generated-sdk/target/classes
out=openapi/generated-api-summary.txt

if [[ ! -d $classes/ai/leonardo/sdk/generated ]]; then
  ./mvnw -B -ntp -q -pl generated-sdk package -DskipTests
fi

names=$(cd "$classes" && find ai -name '*.class' | LC_ALL=C sort | sed -e 's/\.class$//' -e 's|/|.|g')
{
  echo "# Generated from $(jq -r '.info.title + " " + .info.version' openapi/leonardo-image-generation.json) by scripts/generated-api-summary.sh; do not edit."
  # shellcheck disable=SC2086 # one javap run for all classes: word splitting is intended
  javap -public -cp "$classes" $names | grep -v '^Compiled from '
} >"$out"
echo "Wrote $out ($(grep -c '^[a-z].*\(class\|interface\|enum\) ' "$out") types)"

#!/usr/bin/env bash
# The drop-in promise: a vendor spec that only grows (new optional fields, enum values, endpoints)
# regenerates and compiles against the unchanged wrapper, whose unit tests still pass; a spec that
# removes something the wrapper uses fails compilation, and this check names the broken symbol.
# A green build is not enough: for each growing variant a user program in scripts/drop-in-probes/
# (run against the rebuilt jar) sets the new request field, reads the new response field, uses the
# new enum constants or calls the new endpoint, so the variant proves the addition reaches users.
#
# Each variant is a mutated copy of openapi/leonardo-image-generation.json (made with jq; the real
# file is never touched), built in a scratch copy of the repository so this tree's target/ stays
# as it was.
#
# Usage: scripts/spec-drop-in-check.sh [variant ...]   (default: all)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
spec="$root/openapi/leonardo-image-generation.json"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name | expected outcome (pass = wrapper compiles and its tests pass, break = compilation fails) | jq filter
# (@FILE: the filter in scripts/drop-in-probes/FILE)
variants=(
  "unchanged|pass|."
  "new-request-field|pass|.paths[\"/generations\"].post.requestBody.content[\"application/json\"].schema.properties.styleStrength = {\"nullable\": true, \"type\": \"number\", \"description\": \"A field added by the vendor.\"}"
  "new-constrained-field|pass|.paths[\"/generations\"].post.requestBody.content[\"application/json\"].schema.properties.detailLevel = {\"nullable\": true, \"type\": \"integer\", \"minimum\": 1, \"maximum\": 10, \"description\": \"A bounded field added by the vendor.\"}"
  "new-enum-values|pass|.components.schemas.sd_versions.enum += [\"FUTURE_MODEL\"] | .components.schemas.job_status.enum += [\"CANCELLED\"]"
  "new-response-field|pass|.paths[\"/generations/{id}\"].get.responses[\"200\"].content[\"application/json\"].schema.properties.generations_by_pk.properties.qualityScore = {\"nullable\": true, \"type\": \"number\"} | .paths[\"/generations\"].post.responses[\"200\"].content[\"application/json\"].schema.properties.sdGenerationJob.properties.queuePosition = {\"nullable\": true, \"type\": \"integer\"}"
  "new-endpoint-new-tag|pass|.tags += [{\"name\": \"Model\"}] | .paths[\"/models/{id}\"] = {\"get\": {\"tags\": [\"Model\"], \"operationId\": \"getModelById\", \"parameters\": [{\"in\": \"path\", \"name\": \"id\", \"required\": true, \"schema\": {\"type\": \"string\"}}], \"responses\": {\"200\": {\"description\": \"A model\", \"content\": {\"application/json\": {\"schema\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}, \"name\": {\"type\": \"string\"}}}}}}}}}"
  "schemas-reordered|pass|.paths |= (to_entries | reverse | from_entries) | .components.schemas |= (to_entries | reverse | from_entries) | .paths[\"/generations/{id}\"].get.responses[\"200\"].content[\"application/json\"].schema.properties.generations_by_pk.properties |= (to_entries | reverse | from_entries)"
  "vendor-update|pass|@vendor-update.jq"
  "removed-imageWidth|break|del(.paths[\"/generations/{id}\"].get.responses[\"200\"].content[\"application/json\"].schema.properties.generations_by_pk.properties.imageWidth)"
  "removed-generationId|break|del(.paths[\"/generations\"].post.responses[\"200\"].content[\"application/json\"].schema.properties.sdGenerationJob.properties.generationId)"
)

# Their probes get the CLI jar as an argument and run it.
with_cli=(vendor-update)

selected=("$@")
is_selected() {
  [[ ${#selected[@]} -eq 0 ]] && return 0
  local s
  for s in "${selected[@]}"; do [[ $s == "$1" ]] && return 0; done
  return 1
}

# The working tree as git sees it (tracked and new files, nothing ignored): no target/, no IDE files.
mkdir "$work/repo"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/repo")
# GeneratedModelTest pins today's spec (it reads imageWidth), so the scratch copy drops it; the
# naming test (GeneratedLayerShapeTest) stays and must pass on every growing variant.
rm -f "$work/repo/generated-sdk/src/test/java/ai/leonardo/sdk/model/GeneratedModelTest.java"

results=()
failed=0
for entry in "${variants[@]}"; do
  IFS='|' read -r name expected filter <<<"$entry"
  is_selected "$name" || continue
  mutated="$work/$name.json"
  if [[ $filter == @* ]]; then
    jq -c -f "$root/scripts/drop-in-probes/${filter#@}" "$spec" >"$mutated"
  else
    jq -c "$filter" "$spec" >"$mutated"
  fi
  # Variants whose probe runs the `leonardo` command too build the CLI as well, and pass its jar.
  modules=generator-rules,generated-sdk,testkit,wrapper
  cli_jar=()
  if [[ " ${with_cli[*]} " == *" $name "* ]]; then
    modules+=,cli
    cli_jar=("$work/repo/cli/target/leonardo.jar")
  fi
  log="$work/$name.log"
  start=$SECONDS
  # clean: a previous variant's generated files must not survive into this one. A test that fails
  # and then passes on a rerun is one of the wall-clock reliability tests meeting a loaded machine
  # (Surefire reports it as a flake), not a spec change breaking the wrapper.
  (cd "$work/repo" && ./mvnw -B -ntp clean verify dependency:build-classpath -pl "$modules" \
      -Dleonardo.spec="$mutated" -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
      -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dsurefire.rerunFailingTestsCount=2) >"$log" 2>&1 && status=0 || status=$?

  generated=no; compiled=no; tested=no
  grep -q 'generated layer .* SUCCESS' "$log" && generated=yes
  # Tests run in the whole build (the sum of Surefire's per-module summaries), so a run that tested
  # nothing shows.
  count=$(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, ' "$log" | grep -v ' -- in ' | sed -E 's/.*Tests run: ([0-9]+).*/\1/' \
      | awk '{ n += $1 } END { print n + 0 }')
  if [[ $status -eq 0 ]]; then
    compiled=yes; tested="yes (${count:-0})"
  elif [[ $generated == yes ]] && ! grep -q 'maven-compiler-plugin.*:compile (default-compile) on project leonardo-java' "$log"; then
    compiled=yes
  fi

  reach=-
  probe="$root/scripts/drop-in-probes/$name.java"
  if [[ $status -eq 0 && -f $probe ]]; then
    jar=$(ls "$work"/repo/wrapper/target/leonardo-java-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$')
    java -cp "$jar:$(cat "$work/repo/wrapper/target/classpath.txt")" "$probe" ${cli_jar[@]+"${cli_jar[@]}"} >"$work/$name.probe.log" 2>&1 \
        && reach=yes || reach=NO
  fi

  if [[ $expected == pass ]]; then
    [[ $tested == yes* && ${count:-0} -gt 0 && $reach != NO ]] && verdict=OK || verdict=UNEXPECTED
  else
    [[ $generated == yes && $compiled == no ]] && verdict=OK || verdict=UNEXPECTED
  fi
  [[ $verdict == OK ]] || failed=1
  results+=("$(printf '%-22s | %-9s | %-15s | %-12s | %-5s | %-8s | %-10s | %4ss' \
      "$name" "$generated" "$compiled" "$tested" "$reach" "$expected" "$verdict" $((SECONDS - start)))")

  if [[ $compiled == no && $generated == yes ]]; then
    echo "== $name: the wrapper no longer compiles; broken symbols:"
    grep -E '^\[ERROR\] .*\.java:\[[0-9]+,[0-9]+\]|^\[ERROR\] +symbol:' "$log" | awk '!seen[$0]++' | sed -e 's/^\[ERROR\] /   /' -e "s|$work/repo/||" || true
  fi
  if [[ $reach == NO ]]; then
    echo "== $name: the build is green but the addition does not reach users; the probe said:"
    tail -20 "$work/$name.probe.log"
  elif [[ $verdict != OK ]]; then
    echo "== $name: unexpected outcome; last lines of the build log:"
    tail -40 "$log"
  fi
done

echo
printf '%-22s | %-9s | %-15s | %-12s | %-5s | %-8s | %-10s | %s\n' variant generated "wrapper compiled" "tests passed" reach expected verdict time
printf '%s\n' "-----------------------+-----------+-----------------+--------------+-------+----------+------------+------"
printf '%s\n' "${results[@]}"
exit $failed

#!/usr/bin/env bash
# Issue 14's line measure: hand-written lines under wrapper/src/main for the features the wrapper had
# when the issue was filed (9000029, 7,104 lines by wc -l), counted apart from what later issues
# added (webhooks, batch journal, shared polls, poll budget, ...), also inside shared files.
# Each line is attributed by `git blame -w -M -C` (moves and copies followed) to the commit that
# wrote it: before the filing or by an issue-14 commit -> "today's features"; any other -> "other".
#
# Usage: scripts/count-wrapper-lines.sh [REV] [--files]   (REV defaults to HEAD)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
filed=9000029
# Commits of issue 14 after its filing (value types generated, CLI reach, constraints from the
# spec, path patterns, low-level api(Class), the path-id message).
issue14="7c341b3 9b42caf feca2cf 17d0c2b ae9f65d 3a7cedb 8db5943 25bfc3e"
full14=$(for c in $issue14; do git rev-parse "$c"; done)
git ls-tree -r --name-only "$rev" wrapper/src/main | grep '\.java$' | while read -r f; do
  git blame -w -M -C -l -s "$rev" -- "$f" | awk '{sub(/^\^/, "", $1); print $1}' | sort | uniq -c |
    while read -r n c; do
      if grep -q "^$c" <<<"$full14"; then k=today
      elif git merge-base --is-ancestor "$c" "$filed"; then k=today
      else k=other; fi
      echo "$k $n $f"
    done
done | awk -v files="${2:-}" '
  { sum[$1] += $2; per[$1 " " $3] += $2 }
  END {
    printf "today'"'"'s features: %d lines\nother issues: %d lines\ntotal: %d lines\n", sum["today"], sum["other"], sum["today"] + sum["other"]
    if (files == "--files") for (k in per) print "  " k, per[k] | "sort -k1,1 -k3,3nr"
  }'

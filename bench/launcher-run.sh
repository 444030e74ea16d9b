#!/usr/bin/env bash
# One whole run of a folder through the cron launcher (jobs/precis.sh: newest JDK, start-up cache,
# Spring AOT) with the heap of the performance targets, a fresh job database and output folder.
#   bench/launcher-run.sh INPUT_DIR [REPO]     e.g. bench/launcher-run.sh /tmp/precis-perf/corpus-100000
# REPO: the checkout whose jobs/precis.sh and target/precis.jar run (default: this one), e.g. a
# worktree of an older commit for an A/B comparison in the same minutes. Prints wall s, articles/s,
# CPU s, peak RSS and the Java used. PRECIS_JAVA_OPTS defaults to the large-folder options with
# -Xmx256m; set it to compare others.
set -euo pipefail
in=$(cd "$1" && pwd)
repo=$(cd "${2:-$(dirname "$0")/..}" && pwd)
files=$(find "$in" -type f | wc -l)
work=$(mktemp -d /tmp/precis-launch.XXXXXX)
opts=${PRECIS_JAVA_OPTS:--Xmx256m -XX:FreqInlineSize=50 -XX:+UseParallelGC}
/usr/bin/time -f "%e %U %S %M" -o "$work/time" env PRECIS_LOG_DIR="$work/logs" PRECIS_JAVA_OPTS="$opts" \
  "$repo/jobs/precis.sh" --precis.input="$in" --precis.output="$work/out" --precis.job-db="$work/db/precis" \
  --precis.run-date=2026-01-01 >/dev/null 2>&1 || { echo "run failed: $work/logs" >&2; exit 1; }
read -r wall user sys rss <"$work/time"
java=$(grep -o 'Java [0-9]* ' "$work"/logs/*.log | head -n 1)
printf '%s: %d files, wall %.2f s, %d articles/s, CPU %.1f s, peak RSS %d MB, %s(logs %s)\n' "$repo" "$files" "$wall" \
  "$(echo "$files / $wall" | bc)" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$java" "$work/logs"
rm -rf "$work/out"

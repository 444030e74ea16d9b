#!/usr/bin/env bash
# Wall time of small runs through the cron launcher (jobs/precis.sh: extracted jar, class-data-sharing
# archive, C1-only JIT for small folders), each with a fresh job database and output folder.
#   bench/small-run.sh INPUT_DIR [RUNS]      e.g. bench/small-run.sh /tmp/precis-perf/corpus-10 7
# Extra JVM options: PRECIS_JAVA_OPTS (setting it turns the small-folder choice off, as in production).
# Prints each run's wall and CPU seconds (/usr/bin/time), then the median wall time. The first run
# (it may make the archive) is a warm-up and is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
in=$(cd "$1" && pwd); runs=${2:-5}
work=$(mktemp -d /tmp/precis-small.XXXXXX)
walls=()
for i in $(seq 0 "$runs"); do
  d=$work/run$i
  /usr/bin/time -f "%e %U %S" -o "$d.time" env PRECIS_LOG_DIR="$d/logs" jobs/precis.sh --precis.input="$in" \
    --precis.output="$d/out" --precis.job-db="$d/db/precis" --precis.run-date=2026-01-01 >/dev/null 2>&1 || { echo "run $i failed: $d/logs" >&2; exit 1; }
  read -r wall user sys <"$d.time"
  if [ "$i" -gt 0 ]; then
    walls+=("$wall")
    printf 'run %d: wall %.2f s, cpu %.2f s\n' "$i" "$wall" "$(echo "$user + $sys" | bc)"
  fi
done
printf 'median wall over %d runs: %s s (work folder %s)\n' "$runs" "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$work"

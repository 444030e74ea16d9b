#!/usr/bin/env bash
# Summarize the dev set with Precis (coverage) and with LEAD, print ROUGE-1/2/Lsum side by side with
# mean words per summary, for all 500 files and for the even/odd halves (sorted by name), plus speed.
#
# Which path runs the summarizers:
#   * the packaged job -- java -jar target/precis.jar --precis.input=DIR --precis.output=DIR
#     --precis.summary.method=lead|coverage --precis.job-db=TMP -- when target/precis.jar exists and accepts
#     --precis.summary.method=coverage (probed on one file); so instruction parsing and cleaning run too;
#   * otherwise the test main dev.precis.summarize.RougeEvalMain (instruction line parsed and dropped, each
#     non-blank line one paragraph, share 0.35 as the job's default).
#   Force one with PRECIS_BENCH=jar or PRECIS_BENCH=main. Build the jar first with: mvn -q -B -DskipTests package
#
# Run from anywhere:  bench/rouge-eval.sh      (env: PRECIS_DEV, PRECIS_REF, PRECIS_ROUGE to point elsewhere)
# Writes only under a mktemp -d directory, removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=$(cd "${PRECIS_DEV:-../shared/eval/summaries/dev}" && pwd)
REF=$(cd "${PRECIS_REF:-../shared/eval/summaries/dev-ref}" && pwd)
ROUGE=${PRECIS_ROUGE:-../shared/eval/rouge/rouge}
METHODS=(coverage lead)
N=75
SHARE=0.35

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >&2
CP="target/classes:target/test-classes:$(cat "$tmp/cp.txt")"

run_jar() { # method outdir
  java -jar target/precis.jar --precis.input="$DEV" --precis.output="$2" --precis.summary.method="$1" \
    --precis.job-db="$tmp/db-$1-$RANDOM/precis" >"$tmp/job-$1.log" 2>&1
}

mode=${PRECIS_BENCH:-}
if [ -z "$mode" ]; then
  mode=main
  if [ -f target/precis.jar ]; then
    mkdir -p "$tmp/probe-in"
    cp "$DEV/$(ls "$DEV" | head -1)" "$tmp/probe-in/"
    if java -jar target/precis.jar --precis.input="$tmp/probe-in" --precis.output="$tmp/probe-out" \
         --precis.summary.method=coverage --precis.job-db="$tmp/db-probe/precis" >"$tmp/probe.log" 2>&1 \
       && [ -n "$(find "$tmp/probe-out" -name '*.summary.txt' 2>/dev/null | head -1)" ]; then
      mode=jar
    fi
  fi
fi
echo "mode: $mode ($( [ "$mode" = jar ] && echo 'packaged job, target/precis.jar' || echo 'test main RougeEvalMain'))"

# even/odd halves of the references, by name order
mkdir -p "$tmp/ref-even" "$tmp/ref-odd"
i=0
for f in $(ls "$REF" | sort); do
  if [ $((i % 2)) -eq 0 ]; then ln -s "$REF/$f" "$tmp/ref-even/$f"; else ln -s "$REF/$f" "$tmp/ref-odd/$f"; fi
  i=$((i + 1))
done

for m in "${METHODS[@]}"; do
  out="$tmp/out-$m"
  if [ "$mode" = jar ]; then
    run_jar "$m" "$out"
    sys="$out/summaries"
  else
    java -cp "$CP" dev.precis.summarize.RougeEvalMain "$DEV" "$out" "$m" "$SHARE" 2>"$tmp/main-$m.log"
    sys="$out"
  fi
  n=$(find "$sys" -name '*.summary.txt' | wc -l)
  printf '%-9s all  %s\n' "$m" "$("$ROUGE" "$sys" "$REF")"
  printf '%-9s even %s\n' "$m" "$("$ROUGE" "$sys" "$tmp/ref-even")"
  printf '%-9s odd  %s\n' "$m" "$("$ROUGE" "$sys" "$tmp/ref-odd")"
  printf '%-9s %s summaries, %s\n' "$m" "$n" "$(java -cp "$CP" dev.precis.summarize.BenchStatsMain "$sys" "$DEV" "$N" "$SHARE")"
done
for m in "${METHODS[@]}"; do
  java -cp "$CP" dev.precis.summarize.SummarizeTimingMain "$DEV" "$m" "${PRECIS_BENCH_PASSES:-20}"
done

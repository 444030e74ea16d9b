#!/usr/bin/env bash
# Summarize the English and French dev sets with Precis (coverage) and with LEAD in the same run, and print
# ROUGE-1/2/Lsum for all 500 files of each and for the even/odd halves (files sorted by name), with mean words
# per summary, how many files got no summary, and the CPU cost per article.
#
#   en: ../shared/eval/summaries/dev    -> dev-ref     (75 words, 1 paragraph, per the files' instruction line)
#   fr: ../shared/eval/summaries/fr-dev -> fr-dev-ref  (40 words), scored with rouge --lang fr
#
# Which path runs the summarizers (PRECIS_BENCH):
#   * jar (default) -- the packaged job: java -jar target/precis.jar --precis.input=DIR --precis.output=DIR
#     --precis.summary.method=lead|coverage --precis.job-db=TMP, so instruction parsing, cleaning and language
#     detection run too. Build the jar first: mvn -q -B -DskipTests package
#   * main -- the test main dev.precis.summarize.RougeEvalMain (instruction line parsed and dropped, each non-blank
#     line one paragraph, share 0.35 as the job's default, the set's language given), i.e. the summarizer alone.
#
# Run from anywhere:  bench/rouge-eval.sh      env: PRECIS_BENCH=jar|main, PRECIS_LANGS="en fr",
#   PRECIS_DATA (default ../shared/eval/summaries), PRECIS_ROUGE, PRECIS_BENCH_PASSES (timing passes, default 20; 0: none)
# Writes only under a mktemp -d directory, removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(cd "${PRECIS_DATA:-../shared/eval/summaries}" && pwd)
ROUGE=${PRECIS_ROUGE:-../shared/eval/rouge/rouge}
LANGS=${PRECIS_LANGS:-en fr}
METHODS=(coverage lead)
SHARE=0.35
mode=${PRECIS_BENCH:-jar}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >&2
CP="target/classes:target/test-classes:$(cat "$tmp/cp.txt")"
if [ "$mode" = jar ] && [ ! -f target/precis.jar ]; then
  echo "target/precis.jar is missing: build it with mvn -q -B -DskipTests package (or PRECIS_BENCH=main)" >&2
  exit 2
fi
echo "mode: $mode ($( [ "$mode" = jar ] && echo 'packaged job, target/precis.jar' || echo 'test main RougeEvalMain, no cleaning'))"

for lang in $LANGS; do
  case "$lang" in
    en) dev="$DATA/dev"; ref="$DATA/dev-ref"; n=75 ;;
    fr) dev="$DATA/fr-dev"; ref="$DATA/fr-dev-ref"; n=40 ;;
    *) echo "no dev set for $lang" >&2; exit 2 ;;
  esac
  # even/odd halves of the references, by name order
  mkdir -p "$tmp/ref-$lang-even" "$tmp/ref-$lang-odd"
  i=0
  for f in $(ls "$ref" | sort); do
    if [ $((i % 2)) -eq 0 ]; then ln -s "$ref/$f" "$tmp/ref-$lang-even/$f"; else ln -s "$ref/$f" "$tmp/ref-$lang-odd/$f"; fi
    i=$((i + 1))
  done
  for m in "${METHODS[@]}"; do
    out="$tmp/out-$lang-$m"
    if [ "$mode" = jar ]; then
      java -jar target/precis.jar --precis.input="$dev" --precis.output="$out" --precis.summary.method="$m" \
        --precis.job-db="$tmp/db-$lang-$m/precis" >"$tmp/job-$lang-$m.log" 2>&1
      sys="$out/summaries"
      report=$(ls "$out"/reports/*.csv)
    else
      java -cp "$CP" dev.precis.summarize.RougeEvalMain "$dev" "$out" "$m" "$SHARE" "$lang" 2>"$tmp/main-$lang-$m.log"
      sys="$out"
      report=""
    fi
    made=$(find "$sys" -name '*.summary.txt' -size +1c | wc -l)
    printf '%s %-9s all  %s\n' "$lang" "$m" "$("$ROUGE" --lang "$lang" "$sys" "$ref")"
    printf '%s %-9s even %s\n' "$lang" "$m" "$("$ROUGE" --lang "$lang" "$sys" "$tmp/ref-$lang-even")"
    printf '%s %-9s odd  %s\n' "$lang" "$m" "$("$ROUGE" --lang "$lang" "$sys" "$tmp/ref-$lang-odd")"
    printf '%s %-9s %s of %s files have a summary\n' "$lang" "$m" "$made" "$(ls "$dev" | wc -l)"
    java -cp "$CP" dev.precis.summarize.BenchStatsMain "$sys" "$dev" "$n" "$SHARE" $report | sed "s/^/$lang $(printf '%-9s' "$m") /"
  done
done
if [ "${PRECIS_BENCH_PASSES:-20}" -gt 0 ]; then
  for lang in $LANGS; do
    dev="$DATA/dev"; [ "$lang" = fr ] && dev="$DATA/fr-dev"
    for m in "${METHODS[@]}"; do
      printf '%s ' "$lang"
      java -cp "$CP" dev.precis.summarize.SummarizeTimingMain "$dev" "$m" "${PRECIS_BENCH_PASSES:-20}" "$lang"
    done
  done
fi

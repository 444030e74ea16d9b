#!/usr/bin/env bash
# Summarize every pool with Precis (coverage) and with LEAD in the same run, and print ROUGE-1/2/Lsum for all
# files of each and for the even/odd halves (files sorted by name), with mean words per summary, how many files
# got no summary, and the CPU cost per article.
#
#   dev:       ../shared/eval/summaries/dev                -> dev-ref         (500, 75 words, 1 paragraph, per the files' instruction line)
#   cased-dev: ../shared/eval/summaries/cased-dev/articles -> cased-dev/refs  (999 CNN Corpus stories, cased, paragraphed, 75 words)
#   train:     ../shared/eval/summaries/train              -> train-ref       (3,868, 75 words; the pool SummaryWeights is fitted on)
#   fr-dev:    ../shared/eval/summaries/fr-dev             -> fr-dev-ref      (500, 40 words), scored with rouge --lang fr
#
# Which path runs the summarizers (PRECIS_BENCH):
#   * jar (default) -- the packaged job: java -jar target/precis.jar --precis.input=DIR --precis.output=DIR
#     --precis.summary.method=lead|coverage --precis.job-db=TMP, so instruction parsing, cleaning and language
#     detection run too. Build the jar first: mvn -q -B -DskipTests package
#   * main -- the test main dev.precis.summarize.RougeEvalMain (instruction line parsed and dropped, each non-blank
#     line one paragraph, share 0.35 as the job's default, the set's language given), i.e. the summarizer alone.
#
# Run from anywhere:  bench/rouge-eval.sh      env: PRECIS_BENCH=jar|main, PRECIS_POOLS="dev cased-dev train fr-dev",
#   PRECIS_DATA (default ../shared/eval/summaries), PRECIS_ROUGE, PRECIS_BENCH_PASSES (timing passes, default 20; 0: none)
# Writes only under a mktemp -d directory, removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(cd "${PRECIS_DATA:-../shared/eval/summaries}" && pwd)
ROUGE=${PRECIS_ROUGE:-../shared/eval/rouge/rouge}
POOLS=${PRECIS_POOLS:-dev cased-dev train fr-dev}
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

pool() { # name -> lang dir ref words
  case "$1" in
    dev) echo "en $DATA/dev $DATA/dev-ref 75" ;;
    cased-dev) echo "en $DATA/cased-dev/articles $DATA/cased-dev/refs 75" ;;
    train) echo "en $DATA/train $DATA/train-ref 75" ;;
    fr-dev) echo "fr $DATA/fr-dev $DATA/fr-dev-ref 40" ;;
    *) echo "no pool $1" >&2; exit 2 ;;
  esac
}

for name in $POOLS; do
  read -r lang dev ref n <<<"$(pool "$name")"
  # even/odd halves of the references, by name order
  mkdir -p "$tmp/ref-$name-even" "$tmp/ref-$name-odd"
  i=0
  for f in $(ls "$ref" | sort); do
    if [ $((i % 2)) -eq 0 ]; then ln -s "$ref/$f" "$tmp/ref-$name-even/$f"; else ln -s "$ref/$f" "$tmp/ref-$name-odd/$f"; fi
    i=$((i + 1))
  done
  for m in "${METHODS[@]}"; do
    out="$tmp/out-$name-$m"
    if [ "$mode" = jar ]; then
      java -jar target/precis.jar --precis.input="$dev" --precis.output="$out" --precis.summary.method="$m" \
        --precis.job-db="$tmp/db-$name-$m/precis" >"$tmp/job-$name-$m.log" 2>&1
      sys="$out/summaries"
      report=$(ls "$out"/reports/*.csv)
    else
      java -cp "$CP" dev.precis.summarize.RougeEvalMain "$dev" "$out" "$m" "$SHARE" "$lang" 2>"$tmp/main-$name-$m.log"
      sys="$out"
      report=""
    fi
    made=$(find "$sys" -name '*.summary.txt' -size +1c | wc -l)
    label=$(printf '%-9s %-8s' "$name" "$m")
    printf '%s all  %s\n' "$label" "$("$ROUGE" --lang "$lang" "$sys" "$ref")"
    printf '%s even %s\n' "$label" "$("$ROUGE" --lang "$lang" "$sys" "$tmp/ref-$name-even")"
    printf '%s odd  %s\n' "$label" "$("$ROUGE" --lang "$lang" "$sys" "$tmp/ref-$name-odd")"
    printf '%s %s of %s files have a summary\n' "$label" "$made" "$(ls "$dev" | wc -l)"
    java -cp "$CP" dev.precis.summarize.BenchStatsMain "$sys" "$dev" "$n" "$SHARE" $report | sed "s/^/$label /"
  done
done
if [ "${PRECIS_BENCH_PASSES:-20}" -gt 0 ]; then
  for name in $POOLS; do
    read -r lang dev ref n <<<"$(pool "$name")"
    [ "$name" = train ] && continue # as many stories as the other pools together: timed on dev and cased-dev
    for m in "${METHODS[@]}"; do
      printf '%s ' "$name"
      java -cp "$CP" dev.precis.summarize.SummarizeTimingMain "$dev" "$m" "${PRECIS_BENCH_PASSES:-20}" "$lang"
    done
  done
fi

#!/usr/bin/env bash
# Cleaning benchmark: cleans every dev page of ../shared/eval/cleaning/dev with the product's own
# ArticleCleaner (driver: src/test/java/dev/precis/clean/CleaningEvalMain.java) and prints the
# scorer's table for the plain-text input and for the HTML input, on all pages and on the even/odd
# halves (pages sorted by id) used to check for overfitting.
#
# Run from the repo root:   bench/clean-eval.sh
# It builds with `mvn -q -B test-compile`, writes the classpath to cp.txt, runs the driver with
#   java -cp target/classes:target/test-classes:$(cat cp.txt) dev.precis.clean.CleaningEvalMain IN OUT text|html
# and scores with python3 ../shared/eval/cleaning/score.py. Outputs go to a mktemp -d folder
# (nothing is written into ../shared). EVAL_DIR overrides the data folder (e.g. a held-out split).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
EVAL_DIR="${EVAL_DIR:-$ROOT/../shared/eval/cleaning/dev}"
EVAL_DIR="$(cd "$EVAL_DIR" && pwd)"
SCORER="${SCORER:-$(dirname "$EVAL_DIR")/score.py}"

mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat cp.txt)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# even/odd halves as symlink folders (gold + html are all the scorer reads)
mkdir -p "$WORK/even" "$WORK/odd"
i=0
while IFS= read -r gold; do
  id="$(basename "$gold" .gold.txt)"
  half=$([ $((i % 2)) -eq 0 ] && echo even || echo odd)
  ln -s "$EVAL_DIR/$id.gold.txt" "$WORK/$half/"
  ln -s "$EVAL_DIR/$id.html" "$WORK/$half/"
  i=$((i + 1))
done < <(find "$EVAL_DIR" -maxdepth 1 -name '*.gold.txt' | sort)

for fmt in text html; do
  echo "== input: $fmt"
  java -cp "$CP" dev.precis.clean.CleaningEvalMain "$EVAL_DIR" "$WORK/out-$fmt" "$fmt"
  python3 "$SCORER" "$WORK/out-$fmt" --data "$EVAL_DIR"
  for half in even odd; do
    echo "-- $half half"
    python3 "$SCORER" "$WORK/out-$fmt" --data "$WORK/$half" | grep -E 'bow|shingle4'
  done
done

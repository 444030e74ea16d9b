#!/usr/bin/env bash
# Cleaning benchmark: cleans every page of both development sets with the product's ArticleCleaner
# (driver: src/test/java/dev/precis/clean/CleaningEvalMain.java, which reads each page as the job does)
# and prints the scorer's figures for the plain-text scrape and for the HTML, on all pages and on the
# even/odd halves (pages sorted by id; the even half is the one tuned on, the odd half is the estimate).
#
#   ../shared/eval/cleaning/dev              91 AEB news pages, 4-word-shingle F1 (the benchmark's metric)
#   ../shared/eval/cleaning/trafilatura-dev  469 multilingual pages, trafilatura's snippet F1
#
# Run from the repo root:   bench/clean-eval.sh [SET...]      (SET: dev, trafilatura-dev, or a folder)
# Env: KEEP=DIR keeps the cleaned outputs under DIR/<set>-<text|html>/ for inspection.
# It builds with `mvn -q -B test-compile`, writes the classpath to cp.txt, and scores with
# python3 ../shared/eval/cleaning/score.py. Nothing is written into ../shared.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
EVAL="$(cd "$ROOT/../shared/eval/cleaning" && pwd)"
SCORER="$EVAL/score.py"
SETS=("$@")
[ ${#SETS[@]} -gt 0 ] || SETS=(dev trafilatura-dev)

mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat cp.txt)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

metric() { # the line of the scorer's output that the set is judged by
  if ls "$1"/*.gold.json >/dev/null 2>&1; then grep -E '^  snippet'; else grep -E '^  shingle4'; fi
}

for set in "${SETS[@]}"; do
  dir="$set"; [ -d "$dir" ] || dir="$EVAL/$set"
  dir="$(cd "$dir" && pwd)"; name="$(basename "$dir")"
  # even/odd halves as symlink folders (the gold files and the .html list are all the scorer reads)
  mkdir -p "$WORK/$name-even" "$WORK/$name-odd"
  i=0
  while IFS= read -r page; do
    id="$(basename "$page" .html)"
    half=$([ $((i % 2)) -eq 0 ] && echo even || echo odd)
    ln -s "$page" "$WORK/$name-$half/"
    for g in "$dir/$id".gold.*; do ln -s "$g" "$WORK/$name-$half/"; done
    i=$((i + 1))
  done < <(find "$dir" -maxdepth 1 -name '*.html' | sort)

  for fmt in text html; do
    out="$WORK/out-$name-$fmt"
    java -cp "$CP" dev.precis.clean.CleaningEvalMain "$dir" "$out" "$fmt" 2>"$WORK/log" || { cat "$WORK/log"; exit 1; }
    all=$(python3 "$SCORER" "$out" --data "$dir" | metric "$dir")
    even=$(python3 "$SCORER" "$out" --data "$WORK/$name-even" | metric "$dir")
    odd=$(python3 "$SCORER" "$out" --data "$WORK/$name-odd" | metric "$dir")
    printf '%-16s %-4s all  %s\n' "$name" "$fmt" "$all"
    printf '%-16s %-4s even %s\n' "$name" "$fmt" "$even"
    printf '%-16s %-4s odd  %s\n' "$name" "$fmt" "$odd"
    printf '%-16s %-4s %s\n' "$name" "$fmt" "$(tail -1 "$WORK/log")"
    if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; rm -rf "$KEEP/$name-$fmt"; cp -r "$out" "$KEEP/$name-$fmt"; fi
  done
done

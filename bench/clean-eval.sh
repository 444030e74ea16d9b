#!/usr/bin/env bash
# Cleaning benchmark: cleans every page of the three development sets with the product's ArticleCleaner
# (driver: src/test/java/dev/precis/clean/CleaningEvalMain.java, which reads each page as the job does)
# and prints the scorer's figures for the plain-text scrape and for the HTML, on all pages and on the
# even/odd halves (pages sorted by id). The even half is "tuned" (looked at while choosing changes), the
# odd half "validation" (a change is kept only if it does not fall there); neither estimates pages never
# shown, which is what the held-out checks measure.
#
#   ../shared/eval/cleaning/dev              91 AEB news pages, 4-word-shingle F1 (the benchmark's metric)
#   ../shared/eval/cleaning/trafilatura-dev  469 multilingual pages, trafilatura's snippet F1
#   ../shared/eval/cleaning/wcxb-dev         499 pages of eight types (WCXB), 4-word-shingle F1, printed for
#                                            all pages and for the articles alone (halves as in the whole set)
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
[ ${#SETS[@]} -gt 0 ] || SETS=(dev trafilatura-dev wcxb-dev)

mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat cp.txt)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

metric() { # the line of the scorer's output that the set is judged by: shingles where there is full gold text
  if ls "$1"/*.gold.txt >/dev/null 2>&1; then grep -E '^  shingle4'; else grep -E '^  snippet'; fi
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
    for g in "$dir/$id".gold.* "$dir/$id".meta.json; do [ -e "$g" ] && ln -s "$g" "$WORK/$name-$half/"; done
    i=$((i + 1))
  done < <(find "$dir" -maxdepth 1 -name '*.html' | sort)

  for fmt in text html; do
    out="$WORK/out-$name-$fmt"
    java -cp "$CP" dev.precis.clean.CleaningEvalMain "$dir" "$out" "$fmt" 2>"$WORK/log" || { cat "$WORK/log"; exit 1; }
    all=$(python3 "$SCORER" "$out" --data "$dir" | metric "$dir")
    even=$(python3 "$SCORER" "$out" --data "$WORK/$name-even" | metric "$dir")
    odd=$(python3 "$SCORER" "$out" --data "$WORK/$name-odd" | metric "$dir")
    printf '%-16s %-4s all                %s\n' "$name" "$fmt" "$all"
    printf '%-16s %-4s tuned (even)       %s\n' "$name" "$fmt" "$even"
    printf '%-16s %-4s validation (odd)   %s\n' "$name" "$fmt" "$odd"
    if [ -e "$dir/manifest.tsv" ]; then # WCXB: the articles alone
      for part in "$dir:all" "$WORK/$name-even:tuned (even)" "$WORK/$name-odd:validation (odd)"; do
        printf '%-16s %-4s articles %-17s %s\n' "$name" "$fmt" "${part#*:}" \
          "$(python3 "$SCORER" "$out" --data "${part%%:*}" --type article | metric "$dir")"
      done
    fi
    printf '%-16s %-4s %s\n' "$name" "$fmt" "$(tail -1 "$WORK/log")"
    if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; rm -rf "$KEEP/$name-$fmt"; cp -r "$out" "$KEEP/$name-$fmt"; fi
  done
done

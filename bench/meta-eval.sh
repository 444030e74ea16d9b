#!/usr/bin/env bash
# Metadata benchmark (issue 25): reads title, author, publish date and site of every page the way the job
# does (ArticleCleaner on the page, whose CleanedText carries the PageMetadata that fills the report's
# columns; driver: src/test/java/dev/precis/metadata/MetaEvalMain.java), writes a CSV with the report's
# column names and scores it with ../shared/eval/cleaning/score_meta.py.
#
#   ../shared/eval/cleaning/wcxb-dev         499 pages with title, author and publish date in <id>.meta.json:
#                                            scored on all pages, the even and odd halves (pages sorted by id,
#                                            alternating) and the article pages, for HTML and plain-text input
#   ../shared/eval/cleaning/dev              AEB (91 news pages) and
#   ../shared/eval/cleaning/trafilatura-dev  469 multilingual pages: no metadata truth; the share of pages given
#                                            each field is printed
#
# Run from the repo root:   bench/meta-eval.sh            Env: KEEP=DIR keeps the CSVs in DIR.
#                            bench/meta-eval.sh --cost     also the CPU cost per HTML page (dev.precis.metadata.MetaCost)
# It builds with `mvn -q -B test-compile` and writes the classpath to cp.txt. Nothing is written into ../shared.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
EVAL="$(cd "$ROOT/../shared/eval/cleaning" && pwd)"
SCORER="$EVAL/score_meta.py"

mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat cp.txt)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# even/odd halves of wcxb-dev as folders of links to the truth files (all the scorer reads)
mkdir -p "$WORK/wcxb-even" "$WORK/wcxb-odd"
i=0
while IFS= read -r meta; do
  half=$([ $((i % 2)) -eq 0 ] && echo even || echo odd)
  ln -s "$meta" "$WORK/wcxb-$half/"
  i=$((i + 1))
done < <(find "$EVAL/wcxb-dev" -maxdepth 1 -name '*.meta.json' | sort)

for fmt in html text; do
  csv="$WORK/wcxb-$fmt.csv"
  java -cp "$CP" dev.precis.metadata.MetaEvalMain "$EVAL/wcxb-dev" "$csv" "$fmt" 2>"$WORK/log" || { cat "$WORK/log"; exit 1; }
  echo "== wcxb-dev $fmt ($(tail -1 "$WORK/log"))"
  for part in all even odd article; do
    case $part in
      all) out=$(python3 "$SCORER" "$csv" --data "$EVAL/wcxb-dev") ;;
      even|odd) out=$(python3 "$SCORER" "$csv" --data "$WORK/wcxb-$part") ;;
      article) out=$(python3 "$SCORER" "$csv" --data "$EVAL/wcxb-dev" --type article,blog) ;;
    esac
    echo "$out" | tail -3 | sed "s/^/$part /"
  done
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$csv" "$KEEP/"; fi
done

for set in dev trafilatura-dev; do
  csv="$WORK/$set-html.csv"
  java -cp "$CP" dev.precis.metadata.MetaEvalMain "$EVAL/$set" "$csv" html 2>"$WORK/log" || { cat "$WORK/log"; exit 1; }
  python3 - "$csv" "$set" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
n = len(rows)
given = {f: sum(1 for r in rows if r[f].strip()) for f in ('title', 'author', 'published', 'site')}
print(f"== {sys.argv[2]} html: {n} pages, given: " + ", ".join(f"{f} {v / n:.3f}" for f, v in given.items()))
PY
  if [ -n "${KEEP:-}" ]; then cp "$csv" "$KEEP/"; fi
done

if [ "${1:-}" = "--cost" ]; then
  java -cp "$CP" dev.precis.metadata.MetaCost "$EVAL/wcxb-dev" 120 6
fi

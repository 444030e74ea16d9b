#!/usr/bin/env bash
# The run page (issue 18), measured. Run from the repository root; needs Debian's chromium
# (apt-get install chromium; .ci/run installs it) or PRECIS_CHROMIUM=/path/to/chromium.
#
#   bench/report-page.sh [FILES] [LOADS] [typical|worst]
#                                            size and load time of the page of a FILES-row run
#                                            (default 100000 rows, 5 loads, typical); worst: 200-character
#                                            paths and 72 failure reasons of ~90 files; see ReportPageBench
#   bench/report-page.sh --screenshot [PNG]  the README's screenshot: a real run of the shipped
#                                            input/ (copied to /tmp/precis-demo), default docs/run-page.png
#
# The large page is built from seeded, generated report rows (and a summary file per summarized
# row) by the production classes, not by running the job on 100,000 files: its size and load time
# depend on the rows, not on how they were made. Each load is a fresh tab; the time is from the
# navigation request to the load event, in a browser already started.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

if [ "${1:-}" = "--screenshot" ]; then
  # A fixed night, so the image differs only where the build does. docs/run-page.txt records what the
  # image shows (algorithm, settings key); RunPageScreenshotTest fails when the build no longer
  # matches it: then run this again and commit both files.
  png=${2:-docs/run-page.png}
  work=/tmp/precis-demo
  night=2026-12-01
  rm -rf "$work" && mkdir -p "$work" && cp -r input "$work/input"
  java -jar target/precis.jar --precis.input="$work/input" --precis.output="$work/output" \
    --precis.job-db="$work/jobs/precis" --precis.run-date="$night" 2>"$work/run.log"
  mkdir -p "$(dirname "$png")"
  java -cp "$CP" dev.precis.report.PageScreenshot "$work/output/reports/precis-$night-1.html" "$png" 1200
  python3 - "$work/output/reports/precis-$night-1.json" "${png%.png}.txt" "$(basename "$png")" <<'PY'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(f"# What {sys.argv[3]} shows: written with it by bench/report-page.sh --screenshot.\n"
              "# RunPageScreenshotTest fails when the build no longer matches: run that again, commit both.\n")
    out.write(f"algorithm={run['versions']['algorithm']}\n")
    out.write(f"settings-key={run['settings']['settings-key']}\n")
PY
  exit 0
fi

java -Xmx512m -cp "$CP" dev.precis.report.ReportPageBench "${1:-100000}" "${2:-5}" "${3:-typical}"

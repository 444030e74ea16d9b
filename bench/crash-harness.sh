#!/usr/bin/env bash
# Crash harness (issue 8): kills the packaged Precis jar with `kill -9` at seeded random moments,
# resumes it with the product's own `--precis.command=restart` until a run exits 0, and checks that
# the output is identical to an uninterrupted run's.
#
#   bench/crash-harness.sh [KILLS=20] [SEED=random] [FILES=300]
#
# Needs target/precis.jar (package it once: mvn -q -DskipTests package), java, python3 and the
# shared evaluation data in ../shared beside the repository (read only; nothing is written there).
# Everything else happens in a fresh mktemp -d folder, removed at the end unless a kill point
# mismatched (then its path is printed) or PRECIS_CRASH_KEEP=1.
#
# Environment (optional):
#   PRECIS_JAR         the jar (default: <repo>/target/precis.jar)
#   PRECIS_SHARED      the shared folder (default: <repo>/../shared)
#   PRECIS_JAVA_OPTS   JVM options (default: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m,
#                      which halves JVM start-up; the output does not depend on them)
#   PRECIS_CRASH_KEEP  1: keep the work folder
#   PRECIS_H2_OPTIONS  settings appended to the job database's H2 URL, to try a fix without a rebuild
#                      (e.g. ";WRITE_DELAY=0"); default none: the product's own URL from precis.job-db
#
# For each kill point: a fresh output folder and job database; the jar starts in the background;
# the harness sleeps a seeded random delay and kills it with SIGKILL. Even kill points count the
# delay from launch, spread (stratified) over [0.3 s, reference wall time], so JVM start-up,
# schema creation, the manifest step, the chunks and the report are all hit; odd kill points count
# it from the job's start line ("Precis run ... (execution N)"), spread over the reference job's
# duration, so most of them land inside the manifest / summarize / report steps whatever the
# JVM start-up time. Some restarts are killed again (seeded). Then the harness restarts until a run
# exits 0 and compares: summaries byte for byte (diff -r), report rows apart from `millis`, no path
# twice, none missing, no temporary files left (nothing in output/.precis-tmp/, no *.precis-tmp).
#
# Output: one line per kill point, then "N/N kill points identical"; exit 1 on any mismatch,
# 2 on a setup error.
set -euo pipefail

KILLS=${1:-20}
SEED=${2:-$(( $(date +%s) % 1000000 ))}
FILES=${3:-300}
case "$KILLS$SEED$FILES" in *[!0-9]*) echo "usage: $0 [KILLS] [SEED] [FILES] (integers)" >&2; exit 2 ;; esac
[ "$KILLS" -ge 1 ] && [ "$FILES" -ge 20 ] || { echo "need KILLS >= 1 and FILES >= 20" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${PRECIS_JAR:-$REPO/target/precis.jar}
SHARED=${PRECIS_SHARED:-$REPO/../shared}
read -r -a JAVA_OPTS <<< "${PRECIS_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m}"
RUN_DATE=2026-01-01
COMMIT_INTERVAL=7
MAX_ATTEMPTS=6          # runs per kill point, killed ones included
export LC_ALL=C.UTF-8 LANG=C.UTF-8

[ -f "$JAR" ] || { echo "crash-harness: $JAR not found; build it first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d "$SHARED/eval/summaries/dev" ] || { echo "crash-harness: no evaluation data at $SHARED/eval/summaries/dev" >&2; exit 2; }
command -v java >/dev/null && command -v python3 >/dev/null || { echo "crash-harness: needs java and python3" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/precis-crash.XXXXXX")
PID=
KEEP=${PRECIS_CRASH_KEEP:-0}
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "$EPOCHREALTIME"; }
elapsed() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.2f}")' "$1" "$2"; }

# ---------------------------------------------------------------- corpus (seeded, read from ../shared)
CORPUS=$WORK/input
python3 - "$SHARED" "$CORPUS" "$SEED" "$FILES" <<'PY'
import os, random, shutil, sys
shared, corpus, seed, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(seed)
dev_dir = os.path.join(shared, "eval/summaries/dev")
clean_dir = os.path.join(shared, "eval/cleaning/dev")
dev = sorted(f for f in os.listdir(dev_dir) if f.endswith(".txt"))
clean_txt = sorted(f for f in os.listdir(clean_dir) if f.endswith(".txt") and not f.endswith(".gold.txt")) if os.path.isdir(clean_dir) else []
clean_html = sorted(f for f in os.listdir(clean_dir) if f.endswith(".html")) if os.path.isdir(clean_dir) else []
os.makedirs(corpus)
folders = ["", "", "", "world", "sport/2026", "business", "a b (c)"]
made = 0
def place(name):
    d = os.path.join(corpus, rnd.choice(folders))
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)
def write(name, data, folder=None):
    global made
    path = os.path.join(corpus, folder, name) if folder is not None else place(name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    made += 1
# a few bad or odd files: each must get its report row, the job goes on
sample = open(os.path.join(dev_dir, dev[0]), "rb").read()
body = sample.split(b"\n", 1)[1]
write("empty.txt", b"", "")
write("blank.txt", b"  \n\n\t\n", "")
write("binary.bin", bytes(rnd.randrange(256) for _ in range(2048)) + b"\0", "")
write("instruction-only.txt", b"Summarize this content to 100 words in 2 paragraphs\n", "")
write("nul.txt", body[:500] + b"\0\0\0" + body[500:], "")
write("latin1.txt", ("Le café de la gare a rouvert ses portes à Genève. "
                     "Les habitués ont salué la réouverture avec enthousiasme. ").encode("latin-1") * 8, "")
write("utf16.txt", b"\xff\xfe" + body.decode("utf-8", "replace").encode("utf-16-le"), "")
write("upper instruction, \"quoted\".txt", b"SUMMARIZE THIS CONTENT TO 1,000 WORDS IN 40 PARAGRAPHS\n" + body, "")
write("=formula.txt", b"Summarize this content to 0 words in -2 paragraphs\n" + body, "")
with open(os.path.join(corpus, ".hidden.txt"), "wb") as f:       # ignored: not a row, not a file
    f.write(body)
os.symlink(os.path.join(dev_dir, dev[1]), os.path.join(corpus, "link-outside.txt")); made += 1
os.mkfifo(os.path.join(corpus, "pipe.fifo")); made += 1
n_html = min(len(clean_html), max(1, files // 60))
n_clean = min(len(clean_txt), max(2, files // 15))
n_dev = files - made - n_html - n_clean
if n_dev < 1 or n_dev > len(dev):
    sys.exit(f"cannot build {files} files from {len(dev)} dev articles")
for f in rnd.sample(clean_html, n_html):
    write("clean-" + f, open(os.path.join(clean_dir, f), "rb").read())
for f in rnd.sample(clean_txt, n_clean):
    write("clean-" + f, open(os.path.join(clean_dir, f), "rb").read())
for f in rnd.sample(dev, n_dev):
    write(f, open(os.path.join(dev_dir, f), "rb").read())
PY
N_INPUT=$(find "$CORPUS" -mindepth 1 ! -type d ! -name '.*' | wc -l)
echo "crash harness: seed $SEED, $KILLS kill points, $N_INPUT input files ($(du -sh "$CORPUS" | cut -f1)), commit interval $COMMIT_INTERVAL"
echo "jar: $JAR; java options: ${JAVA_OPTS[*]}; work folder: $WORK${PRECIS_H2_OPTIONS:+; H2 URL options: $PRECIS_H2_OPTIONS}"

# ---------------------------------------------------------------- running the jar
# start <dir> <log> <command>: launches the jar in the background on <dir>/output and <dir>/jobs; sets PID
start() {
  local dir=$1 log=$2 command=$3 db=()
  if [ -n "${PRECIS_H2_OPTIONS:-}" ]; then
    db=("--spring.datasource.url=jdbc:h2:file:$dir/jobs/precis;DB_CLOSE_ON_EXIT=FALSE$PRECIS_H2_OPTIONS")
  fi
  java "${JAVA_OPTS[@]}" -jar "$JAR" --precis.command="$command" --precis.input="$CORPUS" \
    --precis.output="$dir/output" --precis.job-db="$dir/jobs/precis" --precis.run-date="$RUN_DATE" \
    --precis.commit-interval="$COMMIT_INTERVAL" "${db[@]}" > "$log" 2>&1 < /dev/null &
  PID=$!
}
# finish: waits for PID, sets RC
finish() { RC=0; { wait "$PID"; } 2>/dev/null || RC=$?; PID=; }
JOB_LINE='Precis run [0-9-]+ #[0-9]+ \(execution [0-9]+\)'
# wait_for_line <log> <regex>: polls until the line appears or the process ends; 0 if it appeared
wait_for_line() {
  while kill -0 "$PID" 2>/dev/null; do
    grep -Eqs "$2" "$1" && return 0
    sleep 0.02
  done
  grep -Eqs "$2" "$1"
}
# phase <log>: the last phase the log shows
phase() {
  python3 - "$1" <<'PY'
import re, sys
phase = "jvm-start"
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if "Started PrecisApplication" in line: phase = "context-started"
    elif re.search(r"Precis run \S+ #\d+ \(execution \d+\)", line): phase = "manifest"
    elif "Manifest:" in line: phase = "summarize(chunk 1)"
    elif "Resuming:" in line:
        m = re.search(r"Resuming: (\d+) of (\d+)", line); phase = f"summarize(resumed at {m.group(1)}/{m.group(2)})"
    elif "Progress:" in line:
        m = re.search(r"Progress: (\d+)/(\d+)", line)
        phase = "report" if m.group(1) == m.group(2) else f"summarize(after {m.group(1)}/{m.group(2)})"
    elif "Report written:" in line: phase = "after-report"
    elif "COMPLETED" in line and "Precis run" in line: phase = "completed"
print(phase)
PY
}
# snapshot <output dir> <file>: the summaries and temporary files right after a kill
snapshot() {
  { [ -d "$1/summaries" ] && (cd "$1" && find summaries -type f) || true; } > "$2.summaries"
  { [ -d "$1" ] && find "$1" \( -path '*/.precis-tmp/*' -o -name '?*.precis-tmp' \) || true; } > "$2.temp"
}

# ---------------------------------------------------------------- reference run, with phase timings
REF=$WORK/reference
mkdir -p "$REF"
t0=$(now)
start "$REF" "$REF/run.log" run
t_job=
wait_for_line "$REF/run.log" "$JOB_LINE" && t_job=$(now)
finish
t1=$(now)
[ "$RC" = 0 ] || { echo "reference run failed (exit $RC); log: $REF/run.log" >&2; KEEP=1; exit 2; }
[ -n "$t_job" ] || { echo "reference run: no job start line in the log" >&2; KEEP=1; exit 2; }
REF_WALL=$(elapsed "$t0" "$t1")
REF_JOB_AT=$(elapsed "$t0" "$t_job")
REF_REPORT=$(ls "$REF/output/reports/"*.csv)
echo "reference: ${REF_WALL} s wall, job started at ${REF_JOB_AT} s; $(grep -Eo 'COMPLETED: [^.]*' "$REF/run.log" | head -1)"

# the kill plan: seeded, stratified, printed
PLAN=$WORK/plan
python3 - "$SEED" "$KILLS" "$REF_WALL" "$REF_JOB_AT" > "$PLAN" <<'PY'
import random, sys
seed, kills, wall, job_at = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rnd = random.Random(seed * 7919 + 1)
def strata(n, lo, hi):
    width = (hi - lo) / max(n, 1)
    out = [lo + width * (i + rnd.random()) for i in range(n)]
    rnd.shuffle(out)
    return out
launch = strata((kills + 1) // 2, 0.3, max(wall, 0.6))
job = strata(kills // 2, 0.0, max(wall - job_at, 0.3))
for i in range(kills):
    anchor, delay = ("launch", launch.pop()) if i % 2 == 0 else ("job", job.pop())
    extra = []                      # kills of the restarts, from their launch
    while len(extra) < 2 and rnd.random() < 0.3:
        extra.append(rnd.uniform(0.3, max(wall, 0.6)))
    print(anchor, f"{delay:.2f}", *[f"{e:.2f}" for e in extra])
PY

# ---------------------------------------------------------------- compare with the reference
compare() {
  local out=$1 problems=()
  diff -r -q "$REF/output/summaries" "$out/summaries" > "$out.diff" 2>&1 || problems+=("summaries differ: $(head -3 "$out.diff" | tr '\n' ' ')")
  local temp
  temp=$(find "$out" \( -path '*/.precis-tmp/*' -o -name '?*.precis-tmp' \) | head -5)
  [ -z "$temp" ] || problems+=("temporary files left: $(echo "$temp" | tr '\n' ' ')")
  local reports
  reports=$( (cd "$out" && find . -type f ! -path './summaries/*' | sort) | tr '\n' ' ')
  local base=./reports/$(basename "$REF_REPORT" .csv)
  # the CSV, and the run page and JSON summary written beside it
  [ "$reports" = "$base.csv $base.html $base.json " ] || problems+=("unexpected files besides summaries: $reports")
  local csv_check
  csv_check=$(python3 - "$REF_REPORT" "$out/reports/$(basename "$REF_REPORT")" "$CORPUS" <<'PY'
import csv, os, sys
def rows(path):
    if not os.path.exists(path):
        return None, ["no report"]
    with open(path, newline="", encoding="utf-8") as f:
        r = list(csv.reader(f, strict=True))
    header, body = r[0], r[1:]
    if "millis" not in header or "path" not in header:
        return None, ["bad header"]
    m, p = header.index("millis"), header.index("path")
    problems = []
    # formula-like names carry the report's protective leading apostrophe (OWASP rule)
    paths = [row[p][1:] if row[p][:1] == "'" and row[p][1:2] in ("=", "+", "-", "@", "\t", "\r") else row[p] for row in body]
    dupes = sorted({x for x in paths if paths.count(x) > 1})
    if dupes:
        problems.append(f"paths reported twice: {dupes[:3]}")
    return (header, [row[:m] + row[m + 1:] for row in body], paths), problems
(ref, ref_problems) = rows(sys.argv[1])
(got, problems) = rows(sys.argv[2])
corpus = sys.argv[3]
expected = set()
for d, dirs, files in os.walk(corpus):
    dirs[:] = [x for x in dirs if not x.startswith(".")]
    expected |= {os.path.relpath(os.path.join(d, f), corpus) for f in files if not f.startswith(".")}
if ref is None:
    print("reference report unreadable"); sys.exit()
if set(ref[2]) != expected:
    problems.append(f"reference report does not list the input exactly: {sorted(expected ^ set(ref[2]))[:3]}")
if got is not None:
    missing = expected - set(got[2])
    if missing:
        problems.append(f"{len(missing)} missing, e.g. {sorted(missing)[:3]}")
    if got[0] != ref[0]:
        problems.append("header differs")
    if got[1] != ref[1]:
        diff = [i for i in range(max(len(got[1]), len(ref[1]))) if got[1][i:i + 1] != ref[1][i:i + 1]]
        problems.append(f"{len(diff)} report rows differ (apart from millis), first: {(ref[1] + [None] * len(diff))[diff[0]]} vs {(got[1] + [None] * len(diff))[diff[0]]}")
print("; ".join(problems + ref_problems))
PY
)
  [ -z "$csv_check" ] || problems+=("$csv_check")
  MISMATCH=$(IFS='|'; echo "${problems[*]:-}")
}

# uncommitted <snapshot> <next log>: summaries on disk at the kill that the next attempt did not count as done
uncommitted() {
  python3 - "$REF_REPORT" "$1.summaries" "$2" <<'PY'
import csv, re, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
on_disk = {l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
log = open(sys.argv[3], encoding="utf-8", errors="replace").read()
m = re.search(r"Resuming: (\d+) of (\d+)", log)
if m:
    done = int(m.group(1))
elif "Manifest:" in log:
    done = 0
else:
    print(""); sys.exit()
committed = {r["summary"] for r in rows[:done] if r["summary"]}
extra = len(on_disk - committed)
print(f", {done} committed + {extra} summaries written but uncommitted" if extra else f", {done} committed")
PY
}

# ---------------------------------------------------------------- the kill points
identical=0
i=0
while read -r anchor delay extra_delays; do
  i=$((i + 1))
  dir=$WORK/k$i
  mkdir -p "$dir"
  read -r -a kill_delays <<< "$delay $extra_delays"
  attempt=0 done_ok=0 story=() first_phase= note= fallback_run=0 first_temp=0 first_delay=-
  while [ "$attempt" -lt "$MAX_ATTEMPTS" ]; do
    attempt=$((attempt + 1))
    log=$dir/attempt$attempt.log
    command=restart
    [ "$attempt" = 1 ] && command=run
    if [ "$fallback_run" = 1 ]; then command=run; fallback_run=0; fi
    start "$dir" "$log" "$command"
    ts=$(now)
    if [ "$attempt" -le "${#kill_delays[@]}" ]; then
      d=${kill_delays[$((attempt - 1))]}
      if [ "$attempt" = 1 ] && [ "$anchor" = job ]; then
        wait_for_line "$log" "$JOB_LINE" || true
      fi
      sleep "$d"
      if kill -9 "$PID" 2>/dev/null; then
        killed_at=$(elapsed "$ts" "$(now)")
        finish
        ph=$(phase "$log")
        snapshot "$dir/output" "$log"
        ntemp=$(wc -l < "$log.temp")
        [ "$attempt" = 1 ] && first_phase="$ph" && first_delay="$killed_at" && first_temp=$ntemp
        tmp_note=
        if [ "$ntemp" -gt 0 ]; then tmp_note="+${ntemp}tmp"; fi
        story+=("kill@${killed_at}s:$ph$tmp_note")
        continue
      fi
      finish
      [ "$attempt" = 1 ] && first_phase="exited before the kill (exit $RC)" && first_delay="-" && first_temp=0
    else
      finish
    fi
    if [ "$RC" = 0 ] && grep -q "Nothing to restart" "$log"; then
      # killed before the job execution was recorded: there is nothing to restart, the operator's run starts it
      story+=("restart:nothing-to-restart")
      fallback_run=1
      continue
    fi
    story+=("$command:exit$RC")
    if [ "$RC" = 0 ]; then done_ok=1; break; fi
  done
  # what the first kill interrupted, as the next attempt saw it
  [ -f "$dir/attempt1.log.summaries" ] && [ -f "$dir/attempt2.log" ] && note=$(uncommitted "$dir/attempt1.log" "$dir/attempt2.log")
  MISMATCH=
  if [ "$done_ok" = 1 ]; then compare "$dir/output"; else MISMATCH="no run exited 0 in $MAX_ATTEMPTS attempts"; fi
  if [ -z "$MISMATCH" ]; then
    verdict=OK; identical=$((identical + 1)); rm -rf "$dir"
  else
    verdict="MISMATCH: $MISMATCH"; KEEP=1
  fi
  if [ "$anchor" = job ]; then
    if [ "$first_delay" = - ]; then when="${delay} s after job start"; else when="${delay} s after job start (${first_delay} s after launch)"; fi
  else when="${delay} s after launch"; fi
  temp_note=
  if [ "$first_temp" -gt 0 ]; then temp_note=", $first_temp temporary file(s) at the kill"; fi
  printf 'kill point %2d/%d: delay %s; last phase: %s%s%s; attempts %d [%s]; %s\n' "$i" "$KILLS" "$when" \
    "$first_phase" "$note" "$temp_note" "$attempt" "${story[*]}" "$verdict"
done < "$PLAN"

echo "$identical/$KILLS kill points identical (seed $SEED, $N_INPUT files)"
[ "$identical" = "$KILLS" ]

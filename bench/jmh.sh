#!/usr/bin/env bash
# JMH micro-benchmarks of the cleaner and summarizer cores on the evaluation data
# (dev.precis.bench.CoreBenchmarks). Usage, from the repository root:
#   bench/jmh.sh [JMH options]        e.g. bench/jmh.sh -f 1 -wi 3 -i 5 summarize
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"

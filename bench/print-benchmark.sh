#!/usr/bin/env bash
# Printing benchmark (docs/benchmarks.md, "Route sheet and correction notice PDF"): an inspector's route sheet of
# 40 stops and a correction notice of 10 items, time to PDF bytes through the services. Each run is a fresh JVM:
# the first PDF of each kind is cold (JasperReports loading and the template compile included), then p50/p95/max
# over the repetitions (target <= 1 s each). --ahead prepares the templates first (compile + one empty PDF each),
# as the app does in the background when an inspector signs in.
#
#   bench/print-benchmark.sh [--ahead] [--reps N] [--postgres] [--cache DIR]   (default: cold, 30 reps, in-memory H2)
# --cache DIR keeps the compiled templates in DIR as the app does in cache/reports/: run twice for a warm cache.
#
# JVM options: BENCH_JAVA_OPTS (default -Xmx256m, the desktop client's heap).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building (mvn test-compile)..." >&2
mvn -q -B -ntp test-compile
CP_FILE=target/bench-classpath.txt
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java ${BENCH_JAVA_OPTS:--Xmx256m} -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.permitdesk.bench.PrintBenchmark "$@"

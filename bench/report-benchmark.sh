#!/usr/bin/env bash
# Issued / finaled report benchmark (docs/benchmarks.md, "Issued / finaled report"). In a fresh PostgreSQL database
# and/or a fresh embedded H2 file database: writes a year (2030) with 50,000 issued permits (about 70 % also
# finaled that year, two fee lines each), then writes the year's issued / finaled report several times, timing
# each run (read, fill with the swap-file virtualizer, export) and its peak heap.
#
#   bench/report-benchmark.sh [--permits N] [--reps N] [--format pdf|xlsx|csv] [--cache DIR] [--postgres-only | --h2-only]
# --cache DIR keeps the compiled templates in DIR as the app does in cache/reports/: the next run starts warm.
#
# PostgreSQL: the server at PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres), reached
# with psql to create and drop the throwaway database. H2 files go to $REPORT_BENCH_DIR
# (default /tmp/report-bench). JVM options: BENCH_JAVA_OPTS (default -Xmx512m, the issue's limit).
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASES="postgres h2"
ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --permits|--reps|--format|--cache) ARGS+=("$1" "$2"); shift 2 ;;
    --postgres-only) DATABASES=postgres; shift ;;
    --h2-only) DATABASES=h2; shift ;;
    *) echo "Usage: $0 [--permits N] [--reps N] [--format pdf|xlsx|csv] [--cache DIR] [--postgres-only | --h2-only]" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=${REPORT_BENCH_DIR:-/tmp/report-bench}
mkdir -p "$WORK"

source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.bench.ReportBenchmark)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}

echo "$(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "load         $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"

run() { # URL USER PASSWORD
  local start end
  start=$(date +%s.%N)
  java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.ReportBenchmark "$1" "$2" "$3" ${ARGS[@]+"${ARGS[@]}"}
  end=$(date +%s.%N)
  printf 'wall clock   %.1f s (JVM start, migrate, write permits, reports)\n' "$(echo "$end - $start" | bc)"
  echo "load         $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after"
}

for database in $DATABASES; do
  echo
  if [[ $database == postgres ]]; then
    NAME=report_bench_$$
    psql -d postgres -qc "CREATE DATABASE $NAME"
    trap 'psql -d postgres -qc "DROP DATABASE IF EXISTS '"$NAME"' WITH (FORCE)"' EXIT
    run "jdbc:postgresql://$PGHOST:$PGPORT/$NAME" "$PGUSER" ""
    psql -d postgres -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)"
    trap - EXIT
  else
    rm -rf "$WORK/h2"
    run "jdbc:h2:file:$WORK/h2/permitdesk;AUTO_SERVER=TRUE" sa ""
    echo "file         $(du -h "$WORK/h2/permitdesk.mv.db" | cut -f1) ($WORK/h2/permitdesk.mv.db)"
  fi
done

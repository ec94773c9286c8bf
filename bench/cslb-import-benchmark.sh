#!/usr/bin/env bash
# CSLB licence master file import benchmark (docs/benchmarks.md). Generates a master file in the real
# sample's exact format (290,000 licences by default, deterministic), then, in a fresh PostgreSQL database
# and in a fresh embedded H2 file database, imports it twice through CslbImportService (into the empty
# table, then replacing every licence as the monthly import does) and times 2,000 lookups by number.
#
#   bench/cslb-import-benchmark.sh [--rows N] [--postgres-only | --h2-only]
#
# PostgreSQL: the server at PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres), reached
# with psql to create and drop the throwaway database. Files go to $CSLB_BENCH_DIR (default /tmp/cslb-bench).
# JVM options: BENCH_JAVA_OPTS (default -Xmx256m, the desktop client's heap).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=290000
DATABASES="postgres h2"
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) ROWS=$2; shift 2 ;;
    --postgres-only) DATABASES=postgres; shift ;;
    --h2-only) DATABASES=h2; shift ;;
    *) echo "Usage: $0 [--rows N] [--postgres-only | --h2-only]" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=${CSLB_BENCH_DIR:-/tmp/cslb-bench}
mkdir -p "$WORK"
FILE=$WORK/MasterLicenseData-$ROWS.csv

source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.bench.CslbImportBenchmark)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}

echo "## Generating $FILE"
java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.CslbFileGenerator "$FILE" "$ROWS"

run() { # URL USER PASSWORD
  local start end
  start=$(date +%s.%N)
  java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.CslbImportBenchmark "$1" "$2" "$3" "$FILE"
  end=$(date +%s.%N)
  printf 'wall clock   %.1f s (JVM start, open, both imports, lookups)\n' "$(echo "$end - $start" | bc)"
}

for database in $DATABASES; do
  echo
  if [[ $database == postgres ]]; then
    NAME=cslb_bench_$$
    psql -d postgres -qc "CREATE DATABASE $NAME"
    trap 'psql -d postgres -qc "DROP DATABASE IF EXISTS '"$NAME"' WITH (FORCE)"' EXIT
    run "jdbc:postgresql://$PGHOST:$PGPORT/$NAME" "$PGUSER" ""
    psql -d "$NAME" -Atc "SELECT 'table        ' || pg_size_pretty(pg_total_relation_size('cslb_licence'))
                           || ' (with its primary key and the dead rows of the first import)'"
    psql -d postgres -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)"
    trap - EXIT
  else
    rm -rf "$WORK/h2"
    run "jdbc:h2:file:$WORK/h2/permitdesk;AUTO_SERVER=TRUE" sa ""
    echo "file         $(du -h "$WORK/h2/permitdesk.mv.db" | cut -f1) ($WORK/h2/permitdesk.mv.db)"
  fi
done

#!/usr/bin/env bash
# BLDS permit import benchmark (docs/blds-benchmark.md). Generates a BLDS file shaped like the real open-data
# files (100,000 permits by default, deterministic), then, in a fresh PostgreSQL database (and/or a fresh
# embedded H2 file database), imports it through BldsImportService into the empty database, imports it again
# (every row rejected as already stored, nothing imported) and times permit searches by number and address.
#
#   bench/blds-import-benchmark.sh [--rows N] [--postgres-only | --h2-only]
#
# PostgreSQL: the server at PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres), reached
# with psql to create and drop the throwaway database. Files go to $BLDS_BENCH_DIR (default /tmp/blds-bench).
# JVM options: BENCH_JAVA_OPTS (default -Xmx256m, the desktop client's heap).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=100000
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
WORK=${BLDS_BENCH_DIR:-/tmp/blds-bench}
mkdir -p "$WORK"
FILE=$WORK/permits-$ROWS.blds.csv

source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.bench.BldsImportBenchmark)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}

echo "## Generating $FILE"
java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.BldsFileGenerator "$FILE" "$ROWS"

run() { # URL USER PASSWORD
  local start end
  start=$(date +%s.%N)
  java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.BldsImportBenchmark "$1" "$2" "$3" "$FILE"
  end=$(date +%s.%N)
  printf 'wall clock   %.1f s (JVM start, open, both imports, searches)\n' "$(echo "$end - $start" | bc)"
}

for database in $DATABASES; do
  echo
  if [[ $database == postgres ]]; then
    NAME=blds_bench_$$
    psql -d postgres -qc "CREATE DATABASE $NAME"
    trap 'psql -d postgres -qc "DROP DATABASE IF EXISTS '"$NAME"' WITH (FORCE)"' EXIT
    run "jdbc:postgresql://$PGHOST:$PGPORT/$NAME" "$PGUSER" ""
    psql -d "$NAME" -Atc "SELECT 'stored       ' || (SELECT COUNT(*) FROM permit) || ' permits, '
                           || (SELECT COUNT(*) FROM site) || ' sites, '
                           || (SELECT COUNT(*) FROM permit_status_change) || ' status changes, '
                           || (SELECT COUNT(*) FROM permit_search_term) || ' search terms; database '
                           || pg_size_pretty(pg_database_size(current_database()))"
    psql -d postgres -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)"
    trap - EXIT
  else
    rm -rf "$WORK/h2"
    run "jdbc:h2:file:$WORK/h2/permitdesk;AUTO_SERVER=TRUE" sa ""
    echo "file         $(du -h "$WORK/h2/permitdesk.mv.db" | cut -f1) ($WORK/h2/permitdesk.mv.db)"
  fi
done

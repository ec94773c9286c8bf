#!/usr/bin/env bash
# Opening-a-permit benchmark (docs/permit-open-benchmark.md). In a fresh PostgreSQL database and/or a fresh
# embedded H2 file database: adds demo permits (20,000 by default), builds one big permit through the services
# (200 audited changes, 20 fee lines, payments, review cycles, conditions, attachments), gives it 50 inspections and
# times what the permit tab loads when it opens, call by call and all together as the tab runs them.
#
#   bench/permit-open-benchmark.sh [--permits N] [--reps N] [--warmup N] [--other-revisions N] [--postgres-only | --h2-only]
#
# --other-revisions N: also gives every demo permit N rows in the Envers audit table (demo permits have none),
# as a database whose permits were made and edited through the app would have.
#
# PostgreSQL: the server at PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres), reached
# with psql to create and drop the throwaway database. H2 files go to $PERMIT_OPEN_BENCH_DIR
# (default /tmp/permit-open-bench). JVM options: BENCH_JAVA_OPTS (default -Xmx256m, the desktop client's heap).
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASES="postgres h2"
ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --permits|--reps|--warmup|--other-revisions) ARGS+=("$1" "$2"); shift 2 ;;
    --postgres-only) DATABASES=postgres; shift ;;
    --h2-only) DATABASES=h2; shift ;;
    *) echo "Usage: $0 [--permits N] [--reps N] [--warmup N] [--other-revisions N] [--postgres-only | --h2-only]" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=${PERMIT_OPEN_BENCH_DIR:-/tmp/permit-open-bench}
mkdir -p "$WORK"

source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.bench.PermitOpenBenchmark)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}

echo "$(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "load         $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"

run() { # URL USER PASSWORD
  local start end
  start=$(date +%s.%N)
  java $JAVA_OPTS -cp "$CP" org.permitdesk.bench.PermitOpenBenchmark "$1" "$2" "$3" ${ARGS[@]+"${ARGS[@]}"}
  end=$(date +%s.%N)
  printf 'wall clock   %.1f s (JVM start, open, fill, build, timing)\n' "$(echo "$end - $start" | bc)"
  echo "load         $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after"
}

for database in $DATABASES; do
  echo
  if [[ $database == postgres ]]; then
    NAME=permit_open_bench_$$
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

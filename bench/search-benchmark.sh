#!/usr/bin/env bash
# Permit search benchmark (docs/benchmarks.md): 200 varied queries drawn from the database (permit-number
# prefixes, address fragments, parcel prefixes, owner/contractor names), timed at the service layer and
# through the search screen's view model, in a JVM limited to -Xmx256m like the desktop client.
#
#   bench/search-benchmark.sh [JDBC_URL [USER [PASSWORD]]] [--rounds N] [--seed N] [--per-kind N] [--list] [--dump FILE]
#
# Without a URL it uses the embedded H2 database under $PERMITDESK_HOME (default /tmp/bench-h2home).
# --rounds: timed passes over the 200 queries after the warm-up pass (default 3); --list prints the queries;
# --dump FILE writes each query's result ids, to compare two versions of the search.
# Fill a database first (about 8 and 6 minutes on 2 cores):
#   PERMITDESK_HOME=/tmp/bench-h2home java -jar target/permitdesk.jar demo-data --permits 1000000
#   createdb -h 127.0.0.1 -U postgres permitdesk_bench
#   java -jar target/permitdesk.jar demo-data --permits 1000000 \
#       --db jdbc:postgresql://127.0.0.1:5432/permitdesk_bench --db-user postgres
#   psql -h 127.0.0.1 -U postgres -d permitdesk_bench -c ANALYZE
# JVM options: BENCH_JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ge 1 && $1 != --* ]]; then
  URL=$1; shift
  USER_NAME=""; PASSWORD=""
  if [[ $# -ge 1 && $1 != --* ]]; then USER_NAME=$1; shift; fi
  if [[ $# -ge 1 && $1 != --* ]]; then PASSWORD=$1; shift; fi
else
  URL="jdbc:h2:file:${PERMITDESK_HOME:-/tmp/bench-h2home}/db/permitdesk;AUTO_SERVER=TRUE"
  USER_NAME=sa; PASSWORD=""
fi

source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.bench.SearchBenchmark)

exec java ${BENCH_JAVA_OPTS:--Xmx256m} -cp "$CP" \
  org.permitdesk.bench.SearchBenchmark "$URL" "$USER_NAME" "$PASSWORD" "$@"

#!/usr/bin/env bash
# Issue 17, item 1: a large BLDS import into the embedded H2 database killed during its commit. Makes a data folder
# with demo permits, generates a BLDS file (64,000 rows by default, like the issue's), runs import-blds in a child
# JVM that ends itself as kill -9 does once H2's commit is under way (CommandKilledAtCommit; DELAY_MS after it was
# seen), then opens the database as any start does and prints the permit and type counts, and imports again.
# On code without the import safety copy the counts after the kill differed from those before (part of the import
# left, lock timeouts); with it they are the same and the second import runs.
#
#   bench/import-kill-reproduction.sh [--rows N] [--delay DELAY_MS]
#
# Work folder: $KILL_BENCH_DIR (default /tmp/import-kill). Takes several minutes on a busy two-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=64000
DELAY=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) ROWS=$2; shift 2 ;;
    --delay) DELAY=$2; shift 2 ;;
    *) echo "Usage: $0 [--rows N] [--delay DELAY_MS]" >&2; exit 2 ;;
  esac
done
WORK=${KILL_BENCH_DIR:-/tmp/import-kill}
mkdir -p "$WORK"
source bench/classpath.sh
CP=$(bench_classpath org.permitdesk.platform.db.CommandKilledAtCommit)
export PERMITDESK_HOME=$WORK/home
rm -rf "$PERMITDESK_HOME"
FILE=$WORK/permits-$ROWS.blds.csv
[[ -f $FILE ]] || java -cp "$CP" org.permitdesk.bench.BldsFileGenerator "$FILE" "$ROWS"
counts() {
  java -cp "$CP" org.permitdesk.platform.db.ImportSafetyCopyBenchmark --counts "$PERMITDESK_HOME"
}
java -cp "$CP" org.permitdesk.Launcher demo-data --permits=1000 >/dev/null
echo "before:          $(counts)"
set +e
java -Xmx256m -cp "$CP" org.permitdesk.platform.db.CommandKilledAtCommit "$DELAY" import-blds "$FILE" | tail -1
echo "import exit code ${PIPESTATUS[0]}"
set -e
echo "after the kill:  $(counts)"
java -cp "$CP" org.permitdesk.Launcher import-blds "$FILE" | head -1
echo "after a rerun:   $(counts)"

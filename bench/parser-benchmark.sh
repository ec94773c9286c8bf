#!/usr/bin/env bash
# Email parser throughput benchmark (docs/benchmarks.md): messages per second on one thread over every
# sample message (../shared/fixtures/email-requests and the parser tests' own messages).
#
#   bench/parser-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/bench-classpath.txt
if [[ ! -f target/test-classes/org/permitdesk/bench/ParserBenchmark.class || ! -f $CP_FILE || pom.xml -nt $CP_FILE ]]; then
  echo "Building (mvn test-compile)..." >&2
  mvn -q -B -ntp test-compile
  mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
fi
echo "$(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
exec java -Xmx256m -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" org.permitdesk.bench.ParserBenchmark \
  ../shared/fixtures/email-requests src/test/resources/org/permitdesk/account/request

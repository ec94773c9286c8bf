#!/usr/bin/env bash
# Inspector route planning benchmark (docs/route-benchmark.md): 40 seeded stops (20 AM, 20 PM) around the
# office; plan() timed over 200 repetitions after warm-up (p50, p95, max; target <= 50 ms) and its length
# compared with the best of 1,000 random-restart 2-opt runs (target ratio <= 1.05).
#
#   bench/route-benchmark.sh [--seeds N]      (default 5 seeded days)
#
# Pure Java: needs only target/classes and target/test-classes. JVM options: BENCH_JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building (mvn test-compile)..." >&2
mvn -q -B -ntp test-compile

exec java ${BENCH_JAVA_OPTS:--Xmx256m} -cp target/classes:target/test-classes \
  org.permitdesk.bench.RouteBenchmark "$@"

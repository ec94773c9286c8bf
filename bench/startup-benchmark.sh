#!/usr/bin/env bash
# Cold-start benchmark (docs/benchmarks.md, "Cold start"): time from launching `java -jar target/permitdesk.jar`
# to the main window, signed in as the demo clerk on the embedded demo database, with class data sharing
# (the default: the app relaunches itself with its AppCDS archive) and with PERMITDESK_CDS=off.
#
#   bench/startup-benchmark.sh [RUNS]        (default 7 runs of each mode)
#
# Builds the JAR once, makes a fresh data folder, and starts the app once uncounted: that start creates the demo
# database and records the CDS archive. Then it starts the app RUNS times in each mode, alternating the modes so that
# other load on the machine hits both alike. -Dpermitdesk.startupBenchmark=true makes the app sign in as clerk when
# the database is ready, print startup-to-main-window-ms= (measured from the first JVM's start) once the main window
# shows, and close. Each run also shows, from the log, when the sign-in window showed, when the database was ready
# and when the second JVM started (CDS on), and the CPU seconds the app's JVMs used from start to exit (a figure
# that other load on the machine changes less than the wall time). Runs under a virtual display (xvfb-run;
# installed with apt-get if missing).
# Extra JVM options: BENCH_JAVA_OPTS. The data folder is deleted at the end unless KEEP_HOME=1.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS]" >&2; exit 2; }

if [[ -z ${STARTUP_BENCH_DISPLAY:-} ]]; then
  need=()
  command -v xvfb-run >/dev/null || need+=(xvfb xauth)
  command -v /usr/bin/time >/dev/null || need+=(time)
  for pkg in libgtk-3-0 fonts-dejavu-core fontconfig; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
  if ((${#need[@]})); then
    echo "Installing ${need[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  echo "Building (mvn package -DskipTests)..." >&2
  mvn -q -B package -DskipTests
  # One virtual display for all runs; its start-up is not part of any measurement.
  STARTUP_BENCH_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi

home=$(mktemp -d /tmp/permitdesk-startup.XXXXXX)
export PERMITDESK_HOME=$home
log=$home/logs/permitdesk.log
start_app() { # MODE(on|off) OUT -> prints the main-window time, or fails
  local cds=$1 out=$2
  if [[ $cds == off ]]; then export PERMITDESK_CDS=off; else unset PERMITDESK_CDS; fi
  # shellcheck disable=SC2086
  timeout 300 /usr/bin/time -f '%U %S' -o "$out.cpu" java ${BENCH_JAVA_OPTS:-} -Dpermitdesk.startupBenchmark=true -jar target/permitdesk.jar >"$out" 2>&1 \
    || { echo "the app failed (exit $?), see $out" >&2; return 1; }
  grep -o 'startup-to-main-window-ms=[0-9]*' "$out" | tail -1 | cut -d= -f2 | grep . \
    || { echo "no startup-to-main-window-ms in $out" >&2; return 1; }
}
milestone() { # TEXT -> the last "TEXT N ms after start" in the log
  grep -o "$1 [0-9]* ms after start" "$log" | tail -1 | awk '{print $(NF-3)}'
}
cpu_seconds() { # OUT -> user + system CPU seconds of the app's JVMs, start to exit (less sensitive to other load)
  awk 'END {printf "%.1f", $1 + $2}' "$1.cpu"
}
relaunch_gap() { # MODE -> ms from the first JVM's start to the second's ("-" without a relaunch)
  if [[ $1 == on ]]; then grep -o 'started [0-9]* ms after the launch' "$log" | tail -1 | awk '{print $2}'; else echo -; fi
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $(java -version 2>&1 | sed -n 2p)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data folder: $home"
first=$(start_app on "$home/first.out")
echo "uncounted first start (creates the demo database, records the archive): $first ms"
ls "$home"/cache/permitdesk-*.jsa >/dev/null 2>&1 \
  || echo "warning: no archive in $home/cache after the first start; the 'on' runs will record again" >&2

declare -A times signin dbready cpu
printf '%-4s %-4s %11s %14s %15s %13s %7s\n' run cds main-window sign-in-shown database-ready second-jvm-at cpu-s
for i in $(seq 1 "$RUNS"); do
  for mode in on off; do
    ms=$(start_app $mode "$home/run-$i-$mode.out")
    times[$mode]+="$ms "
    signin[$mode]+="$(milestone 'Sign-in window shown') "
    dbready[$mode]+="$(milestone 'Database ready') "
    cpu[$mode]+="$(cpu_seconds "$home/run-$i-$mode.out") "
    printf '%-4s %-4s %11s %14s %15s %13s %7s\n' "$i" $mode "$ms" "$(milestone 'Sign-in window shown')" \
      "$(milestone 'Database ready')" "$(relaunch_gap $mode)" "$(cpu_seconds "$home/run-$i-$mode.out")"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in on off; do
  echo "median cds=$mode: main window $(tr ' ' '\n' <<<"${times[$mode]}" | grep . | median) ms" \
       "(sign-in window $(tr ' ' '\n' <<<"${signin[$mode]}" | grep . | median) ms," \
       "database ready $(tr ' ' '\n' <<<"${dbready[$mode]}" | grep . | median) ms," \
       "CPU $(tr ' ' '\n' <<<"${cpu[$mode]}" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}') s)" \
       "- all: ${times[$mode]}"
done
for archive in "$home"/cache/permitdesk-*.jsa; do [[ -f $archive ]] && stat -c 'archive: %n, %s bytes' "$archive"; done
[[ ${KEEP_HOME:-0} == 1 ]] || rm -rf "$home"

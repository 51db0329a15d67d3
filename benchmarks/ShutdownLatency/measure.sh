#!/usr/bin/env bash
# The shutdown gap in fresh processes: JThread (see Program.cs for the variants), the JVM and CPython. Prints the median
# and min/max of each figure over N runs (default 20), in microseconds after the last non-daemon thread's last action.
#   benchmarks/ShutdownLatency/measure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
python=${PYTHON:-python3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release benchmarks/ShutdownLatency -v q -nologo > /dev/null
exe=benchmarks/ShutdownLatency/bin/Release/net10.0/ShutdownLatency

# measure NAME COMMAND...: runs COMMAND $runs times and prints the statistics of every key=value it printed.
measure() {
  local name=$1
  shift
  local out
  out=$(for _ in $(seq "$runs"); do "$@" | tr ' ' '\n' | grep '='; done)
  for key in ${KEYS:-us written registry}; do
    { grep "^$key=" <<<"$out" || true; } | cut -d= -f2 | sort -n | awk -v name="$name" -v key="$key" '
      { v[NR] = $1 }
      END {
        if (NR == 0) exit
        median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%-34s %-9s median %7.0f   min %7.0f   max %7.0f   (n=%d)\n", name, key, median, v[1], v[NR], NR
      }'
  done
}

measure "JThread" "$exe" thread
measure "JThread --console" "$exe" thread --console
measure "JThread lease --console" "$exe" lease --console

measure "JThread --console --watch" "$exe" thread --console --watch
measure "JThread lease --console --watch" "$exe" lease --console --watch
if [ -x "$java" ]; then
  # Compiled once, so each run starts as a plain JVM rather than compiling the source first.
  classes=$(mktemp -d)
  trap 'rm -rf "$classes"' EXIT
  "${java%/java}/javac" -d "$classes" benchmarks/jvm/ShutdownLatency.java
  measure "JVM" "$java" -cp "$classes" ShutdownLatency
fi
if command -v "$python" > /dev/null; then
  measure "CPython" "$python" benchmarks/python/shutdown_latency.py
fi

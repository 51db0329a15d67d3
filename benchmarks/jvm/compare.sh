#!/usr/bin/env bash
# JThread's round trips beside the JVM's, measured the same way (median of single round trips), in alternating
# rounds. Each round first waits for a quiet second on the machine (a shared builder moves these figures by 5-10x),
# so compare the figures of one round, or the lowest median of each line over the rounds.
# CPUS=1 pins both runtimes to that processor (taskset): the hand-offs then cost only the software and a context
# switch, without the wake-up of an idle processor, which on a virtual machine dominates and varies.
#   [CPUS=1] benchmarks/jvm/compare.sh [rounds] [samples]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
samples=${2:-20000}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release benchmarks/JThread.Benchmarks -v q -nologo > /dev/null
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
"${java%/java}/javac" -d "$classes" benchmarks/jvm/RoundTrips.java

# Waits (at most a minute) for a second in which the processors were at least 90% idle.
wait_quiet() {
  for _ in $(seq 60); do
    read -r _ u1 n1 s1 i1 _ < /proc/stat
    sleep 1
    read -r _ u2 n2 s2 i2 _ < /proc/stat
    local busy=$(( (u2 - u1) + (n2 - n1) + (s2 - s1) )) idle=$(( i2 - i1 ))
    if (( idle * 10 >= (busy + idle) * 9 )); then
      return
    fi
  done
  echo "(machine busy: figures of this round are disturbed)"
}

pin=()
if [ -n "${CPUS:-}" ]; then
  pin=(taskset -c "$CPUS")
fi

for round in $(seq "$rounds"); do
  echo "--- round $round"
  wait_quiet
  "${pin[@]}" benchmarks/JThread.Benchmarks/bin/Release/net10.0/JThread.Benchmarks roundtrips "$samples"
  wait_quiet
  "${pin[@]}" "$java" -cp "$classes" RoundTrips "$samples"
done

#!/usr/bin/env bash
# One table, three runtimes: the same thread workloads on JThread, raw .NET, the JVM and CPython on this machine, run
# in interleaved rounds (.NET, JVM, CPython, then again), each figure the median over the rounds of each round's
# median over batches. Prints one markdown table with each runtime's figure and JThread's ratio to each (below 1:
# JThread is faster; "< 0.05" marks a loop the JIT emptied, with no ratio). The README's headline table is this
# output.
#   benchmarks/cross-runtime/run.sh [rounds] [scale]      (scale < 1 for a quick look)
# JAVA (default: the JDK 25 under /usr/lib/jvm) and PYTHON (python3) choose the interpreters.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
scale=${2:-1}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
python=${PYTHON:-python3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release benchmarks/JThread.Benchmarks -v q -nologo > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${java%/java}/javac" -d "$work" benchmarks/cross-runtime/CrossRuntime.java

for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  benchmarks/JThread.Benchmarks/bin/Release/net10.0/JThread.Benchmarks cross-runtime "$scale" >> "$work/results.tsv"
  "$java" -cp "$work" CrossRuntime "$scale" >> "$work/results.tsv"
  "$python" benchmarks/cross-runtime/cross_runtime.py "$scale" >> "$work/results.tsv"
done

dotnet_version=$(dotnet --version)
java_version=$("$java" -version 2>&1 | head -1)
python_version=$("$python" --version 2>&1)
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
"$python" - "$work/results.tsv" "$rounds" "$dotnet_version" "$java_version" "$python_version" "$cpu" "$(nproc)" <<'PY'
import statistics, sys
from collections import defaultdict

path, rounds, dotnet, java, python, cpu, cpus = sys.argv[1:]
figures = defaultdict(list)
for line in open(path):
    workload, runtime, value = line.rstrip("\n").split("\t")
    figures[(workload, runtime)].append(float(value))

rows = [
    ("start-join", "start + join one thread", "µs"),
    ("in-flight-1000", "1,000 threads in flight, per thread", "µs"),
    ("park-unpark", "park/unpark ping-pong round trip", "µs"),
    ("wait-notify", "wait/notify ping-pong round trip", "µs"),
    ("interrupt-wake", "interrupt → sleeping thread awake", "µs"),
    ("current-thread", "currentThread()", "ns"),
]
runtimes = ["jthread", "dotnet", "jvm", "cpython"]

# Below this a figure is a loop the JIT emptied (the JVM hoists currentThread(), a register read), not a call.
FLOOR = 0.05

def fmt(v):
    if v is None:
        return "n/a"
    if v < FLOOR:
        return f"< {FLOOR}"
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}" if v >= 10 else f"{v:.2f}"

def ratio(j, other):
    if j is None or not other or other < FLOOR:
        return "n/a"
    r = j / other
    return f"{r:.2f}" if r >= 0.1 else f"{r:.2g}"  # two significant digits, so a small ratio does not print as 0.00

print(f"{cpus} vCPUs, {cpu}; .NET SDK {dotnet}; {java}; {python}; median of {rounds} interleaved rounds")
print()
print("| workload | unit | JThread | raw .NET | JVM | CPython | ÷ .NET | ÷ JVM | ÷ CPython |")
print("|---|---|---|---|---|---|---|---|---|")
for key, label, unit in rows:
    med = {r: statistics.median(figures[(key, r)]) if figures.get((key, r)) else None for r in runtimes}
    j = med["jthread"]
    ratios = [ratio(j, med[r]) for r in ("dotnet", "jvm", "cpython")]
    print(f"| {label} | {unit} | " + " | ".join(fmt(med[r]) for r in runtimes) + " | " + " | ".join(ratios) + " |")
PY

#!/usr/bin/env bash
# One table, three runtimes: the same thread workloads on JThread, raw .NET, the JVM and CPython on this machine, run
# in interleaved rounds (.NET, JVM, CPython, then again; 9 by default), each figure the median over the rounds of each
# round's median over batches. Prints one markdown table with each runtime's figure and JThread's ratio to each (below
# 1: JThread is faster; "< 0.05" marks a loop the JIT emptied, with no ratio): the median of the per-round ratios, with
# the lowest and highest per-round ratio beside it, so a host's noise shows in the table. The README's headline table
# is this output.
#   benchmarks/cross-runtime/run.sh [rounds] [scale]      (scale < 1 for a quick look)
# JAVA (default: the JDK 25 under /usr/lib/jvm) and PYTHON (python3) choose the interpreters.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-9}
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
    ("timed-park-50us", "parkNanos(50 µs): overshoot past 50 µs", "µs"),
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
        return None
    return j / other

def fmt_ratio(r):
    return f"{r:.2f}" if r >= 0.1 else f"{r:.2g}"  # two significant digits, so a small ratio does not print as 0.00

def ratios(key, other):
    """The median of the per-round ratios of JThread to other, with the lowest and highest beside it."""
    js, os = figures.get((key, "jthread"), []), figures.get((key, other), [])
    per_round = [r for r in (ratio(j, o) for j, o in zip(js, os)) if r is not None]
    if not per_round:
        return "n/a"
    if len(per_round) == 1:
        return fmt_ratio(per_round[0])
    return f"{fmt_ratio(statistics.median(per_round))} ({fmt_ratio(min(per_round))}–{fmt_ratio(max(per_round))})"

print(f"{cpus} vCPUs, {cpu}; .NET SDK {dotnet}; {java}; {python}; median of {rounds} interleaved rounds; ratios: median of the per-round ratios (lowest–highest)")
print()
print("| workload | unit | JThread | raw .NET | JVM | CPython | ÷ .NET | ÷ JVM | ÷ CPython |")
print("|---|---|---|---|---|---|---|---|---|")
for key, label, unit in rows:
    med = {r: statistics.median(figures[(key, r)]) if figures.get((key, r)) else None for r in runtimes}
    cells = [ratios(key, r) for r in ("dotnet", "jvm", "cpython")]
    print(f"| {label} | {unit} | " + " | ".join(fmt(med[r]) for r in runtimes) + " | " + " | ".join(cells) + " |")
PY

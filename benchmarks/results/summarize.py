#!/usr/bin/env python3
"""Prints one markdown table from BenchmarkDotNet's *-report-github.md files: suite, operation, mean, median, ratio,
RatioSD and allocated bytes, one row per benchmark, in the order given (default: every report in this folder).

    python3 benchmarks/results/summarize.py [report.md ...]
"""
import html
import pathlib
import sys


def rows(path):
    # "JThreading.Benchmarks.QueueHandOffBenchmark-one-cpu-report-github.md" -> "QueueHandOff (one CPU)"
    suite = path.name.split("-report")[0].split(".")[-1].replace("Benchmark-one-cpu", " (one CPU)").removesuffix("Benchmark")
    lines = [l for l in path.read_text().splitlines() if l.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    for line in lines[2:]:
        cells = dict(zip(header, (html.unescape(c.strip()) for c in line.strip("|").split("|"))))
        if not cells.get("Method"):
            continue  # the blank line BenchmarkDotNet puts between jobs or parameter groups
        yield [suite, cells["Method"].strip("'"), cells["Mean"], cells.get("Median", ""), cells.get("Ratio", ""),
               cells.get("RatioSD", ""), cells.get("Allocated", "")]


paths = [pathlib.Path(p) for p in sys.argv[1:]] or sorted(pathlib.Path(__file__).parent.glob("*-report-github.md"))
print("| suite | operation | mean | median | ratio | RatioSD | allocated |")
print("|---|---|---|---|---|---|---|")
for path in paths:
    for row in rows(path):
        print("| " + " | ".join(row) + " |")

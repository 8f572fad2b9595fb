#!/usr/bin/env python3
"""Prints Borderline's benchmark figures beside the Python stack's for the same work.

Usage: side_by_side.py BENCH_DIR   (reads swift.tsv from borderline-bench and python.tsv from
python_baseline.py, both in BENCH_DIR)."""
import os
import sys


def read(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3:
                rows[fields[0]] = fields[1:]
    return rows


def main():
    bench = sys.argv[1]
    ours = read(os.path.join(bench, "swift.tsv"))
    theirs = read(os.path.join(bench, "python.tsv"))
    print()
    print(f"{'work':44} {'Borderline':>18} {'Python stack':>26}")
    def line(work, key, python_key, python_label):
        mine = f"{ours[key][0]} {ours[key][1]}" if key in ours else "-"
        other = f"{theirs[python_key][0]} {theirs[python_key][1]} ({python_label})" if python_key in theirs else "-"
        print(f"{work:44} {mine:>18} {other:>26}")
    line("place finding (mentions), 1 thread", "find_alone", "geotext", "geotext")
    line("place finding, every gazetteer name", "find_alone", "flashtext", "flashtext")
    line("whole pipeline, 1 thread", "pipeline_jobs1", "-", "")
    line("whole pipeline, --jobs 2", "pipeline_jobs2", "-", "")
    line("border distance (exact)", "border", "shapely+pyproj", "shapely+pyproj aeqd")
    print()
    targets = [
        ("whole pipeline >= 50 MB/s (1 core)", "pipeline_jobs1", lambda v: v >= 50),
        ("mention finding >= 100 MB/s", "find_alone", lambda v: v >= 100),
        ("border distance < 5 us/query", "border", lambda v: v < 5),
        ("border accuracy <= 1 m", "border_max_diff", lambda v: v <= 1),
        ("peak memory < 200 MB (gazetteer + index)", "peak_setup", lambda v: v < 200),
        ("--jobs 2 >= 1.8x --jobs 1", "speedup", lambda v: v >= 1.8),
    ]
    for label, key, test in targets:
        if key in ours:
            value = float(ours[key][0])
            print(f"{'met    ' if test(value) else 'NOT met'}  {label:44} ({ours[key][0]} {ours[key][1]})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The same work as Borderline's benchmark, done by the common Python stack, for scale.

Usage: python_baseline.py BENCH_DIR GAZETTEER_DIR

BENCH_DIR holds what `borderline-bench` wrote: corpus.txt (the generated corpus) and
border_queries.tsv (latitude, longitude per line). Prints one line per measurement:
  geotext        place finding (geotext's own city list)            MB/s
  flashtext      place finding with every gazetteer name and alias  MB/s
  shapely+pyproj exact distance to the RU-UA border (aeqd per query) ms/query
Each figure is the best of a few runs, so start-up noise does not count against Python.
"""
import json
import os
import sys
import time


def best_of(runs, fn):
    best = None
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    bench_dir, gazetteer_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(bench_dir, "corpus.txt"), encoding="utf-8") as f:
        corpus = f.read()
    megabytes = len(corpus.encode("utf-8")) / 1e6
    # A slice keeps the slower libraries' runs short; throughput is per MB either way.
    sample = corpus[: 10_000_000]
    sample_mb = len(sample.encode("utf-8")) / 1e6

    from geotext import GeoText
    seconds, found = best_of(2, lambda: len(GeoText(sample).cities))
    print(f"geotext\t{sample_mb / seconds:.1f}\tMB/s\t({found} city mentions in {sample_mb:.1f} MB)")

    from flashtext import KeywordProcessor
    processor = KeywordProcessor(case_sensitive=True)
    names = 0
    with open(os.path.join(gazetteer_dir, "places.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            for name in [fields[2]] + (fields[11].split(",") if fields[11] else []):
                processor.add_keyword(name, fields[0])
                names += 1
    seconds, found = best_of(2, lambda: len(processor.extract_keywords(sample)))
    print(f"flashtext\t{sample_mb / seconds:.1f}\tMB/s\t({names} names; {found} mentions in {sample_mb:.1f} MB)")

    import pyproj
    import shapely
    from shapely.geometry import shape, Point
    with open(os.path.join(gazetteer_dir, "border", "ru_ua_border.geojson"), encoding="utf-8") as f:
        border = shape(json.load(f)["features"][0]["geometry"])
    queries = []
    with open(os.path.join(bench_dir, "border_queries.tsv"), encoding="utf-8") as f:
        for line in f:
            lat, lon = map(float, line.split("\t")[:2])
            queries.append((lat, lon))
    queries = queries[:300]
    wgs84 = pyproj.CRS("EPSG:4326")

    def distances():
        out = []
        for lat, lon in queries:
            aeqd = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
            project = pyproj.Transformer.from_crs(wgs84, aeqd, always_xy=True).transform
            # shapely 2's vectorised transform: every vertex through PROJ in one call.
            out.append(shapely.transform(border, project, interleaved=False).distance(Point(0, 0)))
        return out

    seconds, result = best_of(2, distances)
    print(f"shapely+pyproj\t{seconds / len(queries) * 1000:.2f}\tms/query\t({len(queries)} queries; first {result[0] / 1000:.3f} km)")
    print(f"corpus\t{megabytes:.1f}\tMB")


if __name__ == "__main__":
    main()

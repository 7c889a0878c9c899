"""`make bench`: every figure of issue 6 against its floor, printed and written to docs/.

    python -m bench [--scale 1.0] [--runs 5] [--out docs/performance.md]

The large case is generated once per scale and kept in bench/results/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.large_case import Scale, build_document
from bench.measure import Stats

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Row:
    what: str
    floor: str
    measured: str
    target: str
    met: bool | None  # None: not measured in this run

    def cells(self) -> list[str]:
        verdict = {True: "met", False: "MISSED", None: "not measured"}[self.met]
        return [self.what, self.floor, self.measured, self.target, verdict]


def ratio_row(
    what: str,
    floor: Stats,
    ours: Stats,
    limit: float,
    extra_ms: float | None = None,
) -> Row:
    ratio = ours.median / floor.median if floor.median else float("inf")
    met = ratio <= limit and (extra_ms is None or ours.median * 1000 <= extra_ms)
    target = f"<= {limit}x floor" + (f" and <= {extra_ms:.0f} ms" if extra_ms else "")
    return Row(what, floor.auto(), f"{ours.auto()} = {ratio:.2f}x", target, met)


def large_document(scale: float) -> tuple[Path, dict]:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"large-{scale:g}.json"
    if not path.exists():
        print(f"generating the large case at scale {scale:g} (photos take a while)…", flush=True)
        doc = build_document(Scale().scaled(scale))
        temp = path.with_suffix(".partial")
        temp.write_text(json.dumps(doc), encoding="utf-8")
        temp.replace(path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def large_case(scale: float, doc_path: Path) -> Path:
    from casefile.store.interchange import create_from_document, read_json

    path = RESULTS / f"large-{scale:g}.casefile"
    if not path.exists():
        start = time.perf_counter()
        with create_from_document(path, read_json(doc_path)):
            pass
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def write_report(rows: list[Row], out: Path, scale: float, runs: int) -> str:
    header = ["what", "floor (same run)", "measured", "target", "verdict"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    table = "\n".join(lines)
    s = Scale().scaled(scale)
    text = (
        "# Performance\n\n"
        "Written by `make bench` (`python -m bench`). Each figure is the median of "
        f"{runs} runs (min and max in brackets), measured in the same run as its floor.\n\n"
        f"Machine: {machine()}.\n\n"
        f"Large case (scale {scale:g}): {s.parties:,} parties, {s.damage_items:,} damage "
        f"items, {s.notes:,} notes, {s.meetings:,} meetings with as many follow-ups, "
        f"{s.photos} photos of {s.photo_megapixels:g} megapixels.\n\n"
        f"{table}\n"
    )
    out.write_text(text, encoding="utf-8")
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("docs/performance.md"))
    parser.add_argument("--only", nargs="*", help="run only these benchmarks (by key)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench import store_bench

    doc_path, _ = large_document(args.scale)
    large = large_case(args.scale, doc_path)
    demo = RESULTS / "demo.casefile"
    if not demo.exists():
        from casefile.demo import build_demo

        build_demo(demo)

    rows: list[Row] = []
    wanted = set(args.only or [])

    def want(key: str) -> bool:
        return not wanted or key in wanted

    for key, runner in BENCHES:
        if want(key):
            print(f"running {key}…", flush=True)
            rows.extend(runner(args, demo, large, doc_path, store_bench))
    table = write_report(rows, args.out, args.scale, args.runs)
    print(table)
    return 0


def _info(args, demo, large, doc_path, store_bench):
    floor, ours = store_bench.info_vs_import(demo, args.runs)
    return [ratio_row("`casefile info` on the demo", floor, ours, 1.3)]


def _search(args, demo, large, doc_path, store_bench):
    floor, ours = store_bench.search_vs_raw(large, args.runs)
    return [
        ratio_row("full-text search on the large case (per query)", floor, ours, 2.0, extra_ms=30)
    ]


def _import(args, demo, large, doc_path, store_bench):
    floor, ours = store_bench.import_vs_executemany(doc_path, args.runs)
    return [ratio_row("`import-json` of the large case", floor, ours, 3.0)]


BENCHES = [("info", _info), ("search", _search), ("import", _import)]

if __name__ == "__main__":
    sys.exit(main())

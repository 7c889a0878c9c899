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

from bench.large_case import Scale, build_document, limits_document
from bench.measure import Stats, usable_cache

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
    from casefile.store import CaseFile, read_json

    path = RESULTS / f"large-{scale:g}.casefile"
    if not usable_cache(path):
        start = time.perf_counter()
        with CaseFile.create_from_document(path, read_json(doc_path)):
            pass
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    # As the app leaves a case once it has been open for editing: with the photos' print
    # copies, which the app makes in the background (none are missing from a kept file).
    start = time.perf_counter()
    with CaseFile.open(path) as case:
        if case.missing_print_copies():
            made = case.make_print_copies()
            took = time.perf_counter() - start
            print(f"made {made} print copies in {took:.1f} s", flush=True)
    return path


def limits_case() -> Path:
    """The case at the per-field text limits (bench/large_case.py), built once."""
    from casefile.store import CaseFile, read_json

    path = RESULTS / "limits.casefile"
    if not usable_cache(path):
        RESULTS.mkdir(exist_ok=True)
        doc = RESULTS / "limits.json"
        doc.write_text(json.dumps(limits_document()), encoding="utf-8")
        with CaseFile.create_from_document(path, read_json(doc)):
            pass
        doc.unlink()
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
        f"{table}\n\n{NOTES}"
    )
    if out.exists():  # the analysis written by hand below the marker survives a re-run
        kept = out.read_text(encoding="utf-8").partition(KEPT_MARKER)
        if kept[1]:
            text += f"\n{KEPT_MARKER}{kept[2]}"
    out.write_text(text, encoding="utf-8")
    return table


#: Everything after this line of docs/performance.md is written by hand and kept.
KEPT_MARKER = "<!-- written by hand below: make bench keeps it -->"

NOTES = """How the rows are measured:

- Before anything is timed, the casefile package is byte-compiled (as installing it
  does), so no row pays for compiling our modules at launch.
- GUI cold start: `casefile open demo.casefile` and a script that imports
  PySide6.QtWidgets and sqlmodel and shows an empty 1280x800 QMainWindow, each a fresh
  process on the offscreen platform, alternating, after one warm-up round. Both close
  their window once it has first been painted and end with `os._exit(0)` (ours through
  CASEFILE_BENCH_EXIT_WHEN_SHOWN=1, see casefile/ui/app.py), so neither is timed for
  the interpreter's teardown. Wall time from launch to exit.
- `casefile info`: the installed console script on the demo beside
  `python -c "import sqlmodel"`, fresh processes alternating, wall time from launch to
  exit (both pay for the interpreter's teardown as it comes).
- Opening the large case: a fresh process starts up as the app does
  (casefile/startup.py), shows the main window, then times from
  `MainWindow.open_path` until every list of every view (each navigator page in turn,
  both tabs of Meetings, the photo owners and grid) has rows and has painted them. It
  includes the file's opening checks and building each view.
- Filter and total: bench/list_bench.py in a fresh process opens a case of 20,000 damage
  items (twice the large case's, built once in bench/results/), shows the Damage view
  at 1280x800, chooses severity "Severe" (the first narrowing reads every item's
  values once; its time is given beside), then alternately category "Vehicles" and
  any category: each timed until the rows, the count and the totals line are replaced
  and painted.
- The case's total: `CaseFile.damage_totals()` (what the overview and the brief give) on
  a copy of that case given AZN as reporting currency and a rate for every currency but
  one, timed in process with the case open: the per-currency sums, their conversion, and
  the count of the items without an estimate or a rate (as the overview asks at each edit).
- Memory: the RSS of that process after the visit, for the large case and for the same
  case with a third of its photos; "not growing" allows 10 MB.
- `brief`: `export_brief(case, out, BriefOptions())` (gather and render, with the atomic
  write) beside bench/brief_bench.py: plain platypus (SimpleDocTemplate) flowing the
  same texts in the same fonts, tables as plain Tables of 100 rows, the same photos
  downscaled the same way from the originals. Both read the case through the same API,
  so reading is in both figures; floor and ours alternate run by run. The large case
  holds its photos' print copies, as the app leaves a case it has had open for
  editing: the brief embeds those (a case without them is downscaled as the floor is).
- Brief size: bytes of that brief's PDF divided by its photos (1 KB = 1,000 bytes).
- `brief` at the text limits, and the large case's peak memory: `export_brief` with
  default options in a fresh interpreter per run (opening the case included), its wall
  time and peak RSS (`ru_maxrss`, interpreter and imports included). The case at the
  limits (bench/large_case.py `limits_document`) holds one of each item, its costliest
  fields at 1,000,000 characters: a damage title as one unbroken word, half a million
  outcome lines, a follow-up title of as many line breaks, prose summaries and bodies.
- `import-json`: `CaseFile.create_from_document` of a new case from the large case's JSON
  (reading the file included) beside bench/store_bench.py's `raw_insert`: sqlite3
  `executemany` of the same rows and bytes into a copy of an empty case file, after
  `json.loads` and base64-decoding; no checks, audit, search index or thumbnails.
  Floor and ours alternate run by run.
"""


def compile_package() -> None:
    """Bytecode for every casefile module, as installing a wheel writes it. A checkout
    whose changed modules have no current .pyc (PYTHONDONTWRITEBYTECODE is set in some
    shells and CI images) would otherwise compile them at every launch timed below:
    that made the cold-start row about 75 ms slower than what a user runs."""
    import compileall

    import casefile

    compileall.compile_dir(Path(casefile.__file__).parent, quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("docs/performance.md"))
    parser.add_argument("--only", nargs="*", help="run only these benchmarks (by key)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compile_package()

    from bench import store_bench

    doc_path, _ = large_document(args.scale)
    large = large_case(args.scale, doc_path)
    demo = RESULTS / "demo.casefile"
    if not usable_cache(demo):
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
    rows.sort(key=_issue_order)
    table = write_report(rows, args.out, args.scale, args.runs)
    print(table)
    return 0


#: The rows in the order of the issue's table (by the start of `what`).
ORDER = ("GUI cold", "`casefile info`", "open the large", "filter and total", "the case's total",
         "full-text",
         "`import-json`",
         "`brief` of the large", "memory", "brief size", "peak memory of the `brief`",
         "`brief` of a case at", "site plan of", "merge two copies")  # fmt: skip


def _issue_order(row: Row) -> int:
    return next((n for n, start in enumerate(ORDER) if row.what.startswith(start)), len(ORDER))


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


def _brief(args, demo, large, doc_path, store_bench):
    from bench.brief_bench import brief_vs_floor

    floor, ours, size, photos = brief_vs_floor(large, args.runs)
    per_photo = size / photos if photos else float(size)
    return [
        ratio_row("`brief` of the large case (gather and render)", floor, ours, 0.8),
        Row(
            "brief size (PDF bytes / photos, large case)",
            "-",
            f"{per_photo / 1000:.0f} KB per photo ({size / 1e6:.1f} MB, {photos} photos)",
            "<= 100 KB per photo",
            per_photo <= 100_000,
        ),
    ]


def _brief_limits(args, demo, large, doc_path, store_bench):
    from bench.brief_bench import brief_in_child

    limits = limits_case()
    runs = max(1, min(args.runs, 3))
    took, peak = brief_in_child(limits, runs)
    large_took, large_peak = brief_in_child(large, runs)
    return [
        Row(
            "`brief` of a case at the per-field text limits (1,000,000-character fields, "
            "500,000 outcome lines; fresh process)",
            "-",
            f"{took.auto()}, peak RSS {peak:.0f} MB",
            "< 30 s and < 500 MB",
            took.high < 30 and peak < 500,
        ),
        Row(
            "peak memory of the `brief` of the large case (fresh process)",
            "-",
            f"{large_peak:.0f} MB peak RSS ({large_took.auto()})",
            "<= 300 MB",
            large_peak <= 300,
        ),
    ]


def _gui_start(args, demo, large, doc_path, store_bench):
    from bench.gui_bench import cold_start_vs_floor

    floor, ours = cold_start_vs_floor(demo, args.runs)
    return [
        ratio_row(
            "GUI cold start to the main window showing the demo case (offscreen)", floor, ours, 1.3
        )
    ]


def _gui_open(args, demo, large, doc_path, store_bench):
    from bench.gui_bench import median_of, probe_runs, with_photos
    from bench.measure import stats

    scale = Scale().scaled(args.scale)
    fewer = max(1, scale.photos // 3)
    results = probe_runs(large, args.runs)
    opened = stats([r["open_ms"] / 1000 for r in results])
    slowest = max(results[0]["pages_ms"], key=lambda page: median_of(results, "pages_ms", page))
    few = probe_runs(with_photos(doc_path, args.scale, fewer), args.runs)
    rss_many, rss_few = median_of(results, "rss_mb"), median_of(few, "rss_mb")
    growth = rss_many - rss_few
    return [
        Row(
            "open the large case in the GUI and show the first rows of every list",
            "-",
            f"{opened.ms()}; slowest view: {slowest} "
            f"({median_of(results, 'pages_ms', slowest):.0f} ms)",
            "<= 300 ms",
            opened.median * 1000 <= 300,
        ),
        Row(
            "memory with the large case open in the GUI (RSS after visiting every view)",
            "-",
            f"{rss_many:.0f} MB with {scale.photos} photos, {rss_few:.0f} MB with {fewer} "
            f"({growth:+.1f} MB)",
            "<= 300 MB RSS, not growing with photo volume",
            rss_many <= 300 and growth <= 10,
        ),
    ]


def _register(args, demo, large, doc_path, store_bench):
    from bench.list_bench import DAMAGE_ITEMS, filter_runs, register_case
    from bench.measure import stats

    result = filter_runs(register_case(), max(args.runs, 5))
    took = stats([ms / 1000 for ms in result["filter_ms"]])
    return [
        Row(
            f"filter and total on the large case (Damage view of {DAMAGE_ITEMS:,} items: "
            "a facet chosen, rows, count and totals painted)",
            "-",
            f"{took.ms()}; the first narrowing, reading every item's values once: "
            f"{result['first_ms']:.0f} ms",
            "<= 100 ms",
            took.median * 1000 <= 100,
        ),
        _case_total(register_case(), max(args.runs, 5)),
    ]


def _case_total(case, runs):
    from bench.list_bench import DAMAGE_ITEMS, total_runs
    from bench.measure import stats

    result = total_runs(case, runs)
    took = stats([ms / 1000 for ms in result["total_ms"]])
    return Row(
        f"the case's total in its reporting currency on {DAMAGE_ITEMS:,} damage items "
        "(per-currency sums, converted at the rates, the items left out counted)",
        "-",
        f"{took.ms()}; {result['total']}, {result['left_out']:,} items left out",
        "<= 100 ms",
        took.median * 1000 <= 100,
    )


def _site_plan(args, demo, large, doc_path, store_bench):
    from bench.measure import stats
    from bench.plan_bench import PINS, PLAN_SIZE, plan_case, plan_runs

    result = plan_runs(plan_case(), max(args.runs, 3))
    pan = stats([ms / 1000 for ms in result["pan_ms"]])
    zoom = stats([ms / 1000 for ms in result["zoom_ms"]])
    cpu = stats([ms / 1000 for ms in result["cpu_ms"]])
    return [
        Row(
            f"site plan of {PLAN_SIZE[0]:,} x {PLAN_SIZE[1]:,} pixels with {PINS:,} pins "
            "(Site plan view: a frame of panning, of zooming, until painted)",
            "-",
            f"pan {pan.ms()}, zoom {zoom.ms()} (processor time a frame {cpu.ms()}, "
            f"load average {result['load']:.1f}); opening the view {result['open_ms']:.0f} ms",
            "<= 33 ms a frame (30 frames a second)",
            pan.median * 1000 <= 33 and zoom.median * 1000 <= 33,
        )
    ]


def _merge(args, demo, large, doc_path, store_bench):
    from bench.merge_bench import EDITS, merge_two_copies

    took, cpu, load = merge_two_copies(large, max(1, min(args.runs, 3)))
    return [
        Row(
            f"merge two copies of the large case, {EDITS:,} edits each (no conflicts)",
            "-",
            f"{took.auto()} (processor time {cpu.auto()}, load average {load:.1f})",
            "<= 5 s",
            took.median <= 5,
        )
    ]


def _encryption(args, demo, large, doc_path, store_bench):
    figures = store_bench.encrypted_vs_plain(large, doc_path, args.runs)
    plain_open, secret_open = figures["open"]
    extra = secret_open.median - plain_open.median
    return [
        Row(
            "open the large case encrypted (read-only, with its checks) vs plain; floor: plain",
            plain_open.auto(),
            f"{secret_open.auto()} = +{extra * 1000:.0f} ms",
            "<= +500 ms",
            extra <= 0.5,
        ),
        ratio_row(
            "full-text search on the large case encrypted (per query); floor: plain",
            *figures["search"],
            1.5,
        ),
        ratio_row(
            "`import-json` of the large case encrypted; floor: plain", *figures["import"], 1.5
        ),
    ]


BENCHES = [
    ("gui-start", _gui_start),
    ("info", _info),
    ("gui-open", _gui_open),
    ("search", _search),
    ("import", _import),
    ("brief", _brief),
    ("brief-limits", _brief_limits),
    ("register", _register),
    ("site-plan", _site_plan),
    ("merge", _merge),
    ("encryption", _encryption),
]

if __name__ == "__main__":
    sys.exit(main())

"""The damage register at 20,000 items: narrowing it by facets and adding up what it shows.

`python -m bench.list_bench CASE RUNS` runs in a fresh process (Qt offscreen): it opens
CASE (built by `register_case`, 20,000 damage items, twice the large case's), shows
the Damage view at 1280x800 and then, from the full list, times

- the first narrowing, which reads every item's category, severity, status and
  estimate once (`CaseFile.field_values`);
- then each change of a facet (category "Vehicles" with severity "Severe" chosen, and
  back to any category), until the rows are replaced, the count and the totals line
  are written and the view has painted: what a user waits for after a click.

It prints one JSON object: {"first_ms": ..., "filter_ms": [...], "shown": ..., "totals": "..."}.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.measure import usable_cache

RESULTS = Path(__file__).resolve().parent / "results"
DAMAGE_ITEMS = 20_000


def register_case() -> Path:
    """A case of 20,000 damage items (no photos), built once and kept in results/."""
    from bench.large_case import Scale, build_document

    path = RESULTS / f"register-{DAMAGE_ITEMS}.casefile"
    if not usable_cache(path):
        from casefile.store import CaseFile

        RESULTS.mkdir(exist_ok=True)
        scale = Scale(parties=50, damage_items=DAMAGE_ITEMS, notes=1, meetings=1, photos=0)
        temp = path.with_suffix(".partial")
        temp.unlink(missing_ok=True)
        with CaseFile.create_from_document(temp, build_document(scale)):
            pass
        temp.replace(path)
    return path


def probe(case: Path, runs: int) -> dict[str, Any]:
    """In this process: the timings above."""
    from PySide6.QtWidgets import QApplication

    from casefile.store import CaseFile
    from casefile.ui.case.session import CaseSession
    from casefile.ui.views.damage import DamageView

    app = QApplication.instance() or QApplication(["bench"])
    session = CaseSession(CaseFile.open(case, read_only=True, actor="bench"))
    view = DamageView(session)
    view.resize(1280, 800)
    view.show()
    app.processEvents()

    def timed(action: Any) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()  # the repaint of the rows, the count and the totals
        return time.perf_counter() - start

    first = timed(lambda: view.choose("severity", "Severe"))
    samples = []
    for _ in range(runs):
        samples.append(timed(lambda: view.choose("category", "Vehicles")))
        shown, totals = view.model.rowCount(), view.totals_label.text()
        samples.append(timed(lambda: view.choose("category", "Category")))
    session.close()
    return {
        "first_ms": first * 1000,
        "filter_ms": [s * 1000 for s in samples],
        "shown": shown,
        "total": DAMAGE_ITEMS,
        "totals": totals,
    }


def filter_runs(case: Path, runs: int) -> dict[str, Any]:
    """probe() in a fresh process, as a user opens the case."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.list_bench", str(case), str(runs)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def total_runs(case: Path, runs: int) -> dict[str, Any]:
    """`CaseFile.damage_totals()` on a copy of `case` given a reporting currency and a rate
    for every currency but one (whose items are then counted apart): the figure the
    overview gives at every edit. Timed in this process, the case already open."""
    import shutil
    import tempfile
    import time

    from casefile.store import CaseFile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / case.name
        shutil.copyfile(case, copy)
        with CaseFile.open(copy, actor="bench") as opened:
            currencies = sorted({i.currency for i in opened.records("damage_item") if i.currency})
            rates = [{"currency": c, "rate": "1.5", "source": "bench"} for c in currencies[1:]]
            opened.update_incident(reporting_currency="AZN", exchange_rates=rates)
        with CaseFile.open(copy, read_only=True, actor="bench") as opened:
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                totals = opened.damage_totals()
                samples.append((time.perf_counter() - start) * 1000)
    left_out = totals.unestimated + sum(s.items for s in totals.missing_rates)
    return {"total_ms": samples, "total": totals.display, "left_out": left_out}


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]), int(sys.argv[2]))))

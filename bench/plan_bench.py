"""A site plan at scale: a 12,000 x 9,000 pixel plan with 2,000 pins, panned and zoomed.

`python -m bench.plan_bench CASE RUNS` runs in a fresh process (Qt offscreen): it opens
CASE (built by `plan_case`: the plan, 2,000 damage items each pinned on it) read-only,
shows the Site plan view at 1280x800, then times

- opening the view: reading the plan's display copy and the pins, and the first paint;
- frames of panning (the view scrolled by 120 pixels, then repainted) and of zooming
  (one wheel step in or out about the centre, then repainted), each until painted.

It prints one JSON object: {"open_ms": ..., "pan_ms": [...], "zoom_ms": [...],
"cpu_ms": [...], "load": ...}: the frames' wall-clock times, the processor time they took
in this process (what a busy machine does not inflate), and the machine's load.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.measure import usable_cache

RESULTS = Path(__file__).resolve().parent / "results"
PLAN_SIZE = (12_000, 9_000)
PINS = 2_000


def plan_image() -> bytes:
    """A drawing-like plan: white, with a grid and rooms, as a PNG."""
    from PIL import Image, ImageDraw

    image = Image.new("L", PLAN_SIZE, 255)
    draw = ImageDraw.Draw(image)
    for x in range(0, PLAN_SIZE[0], 400):
        draw.line(((x, 0), (x, PLAN_SIZE[1])), fill=200, width=3)
    for y in range(0, PLAN_SIZE[1], 400):
        draw.line(((0, y), (PLAN_SIZE[0], y)), fill=200, width=3)
    shuffle = random.Random(6)
    for _ in range(300):
        x, y = shuffle.randrange(PLAN_SIZE[0] - 900), shuffle.randrange(PLAN_SIZE[1] - 900)
        draw.rectangle((x, y, x + shuffle.randrange(200, 900), y + shuffle.randrange(200, 900)),
                       outline=40, width=8)  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def plan_case() -> Path:
    """The case with the plan and its 2,000 pins, built once and kept in results/."""
    from casefile.store import CaseFile

    path = RESULTS / f"plan-{PINS}.casefile"
    if not usable_cache(path):
        RESULTS.mkdir(exist_ok=True)
        temp = path.with_suffix(".partial")
        temp.unlink(missing_ok=True)
        severities = ["", "minor", "moderate", "severe", "destroyed"]
        place = random.Random(28)
        with CaseFile.create(temp, title="A plan at scale", actor="bench") as case:
            plan = case.add_plan(plan_image(), "large-plan.png", name="Compound, 12,000 px")
            for n in range(PINS):
                item = case.add("damage_item", title=f"Item {n + 1}",
                                severity=severities[n % len(severities)])  # fmt: skip
                case.pin(plan.id, item.id, place.random(), place.random())
        temp.replace(path)
    return path


def probe(case: Path, runs: int) -> dict[str, Any]:
    """In this process: the timings above."""
    from PySide6.QtWidgets import QApplication

    from casefile.store import CaseFile
    from casefile.ui.case.session import CaseSession
    from casefile.ui.views.site_plan import SitePlanView

    app = QApplication.instance() or QApplication(["bench"])
    session = CaseSession(CaseFile.open(case, read_only=True, actor="bench"))
    start = time.perf_counter()
    view = SitePlanView(session)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    view.canvas.viewport().repaint()
    opened = time.perf_counter() - start
    canvas = view.canvas

    cpu: list[float] = []

    def frame(action: Any) -> float:
        begin, begin_cpu = time.perf_counter(), time.process_time()
        action()
        canvas.viewport().repaint()
        app.processEvents()
        cpu.append((time.process_time() - begin_cpu) * 1000)
        return (time.perf_counter() - begin) * 1000

    zooms, pans = [], []
    bar = canvas.horizontalScrollBar()
    for _ in range(runs):
        for _ in range(3):
            zooms.append(frame(lambda: canvas.zoom_by(1.25)))
        for _ in range(10):
            pans.append(frame(lambda: bar.setValue(bar.value() + 120)))
        for _ in range(3):
            zooms.append(frame(lambda: canvas.zoom_by(1 / 1.25)))
    pins = len(canvas.marks())
    session.close()
    return {
        "open_ms": opened * 1000,
        "pan_ms": pans,
        "zoom_ms": zooms,
        "cpu_ms": cpu,
        "pins": pins,
        "load": os.getloadavg()[0],
    }


def plan_runs(case: Path, runs: int) -> dict[str, Any]:
    """probe() in a fresh process, as a user opens the case."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.plan_bench", str(case), str(runs)],
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]), int(sys.argv[2]))))

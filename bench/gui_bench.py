"""GUI benchmarks: cold start beside a bare window, opening the large case, memory.

Cold start: `casefile open demo.casefile` and a floor script that imports
PySide6.QtWidgets and sqlmodel and shows an empty QMainWindow, each a fresh process
on the offscreen platform. Both end the same way once their window has first been
painted: close it, then `os._exit(0)` (ours through CASEFILE_BENCH_EXIT_WHEN_SHOWN in
casefile/ui/app.py), so neither is timed for interpreter teardown.

Opening and memory: `python -m bench.gui_bench probe CASE` runs in a fresh process,
starts up as the app does (casefile/startup.py), shows the main window (welcome
screen), then times from `open_path(CASE)` until every
list of every view (the navigator's pages in order, both tabs of Meetings, the photo
grid) has rows and has painted them, and reports the RSS after that visit.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.measure import Stats, alternate, python, run_to_end, usable_cache

RESULTS = Path(__file__).resolve().parent / "results"
EXIT_WHEN_SHOWN = "CASEFILE_BENCH_EXIT_WHEN_SHOWN"

FLOOR_SCRIPT = """
import os, sys
import sqlmodel
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class CloseWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, close_and_exit)
        return False

def close_and_exit():
    window.close()
    os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.installEventFilter(CloseWhenPainted(window))
window.show()
sys.exit(app.exec())
"""


def casefile_args() -> list[str]:
    """The console script as a user runs it, or `python -m casefile` where none is installed."""
    script = Path(sys.executable).with_name("casefile")
    return [str(script)] if script.exists() else [sys.executable, "-m", "casefile"]


def timed_start_env(config: Path) -> dict[str, str]:
    """The environment of a timed GUI start: offscreen, exiting once the window is
    painted, with settings in `config` so that the user's recent files stay untouched."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(config),
        EXIT_WHEN_SHOWN: "1",
    }


def cold_start_vs_floor(demo: Path, runs: int) -> tuple[Stats, Stats]:
    """Wall time of each process, floor and ours alternating run by run after one warm-up."""
    config = Path(tempfile.mkdtemp(prefix="casefile-bench-config-"))
    env = timed_start_env(config)
    floor, ours = (python(FLOOR_SCRIPT), [*casefile_args(), "open", str(demo)])
    try:
        floor_stats, our_stats = alternate(
            lambda: run_to_end(floor, env, limit=120),
            lambda: run_to_end(ours, env, limit=120),
            runs=runs,
            warmup=1,
        )
    finally:
        shutil.rmtree(config, ignore_errors=True)
    return floor_stats, our_stats


def with_photos(doc_path: Path, scale: float, photos: int) -> Path:
    """The large case with only its first `photos` photos (built once, kept in results/)."""
    from casefile.store import CaseFile

    path = RESULTS / f"large-{scale:g}-photos{photos}.casefile"
    if not usable_cache(path):
        doc = json.loads(doc_path.read_text(encoding="utf-8"))
        doc["attachments"] = doc["attachments"][:photos]
        kept = {a["id"] for a in doc["attachments"]}
        for kind in ("damage_items", "notes", "meetings"):
            for item in doc[kind]:
                item["attachment_ids"] = [i for i in item["attachment_ids"] if i in kept]
        temp = path.with_suffix(".partial")
        temp.unlink(missing_ok=True)
        with CaseFile.create_from_document(temp, doc):
            pass
        temp.replace(path)
    return path


def probe_runs(case: Path, runs: int) -> list[dict[str, Any]]:
    """`runs` fresh processes each opening `case` and visiting every view (see probe())."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "bench.gui_bench", "probe", str(case)],
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
            cwd=Path(__file__).resolve().parent.parent,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results


def median_of(results: list[dict[str, Any]], key: str, page: str | None = None) -> float:
    """The median of one figure over the runs (of one view's, given `page`)."""
    return statistics.median(r[key][page] if page else r[key] for r in results)


# -- the probe, run in its own process -----------------------------------------------------


def probe(case: Path) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget

    from bench.measure import current_rss_mb, peak_rss_mb
    from casefile import startup

    startup.begin()  # as the console script does, until the window has been shown
    from casefile.ui.case.opening import CaseOpener
    from casefile.ui.support.settings import Settings
    from casefile.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = Path(tempfile.mkdtemp(prefix="casefile-bench-probe-"))
    settings = Settings(QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, CaseOpener(settings))
    window.show()
    _settle(app)
    startup.end()
    before_mb = current_rss_mb()

    class Painted(QObject):
        """Notes which item views have painted while their model had rows, or had none
        and none to fetch (an empty list, such as a case's review comments, is shown
        once it is painted)."""

        def __init__(self) -> None:
            super().__init__()
            self.done: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                view = watched.parent()
                if isinstance(view, QAbstractItemView) and _shown_whole(view.model()):
                    self.done.add(_key(view))
            return False

    painted = Painted()
    watched: set[int] = set()
    pages: dict[str, float] = {}

    def lists(widget: Any) -> list[QAbstractItemView]:
        """The item views (tables, lists, grid, their headers) visible in a page."""
        found = []
        for view in widget.findChildren(QAbstractItemView):
            if not view.isVisible() or view.viewport().size().isEmpty():
                continue  # hidden, or nothing to paint (an empty table's row header)
            found.append(view)
            if _key(view) not in watched:
                watched.add(_key(view))
                view.viewport().installEventFilter(painted)
        return found

    def wait_for_rows(widget: Any, limit: float = 30.0) -> None:
        deadline = time.perf_counter() + limit
        lists(widget)  # watch what is visible now, before its first paint
        while time.perf_counter() < deadline:
            app.processEvents()
            views = lists(widget)
            if views and all(_key(v) in painted.done for v in views):
                return
        raise RuntimeError(f"{type(widget).__name__}: lists not shown within {limit:.0f} s")

    start = time.perf_counter()
    if not window.open_path(case):
        raise RuntimeError(f"could not open {case}")
    workspace = window.workspace
    assert workspace is not None
    from casefile.ui.views.pages import PAGES

    for row, page in enumerate(PAGES):
        began = time.perf_counter()
        workspace.show_page(row)
        view = workspace.current_view()
        wait_for_rows(view)
        for tabs in view.findChildren(QTabWidget):
            for tab in range(1, tabs.count()):
                tabs.setCurrentIndex(tab)
                wait_for_rows(view)
        pages[page.title] = (time.perf_counter() - began) * 1000
    elapsed = time.perf_counter() - start
    result = {
        "open_ms": elapsed * 1000,
        "pages_ms": pages,
        "rss_before_mb": before_mb,
        "rss_mb": current_rss_mb(),
        "peak_mb": peak_rss_mb(),
    }
    window.close()
    shutil.rmtree(config, ignore_errors=True)
    return result


def _shown_whole(model: Any) -> bool:
    """Whether a model painted now shows what it will: rows, or none and none to come."""
    from PySide6.QtCore import QModelIndex

    return model.rowCount() > 0 or not model.canFetchMore(QModelIndex())


def _key(widget: Any) -> int:
    """The Qt object's address: PySide may hand out more than one wrapper for it."""
    from shiboken6 import Shiboken

    return Shiboken.getCppPointer(widget)[0]


def _settle(app: Any, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "probe":
        print(json.dumps(probe(Path(sys.argv[2]))), flush=True)
        os._exit(0)
    sys.exit("usage: python -m bench.gui_bench probe CASE")

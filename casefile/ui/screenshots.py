"""`python -m casefile.ui.screenshots DIR`: a PNG of every view of the demo case, offscreen.

Works on a fresh copy of the demo case and on settings in a temporary folder, so
taking screenshots never touches the user's files or preferences.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = (1400, 880)
#: the lists are also shown at a small laptop's size and at a full HD screen's
LIST_SIZES = ((1024, 700), (1920, 1080))


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words)


def take(out_dir: Path) -> list[Path]:
    """Write the screenshots; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casefile.demo import build_demo
    from casefile.ui.app import build_window
    from casefile.ui.support.settings import Settings

    app = QApplication.instance() or QApplication(["casefile-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = _Shots(app, out_dir)
    with tempfile.TemporaryDirectory(prefix="casefile-shots-") as temp:
        folder = Path(temp)
        case_path = build_demo(folder / "demo-kyiv-embassy.casefile")
        settings = Settings(
            QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
            folder / "settings.toml",
        )
        settings.actor = "Consular officer"
        settings.add_recent(case_path)

        window = build_window(settings, None, read_only=False)
        window.resize(*SIZE)
        window.show()
        shots.save(window, "00-welcome")
        window.open_path(case_path)
        first = shots.every_view(window)
        shots.search(window)
        for size in LIST_SIZES:
            shots.lists(window, case_path, size)
        window.resize(*SIZE)
        window.close_case()
        window.open_path(case_path, read_only=True)
        if window.workspace is not None:
            window.workspace.show_page(2)
            if first["damage_item"]:
                window.workspace.view(2).show_item("damage_item", first["damage_item"])
        shots.save(window, "21-read-only")
        window.close()
        shots.settle()
    return shots.written


class _Shots:
    """Grabs windows into PNG files, once the app has finished drawing them."""

    def __init__(self, app: Any, out_dir: Path) -> None:
        self._app = app
        self._out_dir = out_dir
        self.written: list[Path] = []

    def settle(self) -> None:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)  # e.g. the audit chain's check
        for _ in range(5):
            self._app.processEvents()

    def save(self, widget: Any, name: str) -> None:
        self.settle()
        path = self._out_dir / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)

    def every_view(self, window: Any) -> dict[str, str | None]:
        """A shot of each page, on its first item; the first item of each kind."""
        from casefile.ui.views.pages import PAGES

        workspace = window.workspace
        case = window.session.case
        first = {
            kind: (case.ids(kind) or [None])[0]
            for kind in ("party", "damage_item", "note", "meeting", "attachment")
        }
        for row, page in enumerate(PAGES):
            workspace.show_page(row)
            view = workspace.view(row)
            for kind in page.kinds:
                item_id = first.get(kind)
                if item_id and view.show_item(kind, item_id):
                    break
            self.save(window, f"{row + 1:02d}-{_slug(page.title)}")
        follow_ups = case.ids("follow_up")
        if follow_ups and workspace.show_item("follow_up", follow_ups[0]):
            self.save(window, "05b-follow-ups")
        return first

    def lists(self, window: Any, case_path: Path, size: tuple[int, int]) -> None:
        """Each list at `size`, the case opened anew: a list sizes itself when first shown."""
        from casefile.ui.views.pages import PAGES

        window.close_case()
        window.resize(*size)
        self.settle()
        window.open_path(case_path)
        workspace = window.workspace
        name = f"30-list-{size[0]}x{size[1]}"
        follow_ups = window.session.case.ids("follow_up")
        for row, page in enumerate(PAGES):
            if not set(page.kinds) & {"party", "damage_item", "note", "meeting"}:
                continue
            workspace.show_page(row)
            self.save(window, f"{name}-{_slug(page.title)}")
            if "follow_up" in page.kinds and follow_ups:
                workspace.view(row).show_item("follow_up", follow_ups[0])
                self.save(window, f"{name}-follow-ups")

    def search(self, window: Any) -> None:
        window.workspace.show_page(1)
        window.find()  # builds the search dialog on first use
        window.search.query.setText("protest")
        window.search.run_search()
        self.save(window.search, "20-search")
        window.search.hide()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m casefile.ui.screenshots OUT_DIR", file=sys.stderr)
        return 2
    for path in take(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

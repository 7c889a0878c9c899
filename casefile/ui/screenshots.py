"""`python -m casefile.ui.screenshots DIR`: a PNG of every view of the demo case, offscreen.

Works on a fresh copy of the demo case and on settings in a temporary folder, so
taking screenshots never touches the user's files or preferences.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1400, 880)


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words)


def take(out_dir: Path) -> list[Path]:
    """Write the screenshots; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from casefile.demo import build_demo
    from casefile.ui.app import build_window
    from casefile.ui.support.settings import Settings
    from casefile.ui.views import PAGES

    app = QApplication.instance() or QApplication(["casefile-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle() -> None:
        QThreadPool.globalInstance().waitForDone(10_000)  # e.g. the audit chain's check
        for _ in range(5):
            app.processEvents()

    def save(widget: object, name: str) -> None:
        settle()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

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
        save(window, "00-welcome")

        window.open_path(case_path)
        workspace = window.workspace
        assert workspace is not None and window.session is not None
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
            save(window, f"{row + 1:02d}-{_slug(page.title)}")

        follow_ups = case.ids("follow_up")
        if follow_ups and workspace.show_item("follow_up", follow_ups[0]):
            save(window, "05b-follow-ups")

        workspace.show_page(1)
        window.find()  # builds the search dialog on first use
        assert window.search is not None
        window.search.query.setText("protest")
        window.search.run_search()
        save(window.search, "20-search")
        window.search.hide()

        window.close_case()
        window.open_path(case_path, read_only=True)
        if window.workspace is not None:
            window.workspace.show_page(2)
            view = window.workspace.view(2)
            if first["damage_item"]:
                view.show_item("damage_item", first["damage_item"])  # type: ignore[attr-defined]
        save(window, "21-read-only")
        window.close()
        settle()
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m casefile.ui.screenshots OUT_DIR", file=sys.stderr)
        return 2
    for path in take(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Start-up: the collector is paused only while loading and always comes back."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

from casefile import startup


def test_end_without_begin_leaves_the_collector_alone() -> None:
    assert gc.isenabled()
    startup.end()
    assert gc.isenabled()


def test_a_command_runs_with_the_collector_back_on(demo_path) -> None:
    """`casefile info` through the console script's own entry, in a fresh process."""
    code = textwrap.dedent(
        """
        import gc, sys
        import casefile.cli as cli
        seen = []
        real = cli.cmd_info
        def spy(args):
            seen.append(gc.isenabled())
            return real(args)
        cli.COMMANDS["info"] = spy
        sys.argv = ["casefile", "info", sys.argv[1]]
        try:
            cli.run()
        finally:
            print("enabled while running:", seen, file=sys.stderr)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "enabled while running: [True]" in result.stderr
    assert "Republic of Azerbaijan in Kyiv" in result.stdout


def test_the_link_and_attachment_data_tables_are_built_after_the_first_paint(
    demo_path, tmp_path
) -> None:
    """Opening a case and painting its Overview need none of them, so start-up does not
    wait for their classes (casefile/store/models.py); they are built on the event
    loop's next turn after that paint, before anyone can ask for a view that reads them."""
    code = textwrap.dedent(
        """
        import sys
        import time
        from pathlib import Path
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication
        from casefile.ui.app import build_window
        from casefile.ui.support.settings import Settings

        DEFERRED = ("casefile.store.links", "casefile.store.attachment_data")

        def loaded():
            return [m for m in DEFERRED if m in sys.modules]

        class AtFirstPaint(QObject):
            seen = None
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and self.seen is None:
                    self.seen = loaded()
                return False

        app = QApplication([])
        window = build_window(Settings(), Path(sys.argv[1]), False)
        print("OPENED", window.session is not None, loaded())
        spy = AtFirstPaint()
        window.installEventFilter(spy)
        window.show()
        deadline = time.monotonic() + 30
        while (spy.seen is None or not loaded()) and time.monotonic() < deadline:
            app.processEvents()
        print("AT FIRST PAINT", spy.seen)
        print("AFTER", loaded())
        window.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
    )
    out = result.stdout + result.stderr
    assert "OPENED True []" in result.stdout, out
    assert "AT FIRST PAINT []" in result.stdout, out
    assert "AFTER ['casefile.store.links', 'casefile.store.attachment_data']" in result.stdout, out

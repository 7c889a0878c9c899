"""A terminated app (logout, shutdown, `kill`) closes its case like Quit does, whenever
the signal comes: while the case is being opened or once the window is up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefile.store.lock import lock_path

SIGNALS = pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])

#: The app, signalled by itself at a chosen moment: "opening" once the case is open and
#: locked but before the window is shown, "running" from inside the event loop.
SIGNALLED_AT = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from casefile.ui import app

path, signum, moment = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
qt = QApplication(sys.argv[:1])
if moment == "opening":
    build = app.build_window

    def build_then_signalled(*args):
        window = build(*args)
        assert window.session is not None
        os.kill(os.getpid(), signum)
        return window

    app.build_window = build_then_signalled
else:
    QTimer.singleShot(0, lambda: os.kill(os.getpid(), signum))
sys.exit(app.run_gui(path, False))
"""


def _assert_closed_as_quit_does(demo_path: Path, user_folders: Path) -> None:
    assert not lock_path(demo_path).exists()
    # It remembered the case among the recent files, in the run's settings, not the user's.
    recent = user_folders / "config" / "casefile" / "casefile.conf"
    assert str(demo_path) in recent.read_text(encoding="utf-8")


@SIGNALS
@pytest.mark.parametrize(("moment", "code"), [("opening", 128), ("running", 0)])
def test_a_terminated_app_releases_its_lock_whenever_the_signal_comes(
    demo_path: Path, signum: int, moment: str, code: int, own_user_folders: Path
) -> None:
    """While opening, it closes the case it opened and exits 128 + the signal's number
    (nothing was shown: as the CLI ends); once up, it closes as Quit does, exit 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SIGNALLED_AT, str(demo_path), str(signum), moment],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    expected = code + signum if code else 0
    assert run.returncode == expected, run.stderr
    _assert_closed_as_quit_does(demo_path, own_user_folders)


@SIGNALS
def test_a_terminated_app_releases_its_lock(
    demo_path: Path, signum: int, own_user_folders: Path
) -> None:
    """The installed command, signalled from outside as soon as it holds the case."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "casefile", "open", str(demo_path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not lock_path(demo_path).exists():
            assert app.poll() is None, "the app ended before opening the case"
            assert time.monotonic() < deadline, "the app did not open the case"
            time.sleep(0.05)
        app.send_signal(signum)
        # Still opening (128 + signum) or up (0): the case is closed either way.
        assert app.wait(timeout=60) in (0, 128 + signum)
    finally:
        if app.poll() is None:
            app.kill()
    _assert_closed_as_quit_does(demo_path, own_user_folders)

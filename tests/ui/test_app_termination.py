"""A terminated app (logout, shutdown, `kill`) closes its case like Quit does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefile.store.lock import lock_path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_terminated_app_releases_its_lock(
    demo_path: Path, signum: int, own_user_folders: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "casefile", "open", str(demo_path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not lock_path(demo_path).exists():
            assert app.poll() is None, "the app ended before opening the case"
            assert time.monotonic() < deadline, "the app did not open the case"
            time.sleep(0.05)
        time.sleep(0.5)  # let the event loop start
        app.send_signal(signum)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert not lock_path(demo_path).exists()
    # It remembered the case among the recent files, in the run's settings, not the user's.
    recent = own_user_folders / "config" / "casefile" / "casefile.conf"
    assert str(demo_path) in recent.read_text(encoding="utf-8")

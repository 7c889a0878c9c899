"""The app's termination handlers install on systems without SIGHUP (Windows)."""

from __future__ import annotations

import signal

import pytest

from casefile.ui import app


@pytest.mark.parametrize("windows", [False, True], ids=["posix", "windows"])
def test_termination_signals_are_those_the_system_has(
    windows: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[int] = []
    monkeypatch.setattr(signal, "signal", lambda signum, handler: installed.append(signum))
    if windows:
        monkeypatch.delattr(signal, "SIGHUP")
    app.Termination()
    expected = [signal.SIGTERM] if windows else [signal.SIGTERM, signal.SIGHUP]
    assert installed == expected

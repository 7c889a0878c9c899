"""The Qt binding itself must not corrupt the interpreter: guards the PySide6 version cap."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str, list)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 lost a reference to True on every emit, and Python 3.11 then
    aborted mid-session ("bool_dealloc") after a few hundred edits in the GUI."""
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(lambda kind, ids: received.append(kind))
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.changed.emit("party", [])
    assert len(received) == 50
    assert sys.getrefcount(True) - before > -10, "this PySide6 leaks references on emit"

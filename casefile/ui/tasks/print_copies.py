"""The photos' print copies, made in the background while a case is open for editing.

A print copy (casefile.store's `PrintCopy`) spares every later brief the decoding of
the photo. Making one takes tens of milliseconds for a phone camera's photo: done when
a photo is attached, it would slow attaching; done by import-json, it would slow
importing many times over. So the app makes the missing ones once the case has been
shown, or has had photos added, and has then been quiet for a moment: a pool thread
reads and downscales each photo (Pillow releases the GIL as it decodes), and the GUI
thread, the one writer of the case, stores them a few at a time. Nothing is shown: a
brief made meanwhile makes the copies it lacks itself.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from casefile.store import CaseFileError, PrintCopy

BATCH = 8  # print copies handed to the GUI thread, and stored, at a time
#: Started this long after the case was shown or last had photos added: the case's
#: first views, and photos attached in batches, come first.
QUIET_MS = 1500
WAIT_AT_CLOSE = 10.0  # seconds the closing window waits for the photo being downscaled


class _Signals(QObject):
    made = Signal(dict)
    ended = Signal()


class _Make(QRunnable):
    """Downscale the photos that have no print copy, until done or stopped."""

    def __init__(self, case: Any, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._case, self._signals, self._stop = case, signals, stop
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            for batch in self._case.print_copy_batches(self._stop.is_set, BATCH):
                if self._stop.is_set():
                    return
                self._signals.made.emit(batch)
        except CaseFileError:  # the case could not be read: the brief will make them
            pass
        finally:
            self.finished.set()
            if not self._stop.is_set():
                self._signals.ended.emit()


class PrintCopies(QObject):
    """Keeps the open case's print copies made: `schedule()` after the case is shown or
    photos are added, `stop()` before the case is closed."""

    def __init__(self, case: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.made.connect(self._store)
        self._signals.ended.connect(self._on_ended)
        self._task: _Make | None = None
        self._again = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.start)

    def schedule(self) -> None:
        """Start once the case has been quiet for QUIET_MS: photos attached in batches
        are attached first, without the work beside them."""
        if not self._stop.is_set():
            self._quiet.start()

    def start(self) -> None:
        if self._case.read_only or self._stop.is_set():
            return
        if self._task is not None:  # running: look again for new photos when it ends
            self._again = True
            return
        self._task = _Make(self._case, self._signals, self._stop)
        self._task.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._task, priority=-1)

    def stop(self) -> None:
        """Stop making them and wait for the photo being downscaled, so that nothing
        reads the case once it is closed."""
        self._stop.set()
        self._quiet.stop()
        if self._task is not None:
            self._task.finished.wait(WAIT_AT_CLOSE)

    @property
    def running(self) -> bool:
        return self._task is not None

    def _store(self, copies: dict[str, PrintCopy]) -> None:
        if self._stop.is_set():
            return
        try:
            self._case.store_print_copies(copies)
        except CaseFileError:  # the file went read-only or away: the brief makes them
            self._stop.set()

    def _on_ended(self) -> None:
        self._task = None
        if self._again and not self._stop.is_set():
            self._again = False
            self.start()

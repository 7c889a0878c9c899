"""Starting the desktop app: builds the application, settings and main window, and runs it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSize, QThreadPool, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from casefile import startup
from casefile.assets import resource
from casefile.store import CaseFileError
from casefile.ui.case.opening import CaseOpener
from casefile.ui.support.painted import AfterFirstPaint
from casefile.ui.support.settings import Settings
from casefile.ui.support.translation import apply_language
from casefile.ui.window.main_window import MainWindow

#: Set to 1, the app exits once its window is first painted: how the smoke tests of an
#: installed wheel, the desktop entry and the bundle (tests/test_wheel.py,
#: tests/test_desktop.py, docs/packaging.md) start the real program and see it end by
#: itself, and how `make bench` times a cold start.
BENCH_EXIT_WHEN_SHOWN = "CASEFILE_BENCH_EXIT_WHEN_SHOWN"
#: The signals that close the window as Quit would, where the system has them.
TERMINATION_SIGNALS = ("SIGTERM", "SIGHUP")
#: The sizes of the app's icon in casefile/resources/icons (casefile-SIZE.png).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: How long quitting waits for background work before going on with the teardown.
EXIT_WAIT_MS = 5_000


def build_window(settings: Settings, path: Path | None, read_only: bool) -> MainWindow:
    """The main window, on `path` if given (the welcome screen otherwise, or if it fails)."""
    window = MainWindow(settings, CaseOpener(settings), welcome=path is None)
    if path is not None:
        window.open_path(path, read_only=read_only)  # the welcome screen if it fails
    return window


def run_gui(path: Path | None, read_only: bool) -> int:
    """What `casefile` and `casefile open PATH [--read-only]` run; returns the exit code."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("casefile")
    app.setOrganizationName("casefile")
    app.setApplicationDisplayName("casefile")
    app.setDesktopFileName("casefile")  # Wayland matches the window to casefile.desktop
    app.setWindowIcon(app_icon())
    termination = Termination()  # before the case is opened and locked
    settings = Settings()
    # Kept until the app ends: Qt does not own installed translators.
    translators = apply_language(app, settings.language)  # noqa: F841
    window = build_window(settings, path, read_only)
    app.installEventFilter(FileOpenRequests(window))
    report_case_errors(window)
    if termination.signum is not None:  # it came while starting: end as soon as possible
        window.close_without_asking()
        QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
        return 128 + termination.signum
    if os.environ.get(BENCH_EXIT_WHEN_SHOWN) == "1":
        AfterFirstPaint(window, lambda: _close_and_exit(window))
    window.show()
    QTimer.singleShot(0, startup.end)  # once the first events (the window's paint) are done
    termination.close_on_request(window)
    code = int(app.exec())
    # Work still running on the pool (an audit check, under a second; an export, which
    # closing the window cancelled and which stops at its next section or page) ends
    # here, while Python is whole, rather than while the interpreter is torn down around
    # it. Qt waits for the pool again, without a limit, when the application object goes.
    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    return code


class FileOpenRequests(QObject):
    """Opens the case files the system asks the running app to open. macOS hands a
    document opened from the Finder (or dropped on the Dock icon) to the app as a
    FileOpen event, not on the command line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                QTimer.singleShot(0, lambda: self._window.open_path(Path(path)))
                return True
        return False


def app_icon() -> QIcon:
    """The app's icon at every size drawn (ResourceMissing names a missing one)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"casefile-{size}.png")), QSize(size, size))
    return icon


def report_case_errors(window: MainWindow) -> None:
    """A CaseFileError that reaches Qt's event loop (a list reading a value casefile did not
    write, as it is scrolled to) closes the case with the error's own words, as a case
    that cannot be opened; anything else is a bug, and goes where it went before."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, CaseFileError):
            window.refuse_case(error)
        else:
            previous(kind, error, trace)

    sys.excepthook = hook


class Termination:
    """SIGTERM and SIGHUP (logout, shutdown, `kill`) close the window as Quit would, so
    the case is closed and its lock removed instead of left for the next opener; without
    asking about a refused value typed (no one may be there to answer).

    Caught from before the case is opened: one that comes while the app starts is noted
    (`signum`), and `run_gui` closes what it opened and exits with 128 + the signal's
    number, as the CLI does; once the window is up (`close_on_request`), the window
    closes as Quit does and the app exits 0."""

    def __init__(self) -> None:
        import signal

        self.signum: int | None = None
        self._close: Callable[[], object] | None = None
        for name in TERMINATION_SIGNALS:
            signum = getattr(signal, name, None)  # Windows has no SIGHUP
            if signum is not None:
                signal.signal(signum, self._arrived)

    def _arrived(self, signum: int, frame: object) -> None:
        if self._close is None:
            self.signum = signum
        else:
            QTimer.singleShot(0, self._close)

    def close_on_request(self, window: QWidget) -> None:
        """From now on a termination closes `window` as Quit does."""
        close: Callable[[], object] = getattr(window, "close_without_asking", window.close)
        self._close = close
        if self.signum is not None:  # came after run_gui looked
            QTimer.singleShot(0, close)
        # Python runs signal handlers only between bytecodes; a tick keeps it doing so
        # while Qt's event loop waits in C.
        tick = QTimer(window)
        tick.timeout.connect(lambda: None)
        tick.start(250)


def _close_and_exit(window: QWidget) -> None:
    """`make bench` times the cold start: once the window is first painted, it closes
    and the process ends.

    Closing goes through closeEvent, so the case is closed and its lock file removed;
    then the process ends at once (os._exit), as the benchmark's floor script does, so
    that neither pays for the interpreter's teardown, which no one waits for at start.
    Installed after the main window's own first-paint work, this runs before it.
    """
    window.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)

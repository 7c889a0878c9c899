"""Starting the desktop app: builds the application, settings and main window, and runs it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from casefile.ui.main_window import MainWindow
from casefile.ui.opening import CaseOpener
from casefile.ui.settings import Settings


def build_window(settings: Settings, path: Path | None, read_only: bool) -> MainWindow:
    """The main window, on `path` if given (the welcome screen otherwise, or if it fails)."""
    window = MainWindow(settings, CaseOpener(settings))
    if path is not None:
        window.open_path(path, read_only=read_only)
    return window


def run_gui(path: Path | None, read_only: bool) -> int:
    """What `casefile` and `casefile open PATH [--read-only]` run; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("casefile")
    app.setOrganizationName("casefile")
    app.setApplicationDisplayName("casefile")
    settings = Settings()
    window = build_window(settings, path, read_only)
    window.show()
    return int(app.exec())

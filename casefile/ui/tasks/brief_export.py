"""Running a brief export off the GUI thread, with a progress dialog that can cancel.

The export reads the case through its own connections (the store's pool allows
several threads); the window keeps painting, and Cancel stops it at the next step,
leaving no partial PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.ui.dialogs.export_brief import BriefRequest
from casefile.ui.support.store_errors import full_message
from casefile.ui.tasks.workers import emit_if_alive, progress_dialog

if TYPE_CHECKING:
    from casefile.brief import Uncovered


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(str, object)  # the PDF's path, the fields printed with replacements
    failed = Signal(str)
    cancelled = Signal()


class _ExportTask(QRunnable):
    def __init__(self, case: Any, request: BriefRequest, signals: _Signals, stop: threading.Event):
        super().__init__()
        self._case, self._request, self._signals, self._stop = case, request, signals, stop

    def run(self) -> None:
        from casefile.brief import BriefCancelled, export_brief
        from casefile.store import CaseFileError

        signals = self._signals
        try:
            uncovered = export_brief(
                self._case,
                self._request.out_path,
                self._request.options,
                progress=lambda done, total: emit_if_alive(signals.progressed, done, total),
                cancelled=self._stop.is_set,
            )
        except BriefCancelled:
            emit_if_alive(signals.cancelled)
        except CaseFileError as exc:
            emit_if_alive(signals.failed, full_message(exc))
        except Exception as exc:  # a bug: say so, but keep the app alive
            emit_if_alive(
                signals.failed,
                QCoreApplication.translate(
                    "BriefExport", "Unexpected error while exporting ({error})."
                ).format(error=f"{type(exc).__name__}: {exc}"),
            )
        else:
            emit_if_alive(signals.finished, str(self._request.out_path), uncovered)


class BriefExport(QObject):
    """One export: start() it; listen to finished / failed / cancelled. Once finished,
    `uncovered` holds the fields whose characters no bundled font prints (printed as
    [U+XXXX]), for the window to warn about."""

    finished = Signal(Path)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, case: Any, request: BriefRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case, self._request = case, request
        self._stop = threading.Event()
        self._signals = _Signals()
        self.uncovered: list[Uncovered] = []
        self.progress = progress_dialog(
            parent,
            self.tr("Export brief"),
            self.tr("Exporting the brief…"),
            maximum=100,
            cancel=self.tr("Cancel"),
        )
        self.progress.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._on_task_progressed)
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)
        self._signals.cancelled.connect(self._on_task_cancelled)

    def start(self) -> None:
        self.progress.setValue(0)
        QThreadPool.globalInstance().start(
            _ExportTask(self._case, self._request, self._signals, self._stop)
        )

    def cancel(self) -> None:
        self._stop.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_task_progressed(self, done: int, total: int) -> None:
        if total > 0 and not self._stop.is_set():
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _on_task_finished(self, path: str, uncovered: list[Uncovered]) -> None:
        self.progress.close()
        self.uncovered = list(uncovered)
        self.finished.emit(Path(path))

    def _on_task_failed(self, message: str) -> None:
        self.progress.close()
        self.failed.emit(message)

    def _on_task_cancelled(self) -> None:
        self.progress.close()
        self.cancelled.emit()


class OpenBriefPrompt:
    """After a successful export: open the PDF now?"""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("OpenBriefPrompt", "Brief exported"))
        box.setText(
            QCoreApplication.translate(
                "OpenBriefPrompt", "The brief was saved as “{name}”."
            ).format(name=path.name)
        )
        box.setInformativeText(str(path))
        open_button = box.addButton(
            QCoreApplication.translate("OpenBriefPrompt", "Open it"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def show_folder(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class NotOpenedPrompt:
    """The PDF could not be opened (no program for PDF files): say so, offer its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        """True if the user wants the folder shown."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("NotOpenedPrompt", "Brief not opened"))
        box.setText(
            QCoreApplication.translate(
                "NotOpenedPrompt", "“{name}” was saved, but no program here opens PDF files."
            ).format(name=path.name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "NotOpenedPrompt", "Install a PDF viewer, or open the file from its folder:"
            )
            + f"\n{path.parent}"
        )
        folder_button = box.addButton(
            QCoreApplication.translate("NotOpenedPrompt", "Show in folder"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(folder_button)
        box.exec()
        return box.clickedButton() is folder_button

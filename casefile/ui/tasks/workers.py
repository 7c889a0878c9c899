"""What tasks on Qt's thread pool share: a progress dialog while they run, and telling
the GUI thread how they ended."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(
    parent: QWidget | None, title: str, label: str, *, maximum: int, cancel: str | None
) -> QProgressDialog:
    """The dialog a pool task shows: window-modal, so nothing is edited meanwhile; shown
    only if the task outlasts 300 ms; closed by its owner, not when the bar is full.
    `maximum` 0 gives a busy bar; `cancel` None, no Cancel button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, cancel or "", 0, maximum, parent)
    dialog.setWindowTitle(title)
    if cancel is None:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def emit_if_alive(signal: Any, *args: Any) -> None:
    """Emit a worker's signal, unless the object carrying it was deleted meanwhile (the
    window closed, or the app quit, while the work ran): then nobody is left to tell,
    and PySide would print "Signal source has been deleted" from the pool thread."""
    try:
        signal.emit(*args)
    except RuntimeError:
        pass

"""How a text field that cannot be changed looks: filled like the window, not like a box
waiting for input, so a read-only case does not invite typing that goes nowhere."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

TextBox = QLineEdit | QPlainTextEdit | QTextEdit


def set_read_only(edit: TextBox, read_only: bool) -> None:
    """Read-only (still selectable and copyable) and looking it, or editable as usual."""
    edit.setReadOnly(read_only)
    palette = edit.palette()
    if read_only:
        palette.setBrush(QPalette.ColorRole.Base, palette.brush(QPalette.ColorRole.Window))
        edit.setPalette(palette)
    else:
        edit.setPalette(QPalette())  # the style's own again
    edit.setProperty("readOnlyLook", read_only)

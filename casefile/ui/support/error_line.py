"""The red line under a form or a dialog that says what went wrong, hidden while nothing did."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casefile.ui.support.advice import capitalised

#: the red every refusal on screen is written in
ERROR_STYLE = "color: #b3261e;"


class ErrorLine(QLabel):
    """A refusal (of what was typed, of a file dropped): the message, capitalised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        """Say `message`; an empty one hides the line."""
        self.setText(capitalised(message))
        self.setVisible(bool(message))

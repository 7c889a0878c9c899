"""A list's filter drop-down, as wide as the words it shows in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyle, QStyleOptionComboBox, QWidget

#: the fewest characters a drop-down keeps on a narrow list
_FEWEST_CHARACTERS = 6
_WIDEST = 240


class FacetBox(QComboBox):
    """Asks for the width of its "any" entry and of the entry chosen, measured in its
    font (a word count of characters cuts a long translation, "Təxmini dəyər"); on a
    narrow list the row may still shorten it to a few characters, so a long label never
    widens the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(_FEWEST_CHARACTERS)
        self.setMaximumWidth(_WIDEST)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max(
            (metrics.horizontalAdvance(t) for t in (self.itemText(0), self.currentText())),
            default=0,
        )
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text, hint.height()), self
        )
        return QSize(min(max(hint.width(), needed.width()), _WIDEST), hint.height())

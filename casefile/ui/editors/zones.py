"""Choosing an IANA time zone: the names are listed when first asked for.

Listing them (`zoneinfo.available_timezones()`) opens hundreds of files, so a form
with a zone field does not list them when it is built, only when its list is first
opened; the list is read once per process (`store.fields.zone_names`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QStringListModel, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from casefile.store import zone_names


class ZoneCompleter(QCompleter):
    """Completes zone names from any part ("kyiv" finds Europe/Kyiv), in any case: from
    `model` (a zone combo's own list), or else from a list made when first typed."""

    def __init__(
        self, parent: QWidget | None = None, model: QAbstractItemModel | None = None
    ) -> None:
        super().__init__(parent)
        self._own: QStringListModel | None = None
        if model is None:
            model = self._own = QStringListModel(self)
        self.setModel(model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        if self._own is not None and not self._own.rowCount():
            self._own.setStringList(list(zone_names()))
        return super().splitPath(path)


class ZoneCombo(QComboBox):
    """An editable combo of zone names, typed with completion ("kyiv" finds Europe/Kyiv)
    or picked from its list. The list is filled when the combo is first used (focused,
    opened or scrolled), so a completion picked from the popup is one of its items."""

    #: room for a long zone name before the list is filled, which sizes the combo then
    WIDTH_IN_CHARACTERS = 28

    def __init__(self, current: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(self.WIDTH_IN_CHARACTERS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setCompleter(ZoneCompleter(self, self.model()))
        self.setEditText(current)

    def fill(self) -> None:
        """List every zone, keeping the text shown (and selecting it if it is one)."""
        if self.count():
            return
        text = self.currentText()
        blocked = self.blockSignals(True)
        try:
            self.addItems(zone_names())
            self.setCurrentIndex(self.findText(text))  # -1 for a name not in the list
            self.setEditText(text)
        finally:
            self.blockSignals(blocked)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fill()
        super().wheelEvent(event)

"""Choosing an IANA time zone: the names are listed when first asked for.

Listing them (`zoneinfo.available_timezones()`) opens some 600 files, about 10 ms:
building the Meetings form paid for it at every first showing, before anyone had
opened its zone list. The list is read once per process (`store.fields.zone_names`).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from casefile.store.fields import zone_names


class ZoneCompleter(QCompleter):
    """Completes zone names from any part ("kyiv" finds Europe/Kyiv), in any case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zones = QStringListModel(self)
        self.setModel(self._zones)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        if not self._zones.rowCount():
            self._zones.setStringList(list(zone_names()))
        return super().splitPath(path)


class ZoneCombo(QComboBox):
    """An editable combo of zone names, typed with completion or picked from its list;
    the list is filled when it first drops down."""

    def __init__(self, current: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(ZoneCompleter(self))
        self.setEditText(current)

    def showPopup(self) -> None:
        if not self.count():
            text = self.currentText()
            self.addItems(zone_names())
            self.setCurrentIndex(self.findText(text))  # -1 for a name not in the list
            self.setEditText(text)
        super().showPopup()

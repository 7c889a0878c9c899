"""Custom item-data roles shared by every casefile model."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: the item's id (a UUID string)
IdRole = Qt.ItemDataRole.UserRole + 1
#: the item's kind ("party", "damage_item", …)
KindRole = Qt.ItemDataRole.UserRole + 2
#: a value that sorts as people expect (dates as ISO text, costs as numbers)
SortRole = Qt.ItemDataRole.UserRole + 3
#: every column's text, case-folded, one per line: what the filter box matches
FilterTextRole = Qt.ItemDataRole.UserRole + 4

"""Custom item-data roles shared by every casefile model."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: the item's id (a UUID string)
IdRole = Qt.ItemDataRole.UserRole + 1
#: the item's kind ("party", "damage_item", …)
KindRole = Qt.ItemDataRole.UserRole + 2
#: a value that sorts as people expect (dates as ISO text, costs as numbers)
SortRole = Qt.ItemDataRole.UserRole + 3
#: the row's text as HTML, with what a search matched in bold
MarkedRole = Qt.ItemDataRole.UserRole + 4


def answered(*roles: int) -> frozenset[int]:
    """The roles a model's data() answers, as plain ints to test first: a view asks seven
    roles of every cell it paints, and most are none of a model's, which then return
    before the row is looked up (data() runs thousands of times a paint)."""
    return frozenset(int(role) for role in roles)

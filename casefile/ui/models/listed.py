"""Table models over a sequence of rows the store gave (audit log, timeline, follow-ups).

They share the counting and the column headings; each says how a row is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from casefile.ui.models.table import FlatTableModel

#: the translation context of the headings (the item lists' columns share it)
HEADING_CONTEXT = "Columns"


class ListedTableModel(FlatTableModel):
    """Rows in `self._rows`, columns headed by `headers` (English, marked for translation
    in HEADING_CONTEXT, shown in the app's language); `header` may word a heading from
    the model's state (the timeline names its time zone)."""

    headers: tuple[str, ...] = ()
    #: where the headings are marked for translation
    heading_context = HEADING_CONTEXT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = []

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self.heading_context, self.headers[section])

    def row_count(self) -> int:
        return len(self._rows)

    def column_count(self) -> int:
        return len(self.headers)

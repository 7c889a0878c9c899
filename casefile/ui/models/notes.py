"""The notes table: date, kind, title, source, internal flag."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.ui.models.items import Column, ItemTableModel
from casefile.ui.support.formatting import choice, date_text, sort_date


class NoteTableModel(ItemTableModel):
    kind = "note"
    depends_on = frozenset({"party"})
    columns = (
        Column("Date", lambda r, n: date_text(r.date), lambda r, n: sort_date(r.date)),
        Column("Kind", lambda r, n: choice("note", "kind", r.kind)),
        Column("Title", lambda r, n: r.title),
        Column("Source", lambda r, n: n.get(r.source_party_id or "", "")),
        Column("Internal", lambda r, n: "internal" if r.internal else ""),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.source_party_id:
            yield "party", record.source_party_id

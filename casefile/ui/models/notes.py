"""The notes table: date, kind, title, source, internal flag, and the rest of a note's
fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.store import NOTE_KINDS
from casefile.ui.models.facets import choice_facet, flag_facet
from casefile.ui.models.items import Column, ItemTableModel, count_column, created_updated
from casefile.ui.support.formatting import choice, date_text, first_line, sort_date


class NoteTableModel(ItemTableModel):
    kind = "note"
    depends_on = frozenset({"party"})
    value_fields = ("kind", "internal")
    facets = (
        choice_facet("kind", "Kind", 0, NOTE_KINDS),
        flag_facet("internal", "Internal", 1, "Internal only", "Not internal"),
    )
    columns = (
        Column(
            "Date",
            lambda r, n: date_text(r.date),
            lambda r, n: sort_date(r.date),
            width=90,
            cells=lambda r, n: (r.date,),
            cell_titles=("Date",),
        ),
        Column("Kind", lambda r, n: choice("note", "kind", r.kind), width=110),
        Column("Title", lambda r, n: r.title, width=240, grows=True),
        Column("Source", lambda r, n: n.get(r.source_party_id or "", ""), width=170, shown="room"),
        Column("Internal", lambda r, n: "internal" if r.internal else "", width=70),
        count_column("Parties", "party_ids", width=60, shown="room"),
        count_column("Files", "attachment_ids", width=50, shown="room"),
        Column(
            "Text",
            lambda r, n: first_line(r.body),
            width=300,
            shown="asked",
            cells=lambda r, n: (r.body,),
            cell_titles=("Text",),
        ),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.source_party_id:
            yield "party", record.source_party_id

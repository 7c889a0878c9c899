"""The notes table: date, kind, title, source, internal flag, and the rest of a note's
fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.ui.models.facets import choice_facet, flag_facet
from casefile.ui.models.items import (
    Column,
    ItemTableModel,
    count_column,
    created_updated,
    internal_samples,
    internal_text,
    labels_of,
)
from casefile.ui.support.formatting import (
    choice,
    date_samples,
    date_text,
    first_line,
    sort_date,
)
from casefile.ui.support.translation import QT_TRANSLATE_NOOP


class NoteTableModel(ItemTableModel):
    kind = "note"
    depends_on = frozenset({"party"})
    value_fields = ("kind", "internal")
    facets = (
        choice_facet("kind", QT_TRANSLATE_NOOP("Facets", "Kind"), 0, ("note", "kind")),
        flag_facet(
            "internal",
            QT_TRANSLATE_NOOP("Facets", "Internal"),
            1,
            QT_TRANSLATE_NOOP("Facets", "Internal only"),
            QT_TRANSLATE_NOOP("Facets", "Not internal"),
        ),
    )
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda r, n: date_text(r.date),
            lambda r, n: sort_date(r.date),
            width=90,
            fits=date_samples,
            cells=lambda r, n: (r.date,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Date"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r, n: choice("note", "kind", r.kind),
            width=110,
            fits=labels_of("note", "kind"),
            gives_way=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r, n: r.title, width=240, grows=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Source"),
            lambda r, n: n.get(r.source_party_id or "", ""),
            width=170,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Internal"),
            lambda r, n: internal_text(r.internal),
            width=70,
            fits=internal_samples,
        ),
        count_column(QT_TRANSLATE_NOOP("Columns", "Parties"), "party_ids", width=60, shown="room"),
        count_column(
            QT_TRANSLATE_NOOP("Columns", "Files"), "attachment_ids", width=50, shown="room"
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Text"),
            lambda r, n: first_line(r.body),
            width=300,
            shown="asked",
            cells=lambda r, n: (r.body,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Text"),),
        ),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.source_party_id:
            yield "party", record.source_party_id

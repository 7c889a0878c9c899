"""The parties table: name, native spelling, kind, role, country, whom they represent,
and the rest of a party's fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.ui.models.items import Column, ItemTableModel, created_updated, labels_of
from casefile.ui.support.formatting import choice
from casefile.ui.support.translation import QT_TRANSLATE_NOOP


class PartyTableModel(ItemTableModel):
    kind = "party"
    depends_on = frozenset({"party"})
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r, n: r.name, width=210, grows=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Native name"),
            lambda r, n: r.native_name,
            width=190,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r, n: choice("party", "kind", r.kind),
            width=100,
            fits=labels_of("party", "kind"),
            gives_way=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r, n: r.role, width=170, shown="room"),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Country"), lambda r, n: r.country, width=100, shown="room"
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Represents"),
            lambda r, n: n.get(r.represents_id or "", ""),
            width=180,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Affiliation"),
            lambda r, n: r.affiliation,
            width=160,
            shown="asked",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Contact"),
            lambda r, n: r.contact,
            width=180,
            shown="asked",
        ),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.represents_id:
            yield "party", record.represents_id

"""The parties table: name, native spelling, kind, role, country, whom they represent,
and the rest of a party's fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.ui.models.items import Column, ItemTableModel, created_updated
from casefile.ui.support.formatting import choice


class PartyTableModel(ItemTableModel):
    kind = "party"
    depends_on = frozenset({"party"})
    columns = (
        Column("Name", lambda r, n: r.name, width=210, grows=True),
        Column("Native name", lambda r, n: r.native_name, width=190, shown="room"),
        Column("Kind", lambda r, n: choice("party", "kind", r.kind), width=100),
        Column("Role", lambda r, n: r.role, width=170, shown="room"),
        Column("Country", lambda r, n: r.country, width=100, shown="room"),
        Column(
            "Represents", lambda r, n: n.get(r.represents_id or "", ""), width=180, shown="room"
        ),
        Column("Affiliation", lambda r, n: r.affiliation, width=160, shown="asked"),
        Column("Contact", lambda r, n: r.contact, width=180, shown="asked"),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.represents_id:
            yield "party", record.represents_id

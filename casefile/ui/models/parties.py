"""The parties table: name, native spelling, kind, role, country, whom they represent."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.ui.models.items import Column, ItemTableModel
from casefile.ui.support.formatting import choice


class PartyTableModel(ItemTableModel):
    kind = "party"
    depends_on = frozenset({"party"})
    columns = (
        Column("Name", lambda r, n: r.name),
        Column("Native name", lambda r, n: r.native_name),
        Column("Kind", lambda r, n: choice("party", "kind", r.kind)),
        Column("Role", lambda r, n: r.role),
        Column("Country", lambda r, n: r.country),
        Column("Represents", lambda r, n: n.get(r.represents_id or "", "")),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.represents_id:
            yield "party", record.represents_id

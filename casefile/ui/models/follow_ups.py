"""The follow-ups table: due date, action, owner, status, the meeting it came from, and
the rest of a follow-up's fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.store import FOLLOW_UP_STATUSES
from casefile.ui.models.facets import Facet, Option, equals, flag_facet, overdue
from casefile.ui.models.items import Column, ItemTableModel, created_updated
from casefile.ui.support.formatting import choice, date_text, sort_date

_STATUS_ORDER = {name: i for i, name in enumerate(FOLLOW_UP_STATUSES)}


class FollowUpTableModel(ItemTableModel):
    kind = "follow_up"
    depends_on = frozenset({"party", "meeting"})
    value_fields = ("status", "due_date", "internal")
    facets = (
        Facet(
            "status",
            (
                Option("Status", None),
                Option("Open", equals(0, "open"), (0, "open")),
                Option("Overdue", overdue(0, 1)),
                *(
                    Option(label, equals(0, value), (0, value))
                    for value, label in FOLLOW_UP_STATUSES.items()
                    if value != "open"
                ),
            ),
        ),
        flag_facet("internal", "Internal", 2, "Internal only", "Not internal"),
    )
    columns = (
        Column(
            "Due",
            lambda r, n: date_text(r.due_date),
            lambda r, n: sort_date(r.due_date),
            width=90,
            cells=lambda r, n: (r.due_date,),
            cell_titles=("Due",),
        ),
        Column("Action", lambda r, n: r.title, width=280, grows=True),
        Column("Owner", lambda r, n: n.get(r.owner_id or "", ""), width=180, grows=True),
        Column(
            "Status",
            lambda r, n: choice("follow_up", "status", r.status),
            lambda r, n: _STATUS_ORDER.get(r.status, 99),
            width=80,
        ),
        Column("From meeting", lambda r, n: n.get(r.meeting_id or "", ""), width=200, shown="room"),
        Column("Internal", lambda r, n: "internal" if r.internal else "", width=70, shown="room"),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.owner_id:
            yield "party", record.owner_id
        if record.meeting_id:
            yield "meeting", record.meeting_id

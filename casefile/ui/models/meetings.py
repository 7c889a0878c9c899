"""The meetings table: when (in the meeting's own zone), kind, title, place, participants."""

from __future__ import annotations

from casefile.ui.models.items import Column, ItemTableModel
from casefile.ui.support.formatting import choice, local_text, sort_instant


class MeetingTableModel(ItemTableModel):
    kind = "meeting"
    columns = (
        Column(
            "When",
            lambda r, n: local_text(r.held_at, r.timezone, all_day=r.all_day),
            lambda r, n: sort_instant(r.held_at),
        ),
        Column("Kind", lambda r, n: choice("meeting", "kind", r.kind)),
        Column("Title", lambda r, n: r.title),
        Column("Place", lambda r, n: r.place),
        Column(
            "Participants",
            lambda r, n: str(len(r.participants)) if r.participants else "",
            lambda r, n: len(r.participants),
            align_right=True,
        ),
    )

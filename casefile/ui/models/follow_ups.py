"""The follow-ups table: due date, action, owner, status, the meeting it came from, and
the rest of a follow-up's fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.store import FOLLOW_UP_STATUSES
from casefile.ui.models.facets import Facet, Option, equals, flag_facet, overdue
from casefile.ui.models.items import (
    Column,
    ItemTableModel,
    created_updated,
    internal_samples,
    internal_text,
    labels_of,
)
from casefile.ui.models.vocabulary import CHOICE_NAMES
from casefile.ui.support.formatting import choice, date_samples, date_text, sort_date
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

_STATUS_ORDER = {name: i for i, name in enumerate(FOLLOW_UP_STATUSES)}
_STATUS_CONTEXT, _STATUS_LABELS = CHOICE_NAMES[("follow_up", "status")]


class FollowUpTableModel(ItemTableModel):
    kind = "follow_up"
    depends_on = frozenset({"party", "meeting"})
    value_fields = ("status", "due_date", "internal")
    facets = (
        Facet(
            "status",
            (
                Option(QT_TRANSLATE_NOOP("Facets", "Status"), None),
                Option(_STATUS_LABELS["open"], equals(0, "open"), (0, "open"), _STATUS_CONTEXT),
                Option(QT_TRANSLATE_NOOP("Facets", "Overdue"), overdue(0, 1)),
                *(
                    Option(label, equals(0, value), (0, value), _STATUS_CONTEXT)
                    for value, label in _STATUS_LABELS.items()
                    if value != "open"
                ),
            ),
        ),
        flag_facet(
            "internal",
            QT_TRANSLATE_NOOP("Facets", "Internal"),
            2,
            QT_TRANSLATE_NOOP("Facets", "Internal only"),
            QT_TRANSLATE_NOOP("Facets", "Not internal"),
        ),
    )
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda r, n: date_text(r.due_date),
            lambda r, n: sort_date(r.due_date),
            width=90,
            fits=date_samples,
            cells=lambda r, n: (r.due_date,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Due"),),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r, n: r.title, width=280, grows=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Owner"),
            lambda r, n: n.get(r.owner_id or "", ""),
            width=180,
            grows=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r, n: choice("follow_up", "status", r.status),
            lambda r, n: _STATUS_ORDER.get(r.status, 99),
            width=80,
            fits=labels_of("follow_up", "status"),
            gives_way=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "From meeting"),
            lambda r, n: n.get(r.meeting_id or "", ""),
            width=200,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Internal"),
            lambda r, n: internal_text(r.internal),
            width=70,
            shown="room",
            fits=internal_samples,
        ),
        *created_updated(),
    )

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        if record.owner_id:
            yield "party", record.owner_id
        if record.meeting_id:
            yield "meeting", record.meeting_id

"""The meetings table: when (in the meeting's own zone), kind, title, place,
participants, and the rest of a meeting's fields for the user to show."""

from __future__ import annotations

from casefile.ui.models.items import (
    Column,
    ItemTableModel,
    count_column,
    created_updated,
    labels_of,
)
from casefile.ui.support.formatting import (
    choice,
    first_line,
    local_day,
    local_naive,
    local_text,
    moment_samples,
    sort_instant,
)
from casefile.ui.support.translation import QT_TRANSLATE_NOOP


class MeetingTableModel(ItemTableModel):
    kind = "meeting"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "When"),
            lambda r, n: local_text(r.held_at, r.timezone, all_day=r.all_day),
            lambda r, n: sort_instant(r.held_at),
            width=130,
            fits=moment_samples,
            cells=lambda r, n: (
                local_day(r.held_at, r.timezone)
                if r.all_day
                else local_naive(r.held_at, r.timezone),
            ),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "When"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r, n: choice("meeting", "kind", r.kind),
            width=130,
            fits=labels_of("meeting", "kind"),
            gives_way=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r, n: r.title, width=260, grows=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Place"), lambda r, n: r.place, width=160, shown="room"
        ),
        count_column(
            QT_TRANSLATE_NOOP("Columns", "Participants"), "participants", width=90, shown="room"
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Time zone"),
            lambda r, n: r.timezone,
            width=130,
            shown="asked",
        ),
        count_column(QT_TRANSLATE_NOOP("Columns", "Notes"), "note_ids", width=50, shown="asked"),
        count_column(
            QT_TRANSLATE_NOOP("Columns", "Files"), "attachment_ids", width=50, shown="asked"
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Summary"),
            lambda r, n: first_line(r.summary),
            width=260,
            shown="asked",
            cells=lambda r, n: (r.summary,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Summary"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Outcomes"),
            lambda r, n: first_line(r.outcomes),
            width=260,
            shown="asked",
            cells=lambda r, n: (r.outcomes,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Outcomes"),),
        ),
        *created_updated(),
    )

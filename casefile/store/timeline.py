"""The case's chronology: incident, notes, meetings and follow-ups in time order.

A large case has 20,000 dated notes and a thousand or two other dated things. The
notes arrive already in order from ix_note_order; only the others are sorted here,
and each is given the row it takes among the notes. Entries are made when read: the
timeline view shows a screenful of 21,000 rows, and making every entry up front cost
as much as reading them.

Within a local day of the incident's zone, timed events come first (by instant; at the
same instant the incident, then meetings by title), then what carries only the date:
notes in the order they were written (as the notes list has them), then all-day
meetings, then follow-ups, each by title.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Any, overload

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store.models import TABLES
from casefile.store.records import IncidentRecord, TimelineEntry, in_zone, zone_or_utc
from casefile.store.rows import plain_rows

#: A note as read, (ISO date, title, id, kind, internal 0 or 1): the driver's tuple.
NoteRow = Sequence[Any]
#: Any other entry, sortable: (ISO local day, 0 timed or 1 date-only, instant or 0,
#: kind's rank, title, order read, id, kind, detail, internal). The order read is
#: unique, so no two compare further.
OtherRow = tuple[Any, ...]


class Timeline(Sequence[TimelineEntry]):
    """The merged entries, made as they are read; a snapshot of what was read."""

    def __init__(self, notes: Sequence[NoteRow], others: list[OtherRow], zone: dt.tzinfo) -> None:
        self._notes = notes
        self._others = sorted(others)
        self._zone = zone
        self._day_starts: dict[str, dt.datetime] = {}
        days = [note[0] for note in notes]
        # An other entry comes after the notes of earlier days; a date-only one also
        # after its own day's notes (a timed one before them).
        self._other_rows = [
            k + (bisect_right(days, day) if flag else bisect_left(days, day))
            for k, (day, flag, *_) in enumerate(self._others)
        ]

    @classmethod
    def empty(cls) -> Timeline:
        return cls([], [], dt.UTC)

    def __len__(self) -> int:
        return len(self._notes) + len(self._others)

    @overload
    def __getitem__(self, index: int) -> TimelineEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineEntry]: ...

    def __getitem__(self, index: int | slice) -> TimelineEntry | list[TimelineEntry]:
        if isinstance(index, slice):
            return [self[row] for row in range(*index.indices(len(self)))]
        row = index + len(self) if index < 0 else index
        if not 0 <= row < len(self):
            raise IndexError("timeline row out of range")
        k = bisect_left(self._other_rows, row)  # the others before this row
        if k < len(self._other_rows) and self._other_rows[k] == row:
            return self._other_entry(self._others[k])
        return self._note_entry(self._notes[row - k])

    def __iter__(self) -> Iterator[TimelineEntry]:
        rows = iter(self._other_rows)
        next_other = next(rows, -1)
        others = iter(self._others)
        notes = iter(self._notes)
        for row in range(len(self)):
            if row == next_other:
                yield self._other_entry(next(others))
                next_other = next(rows, -1)
            else:
                yield self._note_entry(next(notes))

    def row_of(self, kind: str, item_id: str) -> int | None:
        """The row of an item's entry, or None if it has none (undated, internal hidden)."""
        if kind == "note":
            for n, note in enumerate(self._notes):
                if note[2] == item_id:
                    # Before it: its notes, and the others of earlier days or timed that day.
                    return n + bisect_left(self._others, (note[0], 1))
            return None
        for k, other in enumerate(self._others):
            if other[7] == kind and other[6] == item_id:
                return self._other_rows[k]
        return None

    def _day_start(self, day: str) -> dt.datetime:
        """Local midnight of an ISO date, in UTC: computed once per day, not per note."""
        at = self._day_starts.get(day)
        if at is None:
            midnight = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(), self._zone)
            at = self._day_starts[day] = midnight.astimezone(dt.UTC)
        return at

    def _note_entry(self, note: NoteRow) -> TimelineEntry:
        day, title, item_id, kind, internal = note
        return TimelineEntry(
            self._day_start(day), True, "note", item_id, title, kind, bool(internal)
        )

    def _other_entry(self, other: OtherRow) -> TimelineEntry:
        day, flag, at, _, title, _, item_id, kind, detail, internal = other
        return TimelineEntry(
            self._day_start(day) if flag else at, flag == 1, kind, item_id, title, detail, internal
        )


def read_timeline(session: Session, incident: IncidentRecord, include_internal: bool) -> Timeline:
    """Read what the timeline shows, in the incident's zone (UTC if it names none known)."""
    zone = zone_or_utc(incident.timezone)
    note = TABLES["note"].__table__.c
    meeting = TABLES["meeting"].__table__.c
    follow_up = TABLES["follow_up"].__table__.c
    dated_notes = sa.select(
        # Dates as their stored ISO text: compared as text, made into dates once per day.
        sa.type_coerce(note.date, sa.String),
        note.title,
        note.id,
        note.kind,
        note.internal,
    ).where(note.date.is_not(None))
    dated_follow_ups = sa.select(
        follow_up.due_date, follow_up.title, follow_up.id, follow_up.status, follow_up.internal
    ).where(follow_up.due_date.is_not(None))
    if not include_internal:
        dated_notes = dated_notes.where(note.internal.is_(False))
        dated_follow_ups = dated_follow_ups.where(follow_up.internal.is_(False))
    notes = plain_rows(session, dated_notes.order_by(note.date, note.created_at, note.id))
    meetings = session.execute(
        sa.select(meeting.id, meeting.title, meeting.place, meeting.held_at, meeting.all_day,
                  meeting.timezone)
        .where(meeting.held_at.is_not(None))
    ).all()  # fmt: skip
    follow_ups = session.execute(dated_follow_ups).all()

    others: list[OtherRow] = []
    if incident.occurred_at is not None:
        at = incident.occurred_at
        others.append((at.astimezone(zone).date().isoformat(), 0, at, 0, incident.title, 0,
                       incident.id, "incident", incident.location, False))  # fmt: skip
    for item_id, title, place, held_at, all_day, meeting_zone in meetings:
        if all_day:
            # An all-day meeting is a date in its own zone (Baku), not an instant:
            # re-anchor it at that date's midnight in the incident's zone.
            day = in_zone(held_at, meeting_zone).date().isoformat()  # type: ignore[union-attr]
            others.append((day, 1, 0, 2, title, len(others), item_id, "meeting", place, False))
        else:
            day = held_at.astimezone(zone).date().isoformat()
            others.append(
                (day, 0, held_at, 2, title, len(others), item_id, "meeting", place, False)
            )
    for due, title, item_id, status, internal in follow_ups:
        others.append((due.isoformat(), 1, 0, 3, title, len(others), item_id, "follow_up",
                       status, internal))  # fmt: skip
    return Timeline(notes, others, zone)

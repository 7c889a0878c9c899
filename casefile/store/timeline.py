"""The case's chronology: incident, notes, meetings and follow-ups in time order.

A large case has 20,000 dated notes and a thousand or two other dated things. Only how
many notes each day has is read up front (from ix_note_order, in date order), with the
other entries, which are sorted here and each given the row it takes among the notes.
A day's notes are read when one of its rows is first asked for: the timeline view shows
a screenful of 21,000 rows, and reading every note was four fifths of showing it.
Iterating reads every note at once, in one query (the brief's chronology).

A timeline is not a snapshot: the view reads a new one after every change (and the
brief reads its notes in one go). Should a day change between the count and the
reading of its notes, its rows still number what was counted, so the view never
fails; the rows it lacks are blank until the view reads the new timeline.

Within a local day of the incident's zone, timed events come first (by instant; at the
same instant the incident, then meetings by title), then what carries only the date:
notes in the order they were written (as the notes list has them), then all-day
meetings, then follow-ups, each by title.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, overload

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store.models import TABLES, table_of
from casefile.store.records import IncidentRecord, TimelineEntry, in_zone, zone_or_utc
from casefile.store.rows import plain_rows
from casefile.store.stored import check_all

if TYPE_CHECKING:
    from casefile.store.rows import AnySelect

#: A note as read, (ISO date, title, id, kind, internal 0 or 1): the driver's tuple.
NoteRow = Sequence[Any]
#: Any other entry, sortable: (ISO local day, 0 timed or 1 date-only, instant or 0,
#: kind's rank, title, order read, id, kind, detail, internal). The order read is
#: unique, so no two compare further.
OtherRow = tuple[Any, ...]


class NoteReader:
    """Reads the dated notes a timeline shows; `read` is given a query to run."""

    def __init__(
        self,
        read: Callable[[AnySelect], Sequence[NoteRow]],
        include_internal: bool,
    ) -> None:
        self._read = read
        self.include_internal = include_internal
        note = table_of(TABLES["note"]).c
        self._date = note.date
        self._where = [note.date.is_not(None)]
        if not include_internal:
            self._where.append(note.internal.is_(False))
        # Dates as their stored ISO text: compared as text, made into dates once per day.
        self._columns = (sa.type_coerce(note.date, sa.String), note.title, note.id, note.kind,
                         note.internal)  # fmt: skip
        self._order = (note.date, note.created_at, note.id)
        self._id = note.id

    def days_query(self) -> AnySelect:
        """(ISO day, how many notes) of each day that has notes, in date order: read by
        ix_note_order without a sort."""
        query = sa.select(sa.type_coerce(self._date, sa.String), sa.func.count())
        return query.where(*self._where).group_by(self._date).order_by(self._date)

    def of_day(self, day: str) -> Sequence[NoteRow]:
        query = sa.select(*self._columns).where(*self._where, self._date == day)
        return self._read(query.order_by(*self._order))

    def all(self) -> Sequence[NoteRow]:
        return self._read(sa.select(*self._columns).where(*self._where).order_by(*self._order))

    def day_of(self, note_id: str) -> str | None:
        """The day of a note the timeline shows, or None."""
        rows = self._read(sa.select(self._columns[0]).where(*self._where, self._id == note_id))
        return rows[0][0] if rows else None


class Timeline(Sequence[TimelineEntry]):
    """The merged entries, made as they are read."""

    def __init__(
        self,
        days: Sequence[tuple[str, int]],
        others: list[OtherRow],
        zone: dt.tzinfo,
        notes: NoteReader | None,
    ) -> None:
        self._days = [day for day, _ in days]
        #: notes before each day (and, last, all of them)
        self._starts = [0, *accumulate(count for _, count in days)]
        self._others = sorted(others)
        self._zone = zone
        self._notes = notes
        self._day_notes: dict[int, Sequence[NoteRow]] = {}
        self._day_starts: dict[str, dt.datetime] = {}
        self._other_rows = _other_rows(self._others, self._days, self._starts)

    @classmethod
    def empty(cls) -> Timeline:
        return cls([], [], dt.UTC, None)

    def __len__(self) -> int:
        return self._starts[-1] + len(self._others)

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
        return self._note_entry(self._note(row - k))

    def __iter__(self) -> Iterator[TimelineEntry]:
        """Every entry, the notes read in one query."""
        notes = self._notes.all() if self._notes is not None else ()
        # Each note its own "day" of one: the same rule, over the notes just read.
        other_rows = _other_rows(self._others, [note[0] for note in notes], range(len(notes) + 1))
        rows = iter(other_rows)
        next_other = next(rows, -1)
        others = iter(self._others)
        note_rows = iter(notes)
        for row in range(len(notes) + len(self._others)):
            if row == next_other:
                yield self._other_entry(next(others))
                next_other = next(rows, -1)
            else:
                yield self._note_entry(next(note_rows))

    def row_of(self, kind: str, item_id: str) -> int | None:
        """The row of an item's entry, or None if it has none (undated, internal hidden)."""
        if kind == "note":
            day = self._notes.day_of(item_id) if self._notes is not None else None
            i = bisect_left(self._days, day) if day is not None else len(self._days)
            if i == len(self._days) or self._days[i] != day:
                return None
            for within, note in enumerate(self._notes_of(i)):
                if note[2] == item_id:
                    # Before it: its notes, and the others of earlier days or timed that day.
                    return self._starts[i] + within + bisect_left(self._others, (day, 1))
            return None
        for k, other in enumerate(self._others):
            if other[7] == kind and other[6] == item_id:
                return self._other_rows[k]
        return None

    def _note(self, n: int) -> NoteRow:
        """The n-th note, reading its day's notes if they have not been read."""
        i = bisect_right(self._starts, n) - 1
        notes = self._notes_of(i)
        within = n - self._starts[i]
        if within < len(notes):
            return notes[within]
        return (self._days[i], "", "", "", False)  # the day lost notes since it was counted

    def _notes_of(self, i: int) -> Sequence[NoteRow]:
        notes = self._day_notes.get(i)
        if notes is None:
            notes = self._notes.of_day(self._days[i]) if self._notes is not None else ()
            self._day_notes[i] = notes
        return notes

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


def _other_rows(others: list[OtherRow], days: Sequence[str], starts: Sequence[int]) -> list[int]:
    """The row of each other entry (sorted) among the notes: after the notes of earlier
    days; a date-only one also after its own day's notes, a timed one before them.
    `days` are the notes' days in order, `starts[i]` the notes before `days[i]`."""
    return [
        k + starts[(bisect_right if flag == 1 else bisect_left)(days, day)]
        for k, (day, flag, *_) in enumerate(others)
    ]


def read_timeline(session: Session, incident: IncidentRecord, notes: NoteReader) -> Timeline:
    """Read what the timeline shows, in the incident's zone (UTC if it names none known):
    every entry but the notes, and how many notes each day has."""
    zone = zone_or_utc(incident.timezone)
    meeting = table_of(TABLES["meeting"]).c
    follow_up = table_of(TABLES["follow_up"]).c
    dated_follow_ups = sa.select(
        follow_up.due_date, follow_up.title, follow_up.id, follow_up.status, follow_up.internal
    ).where(follow_up.due_date.is_not(None))
    if not notes.include_internal:
        dated_follow_ups = dated_follow_ups.where(follow_up.internal.is_(False))
    days = plain_rows(session, notes.days_query())
    # Days are read as text, for speed; each one is checked once, as its column would.
    check_all(table_of(TABLES["note"]).c.date.type, (day for day, _ in days))
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
    return Timeline(days, others, zone, notes)

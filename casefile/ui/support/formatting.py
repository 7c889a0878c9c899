"""How dates, times and vocabulary values read on screen (one place, so views agree)."""

from __future__ import annotations

import datetime as dt

from casefile.store import in_zone, label

#: what Edit > Add shows as its shortcuts, here so tooltips say the same
ADD_SHORTCUT_TEXT = "Ctrl+Shift+N or Insert"

DATE_FORMAT = "%Y-%m-%d"
TIME_FORMAT = "%Y-%m-%d %H:%M"


def date_text(day: dt.date | None) -> str:
    """DATE_FORMAT, as isoformat() writes it for every year a case can hold: a tenth of
    strftime's time, for a column of 20,000 notes or the 365 days a column is sized by."""
    return "" if day is None else day.isoformat()


def local_text(instant: dt.datetime | None, zone: str, *, all_day: bool = False) -> str:
    """An instant as wall-clock time where it happened ("2025-11-14 01:00")."""
    local = in_zone(instant, zone)
    if local is None:
        return ""
    return local.strftime(DATE_FORMAT if all_day else TIME_FORMAT)


def sort_instant(instant: dt.datetime | None) -> str:
    """Sorts in time order; items without a time sort last."""
    return "~" if instant is None else instant.astimezone(dt.UTC).isoformat()


def sort_date(day: dt.date | None) -> str:
    return "~" if day is None else day.isoformat()


def choice(kind: str, field: str, value: str) -> str:
    return label(kind, field, value)


def stamp_text(instant: dt.datetime | None) -> str:
    """When the app wrote something (created, updated), in this computer's time."""
    return "" if instant is None else instant.astimezone().strftime(TIME_FORMAT)


def first_line(text: str, limit: int = 160) -> str:
    """A long text in a one-line cell: its first line, cut at `limit` characters."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def count_text(items: tuple[object, ...]) -> str:
    """A count of linked items in a column; nothing when there are none."""
    return str(len(items)) if items else ""

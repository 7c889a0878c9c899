"""How dates, times and vocabulary values read on screen (one place, so views agree)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from casefile.store import in_zone, label, to_decimal_string

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


def local_stamp(instant: dt.datetime | None) -> dt.datetime | None:
    """stamp_text's time as a plain date and time (a spreadsheet holds no zone)."""
    return None if instant is None else instant.astimezone().replace(tzinfo=None, microsecond=0)


def local_naive(instant: dt.datetime | None, zone: str) -> dt.datetime | None:
    """local_text's time as a plain date and time, for a spreadsheet cell."""
    local = in_zone(instant, zone)
    return None if local is None else local.replace(tzinfo=None, second=0, microsecond=0)


def local_day(instant: dt.datetime | None, zone: str) -> dt.date | None:
    """The day of an all-day meeting where it took place, for a spreadsheet cell."""
    local = in_zone(instant, zone)
    return None if local is None else local.date()


def amount(minor: int | None, currency: str) -> Decimal | None:
    """Minor units as the number a spreadsheet adds up (1234.50), exactly."""
    return None if minor is None else Decimal(to_decimal_string(minor, currency))


def first_line(text: str, limit: int = 160) -> str:
    """A long text in a one-line cell: its first line, cut at `limit` characters."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def count_text(items: tuple[object, ...]) -> str:
    """A count of linked items in a column; nothing when there are none."""
    return str(len(items)) if items else ""

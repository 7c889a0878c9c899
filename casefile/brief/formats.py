"""Dates and times as the brief prints them, in the zone where things happened.

Month names come from CLDR in the brief's language (`casefile.brief.language`) rather
than from `strftime("%B")`, which follows the process locale: Qt sets it from the
desktop, so the GUI and the CLI would print different briefs of the same case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from casefile.brief import language
from casefile.store import zone_or_utc


def zone_name(name: str) -> str:
    """The zone as the brief names it: the IANA name, or UTC."""
    return "UTC" if isinstance(zone_or_utc(name), dt.timezone) else name


def long_date(day: dt.date | None) -> str:
    """ "14 November 2025", "14 noyabr 2025"."""
    if day is None:
        return ""
    return language.long_date(day)


def short_date(day: dt.date | None) -> str:
    """ "14 Nov 2025", "14 noy 2025"."""
    if day is None:
        return ""
    return language.short_date(day)


def local(instant: dt.datetime, tz: str) -> dt.datetime:
    """An aware instant as wall-clock time in a zone (naive instants count as UTC)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(zone_or_utc(tz))


def offset(moment: dt.datetime) -> str:
    """ "UTC+02:00" for an aware local time."""
    delta = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if delta < dt.timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def short_moment(instant: dt.datetime | None, tz: str, *, date_only: bool = False) -> str:
    """ "14 Nov 2025, 01:00" in the zone; the column header names the zone."""
    if instant is None:
        return ""
    moment = local(instant, tz)
    if date_only:
        return short_date(moment.date())
    return f"{short_date(moment.date())}, {moment:%H:%M}"


def long_moment(instant: dt.datetime | None, tz: str) -> str:
    """ "14 November 2025, 01:00 Europe/Kyiv (UTC+02:00)": self-explaining, for prose."""
    if instant is None:
        return ""
    moment = local(instant, tz)
    return f"{long_date(moment.date())}, {moment:%H:%M} {zone_name(tz)} ({offset(moment)})"


#: Items named one by one in a sentence of the brief, at most; past that, a count.
NAMED_ITEMS = 40


def named_refs(refs: Sequence[str]) -> str:
    """ "D-3, D-7", or "D-1, ..., D-40 and 12 more" """
    shown = ", ".join(refs[:NAMED_ITEMS])
    more = len(refs) - NAMED_ITEMS
    return shown + (language.tr(" and {more} more", more=language.number(more)) if more > 0 else "")

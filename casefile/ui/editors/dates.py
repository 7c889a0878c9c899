"""Days as people type them: ISO (2025-11-14) or the way their locale writes dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

#: two-digit years are read as 2000 to 2099 (a case is about something recent)
BASE_YEAR = 2000


def _formats(locale: QLocale) -> list[str]:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    full_year = short if "yyyy" in short else short.replace("yy", "yyyy")
    return [full_year, short, locale.dateFormat(QLocale.FormatType.LongFormat)]


def parse_day(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The day typed, or None if it reads as no day in ISO or the locale's formats."""
    text = text.strip()
    if len(text) == 10 and text[4:5] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    locale = locale or QLocale()
    for pattern in _formats(locale):
        day = locale.toDate(text, pattern, BASE_YEAR)
        if day.isValid():
            return dt.date(day.year(), day.month(), day.day())
    return None


def example(locale: QLocale | None = None) -> str:
    """A day as the locale writes it, to show what may be typed ("14/11/2025")."""
    locale = locale or QLocale()
    return locale.toString(QDate(2025, 11, 14), _formats(locale)[0])

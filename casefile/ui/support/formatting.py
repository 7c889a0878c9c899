"""How dates, times, numbers and money read on screen (one place, so views agree).

What is shown follows the app's locale (QLocale(), which apply_language sets from the
language chosen in Settings): "14/11/2025" in English, "14.11.2025" in Russian. What an
editor shows for retyping stays in the form the editors read back (ISO dates, and the
time as "YYYY-MM-DD HH:MM"), whatever the language: the `iso_*` functions.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from casefile.store import EXPONENTS, in_zone, to_decimal_string
from casefile.ui.models.vocabulary import choice_label
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: what Edit > Add shows as its shortcuts, here so tooltips say the same (in English:
#: add_shortcut_text() gives it in the app's language)
ADD_SHORTCUT_TEXT = QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+N or Insert")

#: how an editor shows an instant for retyping (what the store's parse_instant reads)
ISO_TIME_FORMAT = "%Y-%m-%d %H:%M"
#: a day with its weekday and month in words; the words are the locale's
WEEKDAY_PATTERN = "ddd d MMM yyyy"
#: the zone in a locale's long time format ("HH:mm:ss tttt")
_ZONE = re.compile(r"\s*t+")


def add_shortcut_text() -> str:
    """The keys of Edit > Add, as a tooltip names them in the app's language."""
    return QCoreApplication.translate("Shortcuts", ADD_SHORTCUT_TEXT)


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date with the year in full ("dd.MM.yyyy"; a list cell must not
    leave a reader guessing the century, and the date editors read it back)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _time_pattern(locale: QLocale) -> str:
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def _seconds_pattern(locale: QLocale) -> str:
    return _ZONE.sub("", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The app's locale and how it writes a day, a time and a time with seconds."""

    locale: QLocale
    day: str
    time: str
    seconds: str


#: each locale's patterns, worked out the first time it formats (a column of 20,000
#: dates asks for the same three patterns 20,000 times)
_PATTERNS: dict[QLocale, _Patterns] = {}


def _patterns() -> _Patterns:
    """The default locale (apply_language's) and its patterns."""
    locale = QLocale()
    found = _PATTERNS.get(locale)
    if found is None:
        found = _Patterns(
            locale, date_pattern(locale), _time_pattern(locale), _seconds_pattern(locale)
        )
        _PATTERNS[locale] = found
    return found


def date_text(day: dt.date | None) -> str:
    """A day as the locale writes it in short: "14/11/2025", "14.11.2025"."""
    if day is None:
        return ""
    patterns = _patterns()
    return patterns.locale.toString(QDate(day.year, day.month, day.day), patterns.day)


def _day_and_time(moment: dt.datetime, *, seconds: bool = False, weekday: bool = False) -> str:
    """The day and the time of a wall-clock moment, each by its pattern (a QDateTime
    would look up the computer's zone for every cell)."""
    patterns = _patterns()
    locale = patterns.locale
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day),
        f"{WEEKDAY_PATTERN}," if weekday else patterns.day,
    )
    time = QTime(moment.hour, moment.minute, moment.second)
    return f"{day} {locale.toString(time, patterns.seconds if seconds else patterns.time)}"


def _wall_clock(moment: dt.datetime, *, all_day: bool = False) -> str:
    """A naive or zoned wall-clock time as the locale writes it, without seconds."""
    return date_text(moment.date()) if all_day else _day_and_time(moment)


def moment_text(moment: dt.datetime) -> str:
    """A wall-clock moment as the lists show one (local_text's and stamp_text's form)."""
    return _wall_clock(moment)


def local_text(instant: dt.datetime | None, zone: str, *, all_day: bool = False) -> str:
    """An instant as wall-clock time where it happened ("14/11/2025 01:00")."""
    local = in_zone(instant, zone)
    return "" if local is None else _wall_clock(local, all_day=all_day)


def stamp_text(instant: dt.datetime | None, *, seconds: bool = False) -> str:
    """When the app wrote something (created, updated), in this computer's time;
    `seconds` for a log, whose entries may be seconds apart."""
    if instant is None:
        return ""
    return _day_and_time(instant.astimezone(), seconds=seconds)


def time_text(moment: dt.time | dt.datetime) -> str:
    """A time of day as the locale writes it, with seconds and no zone ("09:41:07")."""
    patterns = _patterns()
    time = QTime(moment.hour, moment.minute, moment.second)
    return patterns.locale.toString(time, patterns.seconds)


def weekday_text(moment: dt.date | dt.datetime, *, with_time: bool = False) -> str:
    """A day with its weekday and month named in the locale's words, for a timeline a
    reader scans by day ("Fri 14 Nov 2025", "пт 14 нояб. 2025"); `with_time` adds the
    wall-clock time of a datetime."""
    if with_time and isinstance(moment, dt.datetime):
        return _day_and_time(moment, weekday=True)
    day = QDate(moment.year, moment.month, moment.day)
    return _patterns().locale.toString(day, WEEKDAY_PATTERN)


def iso_date(day: dt.date | None) -> str:
    """A day as an editor shows it for retyping: "2025-11-14"."""
    return "" if day is None else day.isoformat()


def iso_local_text(instant: dt.datetime | None, zone: str, *, all_day: bool = False) -> str:
    """An instant as an editor shows it for retyping, in the zone it happened in:
    "2025-11-14 01:00" ("2025-11-14" for an all-day one)."""
    local = in_zone(instant, zone)
    if local is None:
        return ""
    return local.date().isoformat() if all_day else local.strftime(ISO_TIME_FORMAT)


def whole_number(value: int) -> str:
    """A count or any whole number, grouped as the locale groups digits ("12,345")."""
    return QLocale().toString(value)


def decimal_text(value: Decimal, places: int | None = None) -> str:
    """A decimal as the locale writes it, exactly (no float on the way): "25.5" or
    "25,5"; `places` fixes the digits after the point (money), else trailing zeros go."""
    locale = QLocale()
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    if places is None:
        fraction = fraction.rstrip("0")
    shown = locale.toString(int(whole))
    if fraction:
        shown += locale.decimalPoint() + fraction
    return (locale.negativeSign() + shown) if value < 0 else shown


def money_text(minor: int | None, currency: str) -> str:
    """Minor units as an amount with its currency, as the locale writes numbers:
    "150,000.00 UAH", "150 000,00 UAH", "150.000,00 UAH"; nothing for no amount."""
    if minor is None:
        return ""
    places = EXPONENTS.get(currency, 2)
    return f"{decimal_text(Decimal(minor).scaleb(-places), places)} {currency}"


def sort_instant(instant: dt.datetime | None) -> str:
    """Sorts in time order; items without a time sort last."""
    return "~" if instant is None else instant.astimezone(dt.UTC).isoformat()


def sort_date(day: dt.date | None) -> str:
    return "~" if day is None else day.isoformat()


def choice(kind: str, field: str, value: str) -> str:
    """A stored vocabulary value as the user reads it, in the app's language."""
    return choice_label(kind, field, value)


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
    return whole_number(len(items)) if items else ""


#: currencies a sample amount is written in (the widest sets an amount column's width)
_SAMPLE_CURRENCIES = ("AZN", "EUR", "RUB", "UAH", "USD")
#: the largest amount a list column is made to hold whole, in minor units (9,999,999.99)
_SAMPLE_MINOR = 999_999_999


#: a week of two-digit days in every month of 2025: each month's name with each
#: weekday's, so that the widest pair of names is among them
_SAMPLE_DAYS = tuple(dt.date(2025, month, day) for month in range(1, 13) for day in range(22, 29))


def sample_days(text: Callable[[dt.date], str]) -> tuple[str, ...]:
    """`text` of the days that between them show every shape a date takes in the app's
    locale (each month's name beside each weekday's, two-digit days): the widest is as
    wide as any date in that format, at 84 measures rather than 365. Made once per
    format and locale (pass a module-level function, not a lambda made anew each call)."""
    return _sample_days(text, QLocale().name())


@functools.cache
def _sample_days(text: Callable[[dt.date], str], _locale: str) -> tuple[str, ...]:
    return tuple(text(day) for day in _SAMPLE_DAYS)


def _late_moment(day: dt.date) -> str:
    # 22:58 is the widest hour either way a locale writes it ("22:58", "10:58 PM")
    return moment_text(dt.datetime(day.year, day.month, day.day, 22, 58))


def date_samples() -> tuple[str, ...]:
    """Every shape date_text takes in the app's locale, to size a column of days."""
    return sample_days(date_text)


def _late_moment_seconds(day: dt.date) -> str:
    return _day_and_time(dt.datetime(day.year, day.month, day.day, 22, 58, 58), seconds=True)


def moment_samples(*, seconds: bool = False) -> tuple[str, ...]:
    """Every shape local_text and stamp_text take (with `seconds`, as a log writes
    them), to size a column of moments."""
    return sample_days(_late_moment_seconds if seconds else _late_moment)


def amount_samples() -> tuple[str, ...]:
    """A large amount as money_text writes it in the app's locale, in the currencies
    the users mostly deal in: a column of amounts holds these whole."""
    return tuple(money_text(_SAMPLE_MINOR, currency) for currency in _SAMPLE_CURRENCIES)

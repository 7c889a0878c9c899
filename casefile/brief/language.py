"""The language a brief is written in: its labels, and dates, numbers and money by CLDR.

The language is set for the length of a gather or a render (`writing_in`) rather than
passed to every function that prints a word: the brief's sections, charts and page
furniture all ask `tr` for their labels. The messages themselves are in
`casefile.brief.catalogue`; formats come from Babel's CLDR data, never from the process
locale (Qt sets that from the desktop, and the GUI and the CLI must print the same
brief of the same case).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
from collections.abc import Iterator
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

from casefile.brief.catalogue import MESSAGES, NOUNS
from casefile.store import LANGUAGES, InvalidInput

#: English briefs keep day-month-year dates ("21 November 2025"), as a ministry writes them.
_CLDR_LOCALES = {"en": "en_GB", "az": "az_Latn_AZ", "ru": "ru_RU", "uk": "uk_UA"}
#: The columns of a catalogue entry, after English (its key).
_COLUMNS = ("az", "ru", "uk")

_current: contextvars.ContextVar[str] = contextvars.ContextVar("brief_language", default="en")


def check_language(code: str) -> str:
    """The language code, lower-cased; InvalidInput names the languages briefs are written in."""
    wanted = str(code).strip().lower()
    if wanted not in LANGUAGES:
        raise InvalidInput.of(
            "brief.unknown_brief_language", value=str(code), choices=", ".join(LANGUAGES)
        )
    return wanted


@contextlib.contextmanager
def writing_in(code: str) -> Iterator[None]:
    """Labels and formats in `code` for what runs inside (a gather or a render)."""
    token = _current.set(check_language(code))
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str:
    """The language being written in ("en" outside `writing_in`)."""
    return _current.get()


def tr(text: str, /, **fields: str) -> str:
    """The English label `text` in the current language, its {fields} filled when given.

    Without fields the text is returned unformatted: a template for `markup.rich` keeps
    its {placeholders}. A label missing from the catalogue prints in English (the
    catalogue test lists every `tr` call's text, so none is missing in a release).
    """
    language = _current.get()
    translated = text
    if language != "en":
        entry = MESSAGES.get(text)
        if entry is not None:
            translated = entry[_COLUMNS.index(language)]
    return translated.format(**fields) if fields else translated


def count(n: int, noun: str) -> str:
    """ "3 items", "3 предмета", "3 əşya": the number and the noun in its plural form."""
    language = _current.get()
    forms = NOUNS[noun][language]
    form = _locale(language).plural_form(n)
    return f"{number(n)} {forms.get(form, forms['other'])}"


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(_CLDR_LOCALES[language])


def long_date(day: dt.date) -> str:
    """ "21 November 2025", "21 noyabr 2025", "21 ноября 2025 г."."""
    return _narrow(format_date(day, format="long", locale=_locale(_current.get())))


def short_date(day: dt.date) -> str:
    """ "21 Nov 2025", "21 noy 2025", "21 нояб. 2025 г."."""
    return _narrow(format_date(day, format="medium", locale=_locale(_current.get())))


def number(value: int | Decimal, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal sign ("1,234.50", "1 234,50")."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _narrow(format_decimal(value, format=pattern, locale=_locale(_current.get())))


def compact_number(value: float) -> str:
    """ "950", "12.5K", "12,5 тыс.", "3,2 mln": a chart's axis or bar label, short."""
    if value < 1000:
        return number(Decimal(round(value)))
    try:
        shown = format_compact_decimal(
            value, format_type="short", locale=_locale(_current.get()), fraction_digits=1
        )
    except KeyError:  # CLDR writes az's "1 min" in full ("0"), which Babel 2.17 cannot read
        return number(Decimal(round(value)))
    return _narrow(shown)


def quantity(text: str) -> str:
    """A stored quantity ("25.5") by the locale's rules ("25,5"), its decimals kept."""
    value = Decimal(text)
    decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return number(value, decimals)


def money(minor: int, currency: str, exponent: int) -> str:
    """ "1,234.50 EUR", "1.234,50 EUR": the amount by the locale's rules, then the code.

    The code stays after the number in every language, so that a table's amount column
    lines up and the currency is never mistaken for a symbol of another.
    """
    return f"{number(Decimal(minor).scaleb(-exponent), exponent)} {currency}"


def _narrow(text: str) -> str:
    """CLDR's narrow no-break space (U+202F, "2025 г.") as a no-break space: the same
    spacing in every font the brief uses, and no line break inside a date or a number."""
    return text.replace("\u202f", "\u00a0")

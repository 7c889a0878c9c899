"""Dates, times, numbers and money on screen follow the chosen language's locale; what an
editor shows for retyping stays in the form it reads back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from casefile.store.money import MAX_MINOR_UNITS
from casefile.ui.support import formatting
from casefile.ui.support.translation import LOCALES

STRIKE = dt.datetime(2025, 11, 13, 23, 5, 9, tzinfo=dt.UTC)  # 01:05 in Kyiv, the 14th

#: the day, the time in Kyiv, an estimate in hryvnias and a quantity, per language
SHOWN = {
    "en": ("14/11/2025", "14/11/2025 01:05", "150,000.50 UAH", "25.5"),
    "ru": ("14.11.2025", "14.11.2025 01:05", "150\xa0000,50 UAH", "25,5"),
    "uk": ("14.11.2025", "14.11.2025 01:05", "150\xa0000,50 UAH", "25,5"),
    "az": ("14.11.2025", "14.11.2025 01:05", "150.000,50 UAH", "25,5"),
}


@pytest.mark.parametrize("language", sorted(SHOWN))
def test_dates_times_numbers_and_money_follow_the_locale(language) -> None:
    QLocale.setDefault(QLocale(LOCALES[language]))
    day, time, money, quantity = SHOWN[language]
    assert formatting.date_text(dt.date(2025, 11, 14)) == day
    assert formatting.local_text(STRIKE, "Europe/Kyiv") == time
    assert formatting.local_text(STRIKE, "Europe/Kyiv", all_day=True) == day
    assert formatting.money_text(15_000_050, "UAH") == money
    assert formatting.decimal_text(Decimal("25.500")) == quantity


def test_the_timeline_names_days_and_months_in_the_language() -> None:
    QLocale.setDefault(QLocale(LOCALES["ru"]))
    assert formatting.weekday_text(dt.date(2025, 11, 14)) == "пт 14 нояб. 2025"
    QLocale.setDefault(QLocale(LOCALES["uk"]))
    assert formatting.weekday_text(dt.datetime(2025, 11, 14, 9, 30), with_time=True) == (
        "пт 14 лист. 2025, 09:30"
    )
    QLocale.setDefault(QLocale(LOCALES["en"]))
    assert formatting.weekday_text(dt.date(2025, 11, 14)) == "Fri 14 Nov 2025"


def test_money_is_exact_to_the_largest_amount_and_keeps_the_currencys_decimals() -> None:
    QLocale.setDefault(QLocale(LOCALES["en"]))
    largest = formatting.money_text(MAX_MINOR_UNITS, "EUR")
    digits = str(MAX_MINOR_UNITS)
    assert largest.replace(",", "").replace(".", "") == f"{digits} EUR"  # no float rounding
    assert formatting.money_text(1234, "JPY") == "1,234 JPY"  # no minor unit
    assert formatting.money_text(-1234, "KWD") == "-1.234 KWD"  # three decimals
    assert formatting.money_text(None, "EUR") == ""


def test_editors_keep_showing_what_they_read_back(qapp) -> None:
    """A date or time field shows ISO in any language: retyped, it means the same."""
    from casefile.store import parse_instant
    from casefile.ui.editors.dates import parse_day

    QLocale.setDefault(QLocale(LOCALES["az"]))
    shown_day = formatting.date_text(dt.date(2025, 11, 14))
    assert parse_day(shown_day) == dt.date(2025, 11, 14)  # a date copied from a list
    typed = formatting.iso_local_text(STRIKE, "Europe/Kyiv")
    assert typed == "2025-11-14 01:05"
    assert parse_instant(typed, "time", "Europe/Kyiv") == STRIKE.replace(second=0)


def test_the_damage_list_shows_estimates_as_the_language_writes_money(session) -> None:
    from casefile.ui.models.damage import DamageTableModel

    QLocale.setDefault(QLocale(LOCALES["ru"]))
    item = session.case.add(
        "damage_item", title="Gate", category="building", estimated_cost=123_456_78, currency="EUR"
    )
    model = DamageTableModel(session)
    row = model.row_of(item.id)
    column = [c.title for c in model.columns].index("Estimate")
    assert model.index(row, column).data() == "123\xa0456,78 EUR"

"""Money: integer minor units with an ISO 4217 code, never a float, parsed and shown exactly."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile import cli
from casefile.store import CaseFile, InvalidInput, rows
from casefile.store.money import (
    EXPONENTS,
    MAX_MINOR_UNITS,
    format_money,
    parse_amount,
    to_decimal_string,
)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1250.00", "EUR", 125_000),
        ("1250", "EUR", 125_000),
        ("1 234.50", "EUR", 123_450),
        ("1,234.50", "USD", 123_450),
        ("1234,5", "EUR", 123_450),
        ("1,234", "UAH", 123_400),  # a thousands separator, not a decimal comma
        ("0", "AZN", 0),
        ("1500", "JPY", 1500),  # no minor unit
        ("1.250", "KWD", 1250),  # three decimals
        (" 12.30 ", "eur", 1230),
        (7, "EUR", 700),
        ("0.1", "EUR", 10),  # exact: no float rounding
    ],
)
def test_amounts_become_exact_minor_units(text: str | int, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "words"),
    [
        ("-5", "EUR", "negative"),
        ("-0.01", "EUR", "negative"),
        ("abc", "EUR", "not an amount"),
        ("1e3", "EUR", "not an amount"),
        ("NaN", "EUR", "not an amount"),
        ("", "EUR", "not an amount"),
        ("12.345", "EUR", "more decimals"),
        ("1.5", "JPY", "more decimals"),
        ("10", "XYZ", "unknown currency"),
        ("10", "euro", "unknown currency"),
        (True, "EUR", "decimal amount"),
        (1.5, "EUR", "decimal amount as text"),
        ("9" * 20, "EUR", "too large"),
        ("10000000000000.01", "EUR", "at most 10,000,000,000,000.00 EUR"),
    ],
)
def test_bad_amounts_are_refused(text: object, currency: str, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        parse_amount(text, currency)  # type: ignore[arg-type]


#: One currency of each number of decimals ISO 4217 gives.
EACH_EXPONENT = ["JPY", "EUR", "KWD", "CLF"]


@pytest.mark.parametrize("currency", EACH_EXPONENT)
@pytest.mark.parametrize("extra", [1, 26, 27, 28, 29, 40, 400])
@pytest.mark.parametrize("last", ["1", "9"])
def test_one_decimal_too_many_is_refused_however_far_it_is(
    currency: str, extra: int, last: str
) -> None:
    """A digit past the currency's decimals is refused wherever it is: not rounded away by
    Decimal's 28-digit arithmetic ("12.34999999999999999999999999999" EUR became 12.35)."""
    exponent = EXPONENTS[currency]
    text = "12." + "3" * exponent + "0" * (extra - 1) + last
    with pytest.raises(InvalidInput, match=rf"more decimals than {currency} has \({exponent}\)"):
        parse_amount(text, currency)
    nines = "12." + "3" * exponent + "9" * extra
    with pytest.raises(InvalidInput, match="more decimals"):
        parse_amount(nines, currency)


@pytest.mark.parametrize("currency", EACH_EXPONENT)
@pytest.mark.parametrize("zeros", [1, 30, 400])
def test_trailing_zeros_lose_nothing_and_are_taken(currency: str, zeros: int) -> None:
    exponent = EXPONENTS[currency]
    text = "12." + "5" * exponent + "0" * zeros
    assert parse_amount(text, currency) == int("12" + "5" * exponent)


@pytest.mark.parametrize("currency", EACH_EXPONENT)
def test_the_largest_estimate_is_taken_and_one_minor_unit_more_refused(currency: str) -> None:
    largest = to_decimal_string(MAX_MINOR_UNITS, currency)
    assert parse_amount(largest, currency) == MAX_MINOR_UNITS
    with pytest.raises(InvalidInput, match="too large"):
        parse_amount(to_decimal_string(MAX_MINOR_UNITS + 1, currency), currency)
    point = "" if "." in largest else "."
    assert parse_amount(largest + point + "0" * 400, currency) == MAX_MINOR_UNITS
    with pytest.raises(InvalidInput, match="too large"):
        parse_amount("1" * 400, currency)


@given(
    units=st.integers(0, MAX_MINOR_UNITS),
    currency=st.sampled_from(EACH_EXPONENT),
    tail=st.text("0123456789", min_size=1, max_size=60),
)
def test_any_amount_is_read_exactly_or_refused(units: int, currency: str, tail: str) -> None:
    """Digits appended after an exact amount: taken if they are all zeros, else refused."""
    text = to_decimal_string(units, currency)
    text = text + tail if "." in text else f"{text}.{tail}"
    if tail.strip("0"):
        with pytest.raises(InvalidInput, match="more decimals"):
            parse_amount(text, currency)
    else:
        assert parse_amount(text, currency) == units


@pytest.mark.parametrize(
    ("minor", "currency", "decimal", "shown"),
    [
        (125_000, "EUR", "1250.00", "1,250.00 EUR"),
        (5, "USD", "0.05", "0.05 USD"),
        (1500, "JPY", "1500", "1,500 JPY"),
        (1250, "KWD", "1.250", "1.250 KWD"),
        (0, "AZN", "0.00", "0.00 AZN"),
    ],
)
def test_minor_units_are_written_back_exactly(
    minor: int, currency: str, decimal: str, shown: str
) -> None:
    assert to_decimal_string(minor, currency) == decimal
    assert format_money(minor, currency) == shown
    assert parse_amount(decimal, currency) == minor


def test_estimates_are_stored_as_integers_and_totalled_per_currency(empty_case: CaseFile) -> None:
    fence = empty_case.add("damage_item", title="Fence", estimated_cost=125_000, currency="eur")
    assert (fence.estimated_cost, fence.currency) == (125_000, "EUR")
    assert fence.cost_display == "1,250.00 EUR"
    empty_case.add("damage_item", title="Car", estimated_cost=30_050, currency="USD")
    empty_case.add("damage_item", title="Gate", estimated_cost=1, currency="EUR")
    empty_case.add("damage_item", title="Windows")
    summary = empty_case.summary()
    assert summary.totals == {"EUR": 125_001, "USD": 30_050}
    assert list(summary.totals) == ["EUR", "USD"]
    assert summary.unassessed == 1
    # The chart counts items, whatever their currency or estimate.
    assert summary.damage_matrix == {("other", ""): 4}
    assert summary.counts["damage_item"] == 4
    items = {d["title"]: d for d in empty_case.export_document()["damage_items"]}
    assert (items["Fence"]["estimated_cost"], items["Fence"]["currency"]) == ("1250.00", "EUR")
    assert (items["Windows"]["estimated_cost"], items["Windows"]["currency"]) == (None, "")


@pytest.mark.parametrize(
    ("cost", "currency", "words"),
    [
        (-100, "EUR", "negative"),
        (12.5, "EUR", "whole number"),
        ("12.50", "EUR", "whole number"),
        (True, "EUR", "whole number"),
        (100, "", "needs its currency"),
        (100, "ZZZ", "unknown currency"),
        (10**15 + 1, "EUR", "at most 1,000,000,000,000,000 minor units"),
    ],
)
def test_the_api_refuses_bad_costs(
    empty_case: CaseFile, cost: object, currency: str, words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        empty_case.add("damage_item", title="Fence", estimated_cost=cost, currency=currency)
    assert empty_case.count("damage_item") == 0


def test_removing_the_currency_of_an_estimate_is_refused(empty_case: CaseFile) -> None:
    item = empty_case.add("damage_item", title="Fence", estimated_cost=100, currency="EUR")
    with pytest.raises(InvalidInput, match="needs its currency"):
        empty_case.update("damage_item", item.id, currency="")
    cleared = empty_case.update("damage_item", item.id, estimated_cost=None, currency="")
    assert (cleared.estimated_cost, cleared.currency, cleared.cost_display) == (None, "", "")


#: How many estimates of the largest amount take one group's sum past 2^63 - 1, where
#: SQLite's 64-bit SUM fails ("integer overflow").
PAST_64_BITS = (2**63 - 1) // MAX_MINOR_UNITS + 1


def largest_estimates(case: CaseFile, count: int, **fields: str) -> None:
    doc = case.export_document()
    doc["damage_items"] += [
        {"id": str(uuid.uuid4()), "title": f"Wing {n}", "currency": "EUR",
         "estimated_cost": to_decimal_string(MAX_MINOR_UNITS, "EUR"), **fields}
        for n in range(count)
    ]  # fmt: skip
    case.import_document(doc)


def test_totals_past_64_bits_are_exact(empty_case: CaseFile, capsys) -> None:
    """9,224 estimates of the largest amount in one group of the summary: past 2^63."""
    largest_estimates(empty_case, PAST_64_BITS)
    empty_case.add("damage_item", title="Pane", estimated_cost=1, currency="EUR")
    empty_case.add("damage_item", title="Car", estimated_cost=MAX_MINOR_UNITS, currency="USD")
    total = PAST_64_BITS * MAX_MINOR_UNITS + 1
    assert total > 2**63
    summary = empty_case.summary()
    assert summary.totals == {"EUR": total, "USD": MAX_MINOR_UNITS}
    assert summary.damage_matrix == {("other", ""): PAST_64_BITS + 2}
    capsys.readouterr()
    assert cli.main(["info", "--json", str(empty_case.path)]) == 0
    printed = json.loads(capsys.readouterr().out)["estimate_totals"]
    assert printed == {"EUR": to_decimal_string(total, "EUR"), "USD": "10000000000000.00"}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, MAX_MINOR_UNITS), max_size=8))
def test_the_halves_of_a_sum_join_into_the_exact_total(costs: list[int]) -> None:
    """exact_sum's halves, as SQLite takes them, give any amounts' exact total."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (cost INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(c,) for c in [*costs, None]])
    column = sa.table("t", sa.column("cost")).c.cost
    query = str(sa.select(*rows.exact_sum(column)).compile(compile_kwargs={"literal_binds": True}))
    high, low = conn.execute(query).fetchone()
    assert rows.joined_sum(high, low) == (sum(costs) if costs else None)

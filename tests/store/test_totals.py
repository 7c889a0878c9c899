"""Quantities and unit costs, the reporting currency, exchange rates and the case's total."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from casefile.store import (
    CaseFile,
    CurrencySum,
    ExchangeRate,
    InvalidInput,
    UserSettings,
    reporting_total,
    write_settings,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"
EUR_RATE = {"currency": "EUR", "rate": "1.7", "as_of": "2025-11-20", "source": "CBAR"}


def test_the_estimate_is_quantity_times_unit_cost(empty_case: CaseFile) -> None:
    item = empty_case.add(
        "damage_item", title="Windows", quantity="12", unit_cost=85_050, currency="EUR"
    )
    assert (item.quantity, item.unit_cost, item.estimated_cost) == ("12", 85_050, 1_020_600)
    assert item.unit_cost_display == "850.50 EUR"
    item = empty_case.update("damage_item", item.id, quantity="2.5")
    assert item.estimated_cost == 212_625  # 2.5 x 850.50
    # A form sends every field again: the old estimate beside a new quantity is not typed.
    item = empty_case.update("damage_item", item.id, quantity="3", estimated_cost=212_625)
    assert item.estimated_cost == 255_150
    with pytest.raises(InvalidInput, match="clear the quantity or the unit cost"):
        empty_case.update("damage_item", item.id, estimated_cost=1)
    # Without both, the estimate is what is entered.
    item = empty_case.update("damage_item", item.id, quantity=None, estimated_cost=1)
    assert (item.quantity, item.estimated_cost) == (None, 1)


def test_half_a_cent_rounds_to_even(empty_case: CaseFile) -> None:
    odd = empty_case.add("damage_item", title="a", quantity="0.5", unit_cost=5, currency="EUR")
    even = empty_case.add("damage_item", title="b", quantity="0.5", unit_cost=7, currency="EUR")
    assert (odd.estimated_cost, even.estimated_cost) == (2, 4)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"quantity": "0"}, "more than 0"),
        ({"quantity": "-1"}, "not a number"),
        ({"quantity": "1.2345"}, "more than 3 decimals"),
        ({"quantity": "lots"}, "not a number"),
        ({"unit_cost": 100}, "unit cost needs its currency"),
        ({"quantity": "1000000000", "unit_cost": 10**15, "currency": "EUR"}, "too large"),
        ({"quantity": "2", "unit_cost": 100, "currency": "EUR", "estimated_cost": 5}, "clear"),
    ],
)
def test_bad_quantities_and_unit_costs_are_refused(empty_case, fields, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        empty_case.add("damage_item", title="x", **fields)
    assert empty_case.records("damage_item") == []


def test_rates_are_kept_audited_and_checked(empty_case: CaseFile) -> None:
    incident = empty_case.update_incident(
        reporting_currency="azn",
        exchange_rates=[EUR_RATE, {"currency": "usd", "rate": "1,7", "source": ""}],
    )
    assert incident.reporting_currency == "AZN"
    assert incident.exchange_rates == (
        ExchangeRate("EUR", "1.7", dt.date(2025, 11, 20), "CBAR"),
        ExchangeRate("USD", "1.7", None, ""),
    )
    changes = {c.field for e in empty_case.audit_log(entity_id=incident.id) for c in e.changes}
    assert {"reporting_currency", "exchange_rates"} <= changes
    assert empty_case.check() == []
    for bad, message in [
        ([EUR_RATE, EUR_RATE], "two rates"),
        ([{**EUR_RATE, "rate": "0"}], "more than 0"),
        ([{**EUR_RATE, "currency": "XYZ"}], "unknown currency"),
        ([{**EUR_RATE, "as_of": "yesterday"}], "not a date"),
        ([{**EUR_RATE, "extra": 1}], "each rate is"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            empty_case.update_incident(exchange_rates=bad)


def test_the_total_converts_with_the_rates_and_names_what_it_leaves_out(
    empty_case: CaseFile,
) -> None:
    empty_case.update_incident(reporting_currency="AZN", exchange_rates=[EUR_RATE])
    empty_case.add("damage_item", title="Wall", estimated_cost=100_000, currency="EUR")  # D-1
    empty_case.add("damage_item", title="Gate", estimated_cost=50_000, currency="AZN")  # D-2
    empty_case.add("damage_item", title="Car", estimated_cost=20_000, currency="USD")  # D-3
    empty_case.add("damage_item", title="Roof")  # D-4: no estimate
    counted = empty_case.damage_totals()  # from an index: counted, not named
    assert (counted.unestimated, counted.unestimated_refs, counted.unrated_refs) == (1, (), ())
    totals = empty_case.damage_totals(named=True)
    assert totals.currency == "AZN"
    assert [(s.currency, s.amount, s.items) for s in totals.subtotals] == [
        ("AZN", 50_000, 1), ("EUR", 100_000, 1), ("USD", 20_000, 1),
    ]  # fmt: skip
    assert totals.amount == 50_000 + 170_000  # 1,000 EUR at 1.7, and 500 AZN
    assert totals.display == "2,200.00 AZN"
    assert totals.rates_text() == "1 EUR = 1.7 AZN (2025-11-20, CBAR)"
    assert not totals.complete
    assert [s.currency for s in totals.missing_rates] == ["USD"]  # never guessed
    assert totals.unrated_refs == ("D-3",)
    assert (totals.unestimated, totals.unestimated_refs) == (1, ("D-4",))
    assert "no rate for USD (1 item" in totals.missing_text()


def test_the_reporting_currency_defaults_to_the_users_currency(empty_case: CaseFile) -> None:
    write_settings(UserSettings(currency="UAH"))
    empty_case.add("damage_item", title="Wall", estimated_cost=100, currency="UAH")
    assert empty_case.damage_totals().currency == "UAH"
    assert empty_case.damage_totals().display == "1.00 UAH"


def test_conversion_is_exact_across_exponents() -> None:
    rate = ExchangeRate("JPY", "0.0112", None, "")
    # 1,234,567 JPY (no minor unit) at 0.0112 = 13,827.1504 AZN -> 1,382,715 qəpik
    total = reporting_total([CurrencySum("JPY", 1_234_567, 3)], "AZN", [rate])
    assert total.amount == 1_382_715
    big = reporting_total(
        [CurrencySum("EUR", 10**15 * 9_000, 9_000)], "AZN", [ExchangeRate("EUR", "1.7", None, "")]
    )
    assert big.amount == 17 * 10**14 * 9_000  # no float anywhere


def test_json_carries_quantities_and_rates(empty_case: CaseFile, tmp_path: Path) -> None:
    empty_case.update_incident(reporting_currency="AZN", exchange_rates=[EUR_RATE])
    empty_case.add("damage_item", title="Windows", quantity="12", unit_cost=85_050, currency="EUR")
    doc = empty_case.export_document()
    assert doc["version"] == 4
    assert doc["incident"]["exchange_rates"] == [EUR_RATE]
    (item,) = doc["damage_items"]
    assert (item["quantity"], item["unit_cost"], item["estimated_cost"]) == (
        "12", "850.50", "10206.00",
    )  # fmt: skip
    with CaseFile.create_from_document(tmp_path / "copy.casefile", doc) as copy:
        assert copy.export_document()["incident"] == doc["incident"]
        assert copy.export_document()["damage_items"] == doc["damage_items"]
    doc["damage_items"][0]["estimated_cost"] = "1.00"
    with pytest.raises(InvalidInput, match=r"damage_items\[0\].estimated_cost: the estimate is"):
        CaseFile.create_from_document(tmp_path / "bad.casefile", doc)


def test_an_older_file_opens_with_no_quantities_and_no_rates(tmp_path: Path) -> None:
    path = tmp_path / "old.casefile"
    path.write_bytes((FIXTURES / "schema-7.casefile").read_bytes())
    with CaseFile.open(path, actor="tester") as case:
        assert case.incident().exchange_rates == ()
        assert all(i.quantity is None for i in case.records("damage_item"))
        assert case.check() == []


def test_rates_changed_behind_casefiles_back_are_found(empty_case: CaseFile) -> None:
    empty_case.update_incident(exchange_rates=[EUR_RATE])
    path = empty_case.path
    empty_case.close()
    conn = sqlite3.connect(path)
    conn.execute("""UPDATE incident SET exchange_rates = '[{"currency":"EUR","rate":"9"}]'""")
    conn.commit()
    conn.close()
    with CaseFile.open(path, read_only=True) as case:
        assert any("exchange rates changed outside" in p.message for p in case.check())

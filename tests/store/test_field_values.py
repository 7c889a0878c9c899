"""CaseFile.field_values: a few plain fields of every item, as a list's filters read them."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.store import InvalidInput


def test_every_item_with_its_fields_typed_as_records_have_them(demo_case) -> None:
    due = dt.date(2026, 1, 5)
    item = demo_case.add("follow_up", title="Call back", due_date=due, internal=True)
    values = demo_case.field_values("follow_up", ["status", "due_date", "internal"])
    assert set(values) == set(demo_case.ids("follow_up"))
    assert values[item.id] == ("open", due, True)
    for record in demo_case.records("follow_up"):
        assert values[record.id] == (record.status, record.due_date, record.internal)


def test_some_items_only(demo_case) -> None:
    ids = demo_case.ids("damage_item")[:2]
    values = demo_case.field_values("damage_item", ["estimated_cost", "currency"], ids)
    assert set(values) == set(ids)
    records = {r.id: r for r in demo_case.records("damage_item", ids=ids)}
    assert all(values[i] == (records[i].estimated_cost, records[i].currency) for i in ids)


@pytest.mark.parametrize("field", ["attachment_ids", "nonsense", "id"])
def test_links_and_unknown_fields_are_refused(demo_case, field) -> None:
    with pytest.raises(InvalidInput, match="has no field"):
        demo_case.field_values("damage_item", [field])


def test_the_summary_counts_the_estimated_items_per_currency(demo_case) -> None:
    ids = demo_case.ids("damage_item")
    demo_case.update_many(
        "damage_item",
        {
            ids[0]: {"estimated_cost": 100, "currency": "AZN"},
            ids[1]: {"estimated_cost": 250, "currency": "AZN"},
            ids[2]: {"estimated_cost": 7, "currency": "EUR"},
        },
    )
    summary = demo_case.summary()
    assert summary.totals == {"AZN": 350, "EUR": 7}
    assert summary.estimated == {"AZN": 2, "EUR": 1}
    assert summary.unassessed == len(ids) - 3

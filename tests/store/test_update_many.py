"""CaseFile.update_many: fields of several items in one transaction, all or none."""

from __future__ import annotations

import pytest

from casefile.store import InvalidInput


def test_every_item_changes_with_one_audit_entry_each(demo_case) -> None:
    ids = demo_case.ids("damage_item")[:3]
    entries = len(demo_case.audit_log())
    records = demo_case.update_many("damage_item", {i: {"status": "repaired"} for i in ids})
    assert [r.id for r in records] == ids
    assert all(r.status == "repaired" for r in demo_case.records("damage_item", ids=ids))
    assert len(demo_case.audit_log()) == entries + 3


def test_one_refused_item_leaves_every_item_as_it_was(demo_case) -> None:
    ids = demo_case.ids("damage_item")[:3]
    before = demo_case.records("damage_item", ids=ids)
    changes = {i: {"severity": "severe"} for i in ids}
    changes[ids[2]] = {"estimated_cost": 100, "currency": ""}  # an estimate needs a currency
    with pytest.raises(InvalidInput):
        demo_case.update_many("damage_item", changes)
    assert demo_case.records("damage_item", ids=ids) == before
    with pytest.raises(InvalidInput):
        demo_case.update_many("damage_item", {ids[0]: {"severity": "awful"}})
    assert demo_case.records("damage_item", ids=ids) == before

"""Damage references (D-1, D-2, ...): given in creation order, never reused or renumbered,
kept by undo, JSON and migration, found by search."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from casefile.store import CaseFile, InvalidInput

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_items_are_numbered_in_the_order_they_are_made(empty_case: CaseFile) -> None:
    made = [empty_case.add("damage_item", title=t) for t in ("Wall", "Car", "Window")]
    assert [item.reference for item in made] == ["D-1", "D-2", "D-3"]
    # The list keeps its own order (category, title); each item keeps its number.
    listed = {item.title: item.reference for item in empty_case.records("damage_item")}
    assert listed == {"Wall": "D-1", "Car": "D-2", "Window": "D-3"}


def test_a_deleted_number_is_never_given_again(empty_case: CaseFile) -> None:
    first = empty_case.add("damage_item", title="Wall")
    last = empty_case.add("damage_item", title="Car")
    empty_case.delete("damage_item", last.id)
    assert empty_case.add("damage_item", title="Window").reference == "D-3"
    empty_case.delete("damage_item", first.id)
    assert empty_case.add("damage_item", title="Door").reference == "D-4"
    assert sorted(i.reference for i in empty_case.records("damage_item")) == ["D-3", "D-4"]


def test_undoing_a_delete_brings_the_item_back_with_its_number(empty_case: CaseFile) -> None:
    empty_case.add("damage_item", title="Wall")
    car = empty_case.add("damage_item", title="Car")
    snapshot = empty_case.delete("damage_item", car.id)
    assert empty_case.restore(snapshot).reference == "D-2"
    assert empty_case.add("damage_item", title="Window").reference == "D-3"
    assert empty_case.check() == []


def test_a_reference_cannot_be_typed_or_changed(empty_case: CaseFile) -> None:
    item = empty_case.add("damage_item", title="Wall")
    with pytest.raises(InvalidInput, match="reference is given by casefile"):
        empty_case.add("damage_item", title="Car", reference="D-9")
    with pytest.raises(InvalidInput, match="reference is given by casefile"):
        empty_case.update("damage_item", item.id, reference="D-9")
    assert empty_case.get("damage_item", item.id).reference == "D-1"


def test_the_audit_log_records_the_number_given(empty_case: CaseFile) -> None:
    item = empty_case.add("damage_item", title="Wall")
    (entry,) = empty_case.audit_log(entity_id=item.id)
    assert {c.field: c.new for c in entry.changes}["reference"] == "D-1"


def test_a_number_changed_behind_casefiles_back_is_found(empty_case: CaseFile) -> None:
    empty_case.add("damage_item", title="Wall")
    path = empty_case.path
    empty_case.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE damage_item SET reference = 7")
    conn.commit()
    conn.close()
    with CaseFile.open(path, read_only=True) as case:
        assert any("reference changed outside casefile" in p.message for p in case.check())


def test_json_carries_references_and_a_new_case_keeps_them(
    empty_case: CaseFile, tmp_path: Path
) -> None:
    for title in ("Wall", "Car", "Window"):
        empty_case.add("damage_item", title=title)
    empty_case.delete("damage_item", empty_case.records("damage_item")[0].id)  # Car, D-2
    doc = empty_case.export_document()
    assert sorted(i["reference"] for i in doc["damage_items"]) == ["D-1", "D-3"]

    with CaseFile.create_from_document(tmp_path / "imported.casefile", doc) as copy:
        assert copy.export_document()["damage_items"] == doc["damage_items"]
        assert copy.add("damage_item", title="Door").reference == "D-4"


def test_an_import_keeps_free_numbers_and_renumbers_taken_ones(empty_case: CaseFile) -> None:
    wall = empty_case.add("damage_item", title="Wall")  # D-1
    doc = empty_case.export_document()
    new = {**doc["damage_items"][0], "title": "Gate", "reference": "D-1"}
    new["id"] = "6f1c1a52-0000-4000-8000-000000000001"
    free = {**new, "id": "6f1c1a52-0000-4000-8000-000000000002", "reference": "D-40"}
    free["title"] = "Gate, east"
    moved = {**doc["damage_items"][0], "reference": "D-9", "title": "Wall, north"}
    doc["damage_items"] = [moved, new, free]
    empty_case.import_document(doc)
    by_title = {i.title: i.reference for i in empty_case.records("damage_item")}
    # An item already in the case keeps its number; a taken number is replaced by the
    # next free one; a free one is kept, and later numbers come after it.
    assert by_title == {"Wall, north": "D-1", "Gate": "D-41", "Gate, east": "D-40"}
    assert empty_case.get("damage_item", wall.id).reference == "D-1"
    refs = sorted(i.reference for i in empty_case.records("damage_item"))
    assert refs == ["D-1", "D-40", "D-41"]
    assert empty_case.add("damage_item", title="Door").reference == "D-42"
    assert empty_case.check() == []


def test_search_finds_an_item_by_its_reference_and_shows_it(empty_case: CaseFile) -> None:
    empty_case.add("damage_item", title="Wall", description="north side")
    car = empty_case.add("damage_item", title="Car")
    hits = empty_case.search("d-2")
    assert hits[0].id == car.id and hits[0].reference == "D-2"
    (wall,) = empty_case.search("north")
    assert wall.reference == "D-1"


def test_migration_numbers_existing_items_by_creation_time_then_id(tmp_path: Path) -> None:
    """Copies migrated apart agree: (created_at, id), never the order of rows on disk."""
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / "schema-6.casefile", path)
    conn = sqlite3.connect(path)
    stamps = dict(conn.execute("SELECT id, created_at FROM damage_item").fetchall())
    # Give both items one creation time: the id decides.
    same = dt.datetime(2025, 11, 14, 8, 0).isoformat(sep=" ") + ".000000"
    conn.execute("UPDATE damage_item SET created_at = ?", (same,))
    conn.commit()
    conn.close()
    with CaseFile.open(path, actor="tester") as case:
        numbered = {i.id: i.reference for i in case.records("damage_item")}
        assert case.add("damage_item", title="New").reference == "D-3"
    first, second = sorted(stamps)
    assert numbered == {first: "D-1", second: "D-2"}

"""Site plans and pins in casefile-json version 2: exported with the case, imported back
the same, version 1 still read; a bad plan or pin refused naming where, nothing written."""

from __future__ import annotations

import base64
import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest
from store.store_support import file_digest

from casefile.store import CaseFile, InvalidInput


@pytest.fixture
def document(demo_case: CaseFile) -> dict[str, Any]:
    return demo_case.export_document()


def test_plans_and_pins_come_back_the_same(document: dict[str, Any], tmp_path: Path) -> None:
    (plan,) = document["site_plans"]
    assert plan["name"] == "Embassy compound" and len(document["plan_pins"]) == 6
    assert hashlib.sha256(base64.b64decode(plan["data_base64"])).hexdigest() == plan["sha256"]
    with CaseFile.create_from_document(tmp_path / "copy.casefile", document) as copy_case:
        again = copy_case.export_document()
        assert copy_case.check() == []
        assert copy_case.plan_image(plan["id"], "thumb")[0].startswith(b"\xff\xd8")
    assert again == document


def test_a_version_1_document_is_still_read(document: dict[str, Any], tmp_path: Path) -> None:
    old = {k: v for k, v in document.items() if k not in ("site_plans", "plan_pins")}
    old["version"] = 1
    with CaseFile.create_from_document(tmp_path / "old.casefile", old) as case:
        assert case.plans() == [] and case.count("damage_item") == 5
    old["site_plans"] = document["site_plans"]
    with pytest.raises(InvalidInput, match="unknown top-level field.*site_plans"):
        CaseFile.create_from_document(tmp_path / "v1-with-plans.casefile", old)


def test_a_moved_pin_and_a_renamed_plan_are_imported_as_changes(
    demo_case: CaseFile, document: dict[str, Any]
) -> None:
    document["site_plans"][0]["name"] = "Compound, ground level"
    document["plan_pins"][0]["x"] = 0.125
    assert demo_case.import_document(document) == 2
    assert demo_case.plans()[0].name == "Compound, ground level"
    moved = next(p for p in demo_case.pins() if p.id == document["plan_pins"][0]["id"])
    assert moved.x == 0.125
    assert demo_case.check() == []


def _set(path: tuple, value: Any):
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _other_image(doc: dict[str, Any]) -> None:
    data = b"not an image, but hashed right"
    plan = doc["site_plans"][0]
    plan["data_base64"] = base64.b64encode(data).decode()
    plan["sha256"] = hashlib.sha256(data).hexdigest()


BAD = {
    "plan hash": (_set(("site_plans", 0, "sha256"), "0" * 64), "$.site_plans[0].data_base64"),
    "plan base64": (_set(("site_plans", 0, "data_base64"), "***"), "not valid base64"),
    "plan not an image": (_other_image, "not a PNG, JPEG or PDF"),
    "plan without a name": (_set(("site_plans", 0, "name"), " "), "$.site_plans[0].name"),
    "pin outside": (_set(("plan_pins", 0, "x"), 1.5), "$.plan_pins[0].x"),
    "pin x as text": (_set(("plan_pins", 0, "x"), "0.5"), "not a number"),
    "pin to two things": (
        _set(("plan_pins", 0, "attachment_id"), "5f0a3c1e-0000-4000-8000-000000000001"),
        "give exactly one",
    ),
    "pin to nothing known": (
        _set(("plan_pins", 0, "damage_item_id"), "5f0a3c1e-0000-4000-8000-000000000002"),
        "deleted, or of another case",
    ),
    "pin on no plan": (
        _set(("plan_pins", 0, "plan_id"), "5f0a3c1e-0000-4000-8000-000000000003"),
        "unknown site plan id",
    ),
    "plans not a list": (_set(("site_plans",), {}), "$.site_plans must be a list"),
    "pin field unknown": (_set(("plan_pins", 0, "z"), 1), "unknown field"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_plan_or_pin_is_refused_and_nothing_changes(
    name: str, demo_case: CaseFile, demo_path: Path, document: dict[str, Any]
) -> None:
    change, words = BAD[name]
    bad = copy.deepcopy(document)
    for pin in bad["plan_pins"]:  # new ids: imported as new pins, checked as such
        pin["id"] = pin["id"][:-4] + "abcd"
    change(bad)
    before = file_digest(demo_path)
    with pytest.raises(InvalidInput) as refused:
        demo_case.import_document(bad)
    assert words in refused.value.message
    assert file_digest(demo_path) == before

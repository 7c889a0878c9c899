"""Merging two copies whose site plans and pins were edited apart."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from store.store_support import file_digest

from casefile.cli import main
from casefile.store import CaseFile, MergeConflicts


def png(colour: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), colour).save(out, "PNG")
    return out.getvalue()


def two_copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    other = tmp_path / "theirs.casefile"
    shutil.copyfile(demo_path, other)
    return demo_path, other


def edit(path: Path, actor: str, change) -> None:
    with CaseFile.open(path, actor=actor) as case:
        change(case)


def content(path: Path) -> dict:
    with CaseFile.open(path, read_only=True) as case:
        document = case.export_document()
    document.pop("audit", None)
    return document


def positions(path: Path) -> dict[str, tuple[float, float]]:
    with CaseFile.open(path, read_only=True) as case:
        return {pin.id: (pin.x, pin.y) for pin in case.pins()}


def first_pins(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [pin.id for pin in case.pins()]


def test_plans_and_pins_of_both_sides_merge_alike_both_ways(
    demo_path: Path, tmp_path: Path
) -> None:
    path, other = two_copies(demo_path, tmp_path)
    pin_a, pin_b = first_pins(path)[:2]
    with CaseFile.open(path, read_only=True) as case:
        (plan,) = case.plans()
    added = {}

    def mine(case: CaseFile) -> None:
        case.move_pin(pin_a, 0.125, 0.25)
        new = case.add_plan(png("white"), "floor2.png", name="Floor 2")
        item = case.add("damage_item", title="Stairwell cracks", severity="moderate")
        added["mine"] = case.pin(new.id, item.id, 0.5, 0.5).id

    def theirs(case: CaseFile) -> None:
        case.move_pin(pin_b, 0.75, 0.875)
        case.update_plan(plan.id, name="Compound, as surveyed")
        item = case.add("damage_item", title="Guard post roof", severity="minor")
        added["theirs"] = case.pin(plan.id, item.id, 0.0625, 0.5).id

    edit(path, "alice", mine)
    edit(other, "bob", theirs)
    reverse = tmp_path / "reverse.casefile"
    shutil.copyfile(other, reverse)
    mine_copy = tmp_path / "mine-before.casefile"
    shutil.copyfile(path, mine_copy)

    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        assert case.merge(them).status == "merged"
    with CaseFile.open(reverse, actor="bob") as case, CaseFile.open(mine_copy, read_only=True) as m:
        assert case.merge(m).status == "merged"

    assert content(path) == content(reverse)
    moved = positions(path)
    assert moved[pin_a] == (0.125, 0.25) and moved[pin_b] == (0.75, 0.875)
    assert {added["mine"], added["theirs"]} <= moved.keys()
    with CaseFile.open(path, read_only=True) as case:
        names = {p.name for p in case.plans()}
        assert names == {"Compound, as surveyed", "Floor 2"}
        new_plan = next(p for p in case.plans() if p.name == "Floor 2")
        assert case.plan_image(new_plan.id, "original")[0] == png("white")
        assert case.check() == []
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        assert case.merge(them).status == "up_to_date"


def test_a_pin_moved_apart_on_both_sides_is_a_conflict(demo_path: Path, tmp_path: Path) -> None:
    path, other = two_copies(demo_path, tmp_path)
    pin = first_pins(path)[0]
    edit(path, "alice", lambda case: case.move_pin(pin, 0.25, 0.25))
    edit(other, "bob", lambda case: case.move_pin(pin, 0.75, 0.25))
    before = file_digest(path)
    with (
        CaseFile.open(path, actor="alice") as case,
        CaseFile.open(other, read_only=True) as them,
        pytest.raises(MergeConflicts) as raised,
    ):
        case.merge(them)
    (conflict,) = raised.value.conflicts
    assert (conflict.kind, conflict.id, conflict.field) == ("plan_pin", pin, "position")
    assert (conflict.mine, conflict.theirs) == ([0.25, 0.25], [0.75, 0.25])
    assert file_digest(path) == before

    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        case.merge(them, take="theirs")
    assert positions(path)[pin] == (0.75, 0.25)
    with CaseFile.open(path, read_only=True) as case:
        assert case.check() == []


def test_the_cli_lists_a_conflicting_move_exits_1_and_changes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, other = two_copies(demo_path, tmp_path)
    pin = first_pins(path)[0]
    edit(path, "alice", lambda case: case.move_pin(pin, 0.25, 0.25))
    edit(other, "bob", lambda case: case.move_pin(pin, 0.25, 0.5))
    before = file_digest(path)
    capsys.readouterr()
    code = main(["merge", str(path), str(other)])
    out, err = capsys.readouterr()
    assert code == 1
    (line,) = out.splitlines()
    assert line.startswith(f"conflict: plan pin {pin}") and "field position" in line
    assert err.startswith("casefile: error: ")
    assert file_digest(path) == before
    assert main(["merge", str(path), str(other), "--take", "mine"]) == 0
    assert positions(path)[pin] == (0.25, 0.25)


def test_a_plan_deleted_on_one_side_and_a_pin_moved_on_the_other_is_a_conflict(
    demo_path: Path, tmp_path: Path
) -> None:
    path, other = two_copies(demo_path, tmp_path)
    pin = first_pins(path)[0]
    with CaseFile.open(path, read_only=True) as case:
        (plan,) = case.plans()
    edit(path, "alice", lambda case: case.move_pin(pin, 0.25, 0.25))
    edit(other, "bob", lambda case: case.delete_plan(plan.id))
    before = file_digest(path)
    with (
        CaseFile.open(path, actor="alice") as case,
        CaseFile.open(other, read_only=True) as them,
        pytest.raises(MergeConflicts) as raised,
    ):
        case.merge(them)
    found = {(c.kind, c.id, c.field) for c in raised.value.conflicts}
    assert {("plan_pin", pin, ""), ("site_plan", plan.id, "")} <= found
    assert file_digest(path) == before

    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        case.merge(them, take="mine")  # the plan stays, with the pin where alice put it
    assert positions(path)[pin] == (0.25, 0.25)
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        case.merge(them, take="theirs")  # merged again: up to date, nothing changes
    with CaseFile.open(other, actor="bob") as case, CaseFile.open(path, read_only=True) as mine:
        case.merge(mine, take="theirs")  # the other way, taking alice's side: the same
    assert content(other) == content(path)
    with CaseFile.open(other, read_only=True) as case:
        assert case.check() == []


def test_a_plan_both_sides_added_from_one_image_is_kept_once(
    demo_path: Path, tmp_path: Path
) -> None:
    path, other = two_copies(demo_path, tmp_path)
    edit(path, "alice", lambda case: case.add_plan(png("grey"), "a.png", name="Annex"))
    edit(other, "bob", lambda case: case.add_plan(png("grey"), "b.png", name="Annex"))
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        case.merge(them, take="mine")
    with CaseFile.open(path, read_only=True) as case:
        assert [p.name for p in case.plans()].count("Annex") == 1
        assert case.check() == []

"""`casefile diff` and `casefile merge` on two copies of the demo case."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from store.store_support import file_digest

from casefile.cli import main
from casefile.store import CaseFile


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, actor: str, change: Callable[[CaseFile], object]) -> None:
    with CaseFile.open(path, actor=actor) as case:
        change(case)


def retitle(title: str) -> Callable[[CaseFile], object]:
    def change(case: CaseFile) -> object:
        return case.update("damage_item", case.records("damage_item")[0].id, title=title)

    return change


@pytest.fixture
def two_copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    other = tmp_path / "embassy-copy.casefile"
    shutil.copyfile(demo_path, other)
    edit(demo_path, "alice", retitle("Alice's wall"))
    edit(other, "bob", retitle("Bob's wall"))
    edit(other, "bob", lambda case: case.add("party", name="Press office"))
    return demo_path, other


def test_conflicts_are_listed_exit_1_and_the_case_is_unchanged(two_copies, capsys) -> None:
    path, other = two_copies
    before = file_digest(path)
    code, out, err = run(capsys, "merge", path, other)
    assert code == 1
    (line,) = out.splitlines()
    assert line.startswith("conflict: damage item ")
    for part in ("field title", '"Alice\'s wall" (alice,', '"Bob\'s wall" (bob,', "base "):
        assert part in line
    assert err.startswith("casefile: error: ") and "1 conflict(s)" in err and "--take" in err
    assert file_digest(path) == before


def test_take_theirs_merges_and_again_is_up_to_date(two_copies, capsys) -> None:
    path, other = two_copies
    code, out, _ = run(capsys, "merge", path, other, "--dry-run", "--take", "theirs")
    assert code == 0 and out.startswith("would merge") and "Press office" in out
    code, out, _ = run(capsys, "merge", path, other, "--take", "theirs")
    assert (code, out.split(":")[0]) == (0, f"merged {other} into {path}")
    assert "1 item(s) added, 1 changed, 0 removed; 1 conflict(s) settled taking theirs" in out
    code, out, _ = run(capsys, "merge", path, other)
    assert (code, out.startswith("already up to date")) == (0, True)
    code, out, _ = run(capsys, "check", path)
    assert code == 0


def test_merge_json_lists_the_conflicts(two_copies, capsys) -> None:
    path, other = two_copies
    code, out, _ = run(capsys, "merge", path, other, "--json")
    report = json.loads(out)
    assert (code, report["status"], report["written"]) == (1, "conflicts", False)
    (conflict,) = report["conflicts"]
    assert (conflict["mine"], conflict["theirs"]) == ("Alice's wall", "Bob's wall")
    assert (conflict["mine_by"]["actor"], conflict["theirs_by"]["actor"]) == ("alice", "bob")


def test_a_case_made_apart_is_refused(demo_path: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.casefile"
    assert run(capsys, "new", other, "--title", "Another incident")[0] == 0
    before = file_digest(demo_path)
    code, _, err = run(capsys, "merge", demo_path, other)
    assert code == 1 and "no history in common" in err
    assert file_digest(demo_path) == before


def test_diff_names_changes_with_both_values_and_who(two_copies, capsys) -> None:
    path, other = two_copies
    code, out, _ = run(capsys, "diff", path, other)
    assert code == 0
    assert any(
        line.startswith("added party ") and "Press office" in line for line in out.splitlines()
    )
    assert '    title: "Alice\'s wall" -> "Bob\'s wall" (bob, ' in out
    code, out, _ = run(capsys, "diff", path, other, "--json")
    items = json.loads(out)
    changed = next(i for i in items if i["change"] == "changed")
    assert changed["fields"][0]["by"]["actor"] == "bob"
    code, out, _ = run(capsys, "diff", path, path)
    assert (code, out.startswith("no differences")) == (0, True)

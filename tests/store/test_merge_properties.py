"""Property tests of merge: random edits of two copies of one case, then a merge.

After a merge without conflicts every edit of both sides is there; the two merge
directions give the same case; a conflict names the very edits it did not take, so
no edit is lost without the user being told. The examples are few and fixed (CI).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.store import CaseFile, MergeConflicts

FIELDS = {
    "damage_item": ("title", "description", "location"),
    "party": ("name", "role"),
    "note": ("title", "body"),
}
VALUES = ("alpha", "bravo", "charlie")  # few, so that both sides often pick the same

edit = st.one_of(
    st.tuples(
        st.just("update"),
        st.sampled_from(sorted(FIELDS)),
        st.integers(0, 2),
        st.sampled_from(["title", "description", "location", "name", "role", "body"]),
        st.sampled_from(VALUES),
    ),
    st.tuples(st.just("add"), st.sampled_from(sorted(FIELDS)), st.sampled_from(VALUES)),
    st.tuples(st.just("delete"), st.sampled_from(sorted(FIELDS)), st.integers(0, 2)),
    st.tuples(st.just("link"), st.integers(0, 2), st.integers(0, 2)),
)
edits = st.lists(edit, max_size=6)


@pytest.fixture(scope="module")
def base_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merge-base") / "base.casefile"
    with CaseFile.create(path, title="Base", actor="base") as case:
        for n in range(3):
            case.add("party", name=f"Party {n}")
            case.add("note", title=f"Note {n}")
            case.add("damage_item", title=f"Damage {n}")
    return path


def apply(path: Path, actor: str, changes: list[tuple[Any, ...]]) -> None:
    with CaseFile.open(path, actor=actor) as case:
        for change in changes:
            op, *rest = change
            if op == "add":
                kind, value = rest
                case.add(kind, **{FIELDS[kind][0]: f"new {value}"})
                continue
            if op == "link":
                notes, parties = case.records("note"), case.records("party")
                if not notes or not parties:
                    continue
                note, party = notes[rest[0] % len(notes)], parties[rest[1] % len(parties)]
                links = [p for p in note.party_ids if p != party.id]
                if party.id not in note.party_ids:
                    links.append(party.id)
                case.update("note", note.id, party_ids=links)
                continue
            items = case.records(rest[0])
            if not items:
                continue
            item = items[rest[1] % len(items)]
            if op == "delete":
                case.delete(rest[0], item.id)
            elif rest[2] in FIELDS[rest[0]]:
                case.update(rest[0], item.id, **{rest[2]: rest[3]})


def state(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with CaseFile.open(path, read_only=True) as case:
        out = {}
        for kind in FIELDS:
            for record in case.records(kind):
                values = {f: getattr(record, f) for f in FIELDS[kind]}
                if kind == "note":
                    values["party_ids"] = frozenset(record.party_ids)
                out[(kind, record.id)] = values
        return out


def document(path: Path) -> dict[str, Any]:
    with CaseFile.open(path, read_only=True) as case:
        return case.export_document()


def merge(path: Path, other: Path, **options: Any) -> None:
    with CaseFile.open(path, actor="merger") as case, CaseFile.open(other, read_only=True) as o:
        case.merge(o, **options)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mine=edits, theirs=edits)
def test_no_edit_is_lost(base_case: Path, tmp_path_factory, mine, theirs) -> None:
    folder = tmp_path_factory.mktemp("merge")
    a, b, b_first = (folder / n for n in ("a.casefile", "b.casefile", "b-first.casefile"))
    for copy in (a, b):
        shutil.copyfile(base_case, copy)
    apply(a, "alice", mine)
    apply(b, "bob", theirs)
    a_first = folder / "a-first.casefile"
    shutil.copyfile(a, a_first)
    shutil.copyfile(b, b_first)
    base, ours, their = state(base_case), state(a), state(b)
    try:
        merge(a, b)
    except MergeConflicts as refused:
        # Each conflict is a pair of edits that really disagree: nothing else is held back.
        for c in refused.conflicts:
            key = (c.kind, c.id)
            if c.field:
                assert ours[key][c.field] != their[key][c.field]
                assert base[key][c.field] not in (ours[key][c.field], their[key][c.field])
            else:
                assert (key in ours) != (key in their)
        merge(a, b, take="mine")
        merged = state(a)
        held = {((c.kind, c.id), c.field) for c in refused.conflicts}
        check_edits(base, ours, their, merged, held)
        return
    merged = state(a)
    check_edits(base, ours, their, merged, set())
    merge(b_first, a_first)  # the other direction: the same case
    assert document(b_first) == document(a)


def check_edits(base, ours, their, merged, held) -> None:
    """Every item and field either side changed holds that side's change; a held
    conflict (taken as mine) holds mine."""
    for side, other in ((ours, their), (their, ours)):
        for key, values in side.items():
            if key not in base:  # added on this side
                assert key in merged
                continue
            if key not in merged:  # deleted by the other side, this side left it alone
                assert key not in other and values == base[key] or (key, "") in held
                continue
            for name, value in values.items():
                if value == base[key][name] or (key, name) in held:
                    continue
                if name == "party_ids":
                    for party in value - base[key][name]:
                        assert party in merged[key][name] or ("party", party) not in merged
                    for party in base[key][name] - value:
                        assert party not in merged[key][name]
                    continue
                assert merged[key][name] == value, (key, name)
        for key in base:
            if key not in side and (key, "") not in held:
                assert key not in merged  # deleted on this side, the other left it

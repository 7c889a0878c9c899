"""Merging two copies of one case, and comparing two versions (store API)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from store.store_support import file_digest

from casefile.store import CaseFile, InvalidInput, MergeConflicts

Edit = Callable[[CaseFile], object]


def copies(demo_path: Path, tmp_path: Path, mine: Edit, theirs: Edit) -> tuple[Path, Path]:
    """Two copies of the demo (`cp`), each edited apart: by alice and by bob."""
    other = tmp_path / "theirs.casefile"
    shutil.copyfile(demo_path, other)
    with CaseFile.open(demo_path, actor="alice") as case:
        mine(case)
    with CaseFile.open(other, actor="bob") as case:
        theirs(case)
    return demo_path, other


def merged(path: Path, other: Path, **options: object):
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        return case.merge(them, **options)


def content(path: Path) -> dict:
    """The case as export-json has it, without the audit log: what a reader sees."""
    with CaseFile.open(path, read_only=True) as case:
        return case.export_document()


def damage(case: CaseFile, n: int):
    return case.records("damage_item")[n]


def test_edits_of_both_sides_are_taken(demo_path: Path, tmp_path: Path) -> None:
    def mine(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 0).id, title="Perimeter wall, north")
        case.add("party", name="Ministry of Emergency Situations")

    def theirs(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 0).id, location="North gate")
        case.update("damage_item", damage(case, 1).id, description="Seen from the road")
        case.add("note", title="Press report", body="Local press")

    path, other = copies(demo_path, tmp_path, mine, theirs)
    result = merged(path, other)
    assert (result.status, result.added, result.changed, result.written) == ("merged", 1, 2, True)
    with CaseFile.open(path, read_only=True) as case:
        first = damage(case, 0)
        assert (first.title, first.location) == ("Perimeter wall, north", "North gate")
        assert damage(case, 1).description == "Seen from the road"
        assert "Press report" in {n.title for n in case.records("note")}
        assert "Ministry of Emergency Situations" in {p.name for p in case.records("party")}
        assert case.check() == []
        merge_entry = case.audit_log(limit=1)[0]
        assert (merge_entry.action, merge_entry.entity) == ("merge", "case")
        assert {c.field for c in merge_entry.changes} == {"heads"}
        bobs = [e for e in case.audit_log() if e.actor == "bob"]
        assert bobs and all(e.device for e in bobs)  # their entries kept their identity


def test_merging_again_is_a_no_op_and_both_directions_agree(
    demo_path: Path, tmp_path: Path
) -> None:
    def mine(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 0).id, title="Mine")
        case.delete("note", case.records("note")[0].id)

    def theirs(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 1).id, title="Theirs")
        case.add_attachment(b"%PDF-1.4\n", "scan.pdf", to=damage(case, 1).id)

    path, other = copies(demo_path, tmp_path, mine, theirs)
    mine_before, reverse = tmp_path / "mine-before.casefile", tmp_path / "reverse.casefile"
    shutil.copyfile(path, mine_before)
    shutil.copyfile(other, reverse)
    assert merged(path, other).status == "merged"
    before = file_digest(path)
    again = merged(path, other)
    assert (again.status, again.written) == ("up_to_date", False)
    assert file_digest(path) == before  # not a byte written
    assert merged(reverse, mine_before).status == "merged"  # B into A, A into B
    assert content(reverse) == content(path)
    assert merged(other, path).status == "fast_forward"  # B catches up with merged A
    assert content(other) == content(path)
    with CaseFile.open(other, read_only=True) as case:
        assert case.check() == []


def test_a_conflict_refuses_the_merge_and_leaves_the_file_as_it_was(
    demo_path: Path, tmp_path: Path
) -> None:
    path, other = copies(
        demo_path,
        tmp_path,
        lambda case: case.update("damage_item", damage(case, 0).id, title="Alice's title"),
        lambda case: case.update("damage_item", damage(case, 0).id, title="Bob's title"),
    )
    before = file_digest(path)
    with pytest.raises(MergeConflicts) as refused:
        merged(path, other)
    assert file_digest(path) == before
    (conflict,) = refused.value.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Alice's title",
        "Bob's title",
    )
    assert conflict.base and conflict.base not in (conflict.mine, conflict.theirs)
    assert (conflict.mine_by.actor, conflict.theirs_by.actor) == ("alice", "bob")
    assert refused.value.exit_code == 1


@pytest.mark.parametrize(("take", "title"), [("mine", "Alice's title"), ("theirs", "Bob's title")])
def test_take_settles_every_conflict(
    demo_path: Path, tmp_path: Path, take: str, title: str
) -> None:
    path, other = copies(
        demo_path,
        tmp_path,
        lambda case: case.update("damage_item", damage(case, 0).id, title="Alice's title"),
        lambda case: case.update("damage_item", damage(case, 0).id, title="Bob's title"),
    )
    result = merged(path, other, take=take)
    assert len(result.resolved) == 1
    with CaseFile.open(path, read_only=True) as case:
        assert damage(case, 0).title == title
        assert case.check() == []


def test_a_choice_may_be_a_value_of_ones_own(demo_path: Path, tmp_path: Path) -> None:
    path, other = copies(
        demo_path,
        tmp_path,
        lambda case: case.update("damage_item", damage(case, 0).id, title="Alice's title"),
        lambda case: case.update("damage_item", damage(case, 0).id, title="Bob's title"),
    )
    with CaseFile.open(path, read_only=True) as case:
        item = damage(case, 0).id
    merged(path, other, choices={("damage_item", item, "title"): ("edit", "Both titles")})
    with CaseFile.open(path, read_only=True) as case:
        assert damage(case, 0).title == "Both titles"
        assert case.check() == []


def test_edit_against_delete_is_a_conflict(demo_path: Path, tmp_path: Path) -> None:
    def mine(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 0).id, title="Still here")

    def theirs(case: CaseFile) -> None:
        case.delete("damage_item", damage(case, 0).id)

    path, other = copies(demo_path, tmp_path, mine, theirs)
    with pytest.raises(MergeConflicts) as refused:
        merged(path, other)
    (conflict,) = refused.value.conflicts
    assert (conflict.field, conflict.theirs) == ("", None)
    assert conflict.theirs_by is not None and conflict.theirs_by.actor == "bob"
    merged(path, other, take="theirs")
    with CaseFile.open(path, read_only=True) as case:
        assert "Still here" not in {d.title for d in case.records("damage_item")}
        assert case.check() == []


def test_same_value_both_sides_and_links_as_sets(demo_path: Path, tmp_path: Path) -> None:
    def mine(case: CaseFile) -> None:
        note = case.records("note")[0]
        parties = case.records("party")
        case.update("note", note.id, party_ids=[*note.party_ids, parties[-1].id])
        case.update("damage_item", damage(case, 0).id, location="North gate")

    def theirs(case: CaseFile) -> None:
        note = case.records("note")[0]
        parties = case.records("party")
        kept = [p for p in note.party_ids if p != note.party_ids[0]]
        case.update("note", note.id, party_ids=[*kept, parties[-2].id])
        case.update("damage_item", damage(case, 0).id, location="North gate")

    with CaseFile.open(demo_path, read_only=True) as case:
        note = case.records("note")[0]
        parties = case.records("party")
        assert len(note.party_ids) >= 1
    path, other = copies(demo_path, tmp_path, mine, theirs)
    merged(path, other)
    with CaseFile.open(path, read_only=True) as case:
        links = set(case.get("note", note.id).party_ids)
        assert damage(case, 0).location == "North gate"
        assert case.check() == []
    expected = (set(note.party_ids) - {note.party_ids[0]}) | {parties[-1].id, parties[-2].id}
    assert links == expected


def test_a_file_both_sides_attached_is_kept_once(demo_path: Path, tmp_path: Path) -> None:
    def attach(case: CaseFile) -> None:
        case.add_attachment(b"%PDF-1.4\nthe same scan\n", "scan.pdf", to=damage(case, 0).id)

    path, other = copies(demo_path, tmp_path, attach, attach)
    merged(path, other)
    with CaseFile.open(path, read_only=True) as case:
        scans = [a for a in case.records("attachment") if a.filename == "scan.pdf"]
        assert len(scans) == 1
        assert scans[0].id in damage(case, 0).attachment_ids
        assert case.check() == []


def test_another_incident_or_no_common_history_is_refused(demo_path: Path, tmp_path: Path) -> None:
    imported = tmp_path / "imported.casefile"
    with CaseFile.open(demo_path, read_only=True) as case:
        document = case.export_document()
    with CaseFile.create_from_document(imported, document):
        pass
    other_case = tmp_path / "other.casefile"
    with CaseFile.create(other_case, title="Another incident"):
        pass
    before = file_digest(demo_path)
    for other in (imported, other_case):
        with pytest.raises(InvalidInput, match="no history in common"):
            merged(demo_path, other)
    assert file_digest(demo_path) == before


def test_save_a_copy_merges(demo_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.casefile"
    with CaseFile.open(demo_path, actor="alice") as case:
        case.save_copy(saved)
        case.update("damage_item", damage(case, 0).id, title="Mine")
    with CaseFile.open(saved, actor="bob") as case:
        case.update("damage_item", damage(case, 1).id, title="Theirs")
    assert merged(demo_path, saved).status == "merged"
    with CaseFile.open(demo_path, read_only=True) as case:
        assert {"Mine", "Theirs"} <= {d.title for d in case.records("damage_item")}


def test_compare_names_what_changed_by_whom(demo_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "reviewed.casefile"
    shutil.copyfile(demo_path, old)
    with CaseFile.open(demo_path, actor="bob") as case:
        first = damage(case, 0)
        case.update("damage_item", first.id, title="Renamed")
        added = case.add("party", name="New party")
        gone = case.records("note")[0]
        case.delete("note", gone.id)
    with CaseFile.open(old, read_only=True) as a, CaseFile.open(demo_path, read_only=True) as b:
        items = {item.id: item for item in a.compare(b)}
        assert a.compare(a) == ()
    changed = items[first.id]
    (title,) = [f for f in changed.fields if f.field == "title"]
    assert (title.old, title.new, title.by.actor) == (first.title, "Renamed", "bob")
    assert (items[added.id].change, items[added.id].by.actor) == ("added", "bob")
    assert (items[gone.id].change, items[gone.id].by.actor) == ("removed", "bob")


def test_a_sealed_copy_merges_and_its_seal_stays_with_it(demo_path: Path, tmp_path: Path) -> None:
    """A seal signs one file's chain; the merge brings the edits made after it."""
    from casefile.store import Keys

    keys = Keys(tmp_path / "bob-keys")
    keys.create("Bob")

    def theirs(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 0).id, title="Before the seal")
        case.seal(keys.unlock(None), state="submitted")
        case.update("damage_item", damage(case, 1).id, title="After the seal")

    path, other = copies(demo_path, tmp_path, lambda case: None, theirs)
    assert merged(path, other).status == "fast_forward"
    with CaseFile.open(path, read_only=True) as case:
        assert {"Before the seal", "After the seal"} <= {
            d.title for d in case.records("damage_item")
        }
        assert case.check() == []
    assert merged(path, other).status == "up_to_date"


def test_a_copy_with_changes_merge_cannot_bring_is_refused(demo_path: Path, tmp_path: Path) -> None:
    """Review comments are not merged yet: refused, not dropped."""

    def theirs(case: CaseFile) -> None:
        case.add_comment(damage(case, 0).id, "Check the estimate")

    path, other = copies(demo_path, tmp_path, lambda case: None, theirs)
    before = file_digest(path)
    with pytest.raises(InvalidInput, match="review comments"):
        merged(path, other)
    assert file_digest(path) == before
    assert merged(other, path).status == "up_to_date"  # the other way round keeps them


def test_an_item_a_copy_left_out_without_deleting_it_is_not_deleted(
    demo_path: Path, tmp_path: Path
) -> None:
    """A release copy withholds internal items: merged back, it deletes none of them."""
    from store.store_support import sql

    def theirs(case: CaseFile) -> None:
        case.update("damage_item", damage(case, 1).id, title="Edited outside")

    path, other = copies(demo_path, tmp_path, lambda case: None, theirs)
    with CaseFile.open(path, read_only=True) as case:
        withheld = case.records("note")[0].id
        meetings = {m.id: m.note_ids for m in case.records("meeting") if withheld in m.note_ids}
    assert meetings  # the note is linked: the link must stay too
    sql(other, "PRAGMA foreign_keys=ON", f"DELETE FROM note WHERE id = '{withheld}'")
    merged(path, other)
    with CaseFile.open(path, read_only=True) as case:
        assert withheld in {n.id for n in case.records("note")}
        assert {m: case.get("meeting", m).note_ids for m in meetings} == meetings
        assert "Edited outside" in {d.title for d in case.records("damage_item")}
        assert case.check() == []


def test_two_copies_that_both_made_d6_keep_the_older_items_number(
    demo_path: Path, tmp_path: Path
) -> None:
    """DESIGN.md: the item made first keeps its number, the other takes the next free one,
    and the audit log records the renumbering."""
    path, other = copies(
        demo_path,
        tmp_path,
        lambda case: case.add("damage_item", title="Gate, mine"),
        lambda case: case.add("damage_item", title="Gate, theirs"),
    )  # theirs is made second: it gives way
    result = merged(path, other)
    assert result.written
    with CaseFile.open(path, read_only=True) as case:
        refs = {i.title: i.reference for i in case.records("damage_item")}
        assert refs["Gate, mine"] == "D-6" and refs["Gate, theirs"] == "D-7"
        assert case.check() == []
        theirs_id = next(i.id for i in case.records("damage_item") if i.title == "Gate, theirs")
        logged = [c for e in case.audit_log(entity_id=theirs_id) for c in e.changes]
        assert any(c.field == "reference" and c.new == "D-7" for c in logged)
    with CaseFile.open(path, actor="alice") as case:
        assert case.add("damage_item", title="Door").reference == "D-8"


def test_a_release_copy_edited_outside_merges_back_without_deleting_what_it_withheld(
    demo_path: Path, tmp_path: Path
) -> None:
    from casefile.store import Keys

    keys = Keys(tmp_path / "keys")
    keys.create("Releaser")
    released = tmp_path / "release.casefile"
    with CaseFile.open(demo_path, actor="alice") as case:
        internal = [n.id for n in case.records("note") if n.internal]
        case.release_copy(released, keys.unlock(None), redact_internal=True)
    assert internal
    with CaseFile.open(released, actor="outside") as case:
        assert not {n.id for n in case.records("note")} & set(internal)
        case.update("damage_item", damage(case, 0).id, title="Edited in the release copy")
    assert merged(demo_path, released).status == "fast_forward"
    with CaseFile.open(demo_path, read_only=True) as case:
        assert set(internal) <= {n.id for n in case.records("note")}
        assert damage(case, 0).title == "Edited in the release copy"
        assert case.check() == []
    assert merged(demo_path, released).status == "up_to_date"


def test_a_copy_whose_log_was_edited_is_refused(demo_path: Path, tmp_path: Path) -> None:
    from store.store_support import sql

    path, other = copies(
        demo_path,
        tmp_path,
        lambda case: None,
        lambda case: case.update("damage_item", damage(case, 0).id, title="Honest"),
    )
    sql(other, "UPDATE change_log SET changes = replace(changes, 'Honest', 'Forged') "
               "WHERE seq = (SELECT max(seq) FROM change_log)")  # fmt: skip
    before = file_digest(path)
    with pytest.raises(InvalidInput, match="audit log that was edited"):
        merged(path, other)
    assert file_digest(path) == before

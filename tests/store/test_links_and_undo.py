"""Links between items, what a delete takes with it, and the snapshot that undoes a delete."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from store.store_support import jpeg

from casefile.store import CaseFile, InvalidInput
from casefile.store.records import AttachmentLink, Participant


def test_link_and_unlink_by_replacing_the_list(empty_case: CaseFile) -> None:
    a = empty_case.add("party", name="A")
    b = empty_case.add("party", name="B")
    note = empty_case.add("note", title="Note", party_ids=[b.id, a.id, b.id])
    assert note.party_ids == (b.id, a.id)  # order kept, duplicates dropped
    note = empty_case.update("note", note.id, party_ids=[a.id])
    assert note.party_ids == (a.id,)
    meeting = empty_case.add(
        "meeting", title="Summons", participants=[(a.id, "host"), {"party_id": b.id}],
        note_ids=[note.id],
    )  # fmt: skip
    assert meeting.participants == (Participant(a.id, "host"), Participant(b.id, ""))
    meeting = empty_case.update("meeting", meeting.id, participants=[Participant(b.id, "guest")])
    assert meeting.participants == (Participant(b.id, "guest"),)
    assert meeting.note_ids == (note.id,)


def test_deleting_a_party_unlinks_it_everywhere(empty_case: CaseFile) -> None:
    ministry = empty_case.add("party", name="Ministry")
    envoy = empty_case.add("party", name="Envoy", represents_id=ministry.id)
    note = empty_case.add("note", title="Note", source_party_id=ministry.id,
                          party_ids=[ministry.id, envoy.id])  # fmt: skip
    meeting = empty_case.add("meeting", title="M", participants=[(ministry.id, "host")])
    follow_up = empty_case.add("follow_up", title="F", owner_id=ministry.id)

    empty_case.delete("party", ministry.id)

    assert empty_case.get("party", envoy.id).represents_id is None
    note = empty_case.get("note", note.id)
    assert (note.source_party_id, note.party_ids) == (None, (envoy.id,))
    assert empty_case.get("meeting", meeting.id).participants == ()
    assert empty_case.get("follow_up", follow_up.id).owner_id is None
    assert empty_case.check() == []  # no dangling foreign keys


@pytest.fixture
def linked(empty_case: CaseFile) -> dict[str, str]:
    """A damage item with two photos, one of them also used by a note."""
    item = empty_case.add("damage_item", title="Fence", category="perimeter")
    own = empty_case.add_attachment(jpeg(colour=(200, 0, 0)), "own.jpg", to=item.id)
    shared = empty_case.add_attachment(jpeg(colour=(0, 200, 0)), "shared.jpg", to=item.id)
    note = empty_case.add("note", title="Note", attachment_ids=[shared.id])
    return {"item": item.id, "own": own.id, "shared": shared.id, "note": note.id}


def test_delete_takes_the_photos_only_that_item_used(
    empty_case: CaseFile, linked: dict[str, str]
) -> None:
    empty_case.delete("damage_item", linked["item"])
    ids = {a.id for a in empty_case.records("attachment")}
    assert ids == {linked["shared"]}
    assert empty_case.get("attachment", linked["shared"]).links == (
        AttachmentLink("note", linked["note"]),
    )
    with pytest.raises(InvalidInput):
        empty_case.attachment_data(linked["own"])


def test_restore_puts_back_the_item_its_links_and_its_photos(
    empty_case: CaseFile, new_path: Path, linked: dict[str, str]
) -> None:
    before_item = empty_case.get("damage_item", linked["item"])
    before_own = empty_case.get("attachment", linked["own"])
    own_bytes = empty_case.attachment_data(linked["own"])
    own_thumb = empty_case.thumbnail(linked["own"])

    snapshot = empty_case.delete("damage_item", linked["item"])
    restored = empty_case.restore(snapshot)

    assert restored.id == linked["item"]
    assert restored.attachment_ids == before_item.attachment_ids
    assert (restored.title, restored.category) == ("Fence", "perimeter")
    assert restored.created_at == before_item.created_at
    assert empty_case.get("attachment", linked["own"]).sha256 == before_own.sha256
    assert empty_case.attachment_data(linked["own"]) == own_bytes
    assert empty_case.thumbnail(linked["own"]) == own_thumb
    assert {link.id for link in empty_case.get("attachment", linked["shared"]).links} == {
        linked["item"],
        linked["note"],
    }
    actions = [(e.action, e.entity) for e in empty_case.audit_log(limit=3)]
    assert ("restore", "damage_item") in actions
    assert empty_case.check() == []
    assert [h.id for h in empty_case.search("Fence")] == [linked["item"]]


def test_restore_of_a_party_relinks_notes_meetings_and_follow_ups(empty_case: CaseFile) -> None:
    ministry = empty_case.add("party", name="Ministry")
    envoy = empty_case.add("party", name="Envoy", represents_id=ministry.id)
    note = empty_case.add("note", title="Note", source_party_id=ministry.id,
                          party_ids=[envoy.id, ministry.id])  # fmt: skip
    meeting = empty_case.add("meeting", title="M", participants=[(ministry.id, "host")])
    follow_up = empty_case.add("follow_up", title="F", owner_id=ministry.id)
    records = {kind: empty_case.get(kind, i) for kind, i in
               [("party", envoy.id), ("note", note.id), ("meeting", meeting.id),
                ("follow_up", follow_up.id)]}  # fmt: skip

    empty_case.restore(empty_case.delete("party", ministry.id))

    assert empty_case.get("party", ministry.id).name == "Ministry"
    for kind, record in records.items():
        now = empty_case.get(kind, record.id)
        assert without_updated_at(now) == without_updated_at(record)


def without_updated_at(record: object) -> dict[str, object]:
    fields = dataclasses.fields(record)  # type: ignore[arg-type]
    return {f.name: getattr(record, f.name) for f in fields if f.name != "updated_at"}


def test_restore_after_reopening_the_file(demo_path: Path) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        note = next(n for n in case.records("note") if n.internal)
        snapshot = case.delete("note", note.id)
    with CaseFile.open(demo_path, actor="tester") as case:
        restored = case.restore(snapshot)
        assert without_updated_at(restored) == without_updated_at(note)
        assert case.check() == []


def test_a_party_cannot_represent_itself(demo_case: CaseFile) -> None:
    """It would be its own dependent, and deleting it could not be undone."""
    party = demo_case.records("party")[0]
    with pytest.raises(InvalidInput, match="cannot represent itself: choose another party"):
        demo_case.update("party", party.id, represents_id=party.id.upper())
    assert demo_case.get("party", party.id).represents_id == party.represents_id
    doc = json.loads(json.dumps(demo_case.export_document()))
    doc["parties"][0]["represents_id"] = doc["parties"][0]["id"]
    with pytest.raises(InvalidInput, match="parties.*cannot represent itself"):
        demo_case.import_document(doc)

"""Changes made behind the audit log's back (sqlite3 on the file): check() names them.

The hash chain covers the log; replaying the log's values covers the items themselves.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from store.store_support import file_digest, sql

from casefile.store import CaseFile, replay


def outside(path: Path) -> list[str]:
    """What check() reports, as area: message lines, the file opened read-only."""
    with CaseFile.open(path, read_only=True) as case:
        return [f"{p.area}: {p.message}" for p in case.check()]


def first(path: Path, query: str) -> str:
    return sql(path, query)[0][0]


def test_a_field_edited_outside_casefile_is_named_with_both_values(demo_path: Path) -> None:
    party = first(demo_path, "SELECT id FROM party WHERE name LIKE 'Mikhail%'")
    sql(demo_path, f"UPDATE party SET name = 'Someone else' WHERE id = '{party}'")
    before = file_digest(demo_path)
    assert outside(demo_path) == [
        f"audit: party {party}: name changed outside casefile (the audit log has "
        f'"Mikhail Yevdokimov", the file "Someone else")'
    ]
    assert file_digest(demo_path) == before  # checking changes nothing


def test_a_row_added_outside_casefile_has_no_audit_entry(demo_path: Path) -> None:
    sql(
        demo_path,
        "INSERT INTO party (id, created_at, updated_at, name, native_name, kind, role, "
        "country, affiliation, contact) VALUES ('00000000-0000-4000-8000-000000000001', "
        "'2025-11-14 00:00:00', '2025-11-14 00:00:00', 'Planted', '', 'person', '', '', '', '')",
    )
    assert outside(demo_path) == [
        "audit: party 00000000-0000-4000-8000-000000000001 has no audit entry: it was added "
        "outside casefile"
    ]


def test_a_row_deleted_outside_casefile_is_named(demo_path: Path) -> None:
    follow_up = first(demo_path, "SELECT id FROM follow_up ORDER BY id LIMIT 1")
    sql(demo_path, f"DELETE FROM follow_up WHERE id = '{follow_up}'")
    assert outside(demo_path) == [
        f"audit: follow up {follow_up} was deleted outside casefile: the audit log has no "
        "entry for its deletion"
    ]


def test_a_link_removed_outside_casefile_is_named(demo_path: Path) -> None:
    note, party = sql(demo_path, "SELECT note_id, party_id FROM note_party LIMIT 1")[0]
    sql(demo_path, f"DELETE FROM note_party WHERE note_id = '{note}' AND party_id = '{party}'")
    assert outside(demo_path) == [
        f'audit: note {note}: party ids changed outside casefile (missing from the file: "{party}")'
    ]


def swap_photo(path: Path, attachment: str = "") -> str:
    """Replace a photo's bytes and its SHA-256 column together, as a forger would."""
    attachment = attachment or first(path, "SELECT id FROM attachment ORDER BY id LIMIT 1")
    forged = b"another picture"
    sql(
        path,
        f"UPDATE attachment_blob SET data = x'{forged.hex()}' WHERE attachment_id = '{attachment}'",
        f"UPDATE attachment SET sha256 = '{hashlib.sha256(forged).hexdigest()}' "
        f"WHERE id = '{attachment}'",
    )
    return attachment


def test_a_photo_swapped_with_its_hash_is_caught_by_the_logged_hash(demo_path: Path) -> None:
    """Bytes and SHA-256 column replaced together pass the hash check; not this one."""
    attachment = swap_photo(demo_path)
    [finding] = outside(demo_path)
    assert finding.startswith(f"audit: attachment {attachment}: sha256 changed outside casefile")


def test_imported_and_restored_photos_have_their_hash_logged_too(
    demo_path: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        doc = json.loads(json.dumps(case.export_document()))
        photo = case.records("attachment")[0]
        case.restore(case.delete("attachment", photo.id))
    imported = tmp_path / "imported.casefile"
    CaseFile.create_from_document(imported, doc).close()
    for path, attachment in ((imported, ""), (demo_path, photo.id)):
        attachment = swap_photo(path, attachment)
        [finding] = outside(path)
        assert finding.startswith(f"audit: attachment {attachment}: sha256 changed outside")


def test_everything_casefile_itself_does_leaves_the_log_accounting_for_the_file(
    demo_path: Path, tmp_path: Path
) -> None:
    """No false alarms: edits, a delete with dependents, its undo, an import over the
    case, attaching, and a shared copy whose deleted items' values are withheld."""
    with CaseFile.open(demo_path, actor="tester") as case:
        party = case.records("party")[0]
        case.update("party", party.id, role="changed", country="")
        note = case.records("note")[0]
        case.update("note", note.id, party_ids=(), internal=True)
        snapshot = case.delete("party", party.id)  # notes and follow-ups point at it
        case.restore(snapshot)
        meeting = case.records("meeting")[0]
        case.update("meeting", meeting.id, timezone="Asia/Baku")
        case.add_attachments([(b"%PDF-1.4 scanned note", "scan.pdf")], to=note.id)
        doc = json.loads(json.dumps(case.export_document()))
        doc["parties"][0]["contact"] = "changed by import"
        assert case.import_document(doc) == 1
        gone = case.add("party", name="Deleted before sharing")
        case.delete("party", gone.id)
        assert case.check() == []
        copy = case.save_copy(tmp_path / "shared.casefile")
    assert outside(demo_path) == []
    assert outside(copy) == []


def test_a_mass_edit_is_summed_up_after_the_first_findings(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        for n in range(replay.MAX_FINDINGS + 5):
            case.add("follow_up", title=f"Follow-up {n}")
    sql(demo_path, "UPDATE follow_up SET title = title || ' (edited)'")
    findings = outside(demo_path)
    total = len(sql(demo_path, "SELECT id FROM follow_up"))
    assert len(findings) == replay.MAX_FINDINGS + 1
    assert findings[-1] == (
        f"audit: … and {total - replay.MAX_FINDINGS} more changes made outside casefile"
    )


def test_long_values_are_quoted_short(demo_path: Path) -> None:
    note = first(demo_path, "SELECT id FROM note ORDER BY id LIMIT 1")
    sql(demo_path, f"UPDATE note SET body = '{'x' * 500}' WHERE id = '{note}'")
    [finding] = outside(demo_path)
    assert len(finding) < 250 and '"xxxxxxxx' in finding and '…"' in finding


@pytest.mark.parametrize(
    "kind", ["party", "note", "damage_item", "meeting", "follow_up", "attachment"]
)
def test_deleting_and_restoring_any_item_leaves_nothing_unaccounted(
    demo_path: Path, kind: str
) -> None:
    """A delete also changes what pointed at the item (a note's source, a meeting's
    participants, a follow-up's owner, a represented party, an owner's files): every
    such change is logged, or check would call the file tampered with."""
    with CaseFile.open(demo_path, actor="tester") as case:
        if kind == "party":
            first_party = case.records("party")[0]
            case.add("party", name="Its delegate", represents_id=first_party.id)
        for item in case.records(kind):
            snapshot = case.delete(kind, item.id)
            assert case.check() == [], item
            case.restore(snapshot)
            assert case.check() == [], item

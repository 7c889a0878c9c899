"""The audit log: who changed what from what to what, hash-chained so tampering shows."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from pathlib import Path

import pytest
from store.store_support import file_digest, sql

from casefile.cli import main
from casefile.store import CaseFile, audit


def test_every_change_is_logged_with_actor_and_values(empty_case: CaseFile) -> None:
    party = empty_case.add("party", name="Azernews", role="press")
    empty_case.update("party", party.id, role="press source")
    empty_case.delete("party", party.id)
    log = empty_case.audit_log(entity_id=party.id)
    assert [e.action for e in log] == ["delete", "update", "create"]  # newest first
    assert {e.actor for e in log} == {"tester"}
    update = log[1]
    assert [(c.field, c.old, c.new) for c in update.changes] == [("role", "press", "press source")]
    deleted = {(c.field, c.old, c.new) for c in log[0].changes}  # what the item held
    assert {("name", "Azernews", None), ("role", "press source", None)} <= deleted
    assert not any(c.old in ("", None) for c in log[0].changes)  # empty fields left out
    assert all(e.at.utcoffset() is not None for e in log)
    assert empty_case.verify_audit().ok


def test_chain_verifies_and_the_fingerprint_follows_the_head(demo_case: CaseFile) -> None:
    verdict = demo_case.verify_audit()
    assert (verdict.ok, verdict.first_bad_seq) == (True, None)
    assert verdict.entries == len(demo_case.audit_log())
    before = demo_case.fingerprint()
    demo_case.add("party", name="New party")
    assert demo_case.fingerprint() != before
    log = demo_case.audit_log(limit=2)
    assert log[0].prev_hash == log[1].hash
    assert demo_case.fingerprint() == log[0].hash[:16]
    assert demo_case.audit_head() == log[0].hash


def test_an_edit_and_its_audit_entry_land_together(empty_case: CaseFile) -> None:
    before = len(empty_case.audit_log())
    empty_case.add("party", name="A")
    assert len(empty_case.audit_log()) == before + 1
    with pytest.raises(Exception, match="unknown party id"):
        empty_case.add("note", title="N", party_ids=["00000000-0000-4000-8000-000000000000"])
    assert len(empty_case.audit_log()) == before + 1


# Hand edits with sqlite3, as someone covering their tracks would make them.
TAMPERING = {
    "values": "UPDATE change_log SET changes = replace(changes, 'Galuzin', 'Someone') "
    "WHERE seq = {seq}",
    "actor": "UPDATE change_log SET actor = 'somebody else' WHERE seq = {seq}",
    "time": "UPDATE change_log SET at = '2020-01-01 00:00:00.000000' WHERE seq = {seq}",
    "action": "UPDATE change_log SET action = 'update' WHERE seq = {seq}",
    "rehashed": "UPDATE change_log SET changes = '{{}}', changes_digest = 'x' WHERE seq = {seq}",
    "withheld": "UPDATE change_log SET withheld = 1, changes = '{{}}' WHERE seq = {seq}",
}


def galuzin_entry(path: Path) -> int:
    rows = sql(path, "SELECT seq FROM change_log WHERE changes LIKE '%Galuzin%' ORDER BY seq")
    return rows[0][0]


@pytest.mark.parametrize("edit", TAMPERING, ids=list(TAMPERING))
def test_a_hand_edited_entry_is_named_by_check(
    demo_path: Path, edit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seq = galuzin_entry(demo_path)
    sql(demo_path, TAMPERING[edit].format(seq=seq))
    with CaseFile.open(demo_path, read_only=True) as case:
        verdict = case.verify_audit()
    assert (verdict.ok, verdict.first_bad_seq) == (False, seq)
    digest = file_digest(demo_path)
    assert main(["check", str(demo_path)]) == 1
    out, err = capsys.readouterr()
    assert f"audit: audit entry {seq} " in out
    assert err.startswith("casefile: error:") and str(demo_path.name) in err
    assert file_digest(demo_path) == digest


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_deleted_entry_is_reported(
    demo_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    total = sql(demo_path, "SELECT max(seq) FROM change_log")[0][0]
    seq = {"first": 1, "middle": total // 2, "last": total}[where]
    sql(demo_path, f"DELETE FROM change_log WHERE seq = {seq}")
    with CaseFile.open(demo_path, read_only=True) as case:
        verdict = case.verify_audit()
        problems = case.check()
    if where == "last":
        # A shorter chain is still a valid chain; the head recorded beside it is not.
        assert not verdict.ok and verdict.first_bad_seq == total
        assert "newest entries were deleted" in verdict.message
        assert main(["check", str(demo_path)]) == 1
        return
    assert not verdict.ok
    assert verdict.first_bad_seq == seq + 1
    assert f"audit entry {seq} is missing" in verdict.message
    assert [p.area for p in problems] == ["audit"]
    assert main(["check", str(demo_path)]) == 1
    assert f"entry {seq} is missing" in capsys.readouterr().out


def test_reordered_entries_are_reported(demo_path: Path) -> None:
    sql(demo_path, "UPDATE change_log SET seq = -seq WHERE seq IN (3, 4)",
        "UPDATE change_log SET seq = 4 WHERE seq = -3",
        "UPDATE change_log SET seq = 3 WHERE seq = -4")  # fmt: skip
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.verify_audit().first_bad_seq == 3


def test_audit_values_are_json_that_a_reviewer_can_read(demo_path: Path) -> None:
    for (changes,) in sql(demo_path, "SELECT changes FROM change_log"):
        assert isinstance(json.loads(changes), dict)


def test_the_recorded_head_follows_every_kind_of_write(demo_path: Path, tmp_path: Path) -> None:
    """Edits, deletes, restores, imports and shared copies all keep the chain verified."""
    from casefile.store import CaseFile

    with CaseFile.open(demo_path, actor="tester") as case:
        party = case.add("party", name="Head check")
        case.restore(case.delete("party", party.id))
        case.import_document(case.export_document())
        case.save_copy(tmp_path / "copy.casefile")
        assert case.verify_audit().ok
    with CaseFile.open(tmp_path / "copy.casefile", read_only=True) as copy:
        assert copy.verify_audit().ok


def _random_starts_falling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each batch's random counter start below the one before: without a monotonic
    counter, a later batch in the same second would sort before an earlier one."""
    starts = itertools.count(1 << 70, -(1 << 60))
    monkeypatch.setattr(audit, "_random_counter_start", lambda: next(starts))


def test_entry_ids_of_batches_in_the_same_millisecond_sort_in_the_order_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import uuid

    _random_starts_falling(monkeypatch)
    at = dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
    batches = [audit.entry_ids(3, at) for _ in range(4)]
    made = [i for batch in batches for i in batch]
    assert made == sorted(made) and len(set(made)) == len(made)
    earlier = audit.entry_ids(2, at - dt.timedelta(seconds=5))  # the clock stepped back
    assert made[-1] < earlier[0] < earlier[1]
    assert {uuid.UUID(i).version for i in made + earlier} == {7}
    assert all(str(uuid.UUID(i)) == i for i in made + earlier)


def test_processes_forked_from_one_that_wrote_make_ids_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A child forked after its parent wrote inherits the counter: each child's next
    batch in that second must still differ from its siblings' (an editor killed and
    another started from the same parent wrote the same ids, and the second's write
    failed on the log's unique id)."""
    _random_starts_falling(monkeypatch)
    at = dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
    audit.entry_ids(3, at)  # the parent's write
    inherited = audit._last_id_key
    children = []
    for _ in range(3):
        monkeypatch.setattr(audit, "_last_id_key", inherited)  # as each child starts
        children.append(audit.entry_ids(3, at))
    made = [i for batch in children for i in batch]
    assert len(set(made)) == len(made)


def test_entry_ids_are_unique_and_follow_the_chain_order(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entry ids are UUIDs of version 7: in one write they sort as the chain runs, which
    keeps an import's thousands of entries together in the id index (an import appends
    more than one batch, often within one second)."""
    import uuid

    from casefile.store import CaseFile

    _random_starts_falling(monkeypatch)

    with CaseFile.open(demo_path, read_only=True) as demo:
        document = demo.export_document()
    made = CaseFile.create_from_document(tmp_path / "copy.casefile", document, actor="tester")
    with made as case:
        case.add("party", name="Second write")
        log = case.audit_log()
    ids = [entry.id for entry in sorted(log, key=lambda e: e.seq)]
    assert len(ids) == len(set(ids)) > 20
    assert {uuid.UUID(i).version for i in ids} == {7}
    one_write = ids[:-1]  # the import
    assert one_write == sorted(one_write)
    assert all(str(uuid.UUID(i)) == i for i in ids)  # canonical spelling


@pytest.mark.parametrize(
    "actor",
    ["tester", 'Ілля "Q" Мамедов', "tab\there\nnewline\\slash", "emoji 🚀 and \u2028", "\x00\x1f"],
)
def test_entry_hash_is_the_hash_of_the_canonical_list_for_any_actor(actor: str) -> None:
    """Entries written by any version must verify: the hash is of one canonical text."""
    fields = [audit.GENESIS, 7, "01a214f2-b888-7139-9e71-e14edd0d5444",
              "2025-11-14T01:00:00+00:00", actor, "update", "note",
              "7b0c1f7e-0000-4000-8000-000000000001", "ab" * 32]  # fmt: skip
    expected = hashlib.sha256(audit.canonical(fields).encode("utf-8")).hexdigest()
    assert audit.entry_hash(*fields) == expected


@pytest.mark.parametrize(("position", "value"), [(4, None), (1, True), (1, "7"), (8, 12)])
def test_entry_hash_of_values_no_writer_stores_is_still_the_canonical_hash(
    position: int, value: object
) -> None:
    """A hand-edited file can hold them; verifying it must report, not crash."""
    fields: list = [audit.GENESIS, 7, "id", "2025-11-14T01:00:00+00:00", "tester", "create",
                    "note", "entity", "ab" * 32]  # fmt: skip
    fields[position] = value
    expected = hashlib.sha256(audit.canonical(fields).encode("utf-8")).hexdigest()
    assert audit.entry_hash(*fields) == expected


def test_entry_hash_with_an_identity_is_the_hash_of_the_extended_canonical_list() -> None:
    """An entry with a device has its device, clock time and parent in its hash."""
    fields = [audit.GENESIS, 7, "id", "2025-11-14T01:00:00+00:00", 'Ілля "Q"', "create",
              "note", "entity", "ab" * 32]  # fmt: skip
    identity = ("device\n1", 117734240228212736, "parent")
    expected = hashlib.sha256(audit.canonical([*fields, *identity]).encode("utf-8")).hexdigest()
    assert audit.entry_hash(*fields, identity) == expected
    assert (
        audit.entry_hash(*fields, ("device", "7", "parent"))
        == hashlib.sha256(
            audit.canonical([*fields, "device", "7", "parent"]).encode("utf-8")
        ).hexdigest()
    )

"""Audit entries' identity between copies: id, device, parent and hybrid clock time."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from store.store_support import sql

from casefile.store import CaseFile, audit
from casefile.store.device import DEVICE_FILE, device_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
IDENTITY = "SELECT seq, id, device, hlc, parent FROM change_log ORDER BY seq"


def problems(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [p.message for p in case.check()]


def test_entries_name_this_device_and_follow_their_parent(empty_case: CaseFile) -> None:
    empty_case.add("party", name="Azernews")
    empty_case.add("note", title="Press report")
    log = sorted(empty_case.audit_log(), key=lambda e: e.seq)
    assert {e.device for e in log} == {device_id()}
    assert log[0].parent == ""
    assert [e.parent for e in log[1:]] == [e.id for e in log[:-1]]
    assert all(later.hlc > earlier.hlc for earlier, later in zip(log, log[1:], strict=False))
    assert abs(log[-1].clock_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_the_device_id_is_kept_in_the_config_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    first = device_id()
    assert (tmp_path / "config" / "casefile" / DEVICE_FILE).read_text().strip() == first
    assert device_id() == first
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other"))
    assert device_id() != first


def test_the_clock_goes_forward_when_the_wall_clock_steps_back(empty_case: CaseFile) -> None:
    """A laptop whose clock was reset still writes a line that goes forward."""
    with empty_case._write() as session:
        audit.append(session, "tester", [("update", "party", "p", {"name": ["a", "b"]})])
        audit.append(
            session,
            "tester",
            [("update", "party", "p", {"name": ["b", "c"]})],
            at=dt.datetime(2001, 1, 1, tzinfo=dt.UTC),
        )
    newest, before = empty_case.audit_log(limit=2)
    assert newest.hlc == before.hlc + 1
    assert newest.at.year == 2001


def test_an_edited_clock_time_is_found(empty_case: CaseFile) -> None:
    empty_case.add("party", name="Azernews")
    empty_case.close()
    sql(empty_case.path, "UPDATE change_log SET hlc = hlc - 1 WHERE seq = 2")
    assert any("entry 2" in p and "hash does not match" in p for p in problems(empty_case.path))


def test_a_clock_time_before_its_parents_is_found_even_rehashed(empty_case: CaseFile) -> None:
    """The writer never makes one; a copy whose writer did is named, not trusted."""
    empty_case.add("party", name="Azernews")
    path = empty_case.path
    empty_case.close()
    ((seq, entry_id, device, hlc, parent),) = sql(path, IDENTITY + " LIMIT 1 OFFSET 1")
    parent_clock = sql(path, f"SELECT hlc FROM change_log WHERE id = '{parent}'")[0][0]
    row = sql(path, f"SELECT prev_hash, at, actor, action, entity, entity_id, changes_digest "
                    f"FROM change_log WHERE seq = {seq}")[0]  # fmt: skip
    prev, at, actor, action, entity, entity_id, digest = row
    at_text = audit.instant_text(dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC))
    forged = audit.entry_hash(
        prev, seq, entry_id, at_text, actor, action, entity, entity_id, digest,
        (device, parent_clock, parent),
    )  # fmt: skip
    sql(
        path,
        f"UPDATE change_log SET hlc = {parent_clock}, hash = '{forged}' WHERE seq = {seq}",
        f"UPDATE case_meta SET value = '{seq}:{forged}' WHERE key = 'audit_head'",
    )
    assert any(
        f"entry {seq} has a clock time before that of the entry it follows" in p
        for p in problems(path)
    )


def migrated_copy(folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copyfile(FIXTURES / "schema-3.casefile", path)
    with CaseFile.open(path, actor="tester"):
        pass
    return path


def test_copies_migrated_apart_have_the_same_identities(tmp_path: Path) -> None:
    one, two = migrated_copy(tmp_path, "one.casefile"), migrated_copy(tmp_path, "two.casefile")
    entries = sql(one, IDENTITY)
    assert entries == sql(two, IDENTITY)
    assert {device for _, _, device, _, _ in entries} == {""}  # made before devices
    assert [parent for *_, parent in entries] == ["", *[i for _, i, *_ in entries[:-1]]]
    clocks = [hlc for _, _, _, hlc, _ in entries]
    assert clocks == sorted(set(clocks))
    assert problems(one) == []


def test_an_edited_clock_time_of_a_migrated_entry_is_found(tmp_path: Path) -> None:
    """The hash of an entry from before devices does not cover its clock time: check
    derives it again from the entry's time and its parent's."""
    path = migrated_copy(tmp_path, "case.casefile")
    sql(path, "UPDATE change_log SET hlc = hlc + 5 WHERE seq = 3")
    found = problems(path)
    assert any("entry 3 has a clock time that does not follow" in p for p in found), found


def test_new_entries_after_migrated_ones_follow_them(tmp_path: Path) -> None:
    path = migrated_copy(tmp_path, "case.casefile")
    with CaseFile.open(path, actor="tester") as case:
        case.add("party", name="Azernews")
        newest, before = case.audit_log(limit=2)
        assert (before.device, newest.device) == ("", device_id())
        assert newest.parent == before.id and newest.hlc > before.hlc
        assert case.check() == []


def test_an_entry_whose_parent_is_not_before_it_is_found(empty_case: CaseFile) -> None:
    empty_case.add("party", name="Azernews")
    path = empty_case.path
    empty_case.close()
    sql(path, "UPDATE change_log SET parent = 'nowhere' WHERE seq = 2")
    assert any("entry 2" in p for p in problems(path))

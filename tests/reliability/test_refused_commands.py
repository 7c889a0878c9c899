"""A refused command changes nothing: no WAL conversion, no recovery, no schema upgrade.

Every case here arrives needing a change on its first editing open (an older schema,
WAL mode with its -wal, a hot journal of its own, a search index to make again), and an
editing command is refused for each reason a refusal can have: by the opening's checks,
by the command's input, or only by what the case holds (an id it lacks, a document about
another incident). The folder must read byte for byte as before: the file, what sits
beside it, and no backup, staging or lock file added.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import socket
import sqlite3
import struct
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_support import REPO, digests_of, record, run_cli
from test_leftovers import kill_mid_write, on_stick

from casefile.store import SCHEMA_VERSION, CaseFile
from casefile.store.lock import lock_path

FIXTURES = REPO / "tests" / "fixtures"


# -- how the case arrives: each needs a change when opened for editing -----------------------


def _old_schema(path: Path) -> None:
    if SCHEMA_VERSION == 1:
        pytest.skip("no older schema to upgrade from")
    shutil.copyfile(FIXTURES / "schema-1.casefile", path)


def _wal_mode(path: Path) -> None:
    """A copy taken while in WAL mode, its last change still in its -wal."""
    source = path.with_name("source.casefile")
    shutil.move(path, source)
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        shutil.copyfile(source, path)
        conn.execute("UPDATE case_meta SET value = value WHERE key = 'audit_head'")
        shutil.copyfile(str(source) + "-wal", str(path) + "-wal")
    finally:
        conn.close()
    source.unlink()


def _hot_journal(path: Path) -> None:
    kill_mid_write(path)


def _stale_search(path: Path) -> None:
    """Its search index marked for making again (an editor stopped before it was)."""
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO case_meta(key, value) VALUES('search_stale', '1')")
    conn.commit()
    conn.close()


STATES: dict[str, Callable[[Path], None]] = {
    "old-schema": _old_schema,
    "wal-mode": _wal_mode,
    "hot-journal": _hot_journal,
    "stale-search": _stale_search,
}


# -- why the command is refused ---------------------------------------------------------------


def _orphan(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE follow_up SET owner_id = '00000000-0000-4000-8000-00000000beef'")
    conn.commit()
    conn.close()


def _planted_trigger(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER planted AFTER INSERT ON note BEGIN DELETE FROM change_log; END")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    """Written by a newer casefile: the header says so (patched in place, as a byte)."""
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 7)
    path.write_bytes(bytes(data))


def _held_by_a_live_editor(path: Path) -> None:
    holder = {"user": "colleague", "host": f"not-{socket.gethostname()}", "pid": 4242,
              "since": "2025-11-14T09:30:00+00:00"}  # fmt: skip
    lock_path(path).write_text(json.dumps(holder))


def attach(path: Path, spare: Path) -> list[object]:
    scan = spare / "scan.txt"
    scan.write_text("a scanned note")
    return ["attach", path, "--to", "0" * 32, scan]


def import_bad_document(path: Path, spare: Path) -> list[object]:
    document = spare / "in.json"
    document.write_text(json.dumps({"format": "casefile-json", "version": 1, "incident": {},
                                    "unknown": []}))  # fmt: skip
    return ["import-json", path, document]


def import_missing_document(path: Path, spare: Path) -> list[object]:
    return ["import-json", path, spare / "no-such.json"]


def attach_to_a_malformed_id(path: Path, spare: Path) -> list[object]:
    return [*attach(path, spare)[:3], "not-an-id", *attach(path, spare)[4:]]


def attach_unreadable(path: Path, spare: Path) -> list[object]:
    return ["attach", path, "--to", "0" * 32, spare / "no-such-photo.jpg"]


# -- refusals only the case's content decides: after the checks of the opening ---------------


def _document_of(path: Path) -> dict:
    """The case as casefile-json, read as a reader reads it (changing nothing)."""
    with CaseFile.open(path, read_only=True) as case:
        return case.export_document()


def _import(document: dict, path: Path, spare: Path) -> list[object]:
    target = spare / "in.json"
    target.write_text(json.dumps(document))
    return ["import-json", path, target]


def attach_to_an_absent_id(path: Path, spare: Path) -> list[object]:
    return [*attach(path, spare)[:3], str(uuid.uuid4()), *attach(path, spare)[4:]]


def import_another_incident(path: Path, spare: Path) -> list[object]:
    document = _document_of(path)
    document["incident"]["id"] = str(uuid.uuid4())
    return _import(document, path, spare)


def import_a_link_to_a_missing_item(path: Path, spare: Path) -> list[object]:
    document = _document_of(path)
    note = {"id": str(uuid.uuid4()), "title": "Met the officer", "party_ids": [str(uuid.uuid4())]}
    document.update(notes=[note], parties=[], damage_items=[], meetings=[], follow_ups=[],
                    attachments=[])  # fmt: skip
    return _import(document, path, spare)


def import_other_bytes_for_an_attachment(path: Path, spare: Path) -> list[object]:
    document = _document_of(path)
    attachment = document["attachments"][0]
    data = b"other bytes under the same id"
    attachment.update(data_base64=base64.b64encode(data).decode("ascii"), size=len(data),
                      sha256=hashlib.sha256(data).hexdigest())  # fmt: skip
    document.update(parties=[], notes=[], damage_items=[], meetings=[], follow_ups=[],
                    attachments=[attachment])  # fmt: skip
    return _import(document, path, spare)


#: (what is done to the case before it arrives, after it arrives, the command, its exit code,
#: words of its message)
REFUSALS = {
    "locked": (None, _held_by_a_live_editor, attach, 2, "is being edited by colleague"),
    "damaged": (_orphan, None, attach, 2, "is damaged"),
    "planted": (_planted_trigger, None, attach, 2, "did not create"),
    "newer": (None, _newer, attach, 2, "newer casefile"),
    "bad-document": (None, None, import_bad_document, 1, "unknown top-level field"),
    "missing-document": (None, None, import_missing_document, 1, "does not exist"),
    "unreadable-attachment": (None, None, attach_unreadable, 1, "does not exist"),
    "malformed-target": (None, None, attach_to_a_malformed_id, 1, "is not an id"),
    "absent-target": (None, None, attach_to_an_absent_id, 1, "no damage item, note or meeting"),
    "another-incident": (None, None, import_another_incident, 1, "is about another incident"),
    "missing-link": (None, None, import_a_link_to_a_missing_item, 1, "unknown party id"),
    "other-bytes": (None, None, import_other_bytes_for_an_attachment, 1, "holds other bytes"),
}


@pytest.mark.parametrize("refusal", list(REFUSALS))
@pytest.mark.parametrize("state", list(STATES))
def test_a_refused_command_changes_nothing(
    state: str, refusal: str, demo_path: Path, tmp_path: Path
) -> None:
    before_arrival, after_arrival, command, code, words = REFUSALS[refusal]
    path = on_stick(demo_path)
    if state == "old-schema":
        STATES[state](path)
    if before_arrival is not None:
        before_arrival(path)
    if state != "old-schema":
        STATES[state](path)
    if after_arrival is not None:
        after_arrival(path)
    before = digests_of(path.parent)
    spare = tmp_path / "spare"
    spare.mkdir()
    result = run_cli(*command(path, spare))
    assert result.returncode == code, result.stderr
    assert result.stderr.startswith("casefile: error:") and words in result.stderr, result.stderr
    assert "internal error" not in result.stderr
    assert digests_of(path.parent) == before  # not a byte, no backup, staging or lock file
    record("refused commands", refusals_tried=1, files_changed_by_refused_commands=0)


@pytest.mark.parametrize("state", list(STATES))
def test_a_command_that_goes_through_its_rehearsal_is_made_once(
    state: str, demo_path: Path, tmp_path: Path
) -> None:
    """The copy takes the change first; the file then takes it once, and only the file
    (and, for an older schema, the backup taken before the upgrade) is left."""
    path = on_stick(demo_path)
    STATES[state](path)
    before = _document_of(path)
    target = next(d["id"] for d in before["damage_items"])
    scan = tmp_path / "scan.txt"
    scan.write_text("a scanned note")
    attached = run_cli("attach", path, "--to", target, scan)
    assert attached.returncode == 0, attached.stderr
    note = {"id": str(uuid.uuid4()), "title": "Met the officer"}
    document = {key: before[key] for key in ("format", "version", "incident")}
    imported = run_cli(*_import({**document, "notes": [note]}, path, tmp_path))
    assert imported.returncode == 0, imported.stderr
    assert "1 item(s) created or changed" in imported.stdout
    after = _document_of(path)
    assert len(after["attachments"]) == len(before["attachments"]) + 1
    assert [n["id"] for n in after["notes"]] == [n["id"] for n in before["notes"]] + [note["id"]]
    left = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert all(".bak-schema" in name for name in left), left
    assert run_cli("check", path).returncode == 0

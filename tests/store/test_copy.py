"""Save a copy: a consistent snapshot that holds nothing that was deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from store.store_support import file_digest, folder_listing, jpeg

from casefile.cli import main
from casefile.store import CaseFile, CaseFileError, NotFound

SECRET = "Zebraquokka"  # a word found nowhere else


@pytest.fixture
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("copies")


def test_deleted_text_is_nowhere_in_the_copy(demo_path: Path, copies: Path) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        note = case.add("note", title=f"Memo {SECRET}", body=f"{SECRET} " * 50, internal=True)
        photo = case.add_attachment(jpeg(), f"{SECRET}.jpg", to=note.id, caption=SECRET)
        case.update("note", note.id, body="rewritten")
        case.delete("note", note.id)
        assert case.search(SECRET) == []
        copy = case.save_copy(copies / "shared.casefile")
    # the original keeps its audit trail (it holds the old text); the copy must not
    assert SECRET.encode() in demo_path.read_bytes()
    data = copy.read_bytes()
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert SECRET.encode(encoding) not in data, encoding
    assert jpeg() not in data
    with CaseFile.open(copy, read_only=True) as shared:
        assert shared.check() == []
        assert shared.search(SECRET) == []
        log = shared.audit_log(entity_id=photo.id)  # the entries stay, their values do not
        assert [e.action for e in log] == ["delete", "create"]
        assert all(e.changes == () and e.withheld for e in log)
    with CaseFile.open(demo_path, read_only=True) as case:  # the original keeps them
        deleted = case.audit_log(entity_id=photo.id)[0]
        assert not deleted.withheld and ("caption", SECRET, None) in {
            (c.field, c.old, c.new) for c in deleted.changes
        }


def test_copy_checks_clean_and_holds_the_whole_case(demo_path: Path, copies: Path) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        case.delete("damage_item", case.records("damage_item")[0].id)
        original = case.export_document()
        fingerprint = case.fingerprint()
        copy = case.save_copy(copies / "copy.casefile")
    with CaseFile.open(copy, read_only=True) as shared:
        assert shared.export_document() == original
        assert shared.fingerprint() == fingerprint  # the same state of the case
        assert shared.verify_audit().ok
    assert main(["check", str(copy)]) == 0
    assert folder_listing(copies) == ["copy.casefile"]
    raw = copy.read_bytes()[:100]
    assert (raw[18], raw[19]) == (1, 1)  # not WAL


def test_copy_from_a_read_only_open_leaves_the_source_alone(demo_path: Path, copies: Path) -> None:
    digest = file_digest(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        copy = case.save_copy(copies / "copy.casefile")
    assert file_digest(demo_path) == digest
    with CaseFile.open(copy, actor="tester") as edited:  # the copy is a normal, editable case
        edited.add("party", name="Edited in the copy")
    assert file_digest(demo_path) == digest


def test_copy_refuses_to_overwrite_and_needs_a_folder(demo_case: CaseFile, copies: Path) -> None:
    existing = copies / "existing.casefile"
    existing.write_bytes(b"keep me")
    with pytest.raises(CaseFileError, match="already exists"):
        demo_case.save_copy(existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(NotFound, match="does not exist; choose one that does"):
        demo_case.save_copy(copies / "missing" / "copy.casefile")
    assert folder_listing(copies) == ["existing.casefile"]

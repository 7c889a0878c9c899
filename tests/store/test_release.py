"""Release copies (issue 24): nothing removed or withheld is left in the copy's bytes, and
`check` on the copy verifies its seal and accepts what its manifest accounts for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casefile.store import CaseFile, InvalidInput, Keys

#: Text that a release copy must not hold, in any of its bytes.
EDITED_AWAY = "Ambassador Edited-Away-Name"
DELETED = "Deleted-note-body-7731"
INTERNAL_NOTE = "Internal-note-body-5520"
INTERNAL_TITLE = "Internal-memo-title-9912"
INTERNAL_FOLLOW_UP = "Internal-follow-up-4410"
COMMENT = "Review-comment-text-3307"
SEAL_COMMENT = "Earlier-seal-comment-6602"
FILE_BYTES = b"internal-attachment-bytes-8841" * 40
#: Text the copy keeps.
KEPT = ("Ambassador Huseynov", "Public-note-body-1204", "Perimeter wall")


@pytest.fixture
def releaser(tmp_path: Path) -> Keys:
    keys = Keys(tmp_path / "keys")
    keys.create("Press Officer")
    return keys


@pytest.fixture
def source(tmp_path: Path, releaser: Keys) -> Path:
    path = tmp_path / "case.casefile"
    with CaseFile.create(path, title="Strike on the embassy", actor="officer") as case:
        party = case.add("party", name=EDITED_AWAY)
        case.update("party", party.id, name="Ambassador Huseynov")
        case.add("note", title="Statement", body="Public-note-body-1204")
        gone = case.add("note", title="Draft", body=DELETED)
        case.delete("note", gone.id)
        memo = case.add("note", title=INTERNAL_TITLE, body=INTERNAL_NOTE, internal=True)
        case.add_attachment(FILE_BYTES, "internal-file-6190.txt", to=memo.id)
        case.add("follow_up", title=INTERNAL_FOLLOW_UP, internal=True)
        wall = case.add("damage_item", title="Perimeter wall")
        case.add_comment(wall.id, COMMENT)
        case.seal(releaser.unlock(None), state="submitted", comment=SEAL_COMMENT)
    return path


def release(source: Path, keys: Keys, out: Path, *, redact: bool = True) -> dict:
    with CaseFile.open(source, read_only=True) as case:
        written, manifest = case.release_copy(out, keys.unlock(None), redact_internal=redact)
    assert written == out
    return manifest


def test_a_release_copy_holds_none_of_the_withheld_text(
    source: Path, releaser: Keys, tmp_path: Path
) -> None:
    out = tmp_path / "release.casefile"
    manifest = release(source, releaser, out)
    data = out.read_bytes()
    for text in (EDITED_AWAY, DELETED, INTERNAL_NOTE, INTERNAL_TITLE, INTERNAL_FOLLOW_UP,
                 COMMENT, SEAL_COMMENT):  # fmt: skip
        assert text.encode() not in data, text
    assert FILE_BYTES[:30] not in data and b"internal-file-6190" not in data
    for text in KEPT:
        assert text.encode() in data, text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.casefile", "keys",
                                                          "release.casefile"]  # fmt: skip
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    assert manifest["withheld"] == {
        "entry_values": manifest["source_entries"],
        "deleted_items": {"note": 1},
        "internal_items": {"note": 1, "follow_up": 1},
        "files_of_internal_notes": 1,
        "review_comments": 1,
        "seals": 1,
    }


def test_check_on_a_release_copy_names_it_and_verifies_its_seal(
    source: Path, releaser: Keys, tmp_path: Path
) -> None:
    out = tmp_path / "release.casefile"
    with CaseFile.open(source, read_only=True) as case:
        source_head = case.audit_head()
    release(source, releaser, out)
    with CaseFile.open(out, read_only=True) as copy:
        result = copy.check_result(releaser)
        assert result.problems == ()
        assert result.release is not None and result.release.verified
        assert result.release.source_state == source_head
        assert result.release.sentence().startswith(
            f'release copy of case "Strike on the embassy" at state {source_head[:16]}, '
            "released by Press Officer on "
        )
        [seal] = result.seals
        assert (seal.state, seal.signer, seal.signature_ok) == ("released", "Press Officer", True)
        assert [n.title for n in copy.records("note")] == ["Statement"]
        assert copy.records("follow_up") == [] and copy.comments() == []
        assert copy.records("party")[0].name == "Ambassador Huseynov"


def test_without_redaction_internal_material_stays(
    source: Path, releaser: Keys, tmp_path: Path
) -> None:
    out = tmp_path / "release.casefile"
    manifest = release(source, releaser, out, redact=False)
    data = out.read_bytes()
    assert INTERNAL_NOTE.encode() in data and FILE_BYTES[:30] in data
    for text in (EDITED_AWAY, DELETED, COMMENT, SEAL_COMMENT):
        assert text.encode() not in data, text
    assert manifest["withheld"]["internal_items"] == {}
    with CaseFile.open(out, read_only=True) as copy:
        assert copy.check_result(releaser).problems == ()


def test_a_release_copy_of_a_release_copy(source: Path, releaser: Keys, tmp_path: Path) -> None:
    first, second = tmp_path / "first.casefile", tmp_path / "second.casefile"
    release(source, releaser, first)
    release(first, releaser, second)
    with CaseFile.open(second, read_only=True) as copy:
        assert copy.check_result(releaser).problems == ()


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("DELETE FROM seal", "not sealed by its releaser"),
        ("UPDATE change_log SET withheld = 0 WHERE seq = 1", "values do not match"),
        (
            "UPDATE change_log SET changes = '{}', withheld = 1 WHERE seq = "
            "(SELECT max(seq) FROM change_log WHERE action = 'release' AND entity = 'party')",
            "marked withheld",
        ),
    ],
)
def test_a_changed_release_copy_is_a_finding(
    source: Path, releaser: Keys, tmp_path: Path, statement: str, says: str
) -> None:
    out = tmp_path / "release.casefile"
    release(source, releaser, out)
    conn = sqlite3.connect(out)
    conn.execute(statement)
    conn.commit()
    conn.close()
    with CaseFile.open(out, read_only=True) as copy:
        found = [p.message for p in copy.check_result(releaser).problems]
    assert any(says in f for f in found), found


def test_a_broken_case_is_not_released(source: Path, releaser: Keys, tmp_path: Path) -> None:
    conn = sqlite3.connect(source)
    conn.execute("UPDATE change_log SET actor = 'someone else' WHERE seq = 2")
    conn.commit()
    conn.close()
    with pytest.raises(InvalidInput, match="cannot be released: 'casefile check' finds"):
        release(source, releaser, tmp_path / "release.casefile")
    assert not (tmp_path / "release.casefile").exists()


def test_save_a_copy_of_a_sealed_case_with_comments(
    source: Path, releaser: Keys, tmp_path: Path
) -> None:
    """A plain copy keeps seals and review comments, and their audit entries' values."""
    with CaseFile.open(source, read_only=True) as case:
        case.save_copy(tmp_path / "copy.casefile")
    with CaseFile.open(tmp_path / "copy.casefile", read_only=True) as copy:
        result = copy.check_result(releaser)
        assert result.problems == () and len(result.seals) == 1
        assert [c.body for c in copy.comments()] == [COMMENT]
    assert EDITED_AWAY.encode() in (tmp_path / "copy.casefile").read_bytes()  # the log keeps it


@pytest.mark.parametrize("redact", [True, False], ids=["redacted", "whole"])
def test_a_release_of_the_demo_checks_clean(
    demo_path: Path, releaser: Keys, tmp_path: Path, redact: bool
) -> None:
    """The demo has site plans with pins, internal notes and photos: all accounted for."""
    out = tmp_path / "release.casefile"
    release(demo_path, releaser, out, redact=redact)
    with CaseFile.open(out, read_only=True) as copy:
        result = copy.check_result(releaser)
        assert result.problems == () and result.release is not None
        assert copy.plans() and copy.pins()

"""Sharing: after deleting a note and saving a copy, the deleted text is nowhere in the copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import record

from casefile.store import CaseFile

SECRETS = {
    "latin": "Zanzibarquokka informant name",
    "cyrillic": "Жовтоблакитнийсекрет джерело",
    "azerbaijani": "Gizlimənbəçiçək adı",
}


def encodings(text: str) -> list[bytes]:
    """Every way the words could sit in the file: as typed, folded, in UTF-16, word by word."""
    forms = {text, text.lower(), text.upper(), text.casefold()}
    out = []
    for form in forms:
        for word in [form, *form.split()]:
            if len(word) >= 6:
                out += [word.encode("utf-8"), word.encode("utf-16-le"), word.encode("utf-16-be")]
    return out


@pytest.mark.parametrize("script", SECRETS)
def test_deleted_note_is_nowhere_in_a_saved_copy(
    script: str, demo_case: CaseFile, tmp_path: Path
) -> None:
    secret = SECRETS[script]
    note = demo_case.add("note", title=f"Source: {secret}", body=f"Met {secret} at the gate.")
    demo_case.update("note", note.id, body=f"Met {secret} at the gate, twice.")
    (photo,) = demo_case.add_attachments(
        [(f"scan naming {secret}".encode() * 50, f"{secret.split()[0]}.txt")],
        to=note.id,
        caption=secret,
    )
    party = demo_case.add("party", name=secret.split()[0], contact=secret)
    demo_case.delete("party", party.id)
    assert demo_case.search(secret.split()[0])  # indexed while it existed
    demo_case.delete("note", note.id)
    copy = demo_case.save_copy(tmp_path / "to-share.casefile")
    data = copy.read_bytes()
    found = [form for form in encodings(secret) if form in data]
    assert not found, f"deleted text in the copy: {found[:3]}"
    with CaseFile.open(copy, actor="reviewer") as shared:
        assert shared.check() == []
        assert shared.verify_audit().ok  # the chain holds with the values withheld
        assert shared.search(secret.split()[0]) == []
        assert photo.id not in shared.ids("attachment")
        assert shared.count("note") == demo_case.count("note")
    record("sharing", deleted_texts_found_in_copies=len(found))

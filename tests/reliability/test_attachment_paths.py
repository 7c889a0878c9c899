"""Paths: an attachment's name is data; it is exported only under a safe name inside the folder.

Names that try to climb out (`../`), absolute paths, Windows drive paths and device names
(`C:\\x`, `CON`, `COM¹`), NUL bytes, control and bidirectional characters, and names too
long for a file system are stored exactly as given and exported as a generated safe
name inside the chosen folder, which may itself have a non-ASCII name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import record, stress

from casefile.store import CaseFile, InvalidInput

NAMES = [
    "../../../../etc/passwd",
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "/etc/shadow",
    "C:\\x",
    "C:\\Windows\\System32\\evil.dll",
    "\\\\server\\share\\minutes.txt",
    "CON",
    "con.txt",
    "CON .txt",
    "NUL",
    "aux.tar.gz",
    "LPT1.txt",
    "COM¹.txt",
    "evidence\x00.exe",
    "\x00",
    "..",
    ".",
    "~/.ssh/authorized_keys",
    "notes:hidden-stream.txt",
    "line\nbreak\r\n.txt",
    "\u202etxt.exe",
    "trailing dot. ",
    "𝐀" * 200 + ".txt",
    "é" * 300,
    "Протокол зустрічі 14.11.2025.txt",
    "folder/",
]
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"
}


def assert_safe(exported: Path, folder: Path) -> None:
    name = exported.name
    assert exported.parent == folder.resolve()
    assert not exported.is_symlink() and exported.is_file()
    assert all(ch.isprintable() and ch not in '/\\:*?"<>|' for ch in name), name
    assert name.split(".", 1)[0].rstrip(" ").upper() not in RESERVED, name
    assert not name.endswith((" ", ".")) and name not in (".", "..")
    assert len(name.encode("utf-8")) <= 255 and len(name) <= 255


def tree(folder: Path, skip: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if skip not in p.parents and p != skip)


@pytest.mark.parametrize("name", NAMES, ids=[repr(n)[:40] for n in NAMES])
def test_name_is_stored_as_data_and_exported_safely_inside_the_folder(
    name: str, empty_case: CaseFile, tmp_path: Path
) -> None:
    data = b"evidence for " + name.encode("utf-8")
    (added,) = empty_case.add_attachments([(data, name)])
    assert empty_case.get("attachment", added.id).filename == name  # stored exactly
    folder = tmp_path / "export"
    outside = tree(tmp_path, folder)
    exported = empty_case.export_attachment(added.id, folder)
    assert_safe(exported, folder)
    assert exported.read_bytes() == data
    assert tree(tmp_path, folder) == outside  # nothing written anywhere else
    record("paths: hostile names", exported_inside_the_folder=1)


def test_same_name_twice_overwrites_nothing(empty_case: CaseFile, tmp_path: Path) -> None:
    first, second = empty_case.add_attachments([(b"one", "minutes.txt"), (b"two", "minutes.txt")])
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "minutes.txt").write_bytes(b"already here")
    paths = [empty_case.export_attachment(a.id, folder) for a in (first, second)]
    assert (folder / "minutes.txt").read_bytes() == b"already here"
    assert [p.read_bytes() for p in paths] == [b"one", b"two"]
    assert len(set(paths)) == 2


def test_planted_links_in_the_folder_are_not_followed(empty_case: CaseFile, tmp_path: Path) -> None:
    """Links named like the safe name or the fallback, pointing outside: never written through."""
    (added,) = empty_case.add_attachments([(b"secret", "CON")])
    folder, outside = tmp_path / "export", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    fallback = f"attachment-{added.id[:8]}"
    for name in (f"{fallback}_CON", fallback, "CON"):
        (folder / name).symlink_to(outside / f"written-through-{name}")
    exported = empty_case.export_attachment(added.id, folder)
    assert list(outside.iterdir()) == []
    assert_safe(exported, folder)
    assert exported.read_bytes() == b"secret"


def test_export_into_a_folder_with_a_non_ascii_name(empty_case: CaseFile, tmp_path: Path) -> None:
    folder = tmp_path / "Докази" / "证据 مجلد" / "Sübütlar ✓"
    (added,) = empty_case.add_attachments([(b"photo bytes", "Фото стіни.txt")])
    exported = empty_case.export_attachment(added.id, folder)
    assert exported == folder.resolve() / "Фото стіни.txt"
    assert exported.read_bytes() == b"photo bytes"


@pytest.mark.stress
def test_any_name_is_exported_safely_inside_the_folder(
    empty_case: CaseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    exported = 0

    @settings(max_examples=stress(40, 400), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.text(min_size=1, max_size=300))
    def run(name: str) -> None:
        nonlocal exported
        try:
            (added,) = empty_case.add_attachments([(b"data", name)])
        except InvalidInput as exc:  # blank, or a name ending .jpg/.pdf for bytes that aren't
            assert not name.strip() or "image" in str(exc) or "PDF" in str(exc)
            return
        assert empty_case.get("attachment", added.id).filename == name
        path = empty_case.export_attachment(added.id, folder)
        assert_safe(path, folder)
        exported += 1

    outside = tree(tmp_path, folder)
    run()
    assert tree(tmp_path, folder) == outside
    record("paths: generated names", exported_inside_the_folder=exported)

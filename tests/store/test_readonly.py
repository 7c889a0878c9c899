"""Read-only opening never changes a byte; read-only files and folders open read-only unasked."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from store.store_support import file_digest, folder_listing

from casefile.store import APPLICATION_ID, CaseFile, ReadOnly

ROOT = Path(__file__).parents[2]


def test_reading_everything_changes_nothing(
    demo_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    digest, listing = file_digest(demo_path), folder_listing(demo_path.parent)
    stat = demo_path.stat()
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.read_only and case.read_only_reason == "opened read-only as asked"
        assert folder_listing(demo_path.parent) == listing  # no lock, no journal
        for kind in ("party", "note", "damage_item", "meeting", "follow_up", "attachment"):
            case.records(kind)
        case.search("fence")
        case.timeline()
        case.summary()
        assert case.check() == []
        case.audit_log()
        case.export_document()
        for attachment in case.records("attachment"):
            case.attachment_data(attachment.id)
            case.thumbnail(attachment.id)
        case.save_copy(tmp_path_factory.mktemp("copies") / "copy.casefile")
    assert file_digest(demo_path) == digest
    assert folder_listing(demo_path.parent) == listing
    assert demo_path.stat().st_mtime_ns == stat.st_mtime_ns


def test_an_older_file_read_only_is_migrated_in_a_temporary_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.casefile"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=0")
    conn.close()
    digest = file_digest(path)
    with CaseFile.open(path, read_only=True) as case:
        assert any("older schema" in n.message for n in case.notices)
        assert case.count("party") == 0  # read from the upgraded copy
    assert file_digest(path) == digest
    assert folder_listing(tmp_path) == ["old.casefile"]


# -- read-only folders and files, seen by a process without root's override ------------------

CHILD = """
import json, sys
from casefile.store import CaseFile, ReadOnly
with CaseFile.open(sys.argv[1], actor="reviewer") as case:
    result = {
        "read_only": case.read_only,
        "reason": case.read_only_reason,
        "notices": [n.message for n in case.notices],
        "parties": case.count("party"),
        "check": [p.message for p in case.check()],
    }
    try:
        case.add("party", name="x")
        result["write"] = "allowed"
    except ReadOnly as exc:
        result["write"] = str(exc)
print(json.dumps(result))
"""


def unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """Run Python without capabilities, so permission bits apply even to root."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is missing: cannot drop root's file-permission override")
    command = [sys.executable, *args]
    if os.geteuid() == 0:
        command = [setpriv, "--inh-caps=-all", "--bounding-set=-all", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def locked_down(demo_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """The demo with its folder (param 'folder') or the file itself (param 'file') read-only."""
    target = demo_path.parent if request.param == "folder" else demo_path
    mode = 0o555 if request.param == "folder" else 0o444
    target.chmod(mode)
    try:
        yield demo_path
    finally:
        target.chmod(0o755 if request.param == "folder" else 0o644)


@pytest.mark.parametrize("locked_down", ["folder", "file"], indirect=True)
def test_read_only_media_open_read_only_by_themselves(locked_down: Path) -> None:
    digest, listing = file_digest(locked_down), folder_listing(locked_down.parent)
    child = unprivileged("-c", CHILD, str(locked_down))
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert result["read_only"] is True
    assert "cannot be written" in result["reason"]
    assert any("opened read-only" in n for n in result["notices"])
    assert (result["parties"], result["check"]) == (7, [])
    assert "read-only" in result["write"]
    assert file_digest(locked_down) == digest
    assert folder_listing(locked_down.parent) == listing


@pytest.mark.parametrize("locked_down", ["folder"], indirect=True)
def test_cli_on_a_read_only_folder(
    locked_down: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    digest = file_digest(locked_down)
    info = unprivileged("-m", "casefile", "info", str(locked_down))
    assert info.returncode == 0, info.stderr
    assert "parties:        7" in info.stdout
    check = unprivileged("-m", "casefile", "check", str(locked_down))
    assert check.returncode == 0, check.stderr
    out = tmp_path_factory.mktemp("out")
    out.chmod(0o777)
    exported = unprivileged("-m", "casefile", "export-json", str(locked_down), str(out / "c.json"))
    assert exported.returncode == 0, exported.stderr
    attach = unprivileged("-m", "casefile", "attach", str(locked_down), "--to",
                          "00000000-0000-4000-8000-000000000000", str(out / "c.json"))  # fmt: skip
    assert attach.returncode == 1
    assert attach.stderr.count("casefile: error:") == 1 and "read-only" in attach.stderr
    assert "Traceback" not in attach.stderr
    assert file_digest(locked_down) == digest
    assert folder_listing(locked_down.parent) == ["demo.casefile"]


def test_new_case_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        child = unprivileged("-m", "casefile", "new", str(folder / "x.casefile"), "--title", "T")
    finally:
        folder.chmod(0o755)
    assert child.returncode == 1
    assert child.stderr.startswith("casefile: error:") and "folder is read-only" in child.stderr
    assert list(folder.iterdir()) == []


def test_read_only_case_refuses_writes_with_a_clear_message(demo_path: Path) -> None:
    with (
        CaseFile.open(demo_path, read_only=True) as case,
        pytest.raises(ReadOnly, match="save a copy to edit it") as caught,
    ):
        case.update_incident(title="Changed")
    assert caught.value.exit_code == 1

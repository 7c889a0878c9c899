"""Read-only media: a read-only file and folder open read-only by themselves, bytes unchanged.

Root ignores permission bits, so two setups: a read-only bind mount (EROFS, as on a
CD or a write-protected stick; needs root to mount) and permission bits checked by a
child process that dropped its capabilities with setpriv.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from half_written import kill_mid_write
from reliability_support import (
    digests_of,
    record,
    run_cli,
    run_python,
    without_capabilities,
)

from casefile.store import CaseFile, ReadOnly

PROBE = """
import json, sys
from casefile.store import CaseFile, ReadOnly
result = {}
with CaseFile.open(sys.argv[1]) as case:  # not asked for read-only: it must notice
    result["read_only"] = case.read_only
    result["notices"] = [n.message for n in case.notices]
    result["notes"] = case.count("note")
    result["problems"] = [p.message for p in case.check()]
    try:
        case.add("note", title="must not be written")
    except ReadOnly as exc:
        result["refused"] = str(exc)
print(json.dumps(result))
"""


@pytest.fixture
def shelf(tmp_path: Path, demo_path: Path) -> Path:
    """A folder holding a copy of the demo case, to be made read-only."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copyfile(demo_path, folder / "case.casefile")
    return folder


def check_probe(outcome: dict) -> None:
    assert outcome["read_only"] is True
    assert any("opened read-only" in n for n in outcome["notices"])
    assert outcome["notes"] > 0 and outcome["problems"] == []
    assert "save a copy" in outcome["refused"]


def test_read_only_mount_opens_read_only_and_changes_nothing(
    shelf: Path, read_only_view, tmp_path: Path
) -> None:
    view = read_only_view(shelf)
    path = view / "case.casefile"
    before = digests_of(shelf)
    outcome = json.loads(run_python(PROBE, path).stdout)
    check_probe(outcome)
    with CaseFile.open(path) as case:
        assert case.read_only
        with pytest.raises(ReadOnly):
            case.update_incident(summary="changed")
        case.save_copy(tmp_path / "copy.casefile")  # the way to edit it
    for args in (("info", path), ("check", path), ("export-json", path, tmp_path / "out.json")):
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
    result = run_cli("import-json", path, tmp_path / "out.json")
    assert result.returncode == 1 and "casefile: error:" in result.stderr
    assert "save a copy" in result.stderr
    assert digests_of(shelf) == before
    record("read-only media", files_changed=0)


@pytest.mark.parametrize(
    ("command", "written"),
    [
        (("new", "{ro}/new.casefile", "--title", "T"), "new.casefile"),
        (("demo", "{ro}/demo.casefile"), "demo.casefile"),
        (("export-json", "{case}", "{ro}/out.json"), "out.json"),
        (("import-json", "{ro}/imported.casefile", "{json}"), "imported.casefile"),
        (("brief", "{case}", "-o", "{ro}/brief.pdf"), "brief.pdf"),
    ],
    ids=["new", "demo", "export-json", "import-json-new", "brief"],
)
def test_writing_into_a_read_only_folder_says_so_in_one_line(
    shelf: Path, read_only_view, tmp_path: Path, demo_path: Path, command, written: str
) -> None:
    """A CD or a write-protected stick: each command refuses in words, leaving nothing."""
    view = read_only_view(shelf)
    json_doc = tmp_path / "doc.json"
    assert run_cli("export-json", demo_path, json_doc).returncode == 0
    before = digests_of(shelf)
    args = [a.format(ro=view, case=demo_path, json=json_doc) for a in command]
    result = run_cli(*args)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casefile: error:"), result.stderr
    assert "internal error" not in lines[0] and written in lines[0]
    assert "choose a folder you can write to" in lines[0] or "read-only" in lines[0]
    assert digests_of(shelf) == before


def test_a_copy_into_a_read_only_folder_is_refused_in_words(
    shelf: Path, read_only_view, demo_case: CaseFile
) -> None:
    view = read_only_view(shelf)
    before = digests_of(shelf)
    with pytest.raises(ReadOnly, match="choose a folder you can write to"):
        demo_case.save_copy(view / "copy.casefile")
    assert digests_of(shelf) == before


def test_read_only_permissions_open_read_only_and_change_nothing(shelf: Path) -> None:
    prefix = without_capabilities()
    if not prefix:
        pytest.skip("setpriv is not installed")
    path = shelf / "case.casefile"
    path.chmod(0o444)
    shelf.chmod(0o555)
    try:
        if run_python("open(__import__('sys').argv[1], 'ab')", path, prefix=prefix).returncode == 0:
            pytest.skip("dropping capabilities did not take effect here")
        before = digests_of(shelf)
        result = run_python(PROBE, path, prefix=prefix)
        assert result.returncode == 0, result.stderr
        check_probe(json.loads(result.stdout))
        result = run_cli("check", path, prefix=prefix)
        assert result.returncode == 0, result.stderr
        assert digests_of(shelf) == before
    finally:
        shelf.chmod(0o755)


def test_hot_journal_on_read_only_media_is_read_from_a_private_copy(
    shelf: Path, read_only_view, tmp_path: Path
) -> None:
    """Rolling back happens in a private copy, so even read-only media can be read."""
    path = shelf / "case.casefile"
    kill_mid_write(path)
    view = read_only_view(shelf)
    before = digests_of(shelf)
    for read_only in (True, False):  # for editing too: it opens read-only by itself
        with CaseFile.open(view / "case.casefile", read_only=read_only) as case:
            assert any(n.about == "interrupted_write" for n in case.notices)
            assert case.check() == []
    result = run_cli("info", view / "case.casefile")
    assert result.returncode == 0 and "interrupted write" in result.stderr
    assert digests_of(shelf) == before
    # Copied to a writable disk, with its journal, it recovers.
    rescue = tmp_path / "rescue"
    shutil.copytree(view, rescue)
    with CaseFile.open(rescue / "case.casefile") as case:
        assert any("recovered" in n.message for n in case.notices)
        assert case.check() == []

"""Disk full and I/O errors: the failing write is a clear DiskFull, the file stays sound.

Two ways to run out of room: a small tmpfs mounted for the test (needs root; skipped
elsewhere), and RLIMIT_FSIZE (`ulimit -f`) in a child process with SIGXFSZ ignored,
where the kernel refuses writes past the limit with EFBIG as a failing disk would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reliability_support import fill_disk, record, run_cli, run_python

from casefile.store import CaseFile, CaseFileError, DiskFull, Passphrase

BODY = "Свідчення очевидця: " + "x" * 20_000


def notes_until_full(case: CaseFile) -> tuple[list[str], DiskFull]:
    """Add notes until the disk refuses; the ids of those that returned, and the error."""
    added = []
    for n in range(100_000):
        try:
            added.append(case.add("note", title=f"note {n}", body=BODY + str(n)).id)
        except DiskFull as exc:
            return added, exc
    raise AssertionError("the disk never filled")


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_full_disk_refuses_the_edit_and_keeps_every_earlier_one(
    small_disk, encrypted: bool, tmp_path: Path
) -> None:
    disk = small_disk("2m")
    path = disk / "case.casefile"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("the full disk's passphrase\n")

    def passphrase() -> Passphrase | None:
        return Passphrase("the full disk's passphrase") if encrypted else None

    CaseFile.create(path, title="Full disk", actor="tester", passphrase=passphrase()).close()
    with CaseFile.open(path, actor="tester", passphrase=passphrase()) as case:
        assert case.encrypted == encrypted
        added, error = notes_until_full(case)
        assert "disk is full" in error.message or "refused the write" in error.message
        assert "earlier edits are safe" in error.message
        assert error.exit_code == 1 and error.path == path
        assert len(added) >= 3
    kind = "encrypted" if encrypted else "plain"
    record(f"disk full: tmpfs, {kind}", edits_before_full=len(added), lost_edits=0)
    assert not Path(str(path) + "-journal").exists()
    with CaseFile.open(path, actor="tester", passphrase=passphrase()) as case:
        assert case.check() == []
        assert [n.id for n in case.records("note")] == added  # every one, and not the failed one
        assert case.verify_audit().entries == 1 + len(added)
    result = run_cli("check", path, "--passphrase-file", secret)
    assert result.returncode == 0, result.stderr


def test_edits_resume_when_room_is_made(small_disk) -> None:
    disk = small_disk("2m")
    path = disk / "case.casefile"
    CaseFile.create(path, title="Full disk", actor="tester").close()
    with CaseFile.open(path, actor="tester") as case:
        filler = fill_disk(disk, leave=64 * 1024)
        added, _ = notes_until_full(case)
        filler.unlink()
        after = case.add("note", title="after room was made")
        assert case.get("note", after.id).title == "after room was made"
        assert case.check() == []
        assert case.count("note") == len(added) + 1


def test_ulimit_write_failure_is_disk_full_and_the_file_stays_sound(tmp_path: Path) -> None:
    """RLIMIT_FSIZE in a child (no root needed): writes past it fail like a failing disk."""
    path = tmp_path / "case.casefile"
    CaseFile.create(path, title="ulimit", actor="tester").close()
    code = """
import json, resource, signal, sys
from casefile.store import CaseFile, DiskFull
path, limit = sys.argv[1], int(sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
added = []
with CaseFile.open(path, actor="child") as case:
    try:
        for n in range(100_000):
            added.append(case.add("note", title=f"note {n}", body="y" * 5000 + str(n)).id)
    except DiskFull as exc:
        print(json.dumps({"added": added, "error": exc.message, "exit": exc.exit_code}))
"""
    result = run_python(code, path, path.stat().st_size + 200_000)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["exit"] == 1
    assert "refused the write" in outcome["error"] or "disk is full" in outcome["error"]
    assert len(outcome["added"]) >= 3
    record("disk full: ulimit -f", edits_before_full=len(outcome["added"]), lost_edits=0)
    with CaseFile.open(path, actor="tester") as case:
        assert case.check() == []
        assert [n.id for n in case.records("note")] == outcome["added"]


def test_full_disk_at_open_gives_disk_full_and_leaves_no_lock(small_disk) -> None:
    disk = small_disk("4m")
    path = disk / "case.casefile"
    CaseFile.create(path, title="Full disk", actor="tester").close()
    before = path.read_bytes()
    filler = fill_disk(disk)
    with pytest.raises(DiskFull, match="lock file could not be written"):
        CaseFile.open(path)
    assert sorted(p.name for p in disk.iterdir()) == ["case.casefile", "filler"]
    with CaseFile.open(path, read_only=True) as case:  # reading needs no room
        assert case.incident().title == "Full disk"
    result = run_cli("attach", path, "--to", "00000000-0000-0000-0000-000000000000", filler)
    assert result.returncode == 1
    assert result.stderr.startswith("casefile: error:") and "lock file" in result.stderr
    assert path.read_bytes() == before


def test_import_on_a_full_disk_imports_nothing(small_disk, tmp_path: Path) -> None:
    disk = small_disk("4m")
    path = disk / "case.casefile"
    with CaseFile.create(path, title="Import", actor="tester") as case:
        document = case.export_document()
    notes = [{"id": f"00000000-0000-4000-8000-{n:012d}", "title": f"imported {n}",
              "body": BODY} for n in range(60)]  # fmt: skip
    source = tmp_path / "in.json"
    source.write_text(json.dumps({**document, "notes": notes}), encoding="utf-8")
    fill_disk(disk, leave=200 * 1024)
    result = run_cli("import-json", path, source)
    assert result.returncode == 1, result.stderr
    assert "disk" in result.stderr and "nothing was saved" in result.stderr
    with CaseFile.open(path, read_only=True) as case:
        assert case.count("note") == 0
        assert case.check() == []
    record("disk full: import-json", partial_imports=0)


def test_save_copy_to_a_full_disk_leaves_no_partial_copy(small_disk, demo_path: Path) -> None:
    disk = small_disk("1m")  # the demo case with its photos is larger than this disk
    target = disk / "copy.casefile"
    with (
        CaseFile.open(demo_path, read_only=True) as case,
        pytest.raises(CaseFileError) as raised,
    ):
        case.save_copy(target)
    assert "full" in str(raised.value) or "free space" in str(raised.value)
    assert list(disk.iterdir()) == []


def test_export_json_to_a_full_disk_leaves_no_partial_file(small_disk, demo_path: Path) -> None:
    disk = small_disk("256k")
    result = run_cli("export-json", demo_path, disk / "out.json")
    assert result.returncode == 1
    assert result.stderr.startswith("casefile: error:") and "free space" in result.stderr
    assert list(disk.iterdir()) == []


def test_brief_export_to_a_full_disk_leaves_no_partial_pdf(small_disk, demo_path: Path) -> None:
    brief = pytest.importorskip("casefile.brief")
    if not hasattr(brief, "export_brief"):
        pytest.skip("the brief has not landed")
    disk = small_disk("64k")
    target = disk / "brief.pdf"
    with (
        CaseFile.open(demo_path, read_only=True) as case,
        pytest.raises(CaseFileError, match="full|not written|cannot write"),
    ):
        brief.export_brief(case, target, brief.BriefOptions())
    assert list(disk.iterdir()) == []
    # Over an earlier brief, from the command line: the earlier one is kept whole.
    earlier = b"%PDF-1.4 an earlier brief " + b"." * 4000
    target.write_bytes(earlier)
    result = run_cli("brief", demo_path, "-o", target)
    assert result.returncode == 1 and result.stderr.startswith("casefile: error:")
    assert [p.name for p in disk.iterdir()] == ["brief.pdf"]
    assert target.read_bytes() == earlier
    record("disk full: brief export", partial_pdfs=0)

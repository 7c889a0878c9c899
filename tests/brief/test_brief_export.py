"""export_brief: atomic writes, progress, cancellation, and refusing bad destinations."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from brief_support import pdf_text

from casefile.brief import BriefCancelled, BriefOptions, export_brief
from casefile.brief import export as export_module
from casefile.store.errors import InvalidInput

OPTIONS = BriefOptions(brief_date=dt.date(2025, 11, 21))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_export_writes_a_whole_pdf_and_nothing_else(small_case, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    seen: list[tuple[int, int]] = []
    export_brief(small_case, out, OPTIONS, progress=lambda d, t: seen.append((d, t)))
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 5
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("after_calls", [0, 3, 20, 10_000])
def test_cancel_leaves_no_file_and_keeps_the_old_one(
    small_case, tmp_path: Path, after_calls: int
) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"the previous brief")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    if after_calls == 10_000:  # never cancelled: the export goes through
        export_brief(small_case, out, OPTIONS, cancelled=cancelled)
        assert out.read_bytes().startswith(b"%PDF-")
        return
    with pytest.raises(BriefCancelled):
        export_brief(small_case, out, OPTIONS, cancelled=cancelled)
    assert out.read_bytes() == b"the previous brief"
    assert leftovers(tmp_path) == []


def test_a_failing_render_leaves_no_partial_pdf(
    small_case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_render(brief, handle, **kwargs):
        handle.write(b"%PDF-1.4 half a document")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_module, "render", broken_render)
    out = tmp_path / "brief.pdf"
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_brief(small_case, out, OPTIONS)
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_refuses_to_write_over_the_case_file(small_case) -> None:
    before = Path(small_case.path).read_bytes()
    with pytest.raises(InvalidInput, match="is the case file .* itself"):
        export_brief(small_case, small_case.path, OPTIONS)
    assert Path(small_case.path).read_bytes() == before


@pytest.mark.parametrize("where", ["missing/brief.pdf", "."])
def test_refuses_a_missing_folder_or_a_folder(small_case, tmp_path: Path, where: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        export_brief(small_case, tmp_path / where, OPTIONS)
    assert caught.value.exit_code == 1


def test_redacted_export_says_so(small_case, tmp_path: Path) -> None:
    out = tmp_path / "redacted.pdf"
    export_brief(small_case, out, BriefOptions(brief_date=OPTIONS.brief_date, redact_internal=True))
    assert "Redacted: internal material removed" in pdf_text(out)


@pytest.mark.parametrize(
    ("error", "kind", "exit_code"),
    [
        (PermissionError(13, "Permission denied"), "BriefNotWritten", 1),
        (OSError(28, "No space left on device"), "DiskFull", 1),
    ],
)
def test_write_failures_become_errors_the_user_can_act_on(
    small_case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error, kind, exit_code
) -> None:
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(Exception) as caught:
        export_brief(small_case, tmp_path / "brief.pdf", OPTIONS)
    assert type(caught.value).__name__ == kind
    assert caught.value.exit_code == exit_code
    assert str(tmp_path / "brief.pdf") in str(caught.value)

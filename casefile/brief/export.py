"""Export a brief to a file atomically: a failed or cancelled export leaves no partial PDF.

The PDF is written through the store's one writer (`casefile.store.replacing`): a
hidden temporary file of its own in the destination folder, synced, then renamed over
the destination in one step, so a reader sees either the old file or the whole new one.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from casefile.brief.gather import CaseReader, gather
from casefile.brief.options import BriefOptions
from casefile.brief.progress import CancelledFn, ProgressFn, Ticker
from casefile.brief.render import render
from casefile.brief.scripts import Uncovered, find_uncovered
from casefile.store import (
    NOT_WRITABLE_ERRNOS,
    CaseFileError,
    DiskFull,
    InvalidInput,
    Words,
    check_output,
    replacing,
)


class BriefNotWritten(CaseFileError):
    """The brief could not be written where asked (folder missing, no permission...)."""

    exit_code = 1


def export_brief(
    case: CaseReader,
    out_path: str | os.PathLike[str],
    options: BriefOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[Uncovered]:
    """Gather the brief from an open case and write it as PDF to `out_path`.

    Returns the fields whose characters no bundled font prints (they show as
    `[U+XXXX]` in the brief), for the caller to warn about; empty when all print.

    `progress(done, total)` reports on a 0..100 scale; `cancelled()` is polled at the
    same moments and a true answer raises BriefCancelled. On any failure the
    destination is left as it was (absent, or the previous file).
    """
    out = Path(out_path)
    _check_destination(case, out)
    inputs = _inputs(case)
    ticker = Ticker(progress, cancelled)
    brief = gather(case, options, progress=_stage(ticker, 0, 45), cancelled=cancelled)
    try:
        with replacing(out, inputs=inputs, what=Words("what.brief")) as handle:
            render(brief, handle, progress=_stage(ticker, 45, 98), cancelled=cancelled)
            ticker.tick(1, 1)  # last chance to cancel before the file appears
    except OSError as exc:
        raise _not_written(out, exc) from exc
    return find_uncovered(brief)


def _inputs(case: CaseReader) -> list[os.PathLike[str]]:
    case_path = getattr(case, "path", None)
    return [] if case_path is None else [case_path]


def _stage(ticker: Ticker, low: int, high: int) -> ProgressFn:
    """A progress callback for one stage, mapped into [low, high] of the whole export."""
    stage = ticker.stage(low, high)
    return lambda done, total: stage.tick(done, total)


def _check_destination(case: CaseReader, out: Path) -> None:
    """Refuse destinations that cannot work, before spending time on the brief."""
    if out.is_dir():
        raise InvalidInput.of("brief.folder_give_file", out=out)
    if not out.parent.is_dir():
        raise InvalidInput.of("brief.cannot_write_brief_2", folder=out.parent)
    check_output(out, inputs=_inputs(case), what=Words("what.brief"))


def _not_written(out: Path, exc: OSError) -> CaseFileError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull.of("brief.disk_full_brief", out=out)
    reason = exc.strerror or str(exc)
    if exc.errno in NOT_WRITABLE_ERRNOS:
        return BriefNotWritten.of("brief.cannot_write_brief_3", out=out, reason=reason)
    return BriefNotWritten.of("brief.cannot_write_brief", out=out, reason=reason)

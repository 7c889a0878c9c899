"""Export a brief to a file atomically: a failed or cancelled export leaves no partial PDF.

The PDF is written to a hidden temporary file in the destination folder, flushed to
disk, then renamed over the destination in one step (`os.replace`), so a reader sees
either the old file or the whole new one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from casefile.brief.gather import CaseReader, gather
from casefile.brief.options import BriefOptions
from casefile.brief.progress import CancelledFn, ProgressFn, Ticker
from casefile.brief.render import render
from casefile.store import check_output
from casefile.store.errors import NOT_WRITABLE_ERRNOS, CaseFileError, DiskFull, InvalidInput
from casefile.store.portable import replace_file


class BriefNotWritten(CaseFileError):
    """The brief could not be written where asked (folder missing, no permission...)."""

    exit_code = 1


def export_brief(
    case: CaseReader,
    out_path: str | os.PathLike[str],
    options: BriefOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Gather the brief from an open case and write it as PDF to `out_path`.

    `progress(done, total)` reports on a 0..100 scale; `cancelled()` is polled at the
    same moments and a true answer raises BriefCancelled. On any failure the
    destination is left as it was (absent, or the previous file).
    """
    out = Path(out_path)
    _check_destination(case, out)
    ticker = Ticker(progress, cancelled)
    brief = gather(case, options, progress=_stage(ticker, 0, 45), cancelled=cancelled)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise _not_written(out, exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            render(brief, handle, progress=_stage(ticker, 45, 98), cancelled=cancelled)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _mode_for(out))
        ticker.tick(1, 1)  # last chance to cancel before the file appears
        replace_file(temp, out)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _not_written(out, exc) from exc
        raise
    _sync_folder(out.parent)


def _stage(ticker: Ticker, low: int, high: int) -> ProgressFn:
    """A progress callback for one stage, mapped into [low, high] of the whole export."""
    stage = ticker.stage(low, high)
    return lambda done, total: stage.tick(done, total)


def _check_destination(case: CaseReader, out: Path) -> None:
    """Refuse destinations that cannot work, before spending time on the brief."""
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder: give a file name for the brief, e.g. brief.pdf")
    if not out.parent.is_dir():
        raise InvalidInput(f"cannot write the brief: the folder {out.parent} does not exist")
    case_path = getattr(case, "path", None)
    if case_path is not None:
        check_output(out, inputs=[case_path], what="the brief")


def _not_written(out: Path, exc: OSError) -> CaseFileError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"the disk is full: the brief was not written to {out}")
    reason = exc.strerror or str(exc)
    if exc.errno in NOT_WRITABLE_ERRNOS:
        return BriefNotWritten(
            f"cannot write the brief to {out} ({reason}): choose a folder you can write to"
        )
    return BriefNotWritten(f"cannot write the brief to {out}: {reason}")


def _mode_for(out: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 less the umask."""
    try:
        return out.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

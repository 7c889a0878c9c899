"""Writing to a case that opening would change: the command goes through on a copy first.

Opening a case for editing can change the file before a command writes anything: it
recovers an interrupted write, converts WAL mode, upgrades an older schema, makes its
search index again (store/opener.py). A command that the case's content refuses
(attaching to an id the case does not hold, importing a document about another
incident) would then leave the file changed. So when the opening is about to change
the file (the opener decides, with the lock held), the command is first made on a
private copy of the file and of what sits beside it, opened for editing exactly as the
file is about to be; only once it has gone through there does the opening go on and
the command is made on the file.

Why run the command itself and not a check of its own: the copy goes through the same
opening and the same write as the file, so the two cannot disagree about what is
refused, and no command needs a read-only twin of its checks to keep in step. Why not
put the written copy in the file's place: a journal or log beside the file would have
to be removed after that replacement, and a crash between the two would leave it
beside a file it no longer belongs to (the opener's own replacement is safe only
because it puts in place the file as that journal or log leaves it). The cost, one
copy and the command run twice, is paid only on the one opening that changes the file.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

from casefile.store import recovery
from casefile.store.errors import CaseFileError, DiskFull

#: an open case, closed when done
C = TypeVar("C", bound=AbstractContextManager[Any])


def on_copy_of(
    path: Path, change: Callable[[C], object], open_copy: Callable[[Path], C]
) -> Callable[[recovery.Leftovers], None]:
    """What the opener calls, with the lock held, before it changes the file: `change`
    made on a private copy of the file and its `leftovers`, opened for editing as the
    file is about to be (by `open_copy`); a refusal there is raised as the file's.

    A copy that cannot be opened for editing is left there: the file's own opening runs
    the same checks before it changes anything, and refuses in its own words."""
    path = Path(path).expanduser().absolute()

    def rehearse(leftovers: recovery.Leftovers) -> None:
        folder = recovery.private_folder()
        copy = folder / path.name
        try:
            try:
                recovery.copy_with(path, copy, leftovers)
            except OSError as exc:
                raise _no_room(path, folder, exc.strerror or str(exc)) from exc
            try:
                rehearsal = open_copy(copy)
            except DiskFull as exc:
                raise _no_room(path, folder, exc.message) from exc
            except CaseFileError:
                return
            with rehearsal:
                try:
                    change(rehearsal)
                except DiskFull as exc:
                    raise _no_room(path, folder, exc.message) from exc
                except CaseFileError as exc:
                    if exc.path is not None and Path(str(exc.path)) == copy:
                        exc.path = path
                    raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    return rehearse


def _no_room(path: Path, folder: Path, reason: str) -> CaseFileError:
    return CaseFileError.of(
        "open.was_changed_opening",
        path=path,
        folder=folder.parent,
        reason=reason,
    )

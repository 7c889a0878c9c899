"""Writing a file: never onto the command's own input, never through a planted link,
never half.

Every writer of casefile (export-json, the brief, Save a copy, new cases, the lock file,
migration backups) goes through here, so each rule holds for all of them:

- `check_output` refuses an output that is one of the command's inputs, or a file
  SQLite or casefile keeps beside a case (journal, WAL, lock), under any name: the same
  file is compared by (device, inode) where it exists, by its resolved path where it
  does not (a hard link, a symbolic link, `..` in the path).
- Nothing is opened for writing that was not just created by this process: temporary
  files get unpredictable names in the target's folder (`tempfile.mkstemp`:
  O_CREAT | O_EXCL | O_NOFOLLOW, mode 0600), other new files are created with O_EXCL
  | O_NOFOLLOW, and files SQLite creates (a database with its journal and lock) are made
  inside a private folder (`tempfile.mkdtemp`, mode 0700) where nobody else can plant
  anything. A link planted beside the target is therefore never followed. The finished
  file takes the target's name in one step (`os.replace`), or, when it must be new, by
  a hard link that fails if the name is taken.
- SIGINT and SIGTERM are held while a temporary file is created together with the note
  to remove it, and while it takes its name (`signals_held`): an interrupted command
  leaves either no temporary file or the finished output, never an orphan.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from casefile.store.errors import AlreadyExists, InvalidInput, Words, remove_quietly
from casefile.store.portable import check_new_file, replace_file
from casefile.store.received import node_kind

#: Files kept beside a case file at PATH as PATH + suffix: SQLite's rollback journal,
#: WAL and shared memory, and casefile's edit lock. Writing over one of them would
#: corrupt or unlock the case as surely as writing over the case itself.
CASE_SIDECARS = {
    "-journal": "sidecar.journal",
    "-wal": "sidecar.wal",
    "-shm": "sidecar.shm",
    ".lock": "sidecar.lock",
}


def check_output(
    out: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    what: str = "the output",
) -> Path:
    """The absolute output path, or InvalidInput (exit 1) naming why it may not be written.

    `inputs` are the case files the command reads; the output may be none of them nor
    their journal, WAL or lock file, under any name; nor may its name be one Windows
    cannot hold (store/portable.py). An output that exists must be a regular file, not
    a link (`refuse_unless_regular`). `what` completes "choose another file name for …"."""
    target = Path(out).expanduser().absolute()
    for source in inputs:
        clash = _clash(target, Path(source).expanduser().absolute())
        if clash is not None:
            raise InvalidInput.of(
                "output.choose_another_file",
                path=target,
                clash=clash,
                what=what,
            )
    refuse_unless_regular(target, what)
    check_new_file(target, f"cannot write {what}")
    return target


def refuse_unless_regular(target: Path, what: str) -> None:
    """Refuse an existing output that is not a regular file, or is a symbolic link.

    A rename puts a regular file in the place of what has the name: a device or FIFO
    (`/dev/null` as root) would be replaced, and so would a link itself, not the file it
    points to (`/dev/stdout` is such a link). Following the link instead would write
    wherever a planted link points. So a link is refused with the file it names."""
    try:
        link = os.readlink(target)
    except OSError:  # not a link, or nothing there
        link = None
    if link is not None:
        pointed = os.path.realpath(target)
        kind = _kind(Path(pointed))
        advice = (
            Words("advice.name_itself", pointed=pointed)
            if kind is None
            else Words("advice.file_name_for", what=what)
        )
        raise InvalidInput.of(
            "output.symbolic_link_writing",
            path=target,
            pointed=pointed,
            value="" if kind is None else Words("output.node_in_brackets", kind=kind),
            advice=advice,
        )
    kind = _kind(target)
    if kind is not None:
        raise InvalidInput.of(
            "output.regular_file_writing",
            path=target,
            kind=kind,
            what=what,
        )


def _kind(path: Path) -> str | None:
    """What an existing path is if not a regular file; None for a regular file or a name
    that does not exist."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return node_kind(mode)


def check_not_output(
    source: str | os.PathLike[str], out: str | os.PathLike[str], *, what: str
) -> None:
    """Refuse a file read by a command that writes the case file `out`, if it is that case
    or one of its sidecars; `what` names its role ("a file to attach"). InvalidInput
    naming the file."""
    path = Path(source).expanduser().absolute()
    clash = _clash(path, Path(out).expanduser().absolute())
    if clash is not None:
        raise InvalidInput.of("output.cannot_nothing_was", path=path, clash=clash, what=what)


def _clash(target: Path, source: Path) -> str | None:
    """What `target` is of `source` (the file itself, its journal, …), or None."""
    for suffix, name in (("", ""), *CASE_SIDECARS.items()):
        guarded = source.with_name(source.name + suffix)
        if _same_file(target, guarded):
            if name:
                return Words("clash.sidecar", name=Words(name), case=source)
            return Words("clash.itself", case=source)
    return None


def _same_file(a: Path, b: Path) -> bool:
    """One inode under two names where both exist, else one resolved path."""
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        pass
    else:
        if (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino):
            return True
    return os.path.realpath(a) == os.path.realpath(b)


# -- signals ---------------------------------------------------------------------------------

_HELD_SIGNALS = tuple(
    s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s
)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then deliver them as they came.

    Python runs signal handlers on the main thread, between two steps of its code: a
    KeyboardInterrupt could land between creating a temporary file and noting that it
    must be removed. Off the main thread no handler can interrupt, so nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        caught.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in _HELD_SIGNALS:
            handler = signal.getsignal(signum)
            if handler is None:  # installed outside Python: leave it be
                continue
            previous[signum] = handler
            signal.signal(signum, hold)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)


# -- new files, temporary files and folders -------------------------------------------------

#: How much of the target's name a temporary name repeats: enough to tell whose it is,
#: short enough that the random part and the suffix fit the 255-byte limit of a name.
_NAME_BYTES = 64
#: O_CREAT | O_EXCL: fails if the name exists, a link included (POSIX); O_NOFOLLOW says so
#: again where a system would follow a link with O_EXCL.
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_CREATE_NEW |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _stem(target: Path) -> str:
    """The start of a temporary name: a dot (hidden) and the target's name, cut short at
    a whole character (a name of any script, or of bytes that are not UTF-8)."""
    name = target.name
    while len(os.fsencode(name)) > _NAME_BYTES:
        name = name[:-1]
    return "." + name + "."


def file_mode(mode: int = 0o666) -> int:
    """`mode` less the process umask: the permissions a plain new file would get."""
    return mode & ~_umask()


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


def mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 less the umask."""
    try:
        return os.stat(target).st_mode & 0o777
    except OSError:
        return file_mode()


def set_mode(fd: int, mode: int) -> None:
    """Permissions of an open file, where the system has them (POSIX)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def create_new(path: Path, mode: int = 0o666) -> int:
    """A descriptor on a file created here and now: FileExistsError if anything (a file,
    a link, dangling or not) already has the name."""
    return os.open(path, _CREATE_NEW, mode)


@contextlib.contextmanager
def private_folder(target: Path) -> Iterator[Path]:
    """A new folder only this user can enter, beside `target`, removed with all it holds
    at the end: where SQLite creates a file with its journal and lock without any of
    those names being open to a link planted in the target's folder."""
    with contextlib.ExitStack() as stack:
        with signals_held():
            folder = Path(
                tempfile.mkdtemp(prefix=_stem(target), suffix=".casefile-tmp", dir=target.parent)
            )
            stack.callback(_uninterrupted, shutil.rmtree, folder, ignore_errors=True)
        yield folder


@contextlib.contextmanager
def new_temporary(target: Path, suffix: str = ".partial") -> Iterator[tuple[int, Path]]:
    """A new empty file beside `target` (descriptor and path), closed and removed at the
    end unless `put_in_place` or `put_new_in_place` gave it the target's name."""
    with contextlib.ExitStack() as stack:
        with signals_held():
            fd, name = tempfile.mkstemp(prefix=_stem(target), suffix=suffix, dir=target.parent)
            temp = Path(name)
            stack.callback(_uninterrupted, remove_quietly, temp)
            stack.callback(_close_quietly, fd)
        yield fd, temp


def _uninterrupted(cleanup: Any, *args: Any, **kwargs: Any) -> None:
    """Run a cleanup with SIGINT and SIGTERM held: a signal that came as the work ended
    normally would otherwise stop the removal half-way."""
    with signals_held():
        cleanup(*args, **kwargs)


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def put_in_place(temp: Path, target: Path, *, inputs: Iterable[Path] = (), what: str) -> None:
    """Give the finished `temp` the target's name in one step, replacing a file of that
    name (a link is replaced, never followed); checked again first, as the target may
    have changed while `temp` was written."""
    with signals_held():
        check_output(target, inputs=inputs, what=what)
        replace_file(temp, target)


def put_new_in_place(temp: Path, target: Path) -> None:
    """Give the finished `temp` the target's name only if nothing has it: of two writers
    of one new name, the first wins and the second gets AlreadyExists, and neither
    replaces what the other made. Where the disk has no hard links (FAT, some shares),
    a rename after a last look is the nearest it allows."""
    with signals_held():
        try:
            os.link(temp, target)
        except FileExistsError:
            raise AlreadyExists.new_case(target) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            if os.path.lexists(target):
                raise AlreadyExists.new_case(target) from None
            replace_file(temp, target)
        else:
            remove_quietly(temp)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the platform allows (POSIX)."""
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


def copy_to_new(source: Path, target: Path) -> None:
    """Copy `source` to a file created here and now under `target` (FileExistsError if
    the name is taken, a planted link included), synced; a failed copy leaves nothing.
    The copy is never more open than `source`: a private case gets a private backup."""
    with contextlib.ExitStack() as stack:
        with signals_held():
            fd = create_new(target, mode_for(source))
            stack.callback(remove_quietly, target)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        stack.pop_all()


# -- the writer most outputs use ----------------------------------------------------------


@contextlib.contextmanager
def replacing(
    out: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    what: str = "the output",
) -> Iterator[IO[bytes]]:
    """Write `out` whole or not at all: yields a handle on a new temporary file beside
    it; when the block ends without an error the file is synced and takes the name
    `out` (replacing a file of that name, keeping its permissions). Refused as by
    `check_output` before the block runs and again before the rename.

    OSError is raised as it is: the caller says in its own words what was not written."""
    sources = [Path(p) for p in inputs]
    target = check_output(out, inputs=sources, what=what)
    with new_temporary(target) as (fd, temp):
        with os.fdopen(os.dup(fd), "wb") as handle:
            yield handle
            handle.flush()
            set_mode(handle.fileno(), mode_for(target))
            os.fsync(handle.fileno())  # whole on disk before it takes the name
        put_in_place(temp, target, inputs=sources, what=what)
    sync_folder(target.parent)

"""The lock file beside a case open for editing: who holds it, and clearing stale ones.

SQLite's own locks last one transaction; this one lasts the editing session, so a
colleague opening the same file on a share is told who is editing it and since when.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from casefile.store.errors import DiskFull, InvalidInput, Locked, ReadOnly, Words
from casefile.store.received import read_received
from casefile.store.safewrite import create_new, file_mode, new_temporary, set_mode


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since_local()}"

    def since_instant(self) -> dt.datetime | None:
        """When the lock was taken (the file keeps UTC; a time without a zone is read as
        UTC), or None if what the lock says is not a time."""
        try:
            stamp = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return None
        return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)

    def since_local(self) -> str:
        """When the lock was taken, as this computer's wall-clock time ("2025-11-14
        09:30"): a person reads local time. As written if unreadable."""
        stamp = self.since_instant()
        return self.since if stamp is None else stamp.astimezone().strftime("%Y-%m-%d %H:%M")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, as in some containers
        return os.environ.get("USER") or "unknown"


def _me(user: str | None = None) -> LockHolder:
    return LockHolder(
        user=user or current_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        since=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    )


#: A lock file holds four short fields; anything much larger is not one of ours.
LOCK_BYTES = 64 * 1024
UNKNOWN_HOLDER = LockHolder(user="unknown", host="unknown", pid=0, since="unknown")


def read_holder(path: Path) -> LockHolder | None:
    """The holder named in the lock file, or None if there is none or it is unreadable."""
    try:
        raw = read_received(lock_path(path), limit=LOCK_BYTES, limit_text=Words("limit.lock_file"))
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except InvalidInput as exc:  # a node that is not a file, or too large, is not a lock
        if isinstance(exc.__cause__, FileNotFoundError):
            return None
        return UNKNOWN_HOLDER
    except (ValueError, KeyError, TypeError, RecursionError):
        return UNKNOWN_HOLDER


def _alive(pid: int) -> bool:
    """Whether a process of this number runs on this computer, asked the system's own
    way through psutil: `os.kill(pid, 0)` probes only on POSIX (on Windows, signal 0 is
    CTRL_C_EVENT). A zombie, dead but not yet collected by its parent, holds nothing."""
    import psutil

    if pid <= 0:
        return False
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:  # ZombieProcess included
        return False
    except (ValueError, OverflowError):  # not a number a process can have
        return False
    except psutil.Error:  # it exists, but we may not look at it (another user's)
        return True


def is_stale(holder: LockHolder) -> bool:
    """A lock is stale only when we can be sure: same host, and its process is gone."""
    return holder.host == socket.gethostname() and not _alive(holder.pid)


def _publish(target: Path, me: LockHolder, path: Path) -> None:
    """Make the lock file appear complete or not at all (FileExistsError if taken).

    The holder is written to a private file first (an unpredictable name, created
    exclusively, so a link planted in the folder is never written through) and
    hard-linked into place, so a second opener never reads a half-written lock and
    takes it for a broken one. Where the disk has no hard links (some shares), O_EXCL
    creation in place is the fallback.
    """
    try:
        with new_temporary(target, suffix=".tmp") as (fd, private):
            _write_holder(fd, me)
            try:
                os.link(private, target)
            except FileExistsError:
                raise
            except OSError:  # no hard links here: create in place, exclusively
                _write_new_holder(target, me)
    except FileExistsError:
        raise
    except PermissionError:
        raise
    except OSError as exc:  # a full disk: leave no lock file behind
        raise DiskFull.of(
            "lock.cannot_opened_for",
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def _write_holder(fd: int, me: LockHolder) -> None:
    """The holder as JSON into the open file `fd` (left open), readable by all, synced."""
    set_mode(fd, file_mode(0o644))
    os.write(fd, json.dumps(asdict(me)).encode("utf-8"))
    os.fsync(fd)


def _write_new_holder(file: Path, me: LockHolder) -> None:
    fd = create_new(file)
    try:
        _write_holder(fd, me)
    except OSError:
        file.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


class EditLock:
    """Held while a case is open for editing; released on close."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder
        self.cleared_stale: LockHolder | None = None
        #: the lock cleared was a live editor's, taken over as the user chose
        self.took_over = False

    @classmethod
    def acquire(cls, path: Path, *, override: bool = False, user: str | None = None) -> EditLock:
        """Lock the case for editing; `user` is the name others are shown (the one the
        editor goes by in casefile's settings), the login name when not given."""
        me = _me(user)
        target = lock_path(path)
        cleared: LockHolder | None = None
        took_over = False
        for _ in range(3):
            try:
                _publish(target, me, path)
            except FileExistsError:
                holder = read_holder(path)
                if holder is None:
                    continue  # vanished between our two looks: try again
                if holder.host == me.host and holder.pid == me.pid:
                    here = Locked.of("lock.open_here", path=path)
                    here.holder = holder
                    raise here from None
                abandoned = is_stale(holder) or holder.host == "unknown"
                if abandoned or override:
                    cleared = holder
                    took_over = not abandoned
                    try:
                        target.unlink()
                    except FileNotFoundError:
                        pass
                    except (IsADirectoryError, PermissionError) as exc:  # a folder in its place
                        if not target.is_dir():
                            raise
                        raise Locked.of(
                            "lock.cannot_locked_for_2",
                            path=path,
                            name=target.name,
                        ) from exc
                    continue
                held = Locked.of("lock.held", path=path, who=holder.describe())
                held.holder = holder
                raise held from None
            except PermissionError as exc:
                raise ReadOnly.of(
                    "lock.cannot_locked_for",
                    path=path,
                ) from exc
            lock = cls(path, me)
            lock.cleared_stale = cleared
            lock.took_over = took_over
            return lock
        raise Locked.of("lock.could_locked_for", path=path)

    def release(self) -> None:
        """Remove the lock file, but only if it is still ours."""
        if read_holder(self.path) == self.holder:
            try:
                lock_path(self.path).unlink()
            except FileNotFoundError:
                pass

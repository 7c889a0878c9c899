"""What a file must satisfy on every system a case file travels to, and the file
operations that differ on Windows.

Case files and briefs are carried between Linux, Windows and macOS laptops and shares.
A name Windows cannot store (CON, a colon, a trailing dot) is refused in words whatever
system writes it, so that a file never becomes one that the next person cannot copy
or open. The rest is Windows' own rules, taken where the code touches them: paths of
260 characters and more, a file held open by another program that cannot be replaced,
and a flush that needs a handle open for writing.
The Windows branches are chosen by `sys.platform` at call time, so tests run them
with the platform faked.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path
from typing import Any

from casefile.store.errors import CaseFileError, InvalidInput

#: Names Windows keeps for devices, with any extension and in any case ("nul.txt").
RESERVED_NAMES = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in (*range(1, 10), "¹", "²", "³")),
        *(f"LPT{i}" for i in (*range(1, 10), "¹", "²", "³")),
    }
)
#: Characters a Windows file name cannot hold (besides the folder separators).
FORBIDDEN_CHARACTERS = frozenset('<>:"|?*') | frozenset(map(chr, range(32)))
#: The longest new file name, in UTF-8 bytes: file systems allow 255, and the journal,
#: lock file and backups beside a case add up to 35 to its name.
MAX_NAME_BYTES = 200
#: Windows' MAX_PATH: a longer path needs the system's long-path support switched on.
WINDOWS_MAX_PATH = 260
#: What the files casefile writes beside a case or an output add to its path at most
#: (a backup ".bak-schema2-20251114T010000Z-2", a temporary brief's suffix).
SIDECAR_ROOM = 35
#: A file held open on Windows: tries of os.replace, the first wait, doubled each time
#: (0.05 + 0.1 + 0.2 + 0.4 + 0.8 s: an antivirus scan or a viewer's reload passes).
REPLACE_TRIES = 6
REPLACE_FIRST_WAIT = 0.05


class FileInUse(CaseFileError):
    """Windows would not let the file be replaced: another program holds it open."""

    exit_code = 1


def on_windows() -> bool:
    return sys.platform == "win32"


def name_problem(name: str) -> str | None:
    """Why Windows (or another system) cannot store a file of this name, or the files
    kept beside it, in words; None if it can."""
    if any("\udc80" <= ch <= "\udcff" for ch in name):
        return "it holds bytes that are not UTF-8 text, which other systems cannot store"
    size = len(name.encode("utf-8", "surrogatepass"))
    if size > MAX_NAME_BYTES:
        return (
            f"it is {size} bytes long (UTF-8); names are limited to {MAX_NAME_BYTES} so that "
            "the files kept beside it (its journal, lock and backups) fit in 255"
        )
    bad = sorted({ch for ch in name if ch in FORBIDDEN_CHARACTERS})
    if bad:
        shown = " ".join(repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad)
        return f"it contains {shown}, which Windows does not allow in a name"
    if name != name.rstrip(" ."):
        return "it ends with a dot or a space, which Windows drops"
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in RESERVED_NAMES:
        return f"{stem} is a name Windows keeps for a device"
    return None


def check_new_file(path: Path, what: str) -> None:
    """Refuse in words a file about to be written under a name or path that another
    system, or this Windows, cannot hold; `what` says what was being done."""
    problem = name_problem(path.name)
    if problem is not None:
        raise InvalidInput.of("name.choose_another_name", path=path, what=what, problem=problem)
    problem = long_path_problem(path)
    if problem is not None:
        raise InvalidInput.of("name.choose_shorter_folder", path=path, what=what, problem=problem)


def long_path_problem(path: Path) -> str | None:
    """Why this Windows cannot use the path, or the files casefile keeps beside it: a
    path of MAX_PATH characters or more, with long paths not enabled. None elsewhere."""
    length = len(str(path.absolute()))
    if not on_windows() or length + SIDECAR_ROOM < WINDOWS_MAX_PATH or long_paths_enabled():
        return None
    return (
        f"the path is {length} characters long, and Windows allows "
        f"{WINDOWS_MAX_PATH - 1 - SIDECAR_ROOM} (leaving room for the files casefile keeps "
        "beside it) unless IT enables long paths"
    )


def check_name_room(path: Path) -> None:
    """Refuse in words a case whose name leaves no room for the journal and lock file
    that SQLite and casefile keep beside it (they would fail with "file name too long")."""
    size = len(os.fsencode(path.name))
    if size > MAX_NAME_BYTES:
        raise CaseFileError.of(
            "name.cannot_opened_name",
            path=path,
            size=size,
            limit=MAX_NAME_BYTES,
        )
    problem = long_path_problem(path)
    if problem is not None:
        raise CaseFileError.of("name.cannot_opened_move", path=path, problem=problem)


def long_paths_enabled() -> bool:
    """Whether Windows lets programs use paths beyond MAX_PATH (a system setting, off
    by default before Windows 11); False wherever it cannot be read."""
    try:
        winreg: Any = importlib.import_module("winreg")
    except ImportError:
        return False
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
        ) as key:
            value, _ = winreg.QueryValueEx(key, "LongPathsEnabled")
    except OSError:
        return False
    return bool(value == 1)


def replace_file(source: Path, target: Path) -> None:
    """os.replace, waiting out a file that Windows reports in use.

    Windows refuses to replace, or rename, a file another program holds open (a PDF
    viewer showing the last brief, an antivirus scanning the new file) with a
    PermissionError. Such holds are often short, so the rename is tried a few times,
    about one and a half seconds in all, before FileInUse says what to do. Elsewhere a
    PermissionError means a read-only folder and goes to the caller at once.
    """
    wait = REPLACE_FIRST_WAIT
    for attempt in range(1, REPLACE_TRIES + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not on_windows():
                raise
            if attempt == REPLACE_TRIES:
                raise FileInUse.of("output.in_use", path=target) from exc
            time.sleep(wait)
            wait *= 2


def sync_to_disk(path: Path) -> None:
    """Flush a file just written, by name, to the disk. Windows flushes only through a
    handle open for writing (FlushFileBuffers); POSIX through any."""
    fd = os.open(path, (os.O_RDWR if on_windows() else os.O_RDONLY) | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

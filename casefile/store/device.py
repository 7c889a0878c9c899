"""Which device makes an audit entry: a random id kept in the user's config folder.

Two laptops editing copies of one case get different ids, so an entry says where it was
made (for `diff`, `merge` and seals); the id names the user's account on a machine, not
the machine's hardware, and tells nothing about either. Where the config folder cannot
be written (a read-only home), the id is derived from the user and host names instead:
stable on that account, different between machines.
"""

from __future__ import annotations

import functools
import getpass
import os
import socket
import uuid
from pathlib import Path

#: The file in the user's config folder (XDG_CONFIG_HOME/casefile on Linux).
DEVICE_FILE = "device-id"


def _config_dir() -> Path:
    from casefile.store.settings import config_folder

    return config_folder()


def _read(path: Path) -> str | None:
    try:
        with open(path, encoding="ascii") as handle:
            text = handle.read(64).strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _derived() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{user}@{socket.gethostname()}.casefile"))


@functools.cache
def _device_in(folder: Path) -> str:
    path = folder / DEVICE_FILE
    found = _read(path)
    if found is not None:
        return found
    made = str(uuid.uuid4())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # "x": of two processes making it at once, one id is kept and both read it
        with open(path, "x", encoding="ascii") as handle:
            handle.write(made + "\n")
        return made
    except FileExistsError:
        return _read(path) or _derived()
    except OSError:
        return _derived()


def device_id() -> str:
    """This account's device id (a UUID string), made on first use."""
    return _device_in(_config_dir())

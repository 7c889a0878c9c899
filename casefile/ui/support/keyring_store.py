"""Passphrases the user asked to remember, in the system keyring (the `keyring` package:
the Secret Service on Linux, the Keychain on macOS, the Credential Locker on Windows).

Only ever on the user's request. Where no keyring is usable, nothing is remembered and
the user is asked each time: a keyring's failure never stops a case from opening.
"""

from __future__ import annotations

from pathlib import Path

SERVICE = "casefile"


def _name(path: Path) -> str:
    return str(Path(path).expanduser().absolute())


def remembered(path: Path) -> str | None:
    """The passphrase remembered for the case at `path`, if any."""
    try:
        import keyring

        return keyring.get_password(SERVICE, _name(path))
    except Exception:  # no backend, a locked or broken keyring: ask instead
        return None


def remember(path: Path, passphrase: str) -> bool:
    """Keep the passphrase for `path`; False if no keyring would take it."""
    try:
        import keyring

        keyring.set_password(SERVICE, _name(path), passphrase)
    except Exception:
        return False
    return True


def forget(path: Path) -> None:
    """Drop what was remembered for `path` (a wrong or changed passphrase)."""
    try:
        import keyring

        keyring.delete_password(SERVICE, _name(path))
    except Exception:
        pass

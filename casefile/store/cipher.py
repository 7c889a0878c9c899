"""Passphrases and the SQLCipher keys derived from them.

An encrypted case file is a SQLCipher 4 database: its first 16 bytes are a random salt,
every other byte is encrypted, and nothing in it tells it from random bytes. The key
is derived from the passphrase and that salt with PBKDF2-HMAC-SHA512 (SQLCipher 4's
own derivation and iteration count), here, once per passphrase and salt: every
connection then hands SQLCipher the derived key as a raw key, which it uses as it is.
Opening a case makes several connections (the checks, the pool, recovery copies); each
would otherwise pay the derivation (a fifth of a second) again.

Copies of a file (recovery's staged and private copies, backups, `VACUUM INTO`) keep
its salt and so its key: they are encrypted as the file is, never written in the clear.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

#: SQLCipher 4's defaults: how it derives a key from a passphrase and the file's salt.
KDF_ITERATIONS = 256_000
KDF_DIGEST = "sha512"
KEY_BYTES = 32
SALT_BYTES = 16


class Passphrase:
    """A case file's passphrase, given or asked for when first needed.

    `asked` is called only if a file turns out to need the passphrase (a plain file
    never asks, and a passphrase file named for it is never read); `given` says that
    the user named one up front (a file), so that a plain file can say it needed none.
    The text is never shown: not in repr(), tracebacks or messages."""

    def __init__(
        self,
        text: str | None = None,
        *,
        asked: Callable[[], str] | None = None,
        given: bool | None = None,
    ):
        if (text is None) == (asked is None):
            raise ValueError("a passphrase is given as text or as a way to ask for it")
        self._text = text
        self._asked = asked
        self._given = asked is None if given is None else given
        self._keys: dict[bytes, bytes] = {}
        self._lock = threading.Lock()

    @property
    def given(self) -> bool:
        """Whether the user gave the passphrase up front, rather than to be asked for."""
        return self._given

    def _secret(self) -> bytes:
        if self._text is None:
            assert self._asked is not None
            self._text = self._asked()
        return self._text.encode("utf-8")

    def empty(self) -> bool:
        return not self._secret()

    def key_for(self, salt: bytes) -> bytes:
        """The file key for a file with this salt: derived once, then remembered."""
        with self._lock:
            key = self._keys.get(salt)
            if key is None:
                key = hashlib.pbkdf2_hmac(
                    KDF_DIGEST, self._secret(), salt, KDF_ITERATIONS, KEY_BYTES
                )
                self._keys[salt] = key
            return key

    def cipher_for(self, salt: bytes) -> Cipher:
        return Cipher(self.key_for(salt), salt)

    def new_cipher(self) -> Cipher:
        """The key of a new file, under a new random salt."""
        return self.cipher_for(os.urandom(SALT_BYTES))

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a passphrase is not pickled")


def check_new_passphrase(passphrase: Passphrase) -> None:
    """Refuse a passphrase that would protect nothing, or that could never be typed: the
    terminal's prompt and the app's passphrase box take one line, so a line break (a
    passphrase file of two lines) would lock the case to that file."""
    from casefile.store.errors import InvalidInput

    if passphrase.empty():
        raise InvalidInput.of("encryption.new_passphrase_empty")
    secret = passphrase._secret()
    if b"\n" in secret or b"\r" in secret:
        raise InvalidInput.of("encryption.new_passphrase_line_break")


@dataclass(frozen=True)
class Cipher:
    """The derived key of one encrypted file (and of its byte-for-byte copies)."""

    key: bytes = field(repr=False)
    salt: bytes

    def raw_key(self) -> str:
        """SQLCipher's raw key with its salt, which it uses as it is: no derivation."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def key_pragma(self) -> str:
        return f'PRAGMA key = "{self.raw_key()}"'


def looks_encrypted(head: bytes, size: int) -> bool:
    """Whether a file that is not a plain SQLite database could be an encrypted one: whole
    pages (SQLCipher writes nothing else), at least one of them."""
    return size >= 512 and size % 512 == 0 and len(head) >= SALT_BYTES

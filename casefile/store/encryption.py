"""Encrypting, decrypting and re-keying a case file: a new file, written whole, then put
in the old one's place.

SQLCipher's `sqlcipher_export` writes every table of the case into a new database
under the new key (or none); that copy is staged beside the file, must pass the
opening checks and the audit chain, and replaces the file in one rename. The case is
held open for editing meanwhile (its lock taken, any interrupted write recovered),
so nobody edits it under the copy. A crash at any moment leaves the file as it was,
or as it is meant to become, never half of each: at most the staged copy stays
beside it, encrypted if it was being encrypted.
"""

from __future__ import annotations

import os
from pathlib import Path

from casefile.store import recovery
from casefile.store import sqlitefile as sf
from casefile.store.casefile import CaseFile
from casefile.store.cipher import (
    SALT_BYTES,
    Cipher,
    Passphrase,
    check_new_passphrase,
    looks_encrypted,
)
from casefile.store.errors import (
    CaseFileError,
    Corrupt,
    InvalidInput,
    NotACaseFile,
    ReadOnly,
    not_written,
)
from casefile.store.portable import replace_file, sync_to_disk
from casefile.store.safewrite import mode_for, set_mode, sync_folder


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """Whether the file is not a plain SQLite file (and so, if a case, an encrypted one).
    Read without SQLite; raises what opening it would for what is no file at all."""
    return not sf.is_plain(sf.read_head(Path(path).expanduser().absolute()))


def encrypt(
    path: str | os.PathLike[str], new_passphrase: Passphrase, *, actor: str | None = None
) -> Path:
    """Encrypt a plain case with `new_passphrase`."""
    target = _existing(path)
    head = sf.read_head(target)
    if not sf.is_plain(head):
        if not looks_encrypted(head, target.stat().st_size):
            sf.read_header(target)  # says in its own words what the file is instead
        raise NotACaseFile.of(
            "encryption.already_encrypted_case",
            path=target,
        )
    check_new_passphrase(new_passphrase)
    return _rewrite(target, None, new_passphrase.new_cipher(), actor)


def decrypt(
    path: str | os.PathLike[str], passphrase: Passphrase | None, *, actor: str | None = None
) -> Path:
    """Write an encrypted case back as a plain one (anyone with the file can read it)."""
    target = _existing(path)
    _require_encrypted(target)
    return _rewrite(target, passphrase, None, actor)


def rekey(
    path: str | os.PathLike[str],
    passphrase: Passphrase | None,
    new_passphrase: Passphrase,
    *,
    actor: str | None = None,
) -> Path:
    """Give an encrypted case a new passphrase (and a new salt, so a new key)."""
    target = _existing(path)
    _require_encrypted(target)
    if passphrase is not None:  # the old passphrase is asked for, and tried, first
        sf.read_header(target, passphrase.cipher_for(sf.read_head(target)[:SALT_BYTES]))
    check_new_passphrase(new_passphrase)
    return _rewrite(target, passphrase, new_passphrase.new_cipher(), actor)


def _existing(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().absolute()


def _require_encrypted(path: Path) -> None:
    head = sf.read_head(path)
    if sf.is_plain(head):
        with CaseFile.open(path, read_only=True):  # a damaged or foreign file says so first
            pass
        raise InvalidInput.of(
            "encryption.encrypted_encrypt_use",
            path=path,
        )
    if not looks_encrypted(head, path.stat().st_size):
        sf.read_header(path)  # says in its own words what the file is instead


def _rewrite(
    path: Path, passphrase: Passphrase | None, new: Cipher | None, actor: str | None
) -> Path:
    """Open the case for editing, export it under `new` (None: plain) into a staged copy,
    check the copy, and put it in the file's place while the lock is still held. If
    opening would change the file (recover it, upgrade it), the rewrite is first made
    on a private copy (store/rehearsal.py): a copy that fails its checks there leaves
    the file as it was."""

    def rewrite(case: CaseFile) -> None:
        _rewrite_open(case, new)

    with CaseFile.open(path, actor=actor, passphrase=passphrase, rehearse=rewrite) as case:
        rewrite(case)
    return path


def _rewrite_open(case: CaseFile, new: Cipher | None) -> None:
    path = case.path
    if case.read_only:
        raise ReadOnly.of(
            "encryption.cannot_rewritten_copy",
            path=path,
            reason=case.read_only_reason,
        )
    opened = case._opened
    real = path.resolve()
    staged = _staging(real, path)
    try:
        sf.export(opened.working_path, opened.cipher, staged, new)
        verdict = recovery.soundness(staged, new)
        if not verdict.ok:
            raise Corrupt.of(
                "encryption.was_changed_rewritten",
                path=path,
                problem=verdict.problem,
            )
        sync_to_disk(staged)
        case._check_unchanged()
        replace_file(staged, real)
        sync_folder(real.parent)
    except OSError as exc:
        raise not_written(exc, path, "write.rewritten_copy") from exc
    except sf.DB_ERRORS as exc:
        raise sf.map_sqlite_error(exc, path) or CaseFileError.of(
            "encryption.was_changed_rewritten_2", path=path, reason=exc
        ) from exc
    finally:
        recovery.discard(staged)


def _staging(real: Path, path: Path) -> Path:
    """An empty file beside the case, under an unpredictable name, made exclusively, with
    the case's permissions: where the rewritten copy is written (the same folder, so that
    putting it in place is one atomic rename)."""
    try:
        fd, staged = recovery.new_staging(real)
    except OSError as exc:
        raise not_written(exc, path, "write.rewritten_copy") from exc
    try:
        set_mode(fd, mode_for(real))
    finally:
        os.close(fd)
    return staged

"""Signing keys: the user's own Ed25519 key pair, and the public keys they trust.

They live in the user's config folder (`keys/`), never in a case file. The private key
is PKCS#8 PEM, encrypted with the user's passphrase where one was given; beside it
lies the user's public key file, which `key export` hands out. A public key file names
its owner and carries a fingerprint short enough to read out over the phone, so that
two people can confirm, on a channel of their own, that the file is the right one
before `key trust` makes it trusted here.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import hashlib
import os
import unicodedata
from pathlib import Path

from casefile.store.errors import AlreadyExists, CaseFileError, InvalidInput, Words, not_written
from casefile.store.received import read_received
from casefile.store.safewrite import (
    check_output,
    new_temporary,
    put_new_in_place,
    replacing,
    signals_held,
    sync_folder,
)

#: The first line of a public key file, and the fields that follow it, in this order.
PUBLIC_HEADER = "casefile public key"
PUBLIC_FIELDS = ("name", "fingerprint", "key")
#: A public key file is four short lines; anything much larger is not one.
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_NAME_CHARS = 200
#: Hex digits of the fingerprint people compare: 128 bits, eight groups of four.
FINGERPRINT_DIGITS = 32
PRIVATE_NAME = "private-key.pem"
PUBLIC_NAME = "public-key.pub"
TRUSTED_FOLDER = "trusted"


def key_folder() -> Path:
    """Where this user's keys are kept: keys/ in casefile's folder of the user's config."""
    from casefile.store.settings import config_folder

    return config_folder() / "keys"


def fingerprint(public_key: bytes) -> str:
    """The key's fingerprint as people read it: SHA-256 of the raw key, its first 128
    bits as eight groups of four upper-case hex digits."""
    digits = hashlib.sha256(public_key).hexdigest()[:FINGERPRINT_DIGITS].upper()
    return " ".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


@dataclasses.dataclass(frozen=True, slots=True)
class PublicKey:
    """Someone's public key with the name its owner gave it."""

    name: str
    key: bytes  # the raw 32 bytes of an Ed25519 public key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    @property
    def key_text(self) -> str:
        return base64.b64encode(self.key).decode("ascii")

    def file_text(self) -> str:
        """The public key file: four lines, readable and comparable by eye."""
        return (
            f"{PUBLIC_HEADER}\nname: {self.name}\nfingerprint: {self.fingerprint}\n"
            f"key: {self.key_text}\n"
        )

    def verify(self, signature: bytes, message: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclasses.dataclass(frozen=True, slots=True)
class KeyEntry:
    """A key `key list` shows: the user's own or a trusted one, or a file that is
    neither any more (damaged), with what is wrong with it."""

    path: Path
    own: bool
    public: PublicKey | None
    protected: bool = False  # the own private key is encrypted with a passphrase
    #: what is wrong with the file: Words (its code and fields) for the app to translate,
    #: their English where the CLI prints it
    problem: Words | str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class SigningKey:
    """The user's private key, unlocked, with its public half."""

    public: PublicKey
    _private: object = dataclasses.field(repr=False)

    def sign(self, message: bytes) -> bytes:
        signature: bytes = self._private.sign(message)  # type: ignore[attr-defined]
        return signature


def check_name(name: str) -> str:
    """A key's owner's name: one line, printable, not empty, at most MAX_NAME_CHARS."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput.of("key.key_needs_owner")
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidInput.of("key.key_s_name", limit=MAX_NAME_CHARS)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in cleaned):
        raise InvalidInput.of("key.key_s_name_2")
    return cleaned


def parse_public(data: bytes, path: object) -> PublicKey:
    """A public key file's contents, every field checked, or InvalidInput naming the file."""

    def refuse(why: str) -> InvalidInput:
        return InvalidInput.of(
            "key.casefile_public_key",
            path=path,
            why=why,
        )

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse("not UTF-8 text") from None
    lines = text.lstrip("\ufeff").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or lines[0].strip() != PUBLIC_HEADER:
        raise refuse(f"its first line is not '{PUBLIC_HEADER}'")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        label, colon, value = line.partition(":")
        label = label.strip().lower()
        if not colon or label not in PUBLIC_FIELDS:
            raise refuse(f"an unexpected line {line[:40]!r}")
        if label in fields:
            raise refuse(f"'{label}' is given twice")
        fields[label] = value.strip()
    missing = [f for f in PUBLIC_FIELDS if f not in fields]
    if missing:
        raise refuse(f"it lacks its {', '.join(missing)}: it may have been cut short")
    try:
        key = base64.b64decode(fields["key"], validate=True)
    except (binascii.Error, ValueError):
        raise refuse("its key is not base64") from None
    if len(key) != 32:
        raise refuse(f"its key is {len(key)} bytes, not the 32 of an Ed25519 key")
    try:
        name = check_name(fields["name"])
    except InvalidInput as exc:
        raise refuse(exc.message) from None
    public = PublicKey(name, key)
    given = " ".join(fields["fingerprint"].upper().replace("-", " ").split())
    if given.replace(" ", "") != public.fingerprint.replace(" ", ""):
        raise InvalidInput.of(
            "key.holds_fingerprint_that",
            path=path,
        )
    return public


def read_public(path: str | os.PathLike[str]) -> PublicKey:
    data = read_received(
        path,
        limit=MAX_KEY_FILE_BYTES,
        limit_text=Words("limit.public_key"),
        what=Words("what.public_key_file"),
        advice=Words("advice.public_key"),
    )
    return parse_public(data, path)


def read_passphrase_file(path: str | os.PathLike[str]) -> str:
    """A passphrase kept in a file: its text, less the one line break an editor adds."""
    data = read_received(
        path,
        limit=MAX_KEY_FILE_BYTES,
        limit_text=Words("limit.passphrase_file"),
        what=Words("what.passphrase_file"),
        advice=Words("advice.passphrase_file"),
    )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput.of("key.utf_text_passphrase", path=path) from None
    if text.endswith("\n"):
        text = text[:-2] if text.endswith("\r\n") else text[:-1]
    if not text:
        raise InvalidInput.of("key.empty_passphrase_file", path=path)
    return text


class Keys:
    """The keys kept in one folder (key_folder() unless a test gives another)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else key_folder()

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_NAME

    @property
    def public_path(self) -> Path:
        return self.folder / PUBLIC_NAME

    @property
    def trusted_folder(self) -> Path:
        return self.folder / TRUSTED_FOLDER

    # -- the user's own key --------------------------------------------------------------

    def has_own(self) -> bool:
        return os.path.lexists(self.private_path)

    def create(self, name: str, passphrase: str | None = None) -> PublicKey:
        """A new key pair for `name`, encrypted with `passphrase` where given; refused
        if the user already has one (a seal made with the old key would lose its owner)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        name = check_name(name)
        if passphrase is not None and not passphrase:
            raise InvalidInput.of("key.key_s_passphrase")
        if self.has_own():
            raise AlreadyExists.of(
                "key.already_holds_your",
                path=self.private_path,
            )
        private = Ed25519PrivateKey.generate()
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
            if passphrase
            else serialization.NoEncryption()
        )
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )
        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        public = PublicKey(name, raw)
        self._make_folders()
        try:
            with replacing(self.public_path, what=Words("what.your_public_key")) as handle:
                handle.write(public.file_text().encode("utf-8"))
            with new_temporary(self.private_path) as (fd, temp):  # created 0600 (mkstemp)
                with os.fdopen(os.dup(fd), "wb") as out:
                    out.write(pem)
                    out.flush()
                    os.fsync(out.fileno())
                put_new_in_place(temp, self.private_path)
        except AlreadyExists:
            raise AlreadyExists.of(
                "key.already_holds_your_2",
                path=self.private_path,
            ) from None
        except OSError as exc:
            raise not_written(exc, self.private_path, "write.no_new_key") from exc
        sync_folder(self.folder)
        return public

    def own_public(self) -> PublicKey:
        """The user's public key, read from their key folder."""
        if not self.has_own():
            raise InvalidInput.of("key.you_have_signing")
        try:
            return read_public(self.public_path)
        except InvalidInput as exc:
            # Written from the private key again, where that needs no passphrase.
            raise InvalidInput.of(
                "key.your_public_key",
                path=self.public_path,
                refusal=exc.words,
            ) from None

    def is_protected(self) -> bool:
        """Whether the private key needs a passphrase to be used."""
        return b"ENCRYPTED" in self._private_pem()[:64]

    def _private_pem(self) -> bytes:
        try:
            return read_received(
                self.private_path,
                limit=MAX_KEY_FILE_BYTES,
                limit_text=Words("limit.private_key"),
                what=Words("what.your_private_key"),
                advice=Words("advice.private_key"),
            )
        except InvalidInput as exc:
            if not self.has_own():
                raise InvalidInput.of("key.you_have_signing") from None
            raise exc

    def unlock(self, passphrase: str | None) -> SigningKey:
        """The user's private key, ready to sign; InvalidInput for a wrong or missing
        passphrase, or a damaged key file."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        public = self.own_public()
        pem = self._private_pem()
        protected = self.is_protected()
        if protected and not passphrase:
            raise InvalidInput.of(
                "key.your_signing_key",
                path=self.private_path,
            )
        try:
            private = serialization.load_pem_private_key(
                pem, password=passphrase.encode("utf-8") if protected and passphrase else None
            )
        except (ValueError, TypeError) as exc:
            if protected and "incorrect password" in str(exc).lower():
                raise InvalidInput.of(
                    "key.passphrase_does_unlock",
                    path=self.private_path,
                ) from None
            raise InvalidInput.of(
                "key.damaged_private_key",
                path=self.private_path,
            ) from None
        if not isinstance(private, Ed25519PrivateKey):
            raise InvalidInput.of(
                "key.holds_key_another",
                path=self.private_path,
            )
        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        if raw != public.key:
            raise InvalidInput.of(
                "key.does_belong_your",
                path=self.public_path,
            )
        return SigningKey(public, private)

    def export(self, out: str | os.PathLike[str]) -> PublicKey:
        """Write the user's public key file to `out` (whole or not at all). A file that is
        there already is replaced only if it is a public key file too: a case or any
        other document under that name is refused."""
        public = self.own_public()
        target = check_output(out, what=Words("what.public_key"))
        if os.path.lexists(target):
            try:
                read_public(target)
            except InvalidInput:
                raise InvalidInput.of(
                    "key.already_exists_public",
                    path=target,
                ) from None
        try:
            with replacing(out, what=Words("what.public_key")) as handle:
                handle.write(public.file_text().encode("utf-8"))
        except OSError as exc:
            raise not_written(exc, out) from exc
        return public

    # -- trusted keys -----------------------------------------------------------------------

    def trust(self, path: str | os.PathLike[str]) -> tuple[PublicKey, str]:
        """Trust the public key in the file at `path` here. Returns it with what was done:
        "trusted", "renamed" (trusted before under another name), "already" or "own"
        (the user's own key, which needs no trusting)."""
        public = read_public(path)
        if self.has_own():
            with contextlib.suppress(InvalidInput):
                if self.own_public().key == public.key:
                    return public, "own"
        outcome = "trusted"
        for entry in self.trusted():
            if entry.public is not None and entry.public.key == public.key:
                if entry.public.name == public.name:
                    return public, "already"
                outcome = "renamed"
        target = self._trusted_path(public)
        self._make_folders()
        try:
            with replacing(target, what=Words("what.trusted_key")) as handle:
                handle.write(public.file_text().encode("utf-8"))
        except OSError as exc:
            raise not_written(exc, target, "write.no_trusted_key") from exc
        return public, outcome

    def _trusted_path(self, public: PublicKey) -> Path:
        return self.trusted_folder / (public.fingerprint.replace(" ", "").lower() + ".pub")

    def trusted(self) -> list[KeyEntry]:
        """Every key trusted here, in name order; a damaged file as an entry with its
        problem (it trusts nothing)."""
        entries = []
        try:
            names = sorted(os.listdir(self.trusted_folder))
        except OSError:
            names = []
        for name in names:
            if not name.endswith(".pub"):
                continue
            path = self.trusted_folder / name
            try:
                public = read_public(path)
            except CaseFileError as exc:
                entries.append(KeyEntry(path, False, None, problem=exc.words))
                continue
            if name != self._trusted_path(public).name:
                problem = Words("key.name_not_fingerprint")
                entries.append(KeyEntry(path, False, None, problem=problem))
                continue
            entries.append(KeyEntry(path, False, public))
        return sorted(entries, key=lambda e: (e.public is None, e.public and e.public.name.lower()))

    def listing(self) -> list[KeyEntry]:
        """The user's own key first (when there is one), then the trusted ones."""
        entries = []
        if self.has_own():
            try:
                entries.append(KeyEntry(self.private_path, True, self.own_public(),
                                        self.is_protected()))  # fmt: skip
            except InvalidInput as exc:
                entries.append(KeyEntry(self.private_path, True, None, problem=exc.words))
        return entries + self.trusted()

    def trusted_name(self, key: bytes) -> str | None:
        """The name under which this key is trusted here (the user's own included), or
        None if it is not."""
        return self.trusted_names().get(key)

    def trusted_names(self) -> dict[bytes, str]:
        """Every key trusted here (the user's own included), with its name: read once
        for all the seals of a case."""
        names: dict[bytes, str] = {}
        for entry in reversed(self.listing()):  # the user's own name wins
            if entry.public is not None:
                names[entry.public.key] = entry.public.name
        return names

    def _make_folders(self) -> None:
        try:
            with signals_held():
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                self.trusted_folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise not_written(exc, self.folder, "write.no_keys") from exc

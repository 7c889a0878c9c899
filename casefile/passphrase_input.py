"""Where the command line finds a case file's passphrase (DESIGN.md, "Passphrases").

The case's own: `--passphrase-file F`, else CASEFILE_PASSPHRASE, else the terminal, asked
only once a file turns out to be encrypted. A second case (merge's OTHER, diff's NEW):
`--other-passphrase-file F`, else CASEFILE_OTHER_PASSPHRASE, else the terminal. A new
one (`new --encrypt`, `encrypt`, `rekey`): `--new-passphrase-file F`, else
CASEFILE_NEW_PASSPHRASE, else, for a file that has none yet, CASEFILE_PASSPHRASE, else
the terminal, twice. Never an argument of its own: other users see a process's arguments.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.store import Passphrase


@dataclass(frozen=True)
class Source:
    """One passphrase's option, environment variable and terminal prompt."""

    option: str
    variable: str
    prompt: str

    @property
    def dest(self) -> str:
        return self.option.removeprefix("--").replace("-", "_")


CASE = Source("--passphrase-file", "CASEFILE_PASSPHRASE", "Passphrase of {path}: ")
OTHER = Source("--other-passphrase-file", "CASEFILE_OTHER_PASSPHRASE", "Passphrase of {path}: ")
NEW = Source("--new-passphrase-file", "CASEFILE_NEW_PASSPHRASE", "New passphrase for {path}: ")


def add_option(parser: argparse.ArgumentParser, source: Source = CASE) -> None:
    """The `--…-passphrase-file F` option of a command that opens (or encrypts) a case."""
    helps = {
        CASE: "the case file's passphrase, if it is encrypted, is the text of F "
        f"(else {CASE.variable}, else it is asked for)",
        OTHER: "the other case file's passphrase, if it is encrypted, is the text of F "
        f"(else {OTHER.variable}, else it is asked for)",
        NEW: f"the new passphrase is the text of F (else {NEW.variable}, else it is asked for)",
    }
    parser.add_argument(source.option, metavar="F", help=helps[source])


def add_copy_options(parser: argparse.ArgumentParser) -> None:
    """How a command's new copy of a case is encrypted: as the case, under a new
    passphrase, or not at all."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        NEW.option,
        metavar="F",
        help=f"encrypt the copy with a new passphrase, the text of F (else {NEW.variable} "
        "if set; without either, the copy is encrypted as the case is, or plain as it is)",
    )
    group.add_argument(
        "--plain",
        action="store_true",
        help="write the copy unencrypted, even of an encrypted case: anyone who has the "
        "copy can read it",
    )


def copy_passphrase(args: argparse.Namespace) -> Passphrase | None:
    """The new passphrase of a copy (see add_copy_options): None where the copy is plain
    by choice or encrypted as its case. Never asked for on the terminal: a copy is
    re-keyed only when the user says so, by the option or the environment."""
    from casefile.store import Passphrase, read_passphrase_file

    if args.plain:
        return None
    given = getattr(args, NEW.dest, None)
    if given:
        return Passphrase(read_passphrase_file(given), given=True)
    if os.environ.get(NEW.variable):
        return Passphrase(os.environ[NEW.variable])
    return None


def case_passphrase(args: argparse.Namespace, path: object) -> Passphrase | None:
    """The passphrase for the case at `path`, from the command's options, the environment
    or, once the file turns out to need one, the terminal (None: nowhere to ask)."""
    return _passphrase(args, CASE, path)


def other_passphrase(args: argparse.Namespace, path: object) -> Passphrase | None:
    """The passphrase for a command's second case (merge's OTHER, diff's NEW)."""
    return _passphrase(args, OTHER, path)


def new_passphrase(args: argparse.Namespace, path: object, *, has_one: bool) -> Passphrase:
    """The new passphrase of `new --encrypt`, `encrypt` and `rekey`. CASEFILE_PASSPHRASE
    counts only for a file that has none yet (`has_one` False): for `rekey` it is the
    old one. Asked on the terminal twice, so that a typing slip cannot lock a case, and
    only when it is needed (a command refused before that asks for nothing)."""
    from casefile.store import InvalidInput, Passphrase, read_passphrase_file

    given = getattr(args, NEW.dest, None)
    if given:
        return Passphrase(asked=lambda: read_passphrase_file(given), given=True)
    for variable in (NEW.variable, *(() if has_one else (CASE.variable,))):
        if os.environ.get(variable):
            return Passphrase(os.environ[variable])

    def ask() -> str:
        _require_terminal(NEW, path)
        import getpass

        first = getpass.getpass(NEW.prompt.format(path=_shown(path)))
        if getpass.getpass("The same passphrase again: ") != first:
            raise InvalidInput(
                "the two passphrases differ: nothing was changed; try again", path=path
            )
        return first

    return Passphrase(asked=ask)


def _passphrase(args: argparse.Namespace, source: Source, path: object) -> Passphrase | None:
    from casefile.store import Passphrase, read_passphrase_file

    given = getattr(args, source.dest, None)
    if given:  # read once it is needed: a plain case never reads it
        return Passphrase(asked=lambda: read_passphrase_file(given), given=True)
    if os.environ.get(source.variable):
        return Passphrase(os.environ[source.variable])
    if not _terminal():
        return None  # an encrypted file is then refused, naming the option and variable

    def ask() -> str:
        import getpass

        return getpass.getpass(source.prompt.format(path=_shown(path)))

    return Passphrase(asked=ask)


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _require_terminal(source: Source, path: object) -> None:
    from casefile.store import InvalidInput

    if not _terminal():
        raise InvalidInput(
            f"a new passphrase is needed and there is no terminal to ask it on: give it with "
            f"{source.option} F or {source.variable}",
            path=path,
        )


def _shown(path: object) -> str:
    from casefile.names import shown

    return shown(path)

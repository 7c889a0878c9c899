"""Outputs: a command never writes onto its own input, under any name.

Every writer (export-json, brief -o, Save a copy, attach, import-json) is given, as its
output or as the file it reads beside the case, the case file under every alias a path
can take (the same string, relative, `..`, a symlinked folder, a symbolic or hard link)
and the files SQLite and casefile keep beside it (journal, WAL, shared memory, lock).
Each is refused in one line (exit 1) and not a byte in the folder changes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_support import record

from casefile.cli import main
from casefile.store import CaseFile, InvalidInput

#: alias name -> a function making, in a folder holding the case at `case`, a path
#: string that names the case (or a file beside it) another way.
Alias = Callable[[Path], str]


def _symlink(case: Path, name: str, to: str) -> str:
    link = case.parent / name
    link.symlink_to(to)
    return str(link)


def _linked_folder(case: Path) -> Path:
    link = case.parent.parent / "linked-folder"
    if not link.exists():
        link.symlink_to(case.parent, target_is_directory=True)
    return link


def _sub_then_up(case: Path) -> str:
    (case.parent / "sub").mkdir(exist_ok=True)
    return str(case.parent / "sub" / ".." / case.name)


def _hard_link(case: Path) -> str:
    os.link(case, case.parent / "hard.json")
    return str(case.parent / "hard.json")


def _chain(case: Path) -> str:
    _symlink(case, "first.json", case.name)
    return _symlink(case, "second.json", "first.json")


def _existing_journal(case: Path) -> str:
    journal = case.parent / (case.name + "-journal")
    journal.write_bytes(b"")  # empty: not hot, so reading the case is not disturbed
    return str(journal)


ALIASES: dict[str, Alias] = {
    "the same path": str,
    "relative to the working folder": lambda case: case.name,
    "with ./ and //": lambda case: f"{case.parent}/.//{case.name}",
    "through sub/..": _sub_then_up,
    "through a symlinked folder": lambda case: str(_linked_folder(case) / case.name),
    "a symbolic link": lambda case: _symlink(case, "alias.json", str(case)),
    "a relative symbolic link": lambda case: _symlink(case, "rel.json", case.name),
    "a chain of symbolic links": _chain,
    "a hard link": _hard_link,
    "its journal": lambda case: str(case) + "-journal",
    "its existing journal": _existing_journal,
    "its WAL": lambda case: str(case) + "-wal",
    "its shared memory": lambda case: str(case) + "-shm",
    "its lock file": lambda case: str(case) + ".lock",
    "its journal through a symlinked folder": lambda case: str(
        _linked_folder(case) / (case.name + "-journal")
    ),
    "a symbolic link to its lock file": lambda case: _symlink(case, "l.json", case.name + ".lock"),
}


def _damage_id(case_path: Path) -> str:
    with CaseFile.open(case_path, read_only=True) as case:
        return case.ids("damage_item")[0]


#: command name -> how to run it with the alias; returns (exit code, stderr).
def _export_json(case: Path, alias: str) -> list[str]:
    return ["export-json", str(case), alias]


def _brief(case: Path, alias: str) -> list[str]:
    return ["brief", str(case), "-o", alias]


def _attach(case: Path, alias: str) -> list[str]:
    return ["attach", str(case), "--to", _damage_id(case), alias]


def _import_json(case: Path, alias: str) -> list[str]:
    return ["import-json", str(case), alias]


COMMANDS: dict[str, Callable[[Path, str], list[str]]] = {
    "export-json": _export_json,
    "brief -o": _brief,
    "attach (a file to attach)": _attach,
    "import-json (the document)": _import_json,
}


def snapshot(folder: Path) -> dict[str, object]:
    """Every name in the folder with what it is: bytes, a link's target, a folder."""
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = ("link", os.readlink(path))
        elif path.is_dir():
            found[key] = "folder"
        else:
            found[key] = path.read_bytes()
    return found


@pytest.fixture
def shelf(tmp_path: Path, demo_template: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "case.casefile")
    return folder / "case.casefile"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("alias", ALIASES)
def test_a_command_never_writes_onto_its_own_input(
    shelf: Path,
    command: str,
    alias: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(shelf.parent)
    args = COMMANDS[command](shelf, ALIASES[alias](shelf))
    before = snapshot(shelf.parent)
    capsys.readouterr()
    code = main(args)
    err = capsys.readouterr().err
    assert code == 1, f"{command} onto {alias}: exit {code}, {err!r}"
    assert err.startswith("casefile: error: ") and err.count("\n") == 1, err
    assert "nothing was" in err and f"the case file {shelf}" in err, err
    assert snapshot(shelf.parent) == before, f"{command} onto {alias} changed the folder"
    record("outputs: own input refused", cases=1, files_changed=0)


@pytest.mark.parametrize("alias", ALIASES)
def test_save_a_copy_never_writes_onto_its_own_case(
    shelf: Path, alias: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shelf.parent)
    target = ALIASES[alias](shelf)
    before = snapshot(shelf.parent)
    with CaseFile.open(shelf, read_only=True) as case, pytest.raises(InvalidInput) as caught:
        case.save_copy(target)
    assert "choose another file name for the copy" in str(caught.value)
    assert snapshot(shelf.parent) == before
    record("outputs: own input refused", cases=1, files_changed=0)


@pytest.mark.parametrize("command", ["export-json", "brief -o"])
def test_an_output_beside_the_case_is_still_written(
    shelf: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The refusal is about the case's own files, not its folder or similar names."""
    for name in ("case.casefile.json", "case.casefile-journal.json", "case.lock"):
        out = shelf.parent / name
        assert main(COMMANDS[command](shelf, str(out))) == 0, capsys.readouterr().err
        assert out.stat().st_size > 0

"""Outputs: a command never writes onto its own input, under any name.

Every writer (export-json, brief -o, Save a copy, attach, import-json) is given, as its
output or as the file it reads beside the case, the case file under every alias a path
can take (the same string, relative, `..`, a symlinked folder, a symbolic or hard link)
and the files SQLite and casefile keep beside it (journal, WAL, shared memory, lock).
Each is refused in one line (exit 1) and not a byte in the folder changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import socket
import stat
import sys
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from reliability_support import REPO, jpeg, record

from casefile.cli import main
from casefile.store import CaseFile, InvalidInput

FIXTURES = REPO / "tests" / "fixtures"

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


API_WRITERS: dict[str, Callable[[CaseFile, str], object]] = {
    "Save a copy": lambda case, target: case.save_copy(target),
    "save an attachment as": lambda case, target: case.save_attachment_as(
        case.ids("attachment")[0], target
    ),
}


@pytest.mark.parametrize("writer", API_WRITERS)
@pytest.mark.parametrize("alias", ALIASES)
def test_the_api_never_writes_onto_its_own_case(
    shelf: Path, alias: str, writer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shelf.parent)
    target = ALIASES[alias](shelf)
    before = snapshot(shelf.parent)
    with CaseFile.open(shelf, read_only=True) as case, pytest.raises(InvalidInput) as caught:
        API_WRITERS[writer](case, target)
    assert f"the case file {shelf}" in str(caught.value)
    assert "choose another file name for the" in str(caught.value)
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


# -- never through a planted link ----------------------------------------------------------
#
# Every writer is run while an audit hook (sys.addaudithook) records what it opens,
# connects to, copies, renames and links. The rule they must all follow: a file is opened
# for writing only if it was created by that very call (O_CREAT | O_EXCL) or lies inside
# a private folder made by this run (mkdtemp); SQLite connects only to such a file, to
# a case that was there before, or to one this run put in place; only a file this run
# created is renamed or linked, and a rename goes only onto the output named or into a
# private folder (a hard link cannot replace what has its name).

_EVENTS = {"open", "sqlite3.connect", "shutil.copyfile", "os.rename", "os.link"}
_CREATED = {"tempfile.mkstemp", "tempfile.mkdtemp"}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_recording: list[list[tuple[str, tuple]]] = []


def _audit(event: str, args: tuple) -> None:
    if _recording and (event in _EVENTS or event in _CREATED):
        _recording[-1].append((event, args))


_hooked: list[bool] = []


@contextlib.contextmanager
def recording_writes() -> Iterator[list[tuple[str, tuple]]]:
    if not _hooked:  # an audit hook cannot be removed: one for the whole run, idle between
        sys.addaudithook(_audit)
        _hooked.append(True)
    events: list[tuple[str, tuple]] = []
    _recording.append(events)
    try:
        yield events
    finally:
        _recording.pop()


def _path(value: object) -> str:
    text = os.fsdecode(value) if isinstance(value, (str, bytes, os.PathLike)) else str(value)
    if text.startswith("file:"):
        text = urllib.parse.unquote(text[len("file:") :].split("?", 1)[0])
    return os.path.realpath(text)


def unsafe_writes(
    events: list[tuple[str, tuple]], outputs: Iterable[Path], existing: set[str]
) -> list[str]:
    """What broke the rule above, in words (empty when every write was safe)."""
    private: list[str] = []
    made: set[str] = set()
    placed: set[str] = set()
    named = {os.path.realpath(p) for p in outputs}
    found: list[str] = []

    def inside_private(path: str) -> bool:
        return any(path.startswith(folder + os.sep) for folder in private)

    for event, args in events:
        if event == "tempfile.mkdtemp":
            private.append(_path(args[0]))
        elif event == "tempfile.mkstemp":
            made.add(_path(args[0]))
        elif event == "open":
            path, flags = _path(args[0]), args[2]
            if not isinstance(args[0], (str, bytes, os.PathLike)) or not flags & _WRITE_FLAGS:
                continue
            exclusive = flags & os.O_CREAT and flags & os.O_EXCL
            if not exclusive and not inside_private(path):
                found.append(f"opened {path} for writing without O_EXCL (flags {flags:#o})")
        elif event == "sqlite3.connect":
            path = _path(args[0])
            known = path in existing or path in placed or inside_private(path)
            if args[0] != ":memory:" and not known:
                found.append(f"SQLite created {path} outside a private folder")
        elif event == "shutil.copyfile":
            if not inside_private(_path(args[1])):
                found.append(f"copied onto {_path(args[1])} outside a private folder")
        elif event in ("os.rename", "os.link"):
            source, target = _path(args[0]), _path(args[1])
            if source not in made and not inside_private(source):
                found.append(f"{event} of {source}, a file this run did not create")
            # a link never replaces what has the name; a rename must be onto the output
            if event == "os.rename" and target not in named and not inside_private(target):
                found.append(f"{event} onto {target}, not the output named")
            placed.add(target)
    return found


def _existing(*folders: Path) -> set[str]:
    return {os.path.realpath(p) for folder in folders for p in folder.rglob("*")}


#: writer -> (what it runs, given the case path and a folder for outputs; the outputs)
def _write_cases(case: Path, out: Path) -> dict[str, tuple[Callable[[], int], list[Path]]]:
    photo = out / "photo.jpg"
    photo.write_bytes(jpeg())
    document = out / "in.json"
    assert main(["export-json", str(case), str(document)]) == 0
    old = out / "old.casefile"
    shutil.copyfile(FIXTURES / "schema-1.casefile", old)

    def attach() -> int:
        return main(["attach", str(case), "--to", _damage_id(case), str(photo)])

    def save_copy() -> int:
        with CaseFile.open(case, read_only=True) as opened:
            opened.save_copy(out / "copy.casefile")
        return 0

    def edit() -> int:
        with CaseFile.open(case) as opened:
            opened.add("note", title="an edit under the lock")
        return 0

    def migrate() -> int:
        with CaseFile.open(old) as opened:
            opened.add("note", title="an edit after the upgrade")
        return 0

    def export_attachment() -> int:
        with CaseFile.open(case, read_only=True) as opened:
            opened.export_attachment(opened.ids("attachment")[0], out / "photos")
        return 0

    def save_attachment_as() -> int:
        with CaseFile.open(case, read_only=True) as opened:
            opened.save_attachment_as(opened.ids("attachment")[0], out / "chosen.jpg")
        return 0

    lock = Path(str(case) + ".lock")
    return {
        "export-json": (lambda: main(["export-json", str(case), str(out / "x.json")]),
                        [out / "x.json"]),
        "brief -o": (lambda: main(["brief", str(case), "-o", str(out / "b.pdf")]),
                     [out / "b.pdf"]),
        "new": (lambda: main(["new", str(out / "n.casefile"), "--title", "New"]),
                [out / "n.casefile"]),
        "import-json into a new path": (
            lambda: main(["import-json", str(out / "i.casefile"), str(document)]),
            [out / "i.casefile"]),
        "import-json into the case": (lambda: main(["import-json", str(case), str(document)]),
                                      []),
        "attach": (attach, []),
        "Save a copy": (save_copy, [out / "copy.casefile"]),
        "open for editing (lock file)": (edit, [lock]),
        "open an older file (backup)": (migrate, [Path(str(old) + ".lock")]),
        "export an attachment": (export_attachment, []),
        "save an attachment as": (save_attachment_as, [out / "chosen.jpg"]),
    }  # fmt: skip


WRITERS = [
    "export-json",
    "brief -o",
    "new",
    "import-json into a new path",
    "import-json into the case",
    "attach",
    "Save a copy",
    "open for editing (lock file)",
    "open an older file (backup)",
    "export an attachment",
    "save an attachment as",
]


@pytest.mark.parametrize("writer", WRITERS)
def test_every_writer_creates_only_files_no_link_can_redirect(
    shelf: Path, tmp_path: Path, writer: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    run, outputs = _write_cases(shelf, out)[writer]
    existing = _existing(shelf.parent, out)
    with recording_writes() as events:
        result = run()
    assert result == 0, f"{writer} failed"
    assert events, "the audit hook saw nothing"
    assert unsafe_writes(events, outputs, existing) == []
    record("outputs: writers checked for unsafe opens", writers=1, unsafe_opens=0)


def _victim(folder: Path, name: str, content: bytes = b"precious, not ours to write") -> Path:
    victim = folder / name
    victim.write_bytes(content)
    return victim


def test_links_planted_at_every_name_a_writer_once_used_are_not_followed(
    shelf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's examples: OUT.json.partial, NAME.new (and its journal and lock), the
    lock's temporary file, COPY.partial, a migration backup's name; each planted as a
    link to a file outside the folder (or to a name there that does not exist yet)."""
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted: list[Path] = []

    def plant(name: str, victim: Path) -> None:
        link = out / name if "/" not in name else Path(name)
        link.symlink_to(victim)
        planted.append(link)

    victims = {}
    for i, name in enumerate([
        "x.json.partial", "n.casefile.new", "n.casefile.new.creating",
        "n.casefile.new-journal", "n.casefile.new.lock", "copy.casefile.partial",
    ]):  # fmt: skip
        victims[name] = _victim(elsewhere, f"victim-{i}", b"" if "copy" in name else b"keep")
    edited = out / "edited.casefile"
    shutil.copyfile(shelf, edited)
    plant(f".{edited.name}.lock.{os.getpid()}.tmp", _victim(elsewhere, "lock-victim"))
    old = out / "old.casefile"
    shutil.copyfile(FIXTURES / "schema-1.casefile", old)
    stamp = dt.datetime.now(dt.UTC)
    for second in range(0, 30):  # the backup's name carries the time, to the second
        name = (stamp + dt.timedelta(seconds=second)).strftime("%Y%m%dT%H%M%SZ")
        plant(f"{old.name}.bak-schema1-{name}", elsewhere / f"backup-{second}")
    for name, victim in victims.items():
        plant(name, victim)
    before = snapshot(elsewhere)

    assert main(["export-json", str(shelf), str(out / "x.json")]) == 0
    assert main(["new", str(out / "n.casefile"), "--title", "New"]) == 0
    with CaseFile.open(shelf, read_only=True) as case:
        case.save_copy(out / "copy.casefile")
    with CaseFile.open(edited) as case:
        case.add("note", title="written under a lock")
    with CaseFile.open(old) as case:
        assert case.count("note") >= 0
    capsys.readouterr()

    assert snapshot(elsewhere) == before, "a write went through a planted link"
    assert all(link.is_symlink() for link in planted if link.exists() or link.is_symlink())
    record("outputs: planted links", links_planted=len(planted), followed=0)


# -- never over a device, a FIFO or a link ----------------------------------------------------
#
# Private nodes only: without the fix a writer would replace the node named, and the
# test must never risk the system's own /dev/null or /dev/stdout.


def _char_device(folder: Path) -> Path:
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # what /dev/null is
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here (needs root): {exc}")
    return node


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe")
    return folder / "pipe"


def _socket(folder: Path) -> Path:
    path = folder / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError as exc:
        pytest.skip(f"cannot bind a socket at {path}: {exc}")
    finally:
        server.close()
    return path


def _folder(folder: Path) -> Path:
    (folder / "a-folder").mkdir()
    return folder / "a-folder"


def _link_to(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def link(folder: Path) -> Path:
        target = make(folder)
        (folder / "link").symlink_to(target)
        return folder / "link"

    return link


def _link_to_a_file(folder: Path) -> Path:
    (folder / "real.out").write_bytes(b"the file the link names")
    (folder / "link").symlink_to(folder / "real.out")
    return folder / "link"


def _dangling_link(folder: Path) -> Path:
    (folder / "link").symlink_to(folder / "nothing-here")
    return folder / "link"


NODES: dict[str, Callable[[Path], Path]] = {
    "a character device (as /dev/null)": _char_device,
    "a FIFO": _fifo,
    "a socket": _socket,
    "a folder": _folder,
    "a link to a device": _link_to(_char_device),
    "a link to a FIFO": _link_to(_fifo),
    "a link to a regular file (as /dev/stdout to a file)": _link_to_a_file,
    "a link to nothing": _dangling_link,
}

NODE_WRITERS: dict[str, Callable[[Path, Path], list[str] | Callable[[], object]]] = {
    "export-json": lambda case, out: ["export-json", str(case), str(out)],
    "brief -o": lambda case, out: ["brief", str(case), "-o", str(out)],
    "new": lambda case, out: ["new", str(out), "--title", "New"],
    "demo": lambda case, out: ["demo", str(out)],
    "Save a copy": lambda case, out: lambda: _api(case, lambda c: c.save_copy(out)),
    "save an attachment as": lambda case, out: (
        lambda: _api(case, lambda c: c.save_attachment_as(c.ids("attachment")[0], out))
    ),
}


def _api(case: Path, call: Callable[[CaseFile], object]) -> int:
    with CaseFile.open(case, read_only=True) as opened:
        call(opened)
    return 0


def nodes_of(folder: Path) -> dict[str, object]:
    """What each name in the folder is, without opening any node but regular files."""
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        info = os.lstat(path)
        key = str(path.relative_to(folder))
        if stat.S_ISREG(info.st_mode):
            found[key] = path.read_bytes()
        elif stat.S_ISLNK(info.st_mode):
            found[key] = ("link", os.readlink(path))
        else:
            found[key] = (stat.S_IFMT(info.st_mode), info.st_ino, info.st_rdev)
    return found


@pytest.mark.parametrize("writer", NODE_WRITERS)
@pytest.mark.parametrize("node", NODES)
def test_an_output_that_is_not_a_regular_file_is_refused(
    shelf: Path, tmp_path: Path, writer: str, node: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "outputs"
    folder.mkdir()
    out = NODES[node](folder)
    before = nodes_of(folder)
    run = NODE_WRITERS[writer](shelf, out)
    capsys.readouterr()
    if callable(run):
        with pytest.raises(InvalidInput) as caught:
            run()
        message = str(caught.value)
    else:
        assert main(run) == 1
        message = capsys.readouterr().err
        assert message.startswith("casefile: error: ") and message.count("\n") == 1, message
    assert str(out) in message and "nothing was written" in message, message
    assert "not a regular file" in message or "symbolic link" in message, message
    assert nodes_of(folder) == before, f"{writer} changed {node}"
    record("outputs: non-regular outputs refused", cases=1, nodes_replaced=0)


def test_a_temporary_name_repeats_the_output_name_cut_at_a_whole_character() -> None:
    """At most 64 bytes of the output's name, never half a character: a name cut inside
    a letter is not text, which Windows cannot make a file of."""
    from casefile.store.safewrite import _stem

    for name in ("a" + "Ж" * 40, "Ə" * 100 + ".json", "x" * 200):
        stem = _stem(Path(name))
        assert len(stem.encode("utf-8")) <= 66  # strict UTF-8: raises on half a letter
        assert name.startswith(stem[1:-1]) and len(stem) > 30

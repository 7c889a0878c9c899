"""The hostile corpus of issue 19: files, JSON documents and outputs that a case file meets.

Each item builds itself into an empty folder (the command's working directory) and names
the path it stands for, relative to that folder. An item stands in one slot of a command:
`case` (the PATH a command opens), `input` (IN.json, or a FILE to attach) or `output`
(OUT.json, -o OUT.pdf, or the PATH a new case is written to). The slots it leaves empty
are filled with sound values: the demo case, its own casefile-json export, a fresh name.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from half_written import kill_mid_write
from reliability_support import REPO, jpeg, plant_undecodable_schema

CASE = "demo.casefile"  # where a sound demo case sits in every folder
SOUND_JSON = "in.json"
SOUND_FILE = "photo.jpg"
FRESH_OUTPUT = "out.file"
OTHER_COPY = "other.casefile"  # a sound copy of the demo: diff's NEW, merge's OTHER


@dataclass(frozen=True)
class Sources:
    """What the items are made from, built once per run."""

    demo: Path  # the sound demo case
    demo_json: Path  # its casefile-json export
    other_json: Path  # the export of a case about another incident
    half_written: Path  # a copy of the demo killed mid-transaction, its -journal beside it
    sibling_journal: Path  # the -journal of a sibling copy (edited apart) killed alike
    sibling_wal: Path  # a sibling copy in WAL mode, a change only in its -wal beside it
    damage_id: str  # a damage item of the demo, for `attach --to`
    plan_id: str  # the demo's site plan, for `plan pin`
    unpinned_photo_id: str  # a photo of the demo not pinned on its plan yet, for `plan pin`
    small: Path  # a small case with one item of each kind: what mutations start from
    small_json: Path  # its casefile-json export


@dataclass(frozen=True)
class Item:
    """One hostile thing, in one slot."""

    name: str
    slot: str  # "case", "input" or "output"
    build: Callable[[Path, Sources], str]  # makes it in the folder, returns its path
    #: Run only in a child process under a time and memory limit: a failure would hang or
    #: exhaust the test process itself (FIFOs, /dev/zero).
    in_child: bool = False
    #: Not a case file at all: a command that opens it must exit 2 (could not open).
    unopenable: bool = False


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _demo(folder: Path, src: Sources, name: str = CASE) -> Path:
    shutil.copyfile(src.demo, folder / name)
    return folder / name


def _write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return name


def _node(folder: Path, name: str, minor: int) -> str:
    """A character device like /dev/null (minor 3) or /dev/zero (5), made in the folder so
    that a command that replaces it harms only the test."""
    os.mknod(folder / name, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return name


def _fifo(folder: Path, name: str) -> str:
    os.mkfifo(folder / name)
    return name


# -- cases -------------------------------------------------------------------------------


def _sound(folder: Path, src: Sources) -> str:
    _demo(folder, src)
    return CASE


def _truncated(folder: Path, src: Sources) -> str:
    data = src.demo.read_bytes()
    return _write(folder, CASE, data[: len(data) // 2 + 123])


def _flipped(folder: Path, src: Sources) -> str:
    data = bytearray(src.demo.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 + 7] ^= 0x5A  # the third page's b-tree header: its cell count
    return _write(folder, CASE, bytes(data))


def _pragma(statement: str) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        _sql(_demo(folder, src), statement)
        return CASE

    return build


def _planted(*statements: str) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        _sql(_demo(folder, src), "PRAGMA foreign_keys=OFF", *statements)
        return CASE

    return build


def _older(version: int) -> Callable[[Path, Sources], str]:
    """A case written by an earlier release (tests/fixtures), which an edit migrates."""

    def build(folder: Path, src: Sources) -> str:
        shutil.copyfile(REPO / "tests" / "fixtures" / f"schema-{version}.casefile", folder / CASE)
        return CASE

    return build


def _undecodable_schema(in_a_comment: bool) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        plant_undecodable_schema(_demo(folder, src), in_a_comment=in_a_comment)
        return CASE

    return build


def _schema_format(folder: Path, src: Sources) -> str:
    """The header's schema format number (1 to 4 in SQLite's) at 9, as a flipped bit does."""
    data = bytearray(src.demo.read_bytes())
    data[44:48] = (9).to_bytes(4, "big")
    return _write(folder, CASE, bytes(data))


def _folder(folder: Path, src: Sources) -> str:
    (folder / CASE).mkdir()
    return CASE


def _symlink(folder: Path, src: Sources) -> str:
    _demo(folder, src, "real.casefile")
    (folder / "link.casefile").symlink_to("real.casefile")
    return "link.casefile"


def _dangling(folder: Path, src: Sources) -> str:
    (folder / "dangling.casefile").symlink_to("gone.casefile")
    return "dangling.casefile"


def _own_hot_journal(folder: Path, src: Sources) -> str:
    shutil.copyfile(src.half_written, folder / CASE)
    shutil.copyfile(f"{src.half_written}-journal", folder / f"{CASE}-journal")
    return CASE


def _sibling_journal(folder: Path, src: Sources) -> str:
    """A sound case, and beside it the hot journal a sibling copy of the same name left."""
    _demo(folder, src)
    shutil.copyfile(src.sibling_journal, folder / f"{CASE}-journal")
    return CASE


def _foreign_wal(folder: Path, src: Sources) -> str:
    _demo(folder, src)
    shutil.copyfile(f"{src.sibling_wal}-wal", folder / f"{CASE}-wal")
    return CASE


def _wal_mode(folder: Path, src: Sources) -> str:
    shutil.copyfile(src.sibling_wal, folder / CASE)
    shutil.copyfile(f"{src.sibling_wal}-wal", folder / f"{CASE}-wal")
    return CASE


def _foreign_lock(folder: Path, src: Sources) -> str:
    _demo(folder, src)
    holder = {"user": "consul", "host": "laptop-at-the-embassy", "pid": 4242,
              "since": "2025-11-14T08:00:00+00:00"}  # fmt: skip
    (folder / f"{CASE}.lock").write_text(json.dumps(holder), encoding="utf-8")
    return CASE


def _planted_lock_temp(folder: Path, src: Sources) -> str:
    """A symlink where the lock's private file will be written, pointing at the case."""
    _demo(folder, src)
    (folder / f".{CASE}.lock.{os.getpid()}.tmp").symlink_to(CASE)
    return CASE


def _named(name: str) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        _demo(folder, src, name)
        return name

    return build


NON_ASCII_NAME = Item("name in Azerbaijani and Ukrainian", "case", _named("Bakı–Київ.casefile"))
NOT_A_CASE = {"unopenable": True}
TEXT = b"Dear colleagues,\nplease find the case attached.\n"

CASES = [
    Item("sound demo", "case", _sound),
    Item("empty file", "case", lambda f, s: _write(f, CASE, b""), **NOT_A_CASE),
    Item("random bytes", "case",
         lambda f, s: _write(f, CASE, random.Random(19).randbytes(16384)), **NOT_A_CASE),
    Item("text file named .casefile", "case", lambda f, s: _write(f, CASE, TEXT), **NOT_A_CASE),
    Item("truncated case", "case", _truncated),
    Item("flipped byte in a page", "case", _flipped),
    Item("header's schema format 9", "case", _schema_format, **NOT_A_CASE),
    Item("newer schema version", "case", _pragma("PRAGMA user_version=999"), **NOT_A_CASE),
    Item("older schema (version 1)", "case", _older(1)),
    Item("older schema (version 2)", "case", _older(2)),
    Item("wrong application_id", "case", _pragma("PRAGMA application_id=305419896"),
         **NOT_A_CASE),
    Item("a folder", "case", _folder, **NOT_A_CASE),
    Item("a FIFO", "case", lambda f, s: _fifo(f, CASE), in_child=True, **NOT_A_CASE),
    Item("a null device", "case", lambda f, s: _node(f, CASE, 3), **NOT_A_CASE),
    Item("a zero device", "case", lambda f, s: _node(f, CASE, 5), in_child=True, **NOT_A_CASE),
    Item("symlink to a case", "case", _symlink),
    Item("dangling symlink", "case", _dangling, **NOT_A_CASE),
    Item("own hot journal", "case", _own_hot_journal),
    Item("hot journal of a sibling copy", "case", _sibling_journal),
    Item("foreign -wal", "case", _foreign_wal),
    Item("case in WAL mode", "case", _wal_mode),
    Item("live foreign lock", "case", _foreign_lock),
    Item("planted link at the lock's temporary file", "case", _planted_lock_temp),
    Item("planted date 'garbage'", "case",
         _planted("UPDATE note SET date = 'garbage' WHERE rowid = (SELECT min(rowid) FROM note)")),
    Item("planted cost 'abc'", "case", _planted(
        "UPDATE damage_item SET estimated_cost = 'abc' "
        "WHERE rowid = (SELECT min(rowid) FROM damage_item)")),
    Item("dropped change_log", "case", _planted("DROP TABLE change_log")),
    Item("dropped follow_up table", "case", _planted("DROP TABLE follow_up")),
    Item("rewritten table definition", "case", _planted(
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'title VARCHAR NOT NULL', "
        "'title VARCHAR NOT NULL DEFAULT ''planted''') WHERE name = 'note'")),
    NON_ASCII_NAME,
    Item("schema text that is not UTF-8", "case", _undecodable_schema(False), **NOT_A_CASE),
    Item("schema comment that is not UTF-8", "case", _undecodable_schema(True)),
    Item("planted text that is not UTF-8", "case", _planted(
        "UPDATE party SET name = CAST(x'c397' AS TEXT) "
        "WHERE rowid = (SELECT min(rowid) FROM party)")),
    Item("name with a newline", "case", _named("two\nlines.casefile")),
    Item("name with a leading dash", "case", _named("-demo.casefile")),
    Item("name of non-UTF-8 bytes", "case", _named(os.fsdecode(b"caf\xe9-\xff.casefile"))),
    Item("name of 250 bytes", "case", _named("d" * 241 + ".casefile")),
]  # fmt: skip


# -- inputs ------------------------------------------------------------------------------


def _document(src: Sources) -> dict[str, Any]:
    return json.loads(src.demo_json.read_text(encoding="utf-8"))


def _json(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        document = _document(src)
        change(document)
        return _write(folder, "hostile.json", json.dumps(document).encode())

    return build


def _text(make: Callable[[bytes], bytes]) -> Callable[[Path, Sources], str]:
    def build(folder: Path, src: Sources) -> str:
        return _write(folder, "hostile.json", make(src.demo_json.read_bytes()))

    return build


def _party_reuses_incident_id(document: dict[str, Any]) -> None:
    document["parties"][0]["id"] = document["incident"]["id"]


def _input_folder(folder: Path, src: Sources) -> str:
    (folder / "hostile.json").mkdir()
    return "hostile.json"


INPUTS = [
    Item("sound document", "input", lambda f, s: SOUND_JSON),
    Item("BOM", "input", _text(lambda data: b"\xef\xbb\xbf" + data)),
    Item("nested 100,000 deep", "input", _text(lambda d: b"[" * 100_000 + b"]" * 100_000)),
    Item("5,000-digit integer", "input",
         _text(lambda d: b'{"format": "casefile-json", "version": 1' + b"0" * 4999 + b"}")),
    Item("version true", "input", _json(lambda doc: doc.update(version=True))),
    Item("duplicate keys", "input", _text(lambda data: b'{"version": 4, ' + data.lstrip()[1:])),
    Item("party reusing the incident's id", "input", _json(_party_reuses_incident_id)),
    Item("another incident's document", "input",
         lambda f, s: _write(f, "other.json", s.other_json.read_bytes())),
    Item("truncated JSON", "input", _text(lambda data: data[: len(data) // 3])),
    Item("not UTF-8", "input", _text(lambda data: data.replace(b"Kyiv", b"K\xffiv"))),
    Item("empty file", "input", _text(lambda data: b"")),
    Item("a folder", "input", _input_folder),
    Item("a FIFO", "input", lambda f, s: _fifo(f, "hostile.json"), in_child=True),
    Item("a zero device", "input", lambda f, s: _node(f, "hostile.json", 5), in_child=True),
]  # fmt: skip


# -- outputs -----------------------------------------------------------------------------


def _hard_link(folder: Path, src: Sources) -> str:
    os.link(folder / CASE, folder / "hard.casefile")
    return "hard.casefile"


def _soft_link(folder: Path, src: Sources) -> str:
    (folder / "soft.casefile").symlink_to(CASE)
    return "soft.casefile"


def _planted_partial(folder: Path, src: Sources) -> str:
    (folder / "out.json.partial").symlink_to(CASE)
    return "out.json"


def _planted_new(folder: Path, src: Sources) -> str:
    (folder / "new.casefile.new").symlink_to(CASE)
    return "new.casefile"


def _output_folder(folder: Path, src: Sources) -> str:
    (folder / "out.d").mkdir()
    return "out.d"


OUTPUTS = [
    Item("fresh name", "output", lambda f, s: FRESH_OUTPUT),
    Item("the case itself", "output", lambda f, s: CASE),
    Item("hard link to the case", "output", _hard_link),
    Item("symlink to the case", "output", _soft_link),
    Item("'..' path to the case", "output", lambda f, s: f"../{f.name}/{CASE}"),
    Item("a null device", "output", lambda f, s: _node(f, "null.out", 3)),
    Item("a FIFO", "output", lambda f, s: _fifo(f, "pipe.out"), in_child=True),
    Item("planted symlink at OUT.partial", "output", _planted_partial),
    Item("planted symlink at NAME.new", "output", _planted_new),
    Item("a folder", "output", _output_folder),
    Item("in a missing folder", "output", lambda f, s: "missing/out.file"),
]  # fmt: skip

ITEMS = CASES + INPUTS + OUTPUTS


# -- the scene a command runs in ---------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    """A folder holding one hostile item and sound values for the other slots."""

    folder: Path
    item: Item
    case: str
    input: str
    output: str
    damage_id: str
    attachment: str = SOUND_FILE
    plan_id: str = ""
    unpinned_photo_id: str = ""
    other: str = OTHER_COPY

    @property
    def target(self) -> str:
        """The PATH of a command that creates or edits a case (new, demo, import-json)."""
        return self.output if self.item.slot == "output" else self.case


def build_scene(item: Item, folder: Path, src: Sources) -> Scene:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src.demo_json, folder / SOUND_JSON)
    (folder / SOUND_FILE).write_bytes(SMALL_JPEG)
    if item.slot != "case":
        _demo(folder, src)
    _demo(folder, src, OTHER_COPY)
    made = item.build(folder, src)
    return Scene(
        folder=folder,
        item=item,
        case=made if item.slot == "case" else CASE,
        input=made if item.slot == "input" else SOUND_JSON,
        output=made if item.slot == "output" else FRESH_OUTPUT,
        damage_id=src.damage_id,
        attachment=made if item.slot == "input" else SOUND_FILE,
        plan_id=src.plan_id,
        unpinned_photo_id=src.unpinned_photo_id,
    )


SMALL_JPEG = jpeg((64, 48))


# -- the sources, built once -------------------------------------------------------------


def build_sources(folder: Path, demo: Path) -> Sources:
    from casefile.store import CaseFile, Keys, write_json

    if not Keys().has_own():  # the run's own config folder (tests/conftest.py)
        Keys().create("Corpus signer")

    with CaseFile.open(demo, read_only=True) as case:
        write_json(case.export_document(), folder / "demo.json")
    with CaseFile.create(folder / "other.casefile", title="Another incident") as case:
        case.add("party", name="Someone else")
        write_json(case.export_document(), folder / "other.json")
    conn = sqlite3.connect(demo)
    try:
        damage_id = conn.execute("SELECT id FROM damage_item ORDER BY rowid").fetchone()[0]
        plan_id = conn.execute("SELECT id FROM site_plan ORDER BY rowid").fetchone()[0]
        unpinned_photo_id = conn.execute(
            "SELECT id FROM attachment WHERE media_type LIKE 'image/%' AND id NOT IN "
            "(SELECT attachment_id FROM plan_pin WHERE attachment_id IS NOT NULL) ORDER BY rowid"
        ).fetchone()[0]
    finally:
        conn.close()
    return Sources(
        demo=demo,
        demo_json=folder / "demo.json",
        other_json=folder / "other.json",
        half_written=_half_written(folder / "half", demo),
        sibling_journal=Path(f"{_half_written(folder / 'sibling', _edited(folder, demo))}-journal"),
        sibling_wal=_sibling_in_wal_mode(folder / "wal", _edited(folder, demo)),
        damage_id=damage_id,
        plan_id=plan_id,
        unpinned_photo_id=unpinned_photo_id,
        small=_small_case(folder / "small.casefile"),
        small_json=folder / "small.json",
    )


def _small_case(path: Path) -> Path:
    """A few kilobytes of case: every kind of item, a cost, a link, an attachment."""
    import datetime as dt

    from casefile.store import CaseFile, write_json

    when = dt.datetime(2025, 11, 14, 9, 30, tzinfo=dt.UTC)
    with CaseFile.create(path, title="Small case", timezone="Europe/Kyiv") as case:
        party = case.add("party", name="Ministry of Foreign Affairs", kind="organisation")
        note = case.add("note", title="Note verbale", body="Protest.", source_party_id=party.id)
        case.add("party", name="Ambassador", represents_id=party.id)
        damage = case.add("damage_item", title="Gate", estimated_cost=125000, currency="EUR")
        meeting = case.add("meeting", title="Summons", held_at=when, timezone="Europe/Kyiv")
        case.add("follow_up", title="Reply", owner_id=party.id, meeting_id=meeting.id)
        case.add_attachments([(SMALL_JPEG, "gate.jpg")], to=note.id)
        case.update("damage_item", damage.id, title="Main gate")
        write_json(case.export_document(), path.with_name("small.json"))
    return path


def _edited(folder: Path, demo: Path) -> Path:
    """A sibling copy of the demo: same name, edited apart, so its pages differ."""
    from casefile.store import CaseFile

    path = folder / f"edited-{len(list(folder.glob('edited-*')))}.casefile"
    shutil.copyfile(demo, path)
    with CaseFile.open(path, actor="a colleague") as case:
        case.add("note", title="Written on the other laptop", body="x" * 5000)
        case.delete("party", case.ids("party")[-1])
    return path


def _half_written(folder: Path, demo: Path) -> Path:
    """A copy of the demo whose writer was killed mid-transaction: file and hot journal."""
    folder.mkdir()
    path = folder / CASE
    shutil.copyfile(demo, path)
    kill_mid_write(path)
    return path


def _sibling_in_wal_mode(folder: Path, demo: Path) -> Path:
    """A copy of the demo in WAL mode, with a change only in its -wal (both copied while
    the writer still had them open, as a sync tool would)."""
    folder.mkdir()
    live = folder / "live.casefile"
    shutil.copyfile(demo, live)
    conn = sqlite3.connect(live, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE note SET title = 'changed in the WAL' WHERE rowid = 1")
        copy = folder / CASE
        shutil.copyfile(live, copy)
        shutil.copyfile(f"{live}-wal", f"{copy}-wal")
    finally:
        conn.close()
    return copy

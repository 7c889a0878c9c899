"""The command line: every command, and every bad input of issue 2 refused in one clear line.

Most tests call casefile.cli.main in-process (fast); a few run `python -m casefile` to prove
the entry point and what `info` imports.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import socket
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store.store_support import (
    BAD_FILES,
    file_digest,
    folder_listing,
    jpeg,
    make_bad_file,
    png_claiming,
)

from casefile import startup
from casefile.cli import main
from casefile.store import SCHEMA_VERSION, CaseFile
from casefile.store.lock import lock_path

ROOT = Path(__file__).parents[1]
UNKNOWN = "00000000-0000-4000-8000-000000000000"


class Run:
    """The result of one in-process CLI run."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*args: object) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's own exits (--help, --version, usage errors)
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def aux(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder apart from the case file's, for photos, JSON and outputs."""
    return tmp_path_factory.mktemp("aux")


@pytest.fixture(scope="module")
def demo_json(demo_template: Path) -> dict[str, Any]:
    from casefile.store import CaseFile

    with CaseFile.open(demo_template, read_only=True) as case:
        return case.export_document()


def write_json(folder: Path, document: Any, name: str = "in.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def assert_one_line_error(run: Run, code: int, *names: str) -> None:
    assert run.code == code, run.err
    assert "Traceback" not in run.err
    assert run.err.count("\n") == 1 and run.err.startswith("casefile: error: "), run.err
    for name in names:
        assert name in run.err


# -- every command ----------------------------------------------------------------------------


def test_new_then_info_and_check(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "strike.casefile"
    run = cli("new", path, "--title", "Strike on the embassy", "--occurred-at",
              "2025-11-14T01:00", "--timezone", "Europe/Kyiv", "--location", "Kyiv",
              "--reference", "REF-7", "--classification", "RESTRICTED")  # fmt: skip
    assert (run.code, run.err) == (0, "")
    assert str(path) in run.out
    with CaseFile.open(path, read_only=True) as case:
        incident = case.incident()
    assert (incident.title, incident.location, incident.reference, incident.classification) == (
        "Strike on the embassy", "Kyiv", "REF-7", "RESTRICTED",
    )  # fmt: skip
    assert incident.occurred_local().isoformat() == "2025-11-14T01:00:00+02:00"
    info = cli("info", path)
    assert info.code == 0 and "Strike on the embassy" in info.out and "REF-7" in info.out
    assert cli("check", path).code == 0
    assert folder_listing(tmp_path) == ["strike.casefile"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--occurred-at", "14/11/2025 01:00"], "--occurred-at '14/11/2025 01:00' is not a date"),
        (["--timezone", "Kyiv"], "unknown time zone 'Kyiv'"),
        (["--title", "   "], "must not be empty"),
    ],
    ids=["date-format", "zone", "empty-title"],
)
def test_new_refuses_bad_values_and_writes_nothing(
    cli: Callable[..., Run], tmp_path: Path, args: list[str], words: str
) -> None:
    path = tmp_path / "x.casefile"
    run = cli("new", path, "--title", "T", *args)
    assert_one_line_error(run, 1, str(path), words)
    assert folder_listing(tmp_path) == []


def test_new_never_overwrites(cli: Callable[..., Run], demo_path: Path) -> None:
    digest = file_digest(demo_path)
    run = cli("new", demo_path, "--title", "Other")
    assert_one_line_error(run, 1, str(demo_path), "already exists")  # refused, not unopenable
    assert file_digest(demo_path) == digest


def test_import_json_refuses_a_byte_order_mark_in_words(
    cli: Callable[..., Run], demo_path: Path, tmp_path: Path
) -> None:
    """JSON has no byte-order mark (RFC 8259); Notepad's is named with what to do."""
    exported = tmp_path / "case.json"
    assert cli("export-json", demo_path, exported).code == 0
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    run = cli("import-json", tmp_path / "new.casefile", with_bom)
    assert_one_line_error(run, 1, str(with_bom), "byte-order mark (line 1, column 1)")
    assert "save it as UTF-8 without a BOM" in run.err
    assert not (tmp_path / "new.casefile").exists()


def test_demo_writes_the_documented_case(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "demo.casefile"
    run = cli("demo", path)
    assert run.code == 0 and str(path) in run.out
    info = cli("info", path, "--json")
    assert info.code == 0
    summary = json.loads(info.out)
    assert summary["counts"] == {"party": 7, "note": 5, "damage_item": 5, "meeting": 2,
                                 "follow_up": 3, "attachment": 3}  # fmt: skip
    assert summary["schema_version"] == SCHEMA_VERSION
    assert summary["estimate_totals"] == {}  # no costs were published
    assert summary["unassessed_damage_items"] == 5
    assert len(summary["fingerprint"]) == 16
    assert cli("check", path).code == 0
    assert_one_line_error(cli("demo", path), 1, str(path), "already exists")  # a refusal


def test_info_text(cli: Callable[..., Run], demo_path: Path) -> None:
    run = cli("info", demo_path)
    assert run.code == 0 and run.err == ""
    for line in (
        "Missile strike damage",
        "DEMO-KYIV-2025-11",
        f"schema version: {SCHEMA_VERSION}",
        "parties:        7",
        "attachments:    3",
        "estimates:      none (5 damage",
    ):
        assert line in run.out  # fmt: skip


def test_an_sqlite_too_old_is_refused_in_words(
    cli: Callable[..., Run], demo_path: Path, aux: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python built against an old system SQLite (before 3.30) cannot run our list
    queries: every command says so and what to do, and no file is touched or made."""
    import sqlite3

    before = demo_path.read_bytes()
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 27, 2))
    for args in (("info", demo_path), ("new", aux / "new.casefile", "--title", "x")):
        run = cli(*args)
        assert run.code == 2 and run.out == ""
        assert "needs SQLite 3.30.0 or newer" in run.err and "3.27.2" in run.err
        assert "Traceback" not in run.err
    assert demo_path.read_bytes() == before and not (aux / "new.casefile").exists()


def test_info_totals_estimates_per_currency(cli: Callable[..., Run], demo_path: Path) -> None:
    with CaseFile.open(demo_path, actor="tester") as case:
        items = case.records("damage_item")
        case.update("damage_item", items[0].id, estimated_cost=125_000, currency="EUR")
        case.update("damage_item", items[1].id, estimated_cost=99, currency="USD")
    assert json.loads(cli("info", demo_path, "--json").out)["estimate_totals"] == {
        "EUR": "1250.00", "USD": "0.99",
    }  # fmt: skip
    assert "1,250.00 EUR; 0.99 USD (3 damage item(s) not assessed)" in cli("info", demo_path).out


def test_search_finds_what_the_gui_finds_and_changes_nothing(
    cli: Callable[..., Run], demo_path: Path
) -> None:
    with CaseFile.open(demo_path) as case:
        lavrov = case.add("party", name="Сергей Лавров", role="foreign minister")
        expected = [(h.kind, h.id, h.title, h.snippet) for h in case.search("Lavrov")]
    digest, listing = file_digest(demo_path), folder_listing(demo_path.parent)
    run = cli("search", demo_path, "Lavrov", "--json")
    assert run.code == 0 and run.err == ""
    found = json.loads(run.out)
    assert [(h["kind"], h["id"], h["title"], h["snippet"]) for h in found] == expected
    [hit] = found
    assert hit["id"] == lavrov.id
    assert [hit["title"][a:b] for a, b in hit["title_spans"]] == ["Лавров"]
    assert [hit["snippet"][a:b] for a, b in hit["snippet_spans"]] == ["Лавров"]
    text = cli("search", demo_path, "yevdokimov baki")
    assert text.code == 0 and text.err == ""
    assert f"party\t{lavrov.id}" not in text.out
    assert "Mikhail Yevdokimov" in text.out and "Summons of Russia's ambassador" in text.out
    nothing = cli("search", demo_path, "no-such-word-anywhere")
    assert (nothing.code, nothing.out) == (0, "nothing found\n")
    assert json.loads(cli("search", demo_path, "qqqq", "--json").out) == []
    assert file_digest(demo_path) == digest
    assert folder_listing(demo_path.parent) == listing


def test_search_of_an_older_file_folds_in_a_copy(cli: Callable[..., Run], tmp_path: Path) -> None:
    """Schema 3 rebuilt the index folded; a reading command does that in a temporary copy."""
    path = tmp_path / "old.casefile"
    path.write_bytes((ROOT / "tests" / "fixtures" / "schema-2.casefile").read_bytes())
    digest = file_digest(path)
    run = cli("search", path, "Ministerstvo inostrannykh", "--json")
    assert run.code == 0
    assert [h["title"] for h in json.loads(run.out)] == [
        "Ministry of Foreign Affairs of the Russian Federation"
    ]
    assert file_digest(path) == digest
    assert folder_listing(tmp_path) == ["old.casefile"]


def test_check_reports_a_sound_file(cli: Callable[..., Run], demo_path: Path) -> None:
    run = cli("check", demo_path)
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("ok: ") and "audit chain (36 entries)" in run.out


def test_attach_adds_photos_and_documents(
    cli: Callable[..., Run], demo_path: Path, aux: Path
) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        item = case.records("damage_item")[1]
    photo = aux / "gate.jpg"
    photo.write_bytes(jpeg(taken="2025:11:14 09:00:00", offset="+02:00"))
    scan = aux / "note.pdf"
    scan.write_bytes(b"%PDF-1.4\n%scan\n")
    run = cli("attach", demo_path, "--to", item.id, photo, scan)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) == 2 and "gate.jpg  image/jpeg" in lines[0] and "application/pdf" in lines[1]
    with CaseFile.open(demo_path, read_only=True) as case:
        attached = case.records("attachment", list(case.get("damage_item", item.id).attachment_ids))
        assert [a.filename for a in attached][-2:] == ["gate.jpg", "note.pdf"]
        assert case.attachment_data(attached[-2].id) == photo.read_bytes()
        assert attached[-2].captured_at is not None
    assert folder_listing(demo_path.parent) == ["demo.casefile"]  # lock released


def test_export_import_round_trip(cli: Callable[..., Run], demo_path: Path, aux: Path) -> None:
    first, second = aux / "first.json", aux / "second.json"
    assert cli("export-json", demo_path, first).code == 0
    new = aux / "imported.casefile"
    run = cli("import-json", new, first)
    assert run.code == 0 and "created" in run.out
    assert cli("export-json", new, second).code == 0
    assert second.read_bytes() == first.read_bytes()
    assert cli("check", new).code == 0
    digest = file_digest(demo_path)
    again = cli("import-json", demo_path, first)  # the same document again: nothing changes
    assert again.code == 0 and "0 item(s) created or changed" in again.out
    assert file_digest(demo_path) == digest


def test_import_updates_by_id(
    cli: Callable[..., Run], demo_path: Path, aux: Path, demo_json: dict[str, Any]
) -> None:
    document = copy.deepcopy(demo_json)
    document["damage_items"][0].update(estimated_cost="1 250.00", currency="eur")
    run = cli("import-json", demo_path, write_json(aux, document))
    assert run.code == 0 and "1 item(s) created or changed" in run.out
    with CaseFile.open(demo_path, read_only=True) as case:
        item = case.get("damage_item", document["damage_items"][0]["id"])
    assert (item.estimated_cost, item.currency) == (125_000, "EUR")


def test_brief_writes_a_pdf(cli: Callable[..., Run], demo_path: Path, aux: Path) -> None:
    out = aux / "brief.pdf"
    digest = file_digest(demo_path)
    run = cli("brief", demo_path, "-o", out, "--redact-internal", "--date", "2025-11-25")
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"%PDF-")
    assert file_digest(demo_path) == digest


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    """Stand in for casefile.ui.app, to test what the CLI hands the GUI without a screen."""
    calls: list[tuple[Path | None, bool]] = []
    module = types.ModuleType("casefile.ui.app")

    def run_gui(path: Path | None, *, read_only: bool = False) -> int:
        calls.append((path, read_only))
        return 0

    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "casefile.ui.app", module)
    return calls


def test_open_and_no_command_start_the_gui(
    cli: Callable[..., Run], fake_gui: list, demo_path: Path
) -> None:
    assert cli("open", demo_path, "--read-only").code == 0
    assert cli("open", demo_path).code == 0
    assert cli().code == 0
    assert fake_gui == [(demo_path, True), (demo_path, False), (None, False)]


def test_open_without_a_path_and_the_gui_script_start_the_gui(
    cli: Callable[..., Run], fake_gui: list, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file manager runs `casefile open %f`, which is `casefile open` when no file was
    chosen; `casefile-gui [PATH] [--read-only]` (no console on Windows) is `casefile open`."""
    import gc

    from casefile.cli import run_gui_script

    # run() pauses and freezes the collector for the real process; not for the test run's
    monkeypatch.setattr(startup, "begin", lambda: None)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    assert cli("open").code == 0
    for argv in ([], [str(demo_path)], ["--read-only", str(demo_path)]):
        monkeypatch.setattr(sys, "argv", ["casefile-gui", *argv])
        with pytest.raises(SystemExit) as exited:
            run_gui_script()
        assert exited.value.code == 0
    assert fake_gui == [(None, False), (None, False), (demo_path, False), (demo_path, True)]


def test_without_a_display_the_gui_says_so_instead_of_aborting(
    cli: Callable[..., Run], fake_gui: list, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    run = cli("open", demo_path)
    assert_one_line_error(run, 1, "needs a display")
    assert fake_gui == []
    monkeypatch.setenv("DISPLAY", ":99")
    assert cli("open", demo_path).code == 0
    assert fake_gui == [(demo_path, False)]


@pytest.mark.parametrize(
    "args",
    [["frobnicate"], ["info"], ["attach", "x.casefile", "photo.jpg"], ["info", "a", "--colour"]],
    ids=["unknown-command", "missing-path", "missing-to", "unknown-option"],
)
def test_usage_errors_are_one_line(cli: Callable[..., Run], args: list[str]) -> None:
    run = cli(*args)
    assert_one_line_error(run, 1, "--help")


def test_version(cli: Callable[..., Run]) -> None:
    run = cli("--version")
    assert run.code == 0 and run.out.startswith("casefile ")


# -- files that cannot be opened: exit 2 ------------------------------------------------------

COMMANDS: dict[str, Callable[[Path, Path, str], list[object]]] = {
    "info": lambda case, aux, item: ["info", case],
    "info-json": lambda case, aux, item: ["info", case, "--json"],
    "check": lambda case, aux, item: ["check", case],
    "search": lambda case, aux, item: ["search", case, "Galuzin"],
    "search-json": lambda case, aux, item: ["search", case, "Galuzin", "--json"],
    "export-json": lambda case, aux, item: ["export-json", case, aux / "out.json"],
    "import-json": lambda case, aux, item: ["import-json", case, aux / "demo.json"],
    "attach": lambda case, aux, item: ["attach", case, "--to", item, aux / "photo.jpg"],
    "brief": lambda case, aux, item: ["brief", case, "-o", aux / "out.pdf"],
}
OPEN_FAILURES = {
    "missing": "does not exist",
    "empty": "is empty",
    "text": "not a case file",
    "image": "not a case file",
    "truncated": "damaged",
    "damaged": "damaged",
    "foreign_sqlite": "not a case file",
    "newer": "newer casefile",
    "locked": "being edited by colleague",
}
# What is not a failure to open: import-json creates a missing case; a damaged file can still
# be read with a warning; reading a locked file needs no lock.
NOT_REFUSED = {
    ("missing", "import-json"),
    ("damaged", "info"),
    ("damaged", "info-json"),
    ("damaged", "check"),  # it opens, finds the damage: exit 1, below
    ("damaged", "search"),
    ("damaged", "search-json"),
    *(
        ("locked", c)
        for c in ("info", "info-json", "check", "search", "search-json", "export-json", "brief")
    ),
}
assert set(BAD_FILES) | {"locked"} == set(OPEN_FAILURES)


@pytest.fixture
def live_lock(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    processes: list[subprocess.Popen[bytes]] = []

    def hold(path: Path) -> None:
        process = subprocess.Popen(["sleep", "30"])
        processes.append(process)
        holder = {"user": "colleague", "host": socket.gethostname(), "pid": process.pid,
                  "since": "2025-11-14T08:00:00+00:00"}  # fmt: skip
        lock_path(path).write_text(json.dumps(holder), encoding="utf-8")

    yield hold
    for process in processes:
        process.kill()
        process.wait()


@pytest.fixture
def inputs(aux: Path, demo_json: dict[str, Any]) -> Path:
    (aux / "photo.jpg").write_bytes(jpeg())
    write_json(aux, demo_json, "demo.json")
    return aux


@pytest.mark.parametrize(
    ("kind", "command"),
    [
        pytest.param(kind, command, id=f"{kind}-{command}")
        for kind in OPEN_FAILURES
        for command in COMMANDS
        if (kind, command) not in NOT_REFUSED
    ],
)
def test_files_that_cannot_be_opened_exit_2_untouched(
    cli: Callable[..., Run], kind: str, command: str, tmp_path: Path, inputs: Path,
    demo_template: Path, demo_json: dict[str, Any], live_lock: Callable[[Path], None],
) -> None:  # fmt: skip
    if kind == "locked":
        path = tmp_path / "locked.casefile"
        path.write_bytes(demo_template.read_bytes())
        live_lock(path)
    else:
        path = make_bad_file(kind, tmp_path, demo_template)
    item = demo_json["damage_items"][0]["id"]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    aux_before = folder_listing(inputs)
    run = cli(*COMMANDS[command](path, inputs, item))
    assert_one_line_error(run, 2, str(path), OPEN_FAILURES[kind])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing changed
    assert folder_listing(inputs) == aux_before  # no half-written output


def test_import_json_into_a_missing_path_creates_the_case(
    cli: Callable[..., Run], tmp_path: Path, inputs: Path
) -> None:
    path = tmp_path / "missing.casefile"
    run = cli("import-json", path, inputs / "demo.json")
    assert run.code == 0 and "created" in run.out
    assert cli("check", path).code == 0


def test_a_damaged_file_is_read_with_one_warning_and_check_finds_the_damage(
    cli: Callable[..., Run], tmp_path: Path, demo_template: Path
) -> None:
    path = make_bad_file("damaged", tmp_path, demo_template)
    digest = file_digest(path)
    info = cli("info", path)
    assert info.code == 0 and "parties:" in info.out
    assert info.err.count("\n") == 1 and info.err.startswith("casefile: warning: ")
    assert "damaged" in info.err and str(path) in info.err
    check = cli("check", path)
    assert_one_line_error(check, 1, str(path), "problem(s) found")
    assert check.out.startswith("integrity: ")
    assert file_digest(path) == digest
    assert folder_listing(tmp_path) == ["damaged.casefile"]


def test_a_locked_file_can_still_be_read(
    cli: Callable[..., Run], demo_path: Path, live_lock: Callable[[Path], None], aux: Path
) -> None:
    live_lock(demo_path)
    digest = file_digest(demo_path)
    assert cli("info", demo_path).code == 0
    assert cli("check", demo_path).code == 0
    assert cli("search", demo_path, "Galuzin").code == 0
    assert cli("export-json", demo_path, aux / "out.json").code == 0
    assert file_digest(demo_path) == digest
    assert lock_path(demo_path).exists()


# -- refused data: exit 1 ---------------------------------------------------------------------


def _set(*keys: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return mutate


def _add_attachment(doc: dict[str, Any]) -> None:
    data = b"This is a text file, not a photograph."
    doc["attachments"].append({"id": UNKNOWN, "filename": "photo.jpg",
                               "data_base64": base64.b64encode(data).decode(),
                               "sha256": hashlib.sha256(data).hexdigest()})  # fmt: skip


BAD_JSON: dict[str, tuple[Callable[[dict[str, Any]], None] | str, str]] = {
    "malformed": ('{"format": "casefile-json", "version": 1, "incident": ', "not valid JSON"),
    "not-an-object": ("[]", "top level is not an object"),
    "other-format": (_set("format", value="geojson"), "not a casefile-json document"),
    "other-version": (_set("version", value=5), "version 5"),
    "another-incident": (_set("incident", "id", value=UNKNOWN), "about another incident"),
    "unknown-party-id": (_set("notes", 0, "party_ids", value=[UNKNOWN]),
                         f"unknown party id {UNKNOWN}"),
    "wrong-type": (_set("parties", 0, "name", value=["a", "list"]), "must be text, not list"),
    "negative-cost": (_set("damage_items", 0, "estimated_cost", value="-100.00"), "negative"),
    "non-numeric-cost": (_set("damage_items", 0, "estimated_cost", value="lots"),
                         "not an amount"),
    "unknown-currency": (_set("damage_items", 0, "currency", value="ABC"), "unknown currency"),
    "date-format": (_set("notes", 0, "date", value="14.11.2025"), "use YYYY-MM-DD"),
    "time-format": (_set("meetings", 0, "held_at", value="14 Nov 2025"), "not a date and time"),
    "not-an-image": (_add_attachment, "claims to be an image"),
}  # fmt: skip


def _cost_needs_currency(name: str, doc: dict[str, Any]) -> None:
    if name in ("negative-cost", "non-numeric-cost"):
        doc["damage_items"][0]["currency"] = "EUR"
    if name == "unknown-currency":
        doc["damage_items"][0]["estimated_cost"] = "100"


@pytest.mark.parametrize(
    ("name", "target"),
    [
        pytest.param(name, target, id=f"{target}-{name}")
        for target in ("existing", "new")
        for name in BAD_JSON
        if (name, target) != ("another-incident", "new")  # a new case has nothing to differ from
    ],
)
def test_bad_json_is_refused_with_exit_1(
    cli: Callable[..., Run], demo_path: Path, aux: Path, demo_json: dict[str, Any],
    name: str, target: str,
) -> None:  # fmt: skip
    how, words = BAD_JSON[name]
    if isinstance(how, str):
        path = aux / "in.json"
        path.write_text(how, encoding="utf-8")
    else:
        document = copy.deepcopy(demo_json)
        _cost_needs_currency(name, document)
        how(document)
        path = write_json(aux, document)
    case = demo_path if target == "existing" else demo_path.with_name("new.casefile")
    listing = folder_listing(demo_path.parent)
    digest = file_digest(demo_path)
    run = cli("import-json", case, path)
    assert_one_line_error(run, 1, str(case), path.name, words, "nothing was imported")
    assert file_digest(demo_path) == digest
    assert folder_listing(demo_path.parent) == listing  # no new case, no lock, no journal


def _write(data: bytes, name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


BAD_ATTACHMENTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "text-as-jpg": (_write(b"Minutes of the meeting.\n", "photo.jpg"), "claims to be an image"),
    "truncated-jpg": (_write(jpeg()[:2000], "photo.jpg"), "claims to be an image"),
    "png-named-jpg-text": (_write(b"\x89PNG\r\n\x1a\nnot really", "p.jpg"), "claims to be"),
    "bomb": (_write(png_claiming(30_000, 30_000), "bomb.png"), "decompression bomb"),
    "empty": (_write(b"", "empty.jpg"), "0 bytes"),
    "missing": (lambda folder: folder / "nowhere.jpg", "does not exist"),
    "folder": (lambda folder: folder, "is a folder"),
}


@pytest.mark.parametrize("name", BAD_ATTACHMENTS)
def test_bad_attachments_are_refused_with_exit_1(
    cli: Callable[..., Run], demo_path: Path, aux: Path, demo_json: dict[str, Any], name: str
) -> None:
    make, words = BAD_ATTACHMENTS[name]
    good = _write(jpeg(), "good.jpg")(aux)
    bad = make(aux)
    item = demo_json["damage_items"][0]["id"]
    digest = file_digest(demo_path)
    run = cli("attach", demo_path, "--to", item, good, bad)
    assert_one_line_error(run, 1, str(demo_path), words)
    assert file_digest(demo_path) == digest  # not even the good photo went in
    assert folder_listing(demo_path.parent) == ["demo.casefile"]


@pytest.mark.parametrize(
    ("target", "words"),
    [
        (UNKNOWN, "no damage item, note or meeting with id"),
        ("party", "no damage item, note or meeting with id"),
        ("not-a-uuid", "not an id"),
    ],
)
def test_attach_to_an_unknown_id_is_refused(
    cli: Callable[..., Run], demo_path: Path, aux: Path, demo_json: dict[str, Any],
    target: str, words: str,
) -> None:  # fmt: skip
    if target == "party":
        target = demo_json["parties"][0]["id"]
    photo = _write(jpeg(), "photo.jpg")(aux)
    digest = file_digest(demo_path)
    run = cli("attach", demo_path, "--to", target, photo)
    assert_one_line_error(run, 1, str(demo_path), words)
    assert file_digest(demo_path) == digest
    assert folder_listing(demo_path.parent) == ["demo.casefile"]


# -- the real entry point ---------------------------------------------------------------------


def run_module(*args: object, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CASEFILE_DEBUG", None)
    command = [sys.executable, *(["-c", code] if code else ["-m", "casefile"]), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_python_dash_m_casefile(demo_path: Path, tmp_path: Path) -> None:
    ok = run_module("check", demo_path)
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ")
    missing = run_module("info", tmp_path / "missing.casefile")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and missing.stderr.startswith("casefile: error: ")
    newer = make_bad_file("newer", tmp_path, demo_path)
    digest = file_digest(newer)
    refused = run_module("attach", newer, "--to", UNKNOWN, demo_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert file_digest(newer) == digest


def test_info_imports_neither_qt_nor_reportlab_nor_pillow(demo_path: Path) -> None:
    child = run_module(demo_path, code=(
        "import sys\n"
        "from casefile.cli import main\n"
        "code = main(['info', sys.argv[1]])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab', 'PIL'})\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(code)\n"
    ))  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert "HEAVY []" in child.stdout


# -- the user's settings file -------------------------------------------------------------


@pytest.fixture
def user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file of this test's own, where the CLI looks for it."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    from casefile.store import UserSettings, write_settings

    return write_settings(UserSettings(name="Olena Kovalenko", classification="RESTRICTED"))


def test_new_cases_take_the_settings_classification_and_name(cli, tmp_path, user_settings) -> None:
    path = tmp_path / "new.casefile"
    assert cli("new", path, "--title", "Shelling").code == 0
    with CaseFile.open(path, read_only=True) as case:
        assert case.incident().classification == "RESTRICTED"
        assert {entry.actor for entry in case.audit_log()} == {"Olena Kovalenko"}
    other = tmp_path / "other.casefile"
    assert cli("new", other, "--title", "T", "--classification", "").code == 0
    with CaseFile.open(other, read_only=True) as case:
        assert case.incident().classification == ""


def test_a_broken_settings_file_is_named_and_only_stops_what_needs_it(
    cli, tmp_path, user_settings, demo_path
) -> None:
    user_settings.write_text('classification = "unclosed', encoding="utf-8")
    run = cli("new", tmp_path / "new.casefile", "--title", "T")
    assert run.code == 1 and run.err.startswith("casefile: error:")
    assert "settings.toml" in run.err and len(run.err.splitlines()) == 1
    assert not (tmp_path / "new.casefile").exists()
    assert cli("info", demo_path).code == 0


def test_the_brief_is_prepared_by_the_settings_name(user_settings) -> None:
    from casefile.brief import BriefOptions

    assert BriefOptions.from_cli(None, None).preparer == "Olena Kovalenko"
    assert BriefOptions.from_cli(None, None, preparer="").preparer == ""

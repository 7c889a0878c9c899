"""Crash: SIGKILL at random moments loses no returned edit and shows no partial one.

Children edit a case file through the CaseFile API, or run `casefile import-json`,
`casefile new` and `CaseFile.create`, and are killed with SIGKILL after a random wait.
Each child reports every call that returned on a pipe before it makes the next one.
After every kill the file is opened as the app would open it (rolling back a hot
journal, clearing the dead process's lock) and must pass `check`, hold every reported
edit, and show each edit or import whole or not at all: two fields changed in one
call always agree, an import of N items shows 0 or N of them, a batch of three
attachments shows 0 or 3, each item has its audit entry and its search entry.

The CI sample is sized to stay near a minute on two cores and still make more than
200 kills; `make stress` (CASEFILE_STRESS=full) runs five times as many.
"""

from __future__ import annotations

import copy
import json
import random
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from reliability_support import child_env, record, run_cli, stress

from casefile.store import CaseFile, CaseFileError, Passphrase

SERVER = Path(__file__).with_name("crash_server.py")
NOTE_TITLE = re.compile(r"^(r\d+x\d+)v(\d+) title$")
NOTE_BODY = re.compile(r"^(r\d+x\d+)v(\d+) body")
BATCH_NOTE = re.compile(r"^B(\d+)u(\d+) note \d+$")
SEGMENT = 40  # rounds on one file before a fresh one: keeps each check quick
#: How many edits' time (as the children report it) the editing window spans: about
#: half of them return before the kill, on a fast machine or a loaded one.
EDITS_IN_KILL_WINDOW = 6
KINDS = ("party", "note", "damage_item", "meeting", "follow_up", "attachment")

pytestmark = pytest.mark.stress


class Pool:
    """One crash_server.py process: forks a child per request and kills it on cue."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_env(),
            text=True,
            bufsize=1,
        )
        ready = self.proc.stdout.readline()
        assert ready.strip() == "READY", f"crash server did not start: {ready!r}"

    def run(self, request: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
        """The child's reports, and whether it was killed while still working."""
        self.proc.stdin.write(json.dumps({**request, "log": str(self.log)}) + "\n")
        self.proc.stdin.flush()
        reports = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"crash server died; see {self.log}")
            if line.startswith("R "):
                reports.append(json.loads(line[2:]))
            elif line.startswith("DONE "):
                done = json.loads(line[5:])
                return reports, done["killed"]

    def close(self) -> None:
        self.proc.communicate(timeout=30)


class KillWindow:
    """When to kill: at a random moment within the time the task takes, learnt as it runs.

    The first run is not killed: it teaches the task's time on this machine, however
    slow. Each task that finished teaches its time again (the child's own, which grows
    with the file). A kill that came at the end of the window before the task finished
    widens it, so a machine that slows down still sees its kills land inside the work
    rather than before it.
    """

    def __init__(self) -> None:
        self.seconds: float | None = None

    def pick(self, rnd: random.Random) -> float | None:
        """The wait before the kill; None: no kill (the time is not known yet)."""
        return None if self.seconds is None else rnd.uniform(0.0, 1.1 * self.seconds)

    def learn(self, wait: float | None, *, finished: bool, took: float | None = None) -> None:
        if finished and took is not None:
            self.seconds = took
        elif not finished and wait is not None and self.seconds and wait >= 0.9 * self.seconds:
            self.seconds = min(self.seconds * 1.5, 30.0)


def child_took(reports: list[dict[str, Any]], started: float) -> float:
    """How long a pool child worked: its own report, else the time the test waited
    (the pool waits out the whole kill delay even when the child finished sooner)."""
    return next(
        (r["took"] for r in reports if r.get("ev") == "exit" and "took" in r),
        time.monotonic() - started,
    )


def run_lanes(lanes: list[Callable[[], None]]) -> None:
    """Run lanes side by side (one per core); re-raise the first failure."""
    errors: list[BaseException] = []

    def guarded(lane: Callable[[], None]) -> None:
        try:
            lane()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(lane,)) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


#: The passphrase of the encrypted files of the API editors' test.
EDIT_PASSPHRASE = "the kill test's passphrase"


def open_after_crash(path: Path, tally: dict[str, int], passphrase: str | None = None) -> CaseFile:
    """Open as the app does after a crash, counting the recoveries it reports."""
    if Path(str(path) + "-journal").exists():
        tally["hot_journals"] = tally.get("hot_journals", 0) + 1
    if Path(str(path) + ".lock").exists():
        tally["stale_locks"] = tally.get("stale_locks", 0) + 1
    case = CaseFile.open(
        path, actor="verifier", passphrase=Passphrase(passphrase) if passphrase else None
    )
    messages = " ".join(n.message for n in case.notices)
    if "recovered" in messages:
        tally["recovered"] = tally.get("recovered", 0) + 1
    return case


# -- editing through the API ------------------------------------------------------------------


@dataclass
class EditModel:
    """What the test knows must be in the file: every edit a child reported as returned."""

    notes: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (tag, version)
    deleted: set[str] = field(default_factory=set)
    batches: dict[str, set[str]] = field(default_factory=dict)  # caption -> attachment ids


def new_edit_file(path: Path, passphrase: str | None) -> None:
    with CaseFile.create(
        path,
        title="Crash test",
        actor="crash-test",
        passphrase=Passphrase(passphrase) if passphrase else None,
    ) as case:
        case.add("party", name="Witness")
        case.add("damage_item", title="Perimeter wall", category="perimeter")


def verify_edits(
    path: Path,
    model: EditModel,
    reports: list[dict[str, Any]],
    tally: dict[str, int],
    passphrase: str | None = None,
) -> list[str]:
    """Compare the file with the model after a kill; return what is wrong."""
    problems: list[str] = []
    tries = [r for r in reports if r.get("ev") == "try"]
    dones = [r for r in reports if r.get("ev") == "done"]
    in_flight = tries[-1] if len(tries) > len(dones) else None
    for done in dones:
        tally["returned_edits"] = tally.get("returned_edits", 0) + 1
        if done["op"] == "add":
            model.notes[done["id"]] = (done["tag"], 0)
        elif done["op"] == "update":
            model.notes[done["id"]] = (model.notes[done["id"]][0], done["v"])
        elif done["op"] == "delete":
            del model.notes[done["id"]]
            model.deleted.add(done["id"])
        else:
            model.batches[f"batch {done['tag']}"] = set(done["ids"])
    with open_after_crash(path, tally, passphrase) as case:
        problems += [f"check: {p.area}: {p.message}" for p in case.check()]
        rows = {note.id: note for note in case.records("note")}
        for note_id, note in rows.items():
            title, body = NOTE_TITLE.match(note.title), NOTE_BODY.match(note.body)
            if not title or not body or title.groups() != body.groups():
                problems.append(f"partial edit: note {note_id} title {note.title!r} body "
                                f"{note.body[:30]!r}")  # fmt: skip
        for note_id, (tag, version) in list(model.notes.items()):
            if note_id not in rows:
                if in_flight and in_flight["op"] == "delete" and in_flight["id"] == note_id:
                    del model.notes[note_id]  # the delete in flight landed
                    model.deleted.add(note_id)
                    continue
                problems.append(f"lost edit: note {note_id} ({tag}) is gone")
                tally["lost_edits"] = tally.get("lost_edits", 0) + 1
                continue
            found = int(NOTE_TITLE.match(rows[note_id].title).group(2))
            if found == version:
                continue
            if (
                in_flight
                and in_flight["op"] == "update"
                and in_flight["id"] == note_id
                and found == in_flight["v"]
            ):
                model.notes[note_id] = (tag, found)  # the update in flight landed
                continue
            problems.append(f"note {note_id} is at version {found}, reported {version}")
            tally["lost_edits"] = tally.get("lost_edits", 0) + 1
        for note_id in set(rows) - set(model.notes):
            tag = NOTE_TITLE.match(rows[note_id].title).group(1)
            if in_flight and in_flight["op"] == "add" and in_flight["tag"] == tag:
                model.notes[note_id] = (tag, 0)  # the add in flight landed
                continue
            problems.append(f"note {note_id} ({tag}) appeared from nowhere or came back")
        captions: dict[str, set[str]] = {}
        for attachment in case.records("attachment"):
            captions.setdefault(attachment.caption, set()).add(attachment.id)
        for caption, ids in captions.items():
            if len(ids) != 3:
                problems.append(f"partial edit: {caption} holds {len(ids)} of 3 attachments")
                tally["partial_edits"] = tally.get("partial_edits", 0) + 1
            if caption not in model.batches:
                if in_flight and in_flight["op"] == "attach" and caption.endswith(in_flight["tag"]):
                    model.batches[caption] = ids
                else:
                    problems.append(f"attachments {caption} appeared from nowhere")
        for caption, ids in model.batches.items():
            if captions.get(caption) != ids:
                problems.append(f"lost edit: attachments of {caption} are not all there")
                tally["lost_edits"] = tally.get("lost_edits", 0) + 1
        damage = case.records("damage_item")[0]
        if set(damage.attachment_ids) != set().union(*model.batches.values()):
            problems.append("partial edit: the damage item's attachment links disagree")
        created, gone = set(), set()
        for entry in case.audit_log():
            (created if entry.action == "create" else gone).add(entry.entity_id)
        attached = {a for ids in captions.values() for a in ids}
        if missing := (set(rows) | attached) - created:
            problems.append(f"partial edit: items without their audit entry: {sorted(missing)}")
        if missing := model.deleted - gone:
            problems.append(f"partial edit: deletes without their audit entry: {sorted(missing)}")
        for note_id in list(rows)[-3:]:  # the newest notes: found by their current words only
            tag, version = model.notes[note_id]
            if note_id not in {hit.id for hit in case.search(f"{tag}v{version}")}:
                problems.append(f"partial edit: note {note_id} not found by its current title")
            if version and note_id in {hit.id for hit in case.search(f"{tag}v{version - 1}")}:
                problems.append(f"partial edit: note {note_id} still found by its old title")
    return problems


def edit_lane(
    folder: Path, rounds: int, seed: int, tally: dict[str, int], passphrase: str | None = None
) -> Callable[[], None]:
    def lane() -> None:
        rnd = random.Random(seed)
        pool = Pool(folder / "children.log")
        try:
            path, model = folder / "none", EditModel()
            # How long a child takes to open the case and to make one edit, learnt from
            # what they report: both vary with the machine's load, the open also with
            # the recovery it does.
            opening, edit_time = 0.0, 0.05
            for n in range(rounds):
                if n % SEGMENT == 0:
                    path, model = folder / f"edits-{n // SEGMENT}.casefile", EditModel()
                    new_edit_file(path, passphrase)
                # Kill while editing: after the open, within a few edits.
                wait = opening + rnd.uniform(0.0, max(0.35, EDITS_IN_KILL_WINDOW * edit_time))
                request = {"task": "edit", "path": str(path), "seed": rnd.random(), "round": n,
                           "passphrase": passphrase}  # fmt: skip
                reports, killed = pool.run({**request, "kill_after": wait})
                editing = [r["took"] for r in reports if r.get("ev") == "editing"]
                opening = editing[0] if editing else max(opening, wait) * 1.25
                done_at = [r["t"] for r in reports if r.get("ev") == "done"]
                if editing and done_at:
                    edit_time = (done_at[-1] - editing[0]) / len(done_at)
                elif editing:  # not one edit returned in the time it had
                    edit_time = max(edit_time, wait - editing[0])
                errors = [r["error"] for r in reports if r.get("ev") == "error"]
                assert not errors, f"the editing child failed: {errors}; see children.log"
                assert killed, "an editing child stopped before it was killed"
                tally["kills"] = tally.get("kills", 0) + 1
                problems = verify_edits(path, model, reports, tally, passphrase)
                assert not problems, f"after kill {n} (wait {wait:.3f}s) of {path}: {problems}"
            key = folder / "passphrase.txt"
            key.write_text(passphrase or "")
            for segment in folder.glob("edits-*.casefile"):
                result = run_cli("check", segment, "--passphrase-file", key)
                assert result.returncode == 0, result.stderr
        finally:
            pool.close()

    return lane


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_sigkill_of_api_editors_loses_no_returned_edit(tmp_path: Path, encrypted: bool) -> None:
    """On a plain case, and on an encrypted one (fewer rounds: each opening derives its key)."""
    rounds = stress(25, 125) if encrypted else stress(60, 300)
    passphrase = EDIT_PASSPHRASE if encrypted else None
    tallies = [{}, {}]
    lanes = []
    for index, tally in enumerate(tallies):
        folder = tmp_path / f"lane{index}"
        folder.mkdir()
        lanes.append(edit_lane(folder, rounds, 1000 + index + 10 * encrypted, tally, passphrase))
    run_lanes(lanes)
    total = {k: sum(t.get(k, 0) for t in tallies) for k in set().union(*tallies)}
    record(
        "crash: API editors" + (" (encrypted case)" if encrypted else ""),
        kills=total["kills"],
        returned_edits=total["returned_edits"],
        lost_edits=total.get("lost_edits", 0),
        partial_edits=total.get("partial_edits", 0),
        hot_journals_rolled_back=total.get("recovered", 0),
        stale_locks_cleared=total.get("stale_locks", 0),
    )
    assert total["kills"] == 2 * rounds
    assert total["returned_edits"] > total["kills"], "children returned too few edits"
    assert total.get("recovered", 0) > 0, "no kill landed inside a transaction: widen the waits"


# -- imports ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A casefile-json document of 250 linked items of every kind (about 0.2 s to import)."""
    path = tmp_path_factory.mktemp("template") / "template.casefile"
    with CaseFile.create(path, title="Import crash test", actor="crash-test") as case:
        parties = [case.add("party", name=f"Party {j}").id for j in range(20)]
        notes = [
            case.add("note", title=f"NOTE {j}", body="text " * 50, party_ids=parties[j % 17:][:3],
                     source_party_id=parties[j % 20]).id
            for j in range(120)
        ]  # fmt: skip
        damage = [
            case.add("damage_item", title=f"Damage {j}", estimated_cost=1000 * (j + 1),
                     currency="EUR").id
            for j in range(60)
        ]  # fmt: skip
        meetings = [
            case.add("meeting", title=f"Meeting {j}", participants=[(parties[j], "host")],
                     note_ids=notes[j::10][:3]).id
            for j in range(10)
        ]  # fmt: skip
        for j in range(30):
            case.add("follow_up", title=f"Follow-up {j}", owner_id=parties[j % 20],
                     meeting_id=meetings[j % 10])  # fmt: skip
        for j in range(10):
            case.add_attachments([(f"scan {j} ".encode() * 100, f"scan-{j}.txt")], to=damage[j])
        return case.export_document()


def ids_of(doc: dict[str, Any]) -> list[str]:
    return [item["id"] for key, items in doc.items() if isinstance(items, list) for item in items]


def batch_document(template: dict[str, Any], number: int, incident: dict[str, Any]) -> dict:
    """The template with fresh ids, about `incident`, its notes titled B<number>u0."""
    text = json.dumps({**template, "incident": incident})
    for old in ids_of(template):
        text = text.replace(old, str(uuid.uuid4()))
    doc = json.loads(text)
    for j, note in enumerate(doc["notes"]):
        note["title"] = f"B{number}u0 note {j}"
    return doc


@dataclass
class Batch:
    doc: dict[str, Any]
    ids: set[str]
    version: int | None = None  # None: not in the file


def verify_imports(case: CaseFile, batches: dict[int, Batch]) -> list[str]:
    problems = [f"check: {p.area}: {p.message}" for p in case.check()]
    present: set[str] = set()
    for kind in KINDS:
        present.update(case.ids(kind))
    versions: dict[int, set[int]] = {}
    for note in case.records("note"):
        if match := BATCH_NOTE.match(note.title):
            versions.setdefault(int(match.group(1)), set()).add(int(match.group(2)))
    for number, batch in batches.items():
        found = len(batch.ids & present)
        if found not in (0, len(batch.ids)):
            problems.append(f"partial import: batch {number} shows {found} of {len(batch.ids)}")
        if len(versions.get(number, ())) > 1:
            problems.append(f"partial import: batch {number} mixes versions {versions[number]}")
    return problems


def import_lane(
    folder: Path,
    template: dict[str, Any],
    rounds: int,
    seed: int,
    tally: dict[str, int],
    *,
    fresh_process: bool,
) -> Callable[[], None]:
    """Import new batches, or re-import a batch with every note retitled; kill at random."""

    def lane() -> None:
        rnd = random.Random(seed)
        pool = None if fresh_process else Pool(folder / "children.log")
        path = folder / "imports.casefile"
        with CaseFile.create(path, title="Import crash test", actor="crash-test") as case:
            incident = case.export_document()["incident"]
        batches: dict[int, Batch] = {}
        window = KillWindow()
        try:
            for n in range(rounds):
                complete = [k for k, b in batches.items() if b.version is not None]
                if complete and rnd.random() < 0.3:
                    number = rnd.choice(complete)
                    batch = batches[number]
                    doc = copy.deepcopy(batch.doc)
                    new_version = batch.version + 1
                    for j, note in enumerate(doc["notes"]):
                        note["title"] = f"B{number}u{new_version} note {j}"
                else:
                    number, new_version = n, 0
                    doc = batch_document(template, number, incident)
                    batches[number] = Batch(doc, set(ids_of(doc)))
                source = folder / f"batch-{n}.json"
                source.write_text(json.dumps(doc), encoding="utf-8")
                args = ["import-json", str(path), str(source)]
                wait = window.pick(rnd)
                started = time.monotonic()
                if fresh_process:
                    rc, killed = run_and_kill(args, wait)
                else:
                    reports, killed = pool.run(
                        {"task": "command", "args": args, "kill_after": wait}
                    )
                    rc = next((r["rc"] for r in reports if r.get("ev") == "exit"), None)
                    errors = [r["error"] for r in reports if r.get("ev") == "error"]
                    assert not errors, f"import child failed: {errors}; see children.log"
                took = time.monotonic() - started if fresh_process else child_took(reports, started)
                tally["kills"] = tally.get("kills", 0) + killed
                assert killed or rc == 0, f"import {n} ended with exit code {rc}"
                window.learn(wait, finished=not killed, took=took)
                with open_after_crash(path, tally) as case:
                    problems = verify_imports(case, batches)
                    present = set(case.ids("note"))
                    notes = {n.id: n.title for n in case.records("note")}
                batch = batches[number]
                landed = bool(batch.ids & present)
                note_id = batch.doc["notes"][0]["id"]
                landed_version = int(BATCH_NOTE.match(notes[note_id]).group(2)) if landed else None
                if rc == 0 and landed_version != new_version:
                    problems.append(f"lost import: batch {number} returned 0 but is not there")
                    tally["lost_imports"] = tally.get("lost_imports", 0) + 1
                if landed_version not in (batch.version, new_version):
                    problems.append(f"batch {number} is at version {landed_version}")
                if killed:
                    key = "whole" if landed_version == new_version else "none"
                    tally[f"killed_imports_{key}"] = tally.get(f"killed_imports_{key}", 0) + 1
                batch.version = landed_version
                if new_version:
                    batch.doc = doc
                tally["partial_imports"] = tally.get("partial_imports", 0) + sum(
                    "partial import" in p for p in problems
                )
                assert not problems, f"after import {n} into {path}: {problems}"
            result = run_cli("check", path)
            assert result.returncode == 0, result.stderr
        finally:
            if pool is not None:
                pool.close()

    return lane


def run_and_kill(args: list[str], wait: float | None) -> tuple[int | None, bool]:
    """`casefile ARGS` as a fresh process, SIGKILLed after `wait` seconds if still running
    (None: not killed)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "casefile", *args],
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _, err = proc.communicate(timeout=wait)
        assert proc.returncode == 0, err.decode(errors="replace")
        return proc.returncode, False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return None, True


def test_sigkill_of_import_json_leaves_no_partial_import(
    tmp_path: Path, template: dict[str, Any]
) -> None:
    forked, fresh = stress(70, 350), stress(10, 50)
    tallies: list[dict[str, int]] = [{}, {}]
    lanes = []
    for index, (rounds, fresh_process) in enumerate(((forked, False), (fresh, True))):
        folder = tmp_path / f"lane{index}"
        folder.mkdir()
        lanes.append(
            import_lane(
                folder, template, rounds, 2000 + index, tallies[index], fresh_process=fresh_process
            )
        )
    run_lanes(lanes)
    total = {k: sum(t.get(k, 0) for t in tallies) for k in set().union(*tallies)}
    record(
        "crash: casefile import-json",
        kills=total.get("kills", 0),
        kills_of_fresh_processes=tallies[1].get("kills", 0),
        killed_imports_shown_whole=total.get("killed_imports_whole", 0),
        killed_imports_shown_not_at_all=total.get("killed_imports_none", 0),
        partial_imports=total.get("partial_imports", 0),
        lost_imports=total.get("lost_imports", 0),
        hot_journals_rolled_back=total.get("recovered", 0),
    )
    assert total.get("kills", 0) >= 0.6 * (forked + fresh), "too few imports were killed"
    assert total.get("recovered", 0) > 0, "no kill landed inside an import: widen the waits"


# -- creating a case ------------------------------------------------------------------------


#: The passphrase of the cases `new --encrypt` makes in the creation test.
NEW_CASE_PASSPHRASE = "a new case's passphrase"


def verify_new_case(path: Path, doc: dict[str, Any] | None, encrypted: bool = False) -> list[str]:
    """A created case that exists must be whole: its incident, and all of an imported doc."""
    from casefile.store import Passphrase

    secret = Passphrase(NEW_CASE_PASSPHRASE) if encrypted else None
    try:
        with CaseFile.open(path, actor="verifier", passphrase=secret) as case:
            assert case.encrypted == encrypted
            problems = [f"{p.area}: {p.message}" for p in case.check()]
            case.incident()
            if doc is not None:
                found = sum(case.count(kind) for kind in KINDS)
                if found != len(ids_of(doc)):
                    problems.append(f"partial import: {found} of {len(ids_of(doc))} items")
    except CaseFileError as exc:
        problems = [str(exc)]
    return problems


def test_sigkill_while_creating_leaves_no_half_made_case(
    tmp_path: Path, template: dict[str, Any]
) -> None:
    """`casefile new` (plain and `--encrypt`), `CaseFile.create` and `import-json` into a new
    path: all or nothing."""
    rounds = stress(50, 250)
    tallies: list[dict[str, int]] = [{}, {}]

    def lane(index: int) -> Callable[[], None]:
        def run() -> None:
            rnd = random.Random(3000 + index)
            folder = tmp_path / f"lane{index}"
            folder.mkdir()
            pool = Pool(folder / "children.log")
            tally = tallies[index]
            variants = ("create", "new", "import", "new --encrypt")
            windows = {v: KillWindow() for v in variants}
            secret = folder / "passphrase.txt"
            secret.write_text(NEW_CASE_PASSPHRASE + "\n")
            try:
                for n in range(rounds):
                    path = folder / f"new-{n}.casefile"
                    variant = variants[n % len(variants)]
                    doc = None
                    if variant == "new --encrypt":
                        args = ["new", str(path), "--title", f"Case {n}", "--encrypt",
                                "--new-passphrase-file", str(secret)]  # fmt: skip
                        request = {"task": "command", "args": args}
                    elif variant == "create":
                        request = {"task": "create", "path": str(path), "title": f"Case {n}"}
                    elif variant == "new":
                        args = ["new", str(path), "--title", f"Case {n}"]
                        request = {"task": "command", "args": args}
                    else:
                        doc = batch_document(template, n, template["incident"])
                        source = folder / f"doc-{n}.json"
                        source.write_text(json.dumps(doc), encoding="utf-8")
                        request = {"task": "command", "args": ["import-json", str(path),
                                                               str(source)]}  # fmt: skip
                    wait = windows[variant].pick(rnd)
                    started = time.monotonic()
                    reports, killed = pool.run({**request, "kill_after": wait})
                    rc = next((r["rc"] for r in reports if r.get("ev") == "exit"), None)
                    assert killed or rc == 0, f"{variant} {n} failed: {reports}"
                    windows[variant].learn(
                        wait, finished=not killed, took=child_took(reports, started)
                    )
                    tally["kills"] = tally.get("kills", 0) + killed
                    if not path.exists():
                        assert rc is None, f"{variant} {n} returned {rc} but left no file"
                        tally["absent"] = tally.get("absent", 0) + 1
                        continue
                    problems = verify_new_case(path, doc, variant == "new --encrypt")
                    if problems:
                        tally["half_made"] = tally.get("half_made", 0) + 1
                    assert not problems, f"{variant} {n} killed: {path} is half made: {problems}"
                    tally["whole"] = tally.get("whole", 0) + 1
            finally:
                pool.close()

        return run

    run_lanes([lane(0), lane(1)])
    total = {k: sum(t.get(k, 0) for t in tallies) for k in set().union(*tallies)}
    record(
        "crash: creating a case",
        kills=total.get("kills", 0),
        files_absent=total.get("absent", 0),
        files_whole=total.get("whole", 0),
        files_half_made=total.get("half_made", 0),
    )
    assert total.get("kills", 0) >= rounds, "too few creations were killed"


# -- encrypting, decrypting, changing the passphrase -------------------------------------------

#: The file's states, and what each command makes of them: (command, its options, the state
#: it leaves). "plain" needs no passphrase; "A" and "B" open with passphrase A or B.
KEY_CHANGES: dict[str, list[tuple[str, list[str], str]]] = {
    "plain": [("encrypt", ["--new-passphrase-file", "A"], "A")],
    "A": [("rekey", ["--passphrase-file", "A", "--new-passphrase-file", "B"], "B"),
          ("decrypt", ["--passphrase-file", "A"], "plain")],
    "B": [("rekey", ["--passphrase-file", "B", "--new-passphrase-file", "A"], "A"),
          ("decrypt", ["--passphrase-file", "B"], "plain")],
}  # fmt: skip


def state_of(path: Path, passphrases: dict[str, str]) -> tuple[str | None, list[str], int]:
    """Which of the states opens the file (as the app opens it after a crash), what
    `check` finds in it, and how many items it holds."""
    from casefile.store import NotACaseFile, Passphrase

    for state in ("plain", "A", "B"):
        passphrase = None if state == "plain" else Passphrase(passphrases[state])
        try:
            with CaseFile.open(path, actor="verifier", passphrase=passphrase) as case:
                problems = [f"{p.area}: {p.message}" for p in case.check()]
                return state, problems, sum(case.count(kind) for kind in KINDS)
        except NotACaseFile:  # no passphrase, or the wrong one
            continue
    return None, [], 0


def test_sigkill_while_encrypting_leaves_the_case_as_it_was_or_as_it_was_to_be(
    tmp_path: Path, template: dict[str, Any]
) -> None:
    """`casefile encrypt`, `rekey` and `decrypt` killed at random moments: the file opens
    in the state before the command or the one after it, never neither, and is whole."""
    rounds = stress(30, 150)
    tally: dict[str, int] = {}
    folder = tmp_path / "keys"
    folder.mkdir()
    passphrases = {"A": "passphrase A of the kill test", "B": "passphrase B, another one"}
    for name, text in passphrases.items():
        (folder / name).write_text(text + "\n")
    path = folder / "case.casefile"
    doc = batch_document(template, 1, template["incident"])
    with CaseFile.create_from_document(path, doc):
        pass
    items = len(ids_of(doc))
    rnd = random.Random(4000)
    pool = Pool(folder / "children.log")
    window = KillWindow()
    state = "plain"
    try:
        for n in range(rounds):
            command, options, after = rnd.choice(KEY_CHANGES[state])
            options = [str(folder / o) if o in passphrases else o for o in options]
            request = {"task": "command", "args": [command, str(path), *options]}
            wait = window.pick(rnd)
            started = time.monotonic()
            reports, killed = pool.run({**request, "kill_after": wait})
            rc = next((r["rc"] for r in reports if r.get("ev") == "exit"), None)
            assert killed or rc == 0, f"{command} {n} failed: {reports}"
            window.learn(wait, finished=not killed, took=child_took(reports, started))
            tally["kills"] = tally.get("kills", 0) + killed
            staged = list(folder.glob(".case.casefile.*.staging*"))
            tally["staged_copies_left"] = tally.get("staged_copies_left", 0) + len(staged)
            for leftover in staged:
                if state != "plain" and after != "plain":  # both ends encrypted: so is it
                    assert not leftover.read_bytes().startswith(b"SQLite format 3")
            found, problems, count = state_of(path, passphrases)  # opened for editing
            assert not list(folder.glob(".case.casefile.*.staging*")), "not cleared up"
            assert found in (state, after), (
                f"{command} {n} (killed: {killed}) left a file in state {found}; "
                f"expected {state} or {after}"
            )
            assert not problems and count == items, f"{command} {n}: {problems}, {count} items"
            assert killed or found == after, f"{command} {n} returned 0 but left {found}"
            if killed:
                key = "killed_changes_done" if found == after else "killed_changes_undone"
                tally[key] = tally.get(key, 0) + 1
            state = found
    finally:
        pool.close()
    record(
        "crash: encrypt, decrypt, rekey",
        kills=tally.get("kills", 0),
        killed_changes_done=tally.get("killed_changes_done", 0),
        killed_changes_undone=tally.get("killed_changes_undone", 0),
        staged_copies_left=tally.get("staged_copies_left", 0),
        cases_in_neither_state=0,
    )
    assert tally.get("kills", 0) >= rounds // 2, "too few key changes were killed"

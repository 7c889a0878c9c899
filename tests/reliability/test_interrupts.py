"""SIGTERM and SIGINT at random moments: nothing half-written is left, the case is whole.

Every writing command runs as a real `python -m casefile` process (Save a copy, which
has no command, as a child calling the API under the CLI's signal handling) and gets
SIGTERM or SIGINT after a random wait within the time the command takes. Afterwards:

- the exit is 0 (it finished first), or 130 / 143 with one line "casefile: error:
  interrupted by SIG…" and no traceback; a signal that lands before Python has loaded
  casefile kills the process as the system does (counted apart: nothing was written);
- the folder holds what it held plus, at most, the whole output: no temporary file,
  private folder, lock or journal, beside the case or in the child's TMPDIR;
- the case file is byte for byte as it was, or for a command that changes it, passes
  `check` and shows the change whole or not at all; a new case or an output that exists
  is whole (a case that passes `check`, JSON that parses, a PDF with its end).
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from reliability_support import child_env, jpeg, record, stress

from casefile.store import CaseFile, Passphrase, encrypt, is_encrypted

#: Save a copy through the API, under the CLI's handling of SIGINT and SIGTERM.
SAVE_COPY = """
import sys
from casefile.cli import Interrupted, interrupted, stopping_on_signals
try:
    with stopping_on_signals():
        from casefile.store import CaseFile
        with CaseFile.open(sys.argv[1], read_only=True) as case:
            case.save_copy(sys.argv[2])
except Interrupted as exc:
    sys.exit(interrupted(exc))
"""

#: export-json with SIGTERM raised from inside json.dump, right after the document was
#: written to the temporary file: a moment chosen, not drawn.
EXPORT_SIGNALLED = """
import json, signal, sys
real_dump = json.dump
def dump_then_signal(*args, **kwargs):
    real_dump(*args, **kwargs)
    signal.raise_signal(signal.SIGTERM)
json.dump = dump_then_signal
from casefile.cli import main
sys.exit(main(["export-json", sys.argv[1], sys.argv[2]]))
"""


@dataclass
class Round:
    folder: Path
    case: Path
    out: Path
    aux: Path  # a folder of inputs (JSON, photo) and the child's TMPDIR


@dataclass
class Command:
    args: Callable[[Round], list[str]]
    changes_case: bool = False
    output: str = ""  # what a finished output is: "json", "pdf", "case"
    guess_s: float = 3.0  # the first guess of how long it runs, then learnt
    encrypted_case: bool = False  # the case is encrypted (with PASSPHRASE) before it runs


#: The passphrase of the encrypted cases that encrypt, decrypt and rekey are run on.
PASSPHRASE = "an interrupted command's passphrase"


def _passphrase_file(aux: Path) -> Path:
    path = aux / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def _notes(case: Path) -> list[str]:
    passphrase = Passphrase(PASSPHRASE) if is_encrypted(case) else None
    with CaseFile.open(case, read_only=True, passphrase=passphrase) as opened:
        assert opened.check() == [], f"{case} does not pass check"
        return sorted(n.title for n in opened.records("note"))


def _retitled(case: Path, aux: Path) -> Path:
    """The demo's JSON with every note retitled: an import changes all of them or none."""
    document_path = aux / "retitled.json"
    if not document_path.exists():
        from casefile.store import CaseFile

        with CaseFile.open(case, read_only=True) as opened:
            document = opened.export_document()
        for note in document["notes"]:
            note["title"] = "retitled: " + note["title"]
        document_path.write_text(json.dumps(document), encoding="utf-8")
    return document_path


def _photo(aux: Path) -> Path:
    photo = aux / "photo.jpg"
    if not photo.exists():
        photo.write_bytes(jpeg((1600, 1200)))
    return photo


def _damage_id(case: Path) -> str:
    passphrase = Passphrase(PASSPHRASE) if is_encrypted(case) else None
    with CaseFile.open(case, read_only=True, passphrase=passphrase) as opened:
        return opened.ids("damage_item")[0]


COMMANDS: dict[str, Command] = {
    "export-json": Command(lambda r: ["export-json", str(r.case), str(r.out)], output="json"),
    "brief": Command(lambda r: ["brief", str(r.case), "-o", str(r.out)], output="pdf"),
    "import-json into the case": Command(
        lambda r: ["import-json", str(r.case), str(_retitled(r.case, r.aux))], changes_case=True
    ),
    "import-json into a new path": Command(
        lambda r: ["import-json", str(r.out), str(_retitled(r.case, r.aux))], output="case"
    ),
    "new": Command(lambda r: ["new", str(r.out), "--title", "Interrupted"], output="case"),
    "demo": Command(lambda r: ["demo", str(r.out)], output="case"),
    "attach": Command(
        lambda r: ["attach", str(r.case), "--to", _damage_id(r.case), str(_photo(r.aux))],
        changes_case=True,
    ),
    "Save a copy": Command(lambda r: ["-c", SAVE_COPY, str(r.case), str(r.out)], output="case"),
    "export-json of an encrypted case": Command(
        lambda r: [
            "export-json",
            str(r.case),
            str(r.out),
            "--passphrase-file",
            str(_passphrase_file(r.aux)),
        ],
        output="json",
        encrypted_case=True,
    ),
    "attach to an encrypted case": Command(
        lambda r: [
            "attach",
            str(r.case),
            "--to",
            _damage_id(r.case),
            str(_photo(r.aux)),
            "--passphrase-file",
            str(_passphrase_file(r.aux)),
        ],
        changes_case=True,
        encrypted_case=True,
    ),
    "encrypt": Command(
        lambda r: ["encrypt", str(r.case), "--new-passphrase-file", str(_passphrase_file(r.aux))],
        changes_case=True,
    ),
    "decrypt": Command(
        lambda r: ["decrypt", str(r.case), "--passphrase-file", str(_passphrase_file(r.aux))],
        changes_case=True,
        encrypted_case=True,
    ),
    "rekey": Command(
        lambda r: [
            "rekey",
            str(r.case),
            "--passphrase-file",
            str(_passphrase_file(r.aux)),
            "--new-passphrase-file",
            str(_passphrase_file(r.aux)),
        ],
        changes_case=True,
        encrypted_case=True,
    ),  # fmt: skip
}


def _whole(kind: str, out: Path) -> bool:
    if kind == "json":
        return json.loads(out.read_text(encoding="utf-8"))["format"] == "casefile-json"
    if kind == "pdf":
        return out.read_bytes().rstrip().endswith(b"%%EOF")
    with CaseFile.open(out, read_only=True) as opened:
        return opened.check() == [] and bool(opened.incident().title)


def _run(command: Command, rnd: Round, signum: int, wait: float) -> subprocess.CompletedProcess:
    args = command.args(rnd)
    argv = [sys.executable, *args] if args[0] == "-c" else [sys.executable, "-m", "casefile"]
    if args[0] != "-c":
        argv += args
    proc = subprocess.Popen(
        argv,
        env=child_env(TMPDIR=str(rnd.aux / "tmp")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        proc.send_signal(signum)
    out, err = proc.communicate(timeout=180)
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


@pytest.mark.stress
@pytest.mark.parametrize("name", COMMANDS)
def test_sigterm_and_sigint_leave_nothing_half_written(
    tmp_path: Path, demo_template: Path, name: str
) -> None:
    command = COMMANDS[name]
    rounds = stress(2, 20)
    rnd_source = random.Random(f"interrupts {name}")
    duration = command.guess_s
    tally: dict[str, int] = {}
    for n in range(rounds + 1):  # round 0 runs to the end: how long the command takes
        folder = tmp_path / f"round-{n}"
        aux = tmp_path / f"aux-{n}"
        (aux / "tmp").mkdir(parents=True)
        folder.mkdir()
        case = folder / "case.casefile"
        shutil.copyfile(demo_template, case)
        if command.encrypted_case:
            encrypt(case, Passphrase(PASSPHRASE))
        rnd = Round(folder, case, folder / ("out." + (command.output or "x")), aux)
        command.args(rnd)  # make the inputs before the clock starts
        before_case = case.read_bytes()
        before_notes = _notes(case)
        listing = sorted(p.name for p in folder.iterdir())
        signum = (signal.SIGTERM, signal.SIGINT)[n % 2]
        wait = 600.0 if n == 0 else rnd_source.uniform(0.1, 1.05) * duration
        started = time.monotonic()
        result = _run(command, rnd, signum, wait)
        detail = f"{name} round {n} ({signal.Signals(signum).name} after {wait:.2f} s): "
        detail += f"exit {result.returncode}, {result.stderr!r}"
        if n == 0:
            assert result.returncode == 0, detail
            duration = time.monotonic() - started
        if result.returncode == 0:
            tally["finished"] = tally.get("finished", 0) + 1
        elif result.returncode < 0:  # before casefile was loaded: the system's default
            assert result.returncode == -signum, detail
            tally["killed_before_start"] = tally.get("killed_before_start", 0) + 1
        else:
            assert result.returncode == 128 + signum, detail
            assert "Traceback" not in result.stderr, detail
            last = result.stderr.splitlines()[-1]
            assert last.startswith(
                f"casefile: error: interrupted by {signal.Signals(signum).name}; "
            ), detail
            tally["interrupted"] = tally.get("interrupted", 0) + 1

        left = sorted(p.name for p in folder.iterdir())
        expected = sorted({*listing, rnd.out.name} if rnd.out.exists() else listing)
        assert left == expected, f"{detail}: left behind {sorted(set(left) - set(listing))}"
        assert list((aux / "tmp").iterdir()) == [], f"{detail}: left in TMPDIR"
        if command.changes_case:
            notes = _notes(case)
            renamed = sorted("retitled: " + t for t in before_notes)
            assert notes in (before_notes, renamed) or name == "attach", detail
            if case.read_bytes() != before_case:
                tally["changes_whole"] = tally.get("changes_whole", 0) + 1
        else:
            assert case.read_bytes() == before_case, f"{detail}: the case changed"
        if rnd.out.exists():
            assert _whole(command.output, rnd.out), f"{detail}: {rnd.out.name} is not whole"
            tally["outputs_whole"] = tally.get("outputs_whole", 0) + 1
        shutil.rmtree(folder)
        shutil.rmtree(aux)
        if n == 0:
            tally = {}
    record(
        f"interrupts: {name}",
        signals=rounds,
        **tally,
        files_left=0,
        cases_half_changed=0,
    )


def test_the_handlers_are_back_after_a_command(tmp_path: Path, demo_template: Path) -> None:
    """main() runs inside tests and the app too: it leaves the handlers it found."""
    from casefile.cli import main

    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    case = tmp_path / "case.casefile"
    shutil.copyfile(demo_template, case)
    assert main(["export-json", str(case), str(tmp_path / "out.json")]) == 0
    assert {s: signal.getsignal(s) for s in before} == before


def test_sigterm_while_the_output_is_written_runs_the_cleanup(
    tmp_path: Path, demo_template: Path
) -> None:
    """SIGTERM while export-json writes its temporary file: exit 143, one line, no
    temporary file, no lock, the case unchanged."""
    case = tmp_path / "case.casefile"
    shutil.copyfile(demo_template, case)
    before = case.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_SIGNALLED, str(case), str(tmp_path / "out.json")],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 143, result
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("casefile: error: interrupted by SIGTERM; nothing half")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.casefile"]
    assert case.read_bytes() == before


#: brief with SIGTERM raised at a page's start, inside reportlab, which re-raises any
#: exception there as its own type with a new message.
BRIEF_SIGNALLED = """
import signal, sys
from reportlab.platypus import doctemplate
real = doctemplate.BaseDocTemplate.handle_pageBegin
def begin_then_signal(self, *args):
    signal.raise_signal(signal.SIGTERM)
    return real(self, *args)
doctemplate.BaseDocTemplate.handle_pageBegin = begin_then_signal
from casefile.cli import main
sys.exit(main(["brief", sys.argv[1], "-o", sys.argv[2]]))
"""


def test_sigterm_inside_reportlab_still_says_which_signal(
    tmp_path: Path, demo_template: Path
) -> None:
    case = tmp_path / "case.casefile"
    shutil.copyfile(demo_template, case)
    result = subprocess.run(
        [sys.executable, "-c", BRIEF_SIGNALLED, str(case), str(tmp_path / "brief.pdf")],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 143, result.stderr
    assert result.stderr.startswith("casefile: error: interrupted by SIGTERM; nothing half")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.casefile"]


def test_a_signal_is_not_raised_where_python_would_swallow_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside an import or a __del__ the exception would be lost or leave an import lock
    held (a child hung there for ever), and SQLAlchemy's pool would print it with a
    traceback while closing a connection: the signal is delivered again a moment later."""
    from casefile import cli

    seen: dict[str, bool] = {}

    class Dropped:
        def __del__(self) -> None:
            seen["__del__"] = cli._may_raise_in(sys._getframe())

    Dropped()
    (tmp_path / "probe_module.py").write_text(
        "import sys\nfrom casefile import cli\nRAISABLE = cli._may_raise_in(sys._getframe())\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import probe_module  # type: ignore[import-not-found]

    seen["import"] = probe_module.RAISABLE

    class Connection(sqlite3.Connection):
        def close(self) -> None:
            seen["pool closing a connection"] = cli._may_raise_in(sys._getframe())
            super().close()

    engine = sa.create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(":memory:", factory=Connection)
    )
    with engine.connect():
        pass
    engine.dispose()  # the pool closes it, and would log what close() raised
    seen["plain code"] = cli._may_raise_in(sys._getframe())
    assert seen == {
        "__del__": False,
        "import": False,
        "pool closing a connection": False,
        "plain code": True,
    }

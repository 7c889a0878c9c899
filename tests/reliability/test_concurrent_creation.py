"""Two processes creating one case at once: one wins, the other is told it already exists.

`casefile new`, `casefile demo` and `casefile import-json` into a new path, run as two
real processes on the same path. Each child loads casefile, says it is ready, and
waits at a gate; the gate opens for both at once, so their creations overlap. After
each round exactly one child has made the case, the other has exited 1 with "already
exists" (an `import-json` that starts once the case is there imports into it instead,
as it would at any other time), the case passes `check`, and nothing else is left in
the folder: no staging file, no private folder, no lock, no journal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import child_env, record, run_cli, stress

from casefile.store import CaseFile

#: A child: load casefile, report ready on fd argv[1], wait for the gate on fd argv[2],
#: then run the command line argv[3:].
CHILD = """
import os, sys
from casefile.cli import main
import casefile.demo, casefile.store.interchange  # everything the commands load
ready, gate = int(sys.argv[1]), int(sys.argv[2])
os.write(ready, b"r")
os.read(gate, 1)
sys.exit(main(sys.argv[3:]))
"""


def race(args: list[str], children: int = 2) -> list[subprocess.CompletedProcess[str]]:
    """Run `casefile ARGS` in `children` processes released at the same moment."""
    ready_r, ready_w = os.pipe()
    gate_r, gate_w = os.pipe()
    procs = []
    try:
        for _ in range(children):
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", CHILD, str(ready_w), str(gate_r), *args],
                    env=child_env(),
                    pass_fds=(ready_w, gate_r),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        for _ in procs:
            assert os.read(ready_r, 1) == b"r"
        os.write(gate_w, b"g" * children)
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
        return results
    finally:
        for fd in (ready_r, ready_w, gate_r, gate_w):
            os.close(fd)
        for proc in procs:
            if proc.poll() is None:
                proc.kill()


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    out = tmp_path_factory.mktemp("doc") / "demo.json"
    assert run_cli("export-json", demo_template, out).returncode == 0
    return out


COMMANDS = {
    "new": lambda path, doc: ["new", str(path), "--title", "Raced"],
    "demo": lambda path, doc: ["demo", str(path)],
    "import-json into a new path": lambda path, doc: ["import-json", str(path), str(doc)],
}


@pytest.mark.stress
@pytest.mark.parametrize("command", COMMANDS)
def test_two_creators_of_one_path_one_wins_the_other_is_told(
    tmp_path: Path, document: Path, command: str
) -> None:
    rounds = stress(1, 15)
    tally = {"won": 0, "told_already_exists": 0, "imported_into_the_winner": 0}
    for n in range(rounds):
        folder = tmp_path / f"round-{n}"
        folder.mkdir()
        path = folder / "raced.casefile"
        results = race(COMMANDS[command](path, document), children=3)
        ok = [r for r in results if r.returncode == 0]
        refused = [r for r in results if r.returncode != 0]
        made = [r for r in ok if "created" in r.stdout or "wrote the demo" in r.stdout]
        detail = [(r.returncode, r.stdout, r.stderr) for r in results]
        assert len(made) == 1, f"round {n}: not one winner: {detail}"
        for loser in refused:
            assert loser.returncode == 1, detail
            assert loser.stderr.count("\n") == 1, detail
            assert loser.stderr.startswith(f"casefile: error: {path}: already exists"), detail
        imported = [r for r in ok if r not in made]
        assert all("imported" in r.stdout for r in imported), detail
        assert sorted(p.name for p in folder.iterdir()) == ["raced.casefile"], (
            f"round {n}: left behind: {sorted(p.name for p in folder.iterdir())}"
        )
        with CaseFile.open(path, read_only=True) as case:
            assert case.check() == []
            if command != "new":
                assert case.count("note") == len(json.loads(document.read_text())["notes"])
        tally["won"] += 1
        tally["told_already_exists"] += len(refused)
        tally["imported_into_the_winner"] += len(imported)
    record(f"concurrent creation: {command}", rounds=rounds, stale_files=0, **tally)

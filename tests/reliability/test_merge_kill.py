"""Crash: SIGKILL during `casefile merge` leaves PATH as it was or fully merged.

A child process imports casefile, waits for the go, then runs `casefile merge PATH OTHER
--take theirs` on two copies of the demo edited apart. It is killed with SIGKILL at a
random moment within the time a whole merge takes. Afterwards PATH is either byte for
byte the file it was, or it opens, passes `check` and holds exactly what an uninterrupted
merge makes.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_support import child_env, record, stress

from casefile.store import CaseFile, Passphrase, encrypt

pytestmark = pytest.mark.stress

CHILD = """
import sys
from casefile import cli
from casefile.store import CaseFile  # noqa: F401  (warm what the merge uses)
print("READY", flush=True)
sys.stdin.readline()
sys.exit(cli.main(["merge", sys.argv[1], sys.argv[2], "--take", "theirs"]))
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: The passphrase of both copies in the encrypted rounds (copies of one file share it).
SECRET = "the copies' passphrase"


def document(path: Path, encrypted: bool = False) -> dict[str, Any]:
    secret = Passphrase(SECRET) if encrypted else None
    # as the app opens after a crash
    with CaseFile.open(path, actor="verifier", passphrase=secret) as case:
        assert case.check() == []
        return case.export_document()


def edited_copies(demo_path: Path, folder: Path, encrypted: bool) -> tuple[Path, Path]:
    mine, theirs = folder / "mine.casefile", folder / "theirs.casefile"
    shutil.copyfile(demo_path, mine)
    shutil.copyfile(demo_path, theirs)
    secret = Passphrase(SECRET) if encrypted else None
    with CaseFile.open(mine, actor="alice", passphrase=secret) as case:
        items = case.records("damage_item")
        case.update("damage_item", items[0].id, title="Alice's wall")
        for n in range(20):
            case.add("note", title=f"Alice's note {n}", body="x" * 2000)
    with CaseFile.open(theirs, actor="bob", passphrase=secret) as case:
        items = case.records("damage_item")
        case.update("damage_item", items[0].id, title="Bob's wall")
        for n in range(20):
            case.add("note", title=f"Bob's note {n}", body="y" * 2000)
        case.add_attachment(b"%PDF-1.4\n" + b"z" * 200_000, "scan.pdf", to=items[1].id)
    return mine, theirs


def run_merge(
    path: Path, other: Path, kill_after: float | None, encrypted: bool = False
) -> tuple[float, bool]:
    """(seconds from the go to the end, whether it was killed)."""
    secrets = {"CASEFILE_PASSPHRASE": SECRET, "CASEFILE_OTHER_PASSPHRASE": SECRET}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(other)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=child_env(**secrets) if encrypted else child_env(),
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "READY"
    start = time.monotonic()
    child.stdin.write("go\n")
    child.stdin.flush()
    if kill_after is None:
        assert child.wait(timeout=120) == 0
        return time.monotonic() - start, False
    try:
        child.wait(timeout=kill_after)
        return time.monotonic() - start, False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        return time.monotonic() - start, True


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_killed_merge_leaves_the_case_as_it_was_or_merged(
    demo_path: Path, tmp_path: Path, encrypted: bool
) -> None:
    if encrypted:
        encrypt(demo_path, Passphrase(SECRET))
    mine, theirs = edited_copies(demo_path, tmp_path, encrypted)
    before = digest(mine)
    expected = tmp_path / "expected.casefile"
    shutil.copyfile(mine, expected)
    took, _ = run_merge(expected, theirs, None, encrypted)
    merged = document(expected, encrypted)
    rnd = random.Random(23)
    outcomes = {"unchanged": 0, "merged": 0, "killed": 0}
    rounds = stress(6, 30) if encrypted else stress(12, 60)
    for round_ in range(rounds):
        path = tmp_path / f"round-{round_}.casefile"
        shutil.copyfile(mine, path)
        _, killed = run_merge(path, theirs, rnd.uniform(0.0, 1.1 * took), encrypted)
        outcomes["killed"] += killed
        if digest(path) == before:
            outcomes["unchanged"] += 1
            continue
        found = document(path, encrypted)
        assert found == merged, f"round {round_}: neither as it was nor fully merged"
        outcomes["merged"] += 1
    assert outcomes["killed"] > 0
    kind = "an encrypted case" if encrypted else "a plain case"
    record(f"merge killed with SIGKILL, {kind}", rounds=rounds, **outcomes)

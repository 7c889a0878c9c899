"""Merge benchmark: two copies of the large case, 1,000 edits each, merged."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.measure import Stats, stats
from casefile.store import CaseFile

EDITS = 1000


def edit_copy(path: Path, actor: str, offset: int) -> None:
    """EDITS edits: changed titles and descriptions of every other damage item and note
    (this side's half), and new notes; the two sides never touch the same item."""
    with CaseFile.open(path, actor=actor) as case:
        damage = case.ids("damage_item")[offset::2]
        notes = case.ids("note")[offset::2]
        made = 0
        for n, item_id in enumerate(damage[:300]):
            case.update("damage_item", item_id, description=f"{actor} checked it ({n})")
            made += 1
        for n, item_id in enumerate(notes[:500]):
            case.update("note", item_id, title=f"{actor}'s note {n}")
            made += 1
        while made < EDITS:
            case.add("note", title=f"{actor} adds {made}", body="Seen on site.")
            made += 1


def merge_two_copies(large: Path, runs: int) -> tuple[Stats, Stats, float]:
    """Opening both copies and `CaseFile.merge` (staged copy, replace), timed: wall time,
    this process's processor time, and the load average while it ran (other work on the
    machine stretches wall time alone). Making the copies and their edits is not timed."""
    with tempfile.TemporaryDirectory(prefix="casefile-merge-bench-") as folder:
        base = Path(folder)
        mine, theirs = base / "mine.casefile", base / "theirs.casefile"
        work = base / "work.casefile"
        shutil.copyfile(large, mine)
        shutil.copyfile(large, theirs)
        edit_copy(mine, "alice", 0)
        edit_copy(theirs, "bob", 1)

        def fresh() -> None:
            work.unlink(missing_ok=True)
            shutil.copyfile(mine, work)

        def merge() -> None:
            with (
                CaseFile.open(work, actor="alice") as case,
                CaseFile.open(theirs, read_only=True) as other,
            ):
                result = case.merge(other)
            assert result.status == "merged" and not result.conflicts

        walls, cpus = [], []
        for _ in range(runs):
            fresh()
            start, cpu = time.perf_counter(), time.process_time()
            merge()
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        return stats(walls), stats(cpus), os.getloadavg()[0]

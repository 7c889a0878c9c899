"""Timing helpers: medians of repeated runs, subprocess wall time, peak RSS."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float
    runs: int

    def ms(self) -> str:
        return (
            f"{self.median * 1000:.1f} ms (min {self.low * 1000:.1f}, max {self.high * 1000:.1f})"
        )

    def s(self) -> str:
        return f"{self.median:.2f} s (min {self.low:.2f}, max {self.high:.2f})"

    def auto(self) -> str:
        return self.ms() if self.median < 2 else self.s()


def stats(samples: list[float]) -> Stats:
    return Stats(statistics.median(samples), min(samples), max(samples), len(samples))


def repeat(
    fn: Callable[[], object],
    runs: int,
    *,
    setup: Callable[[], object] | None = None,
    warmup: int = 0,
) -> Stats:
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    samples = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return stats(samples)


def alternate(
    *works: Callable[[], object],
    runs: int,
    setup: Callable[[], object] | None = None,
    warmup: int = 0,
) -> list[Stats]:
    """Time pieces of work in turn, round by round, so that a machine whose speed drifts
    (this one's does, by a fifth over minutes) slows all alike. `setup` runs untimed
    before each; the first `warmup` rounds are not kept (they warm the page cache)."""

    def timed(work: Callable[[], object]) -> Callable[[], float]:
        def once() -> float:
            if setup:
                setup()
            start = time.perf_counter()
            work()
            return time.perf_counter() - start

        return once

    return alternate_figures(*(timed(work) for work in works), runs=runs, warmup=warmup)


def alternate_figures(*measures: Callable[[], float], runs: int, warmup: int = 0) -> list[Stats]:
    """As `alternate`, for measures that give their own figure in seconds (a probe that
    times only part of its process)."""
    samples: list[list[float]] = [[] for _ in measures]
    for round_ in range(warmup + runs):
        for measure, figures in zip(measures, samples, strict=True):
            figure = measure()
            if round_ >= warmup:
                figures.append(figure)
    return [stats(figures) for figures in samples]


def run_command(
    args: list[str], runs: int, *, env: dict[str, str] | None = None, warmup: int = 1
) -> Stats:
    """Wall time of a whole command, as a user feels it."""
    full_env = {**os.environ, **(env or {})}

    def once() -> None:
        run_to_end(args, full_env)

    return repeat(once, runs, warmup=warmup)


def run_to_end(args: list[str], env: dict[str, str], limit: float = 600.0) -> None:
    """Run a command to its end, killing it after `limit` seconds, and fail if it fails.

    Not subprocess.run(timeout=...): with a timeout, waiting polls the child with sleeps
    of up to 50 ms, which added 0-50 ms to every timed process, in steps.
    """
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(limit, process.kill)
    watchdog.start()
    try:
        code = process.wait()  # blocks in waitpid: returns the moment the child ends
    finally:
        watchdog.cancel()
    if code != 0:
        raise subprocess.CalledProcessError(code, args)


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux ru_maxrss is in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def usable_cache(path: Path) -> bool:
    """Whether a case file kept in bench/results/ from an earlier run may be timed again.

    One made by an older build may open yet fail its audit chain at the first entry,
    and the audit view, which verifies the chain, would then be timed stopping early;
    or have another page size than a new file has, which changes the opening checks;
    or an older schema, which the timed opening would first migrate.
    Such a file, or one that does not open, is deleted so that the caller rebuilds it.
    """
    from casefile.store import CaseFile, CaseFileError
    from casefile.store.sqlitefile import PAGE_SIZE, SCHEMA_VERSION, read_header

    if not path.exists():
        return False
    try:
        header = read_header(path)
        if header.page_size == PAGE_SIZE and header.user_version == SCHEMA_VERSION:
            with CaseFile.open(path, read_only=True) as case:
                if case.verify_audit().ok:
                    return True
    except CaseFileError:
        pass
    print(f"{path.name} was made by an older build; rebuilding it", flush=True)
    path.unlink()
    return False

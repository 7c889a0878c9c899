"""Paired runs: this working tree against an earlier revision, alternating in the same minutes.

    python -m bench.paired gui-start REV [--runs 20]
    python -m bench.paired gui-open REV [--runs 8]

A full `make bench` compares each figure with its floor, but this machine's speed drifts
by a fifth between runs, so two builds measured an hour apart say little about a change
of a few per cent. Here both builds (and, for gui-start, the floor) run one after the
other, round after round, on the cases `make bench` left in bench/results/; the
revision is checked out into a temporary git worktree. docs/performance.md cites these
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.gui_bench import FLOOR_SCRIPT, timed_start_env
from bench.measure import Stats, alternate, alternate_figures, run_to_end

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.paired", description=__doc__)
    parser.add_argument("row", choices=["gui-start", "gui-open"])
    parser.add_argument("rev", help="the git revision to compare with (a commit, HEAD~2, …)")
    parser.add_argument("--runs", type=int, default=None, help="rounds (20 / 8 by default)")
    args = parser.parse_args(argv)
    case = RESULTS / ("demo.casefile" if args.row == "gui-start" else "large-1.casefile")
    if not case.exists():
        print(f"bench.paired: {case} is missing: run `make bench` once first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="casefile-paired-") as temp:
        scratch = Path(temp)
        try:
            earlier = _checkout(args.rev, scratch / "tree")
        except subprocess.CalledProcessError as exc:
            why = exc.stderr.strip()
            print(f"bench.paired: cannot check out {args.rev!r}: {why}", file=sys.stderr)
            return 2
        try:
            builds = {args.rev: _casefile_only(earlier, scratch / "earlier"), "this tree": ROOT}
            if args.row == "gui-start":
                results = _gui_start(builds, case, scratch, args.runs or 20)
            else:
                results = _gui_open(builds, case, scratch, args.runs or 8)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(earlier)],
                capture_output=True,
            )
    for name, result in results.items():
        print(f"{name:>12}: {result.ms()}")
    if "floor" in results:
        for name in builds:
            print(f"{name:>12}: {results[name].median / results['floor'].median:.3f}x the floor")
    return 0


def _checkout(rev: str, where: Path) -> Path:
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(where), rev],
        check=True,
        capture_output=True,
        text=True,
    )
    return where


def _casefile_only(tree: Path, folder: Path) -> Path:
    """A folder whose only package is the tree's casefile: on PYTHONPATH, the earlier
    casefile runs under this tree's bench, so both builds are timed the same way."""
    folder.mkdir()
    (folder / "casefile").symlink_to(tree / "casefile", target_is_directory=True)
    return folder


def _env(path: Path, config: Path) -> dict[str, str]:
    """A timed start's environment, importing casefile from `path`."""
    env = timed_start_env(config)
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([str(path), str(ROOT)]))
    return env


def _compile(builds: dict[str, Path]) -> None:
    for path in builds.values():
        compile_all = [sys.executable, "-m", "compileall", "-q", str(path / "casefile")]
        subprocess.run(compile_all, check=True)


def _gui_start(builds: dict[str, Path], demo: Path, scratch: Path, runs: int) -> dict[str, Stats]:
    """`python -m casefile open DEMO` of each build and the floor script, a round each,
    after one warm-up round; run from a scratch folder, so that nothing imports from it."""
    _compile(builds)
    config = scratch / "config"
    runners = {name: _runner(["-m", "casefile", "open", str(demo)], path, config)
               for name, path in builds.items()}  # fmt: skip
    runners["floor"] = _runner(["-c", FLOOR_SCRIPT], ROOT, config)
    cwd = Path.cwd()
    os.chdir(scratch)
    try:
        results = alternate(*runners.values(), runs=runs, warmup=1)
    finally:
        os.chdir(cwd)
    return dict(zip(runners, results, strict=True))


def _gui_open(builds: dict[str, Path], case: Path, scratch: Path, runs: int) -> dict[str, Stats]:
    """bench.gui_bench's probe (open the large case, visit every view) on each build,
    after one warm-up round, as for gui-start."""
    _compile(builds)

    def probe(path: Path) -> Callable[[], float]:
        def once() -> float:
            for lock in RESULTS.glob("*.lock"):
                lock.unlink()  # a probe that failed may leave one
            out = subprocess.run(
                [sys.executable, "-m", "bench.gui_bench", "probe", str(case)],
                env=_env(path, scratch / "config"),
                cwd=scratch,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            return json.loads(out.strip().splitlines()[-1])["open_ms"] / 1000

        return once

    results = alternate_figures(*(probe(path) for path in builds.values()), runs=runs, warmup=1)
    shutil.rmtree(scratch / "config", ignore_errors=True)
    return dict(zip(builds, results, strict=True))


def _runner(args: list[str], path: Path, config: Path) -> Callable[[], None]:
    env = _env(path, config)
    return lambda: run_to_end([sys.executable, *args], env, limit=120)


if __name__ == "__main__":
    sys.exit(main())

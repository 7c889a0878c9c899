"""Time to the first window: the bundle against `make run`'s command, measured alike.

    python packaging/compare_start.py dist/casefile/casefile .venv/bin/casefile [RUNS]

Each run is a fresh process on the offscreen platform, with a bare environment and HOME
in a temporary folder, opening the demo case and exiting once its window is first
painted (CASEFILE_BENCH_EXIT_WHEN_SHOWN=1, as `make bench` does). The two alternate, the
first round warms the disk cache and is not counted; it prints the median and least wall
time and the median CPU time (user + system) of each.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(bundle: str, venv_casefile: str, runs: int) -> int:
    work = Path(tempfile.mkdtemp())
    try:
        (work / "home").mkdir()
        case = work / "demo.casefile"
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work / "home"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "CASEFILE_BENCH_EXIT_WHEN_SHOWN": "1",
        }
        subprocess.run([bundle, "demo", str(case)], env=env, check=True, capture_output=True)
        programs = {"bundle": bundle, "make run (venv)": venv_casefile}
        wall: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        for round_ in range(runs + 1):
            for name, program in programs.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(
                    [program, "open", str(case)], env=env, check=True, capture_output=True
                )
                took = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if round_:
                    wall[name].append(took)
                    cpu[name].append(
                        after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                    )
        for name in programs:
            print(
                f"{name}: wall median {statistics.median(wall[name]) * 1000:.0f} ms "
                f"(least {min(wall[name]) * 1000:.0f} ms), CPU median "
                f"{statistics.median(cpu[name]) * 1000:.0f} ms, {runs} runs"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 15))

"""Fixtures of the reliability suite (small disks, read-only mounts), and its figures."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reliability_support import FIGURES, FULL


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The measured figures that docs/reliability.md quotes."""
    if not FIGURES:
        return
    sample = "full count (CASEFILE_STRESS=full)" if FULL else "CI sample"
    terminalreporter.section(f"reliability figures, {sample}")
    for case, figures in sorted(FIGURES.items()):
        text = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in figures.items())
        terminalreporter.write_line(f"{case}: {text}")


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """A factory of tmpfs file systems of a given size ("1m"); skips where mount is refused."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        point = tmp_path / f"disk-{len(mounted)}"
        point.mkdir()
        result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(point))
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here (needs root): {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """A factory of read-only bind mounts of a folder (EROFS even for root); skips if refused."""
    mounted: list[Path] = []

    def make(folder: Path) -> Path:
        point = tmp_path / f"ro-{len(mounted)}"
        point.mkdir()
        if _mount("--bind", str(folder), str(point)).returncode != 0:
            pytest.skip("cannot bind-mount here (needs root)")
        mounted.append(point)
        result = _mount("-o", "remount,bind,ro", str(point))
        if result.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {result.stderr.strip()}")
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)

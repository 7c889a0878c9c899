"""The wheel, installed into a fresh venv outside the checkout, runs from any folder.

`pip install casefile-*.whl` is how an IT officer installs casefile; what the checkout
has beside the package (tests, the Makefile, an editable install) is then absent. The
test builds the wheel from a copy of the files a wheel is made of, installs it with its
dependencies into a venv of its own (no system site-packages; pip's cache and the
configured indexes make it fast), and runs demo, info, brief and the desktop app
(offscreen, until its window is first painted) from a folder that is not the checkout,
with HOME in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
#: What a wheel is built from: the package, its metadata, and the files they name.
SOURCES = ("casefile", "pyproject.toml", "README.md", "LICENSE")

pytestmark = pytest.mark.packaging


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_installed_wheel_runs_demo_info_brief_and_the_app(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    pip_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), "."],
        cwd=source,
        env=pip_env,
    )
    (wheel,) = wheels.glob("casefile-*.whl")

    prefix = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(prefix)
    python = prefix / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
        cwd=tmp_path,
        env=pip_env,
        timeout=300,
    )

    elsewhere = tmp_path / "elsewhere"
    home = tmp_path / "home"
    elsewhere.mkdir()
    home.mkdir()
    env = {
        "PATH": f"{prefix / 'bin'}:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    (home / "run").mkdir(mode=0o700)
    located = _run(
        [
            str(python),
            "-c",
            "import casefile, casefile.assets as a; "
            "print(casefile.__file__); print(a.resource('fonts', 'DejaVuSans.ttf'))",
        ],
        cwd=elsewhere,
        env=env,
    )
    site = prefix / "lib"
    assert all(Path(line).is_relative_to(site) for line in located.split()), located
    installed = Path(located.split()[0]).parent
    assert (installed / "py.typed").is_file()
    assert list(prefix.glob("lib/python*/site-packages/casefile-*.dist-info/licenses/LICENSE"))
    assert (prefix / "bin" / "casefile-gui").is_file()

    _run(["casefile", "demo", "demo.casefile"], cwd=elsewhere, env=env)
    info = _run(["casefile", "info", "demo.casefile"], cwd=elsewhere, env=env)
    assert "damage items:" in info
    _run(["casefile", "brief", "demo.casefile", "-o", "brief.pdf"], cwd=elsewhere, env=env)
    assert (elsewhere / "brief.pdf").read_bytes().startswith(b"%PDF-")
    _run(
        ["casefile", "open", "demo.casefile"],
        cwd=elsewhere,
        env={**env, "CASEFILE_BENCH_EXIT_WHEN_SHOWN": "1"},
    )
    assert not (elsewhere / "demo.casefile.lock").exists()  # closed as Quit closes it

"""Linux desktop integration: the entry validates, *.casefile is a type of its own, and a
file opened from the file manager opens in the app.

`make install-desktop` runs packaging/install_desktop.py; here it installs into a
temporary data folder, and the test then does what a file manager does with the entry.
desktop-file-validate comes from Debian's desktop-file-utils and update-mime-database
from shared-mime-info, which `make test` and .ci/run install.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
LINUX = ROOT / "packaging" / "linux"
INSTALLER = ROOT / "packaging" / "install_desktop.py"
SIZES = (16, 24, 32, 48, 64, 128, 256)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: install the Debian package {package} (make test does)"
    return path


def validate(entry: Path) -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def launch_argv(exec_value: str, file: Path) -> list[str]:
    """The command a launcher runs for Exec with one file (Desktop Entry spec: the
    value's escapes, then double-quoted arguments with \\ escapes, then field codes)."""
    value = exec_value.replace("\\\\", "\0").replace("\\s", " ").replace("\0", "\\")
    args: list[str] = []
    current, quoted, escaped, started = [], False, False, False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted, started = not quoted, True
        elif ch == " " and not quoted:
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
            started = True
    if started:
        args.append("".join(current))
    expanded = []
    for arg in args:
        if arg == "%f":
            expanded.append(str(file))
        else:
            expanded.append(arg.replace("%%", "%"))
    return expanded


def test_the_committed_entry_is_valid_and_claims_the_type() -> None:
    validate(LINUX / "casefile.desktop")
    entry = read_entry(LINUX / "casefile.desktop")
    assert entry["Exec"] == "casefile open %f"
    assert entry["MimeType"] == "application/x-casefile;"
    assert entry["Icon"] == "casefile"


def test_the_type_is_matched_by_name_not_by_content() -> None:
    """An encrypted case file has no SQLite header: only the name can tell it."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (kind,) = ET.parse(LINUX / "casefile-mime.xml").getroot().findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-casefile"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.casefile"]
    assert kind.findall("m:magic", ns) == []


def test_installed_for_the_user_a_casefile_opens_from_the_file_manager(
    tmp_path: Path, demo_path: Path
) -> None:
    # A casefile in a folder whose name needs quoting in Exec.
    apps = tmp_path / "my apps $1"
    apps.mkdir()
    casefile = apps / "casefile"
    casefile.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m casefile "$@"\n')
    casefile.chmod(0o755)
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, str(INSTALLER), "--exec", str(casefile), "--data-home", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr

    installed = data / "applications" / "casefile.desktop"
    validate(installed)
    for size in SIZES:
        for place in ("apps/casefile.png", "mimetypes/application-x-casefile.png"):
            assert (data / "icons" / "hicolor" / f"{size}x{size}" / place).is_file()
    tool("update-mime-database", "shared-mime-info")
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert "50:application/x-casefile:*.casefile" in globs

    argv = launch_argv(read_entry(installed)["Exec"], demo_path)
    assert argv == [str(casefile), "open", str(demo_path)]
    config = tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),
        "CASEFILE_BENCH_EXIT_WHEN_SHOWN": "1",
    }
    opened = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert opened.returncode == 0, opened.stderr
    recent = config / "casefile" / "casefile.conf"
    assert str(demo_path) in recent.read_text(encoding="utf-8")  # it opened that file

    done = subprocess.run(
        [sys.executable, str(INSTALLER), "--uninstall", "--data-home", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not installed.exists()

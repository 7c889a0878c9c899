"""Shared fixtures: real case files under tmp_path; the demo case built once per run."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite runs in English whatever the machine's locale (the app's and the brief's
# language default to the system's): tests that want another language say so.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

from casefile.demo import build_demo
from casefile.store import CaseFile

KYIV_STRIKE = dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)  # 01:00 in Kyiv


@pytest.fixture(scope="session", autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Settings, recent files and the demo case in folders of the run's own: no test,
    nor any app a test starts, reads or writes the developer's."""
    home = tmp_path_factory.mktemp("user")
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / "config",
        "XDG_DATA_HOME": home / "data",
        "XDG_CACHE_HOME": home / "cache",
    }
    saved = {name: os.environ.get(name) for name in folders}
    os.environ.update({name: str(folder) for name, folder in folders.items()})
    yield home
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case, written once; tests get their own copy."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.casefile"
    build_demo(path)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo case file."""
    path = tmp_path / "demo.casefile"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_case(demo_path: Path) -> Iterator[CaseFile]:
    """The demo case open for editing."""
    with CaseFile.open(demo_path, actor="tester") as case:
        yield case


@pytest.fixture
def new_path(tmp_path: Path) -> Path:
    """Where a test may create a case file."""
    return tmp_path / "case.casefile"


@pytest.fixture
def empty_case(new_path: Path) -> Iterator[CaseFile]:
    """A fresh case with only its incident, open for editing."""
    with CaseFile.create(
        new_path, title="Test incident", actor="tester", timezone="Europe/Kyiv",
        occurred_at=KYIV_STRIKE,
    ) as case:  # fmt: skip
        yield case


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes: 'byte-for-byte as before' checks compare these."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())

"""Preferences and recent files: stored when they change, and the file left alone when
nothing did (QSettings rewrites its file after any setValue, at every start otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casefile.ui.support.settings import Settings


def settings_on(ini: Path) -> Settings:
    """A fresh Settings on `ini`, as the next start of the app would make it."""
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


def written(ini: Path) -> tuple[int, int, bytes]:
    """What changes when QSettings writes the file (it replaces it by a rename)."""
    stat = ini.stat()
    return stat.st_ino, stat.st_mtime_ns, ini.read_bytes()


def test_reopening_the_last_case_leaves_the_settings_file_alone(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    cases = tmp_path / "cases"
    first = settings_on(ini)
    first.add_recent(cases / "older.casefile")
    first.add_recent(cases / "kyiv.casefile")
    first.last_folder = cases
    first.actor = "A. Aliyev"
    first.sync()
    before = written(ini)

    again = settings_on(ini)  # what opening the same case at the next start does
    again.add_recent(cases / "kyiv.casefile")
    again.last_folder = cases
    again.actor = "A. Aliyev "  # stored stripped, as it already is
    again.sync()
    assert written(ini) == before
    assert again.recent_files() == [cases / "kyiv.casefile", cases / "older.casefile"]


def test_a_single_recent_case_is_not_rewritten_either(tmp_path: Path) -> None:
    """QSettings reads a one-item list back from an ini file as a plain string."""
    ini = tmp_path / "settings.ini"
    only = tmp_path / "only.casefile"
    first = settings_on(ini)
    first.add_recent(only)
    first.sync()
    before = written(ini)
    again = settings_on(ini)
    again.add_recent(only)
    again.sync()
    assert written(ini) == before
    assert again.recent_files() == [only]


def test_changes_are_still_stored(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    first = settings_on(ini)
    first.add_recent(tmp_path / "a.casefile")
    first.add_recent(tmp_path / "b.casefile")
    first.sync()

    second = settings_on(ini)
    second.add_recent(tmp_path / "a.casefile")  # an older case reopened moves to the front
    second.last_folder = tmp_path / "elsewhere"
    second.default_currency = ""  # no default currency: not the same as never set (EUR)
    second.sync()

    third = settings_on(ini)
    assert third.recent_files() == [tmp_path / "a.casefile", tmp_path / "b.casefile"]
    assert third.last_folder == tmp_path / "elsewhere"
    assert third.default_currency == ""
    assert settings_on(tmp_path / "fresh.ini").default_currency == "EUR"

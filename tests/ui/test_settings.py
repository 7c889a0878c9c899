"""Preferences and recent files: stored when they change, and the file left alone when
nothing did (QSettings rewrites its file after any setValue, at every start otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casefile.ui.support.settings import Settings


def settings_on(ini: Path) -> Settings:
    """A fresh Settings on `ini`, as the next start of the app would make it."""
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat), ini.with_suffix(".toml"))


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
    second.default_currency = "uah"
    second.sync()

    third = settings_on(ini)
    assert third.recent_files() == [tmp_path / "a.casefile", tmp_path / "b.casefile"]
    assert third.last_folder == tmp_path / "elsewhere"
    assert third.default_currency == "UAH"
    assert settings_on(tmp_path / "fresh.ini").default_currency == "EUR"


def test_preferences_kept_in_qsettings_move_to_the_settings_file(tmp_path: Path) -> None:
    from casefile.store import UserSettings, read_settings

    ini = tmp_path / "settings.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue("user/actor", "A. Aliyev")
    old.setValue("defaults/currency", "AZN")
    old.setValue("defaults/classification", "RESTRICTED")
    old.setValue("recent/folder", str(tmp_path))
    old.sync()
    settings = settings_on(ini)
    expected = UserSettings(name="A. Aliyev", classification="RESTRICTED", currency="AZN")
    assert read_settings(ini.with_suffix(".toml")) == expected
    assert (settings.actor, settings.default_currency) == ("A. Aliyev", "AZN")
    settings.sync()
    left = QSettings(str(ini), QSettings.Format.IniFormat)
    assert not left.contains("user/actor") and left.value("recent/folder") == str(tmp_path)
    settings.actor = "Anar"
    assert settings_on(ini).actor == "Anar"  # the file wins from now on


def test_the_dialog_writes_the_file_the_cli_reads(qtbot, tmp_path: Path) -> None:
    from casefile.store import read_settings
    from casefile.ui.dialogs.settings import SettingsDialog

    settings = settings_on(tmp_path / "settings.ini")
    dialog = SettingsDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.actor.setText("Olena")
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.classification.setText("CONFIDENTIAL")
    dialog.accept()
    saved = read_settings(tmp_path / "settings.toml")
    assert (saved.name, saved.language, saved.classification) == ("Olena", "uk", "CONFIDENTIAL")


def test_a_settings_file_the_app_cannot_read_is_said_in_the_dialog(qtbot, tmp_path) -> None:
    from casefile.ui.dialogs.settings import SettingsDialog

    (tmp_path / "settings.toml").write_text("name = 3\n", encoding="utf-8")
    settings = settings_on(tmp_path / "settings.ini")
    assert settings.actor == "" and "settings.toml" in settings.problem
    dialog = SettingsDialog(None, settings)
    qtbot.addWidget(dialog)
    assert "settings.toml" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog.actor.setText("Olena")
    dialog.accept()
    assert settings_on(tmp_path / "settings.ini").actor == "Olena"

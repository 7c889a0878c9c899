"""The app in the user's language: the settings file's language is applied at start,
our catalogues translate the main window and the welcome screen, Qt's buttons follow
(from Qt's own catalogue for ru and uk, from ours for az), and the .ts are complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from casefile.assets import resources_dir
from casefile.store import UserSettings, settings_path, write_settings
from casefile.ui.support import translation
from casefile.ui.support.settings import Settings
from casefile.ui.support.translation import apply_language

I18N = resources_dir() / "i18n"
#: the File menu's title, the Open action, the Save button and a date, in each language
EXPECTED = {
    "ru": ("&Файл", "&Открыть…", "Сохранить", "21 ноября 2025"),
    "uk": ("&Файл", "&Відкрити…", "Зберегти", "21 листопада 2025"),
    "az": ("&Fayl", "&Aç…", "Yadda saxla", "21 noyabr 2025"),
}


def _settings_in(folder: Path, language: str) -> Settings:
    path = folder / "settings.toml"
    write_settings(UserSettings(name="tester", language=language), path)
    return Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), path)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_main_window_speaks_the_settings_language(
    language, qapp, qtbot, tmp_path, speak
) -> None:
    from casefile.ui.case.opening import CaseOpener
    from casefile.ui.window.main_window import MainWindow

    settings = _settings_in(tmp_path, language)
    speak(settings.language)
    file_title, open_text, save_text, date = EXPECTED[language]
    window = MainWindow(settings, CaseOpener(settings))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == file_title
    assert window.action_open.text() == open_text
    assert window.welcome is not None and window.welcome.new_button.text() != "New case…"
    assert window.view_actions[0].text() not in ("", "Overview")  # the pages' titles
    assert window.review.action_release.text() not in ("", "&Release copy…")
    from casefile.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window, settings)
    assert dialog.windowTitle() not in ("", "Settings")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == save_text
    assert QLocale().toString(QDate(2025, 11, 21), "d MMMM yyyy") == date


def test_english_installs_nothing_and_stays_the_source(qapp, tmp_path) -> None:
    from casefile.ui.case.opening import CaseOpener
    from casefile.ui.window.main_window import MainWindow

    settings = _settings_in(tmp_path, "en")
    assert apply_language(qapp, settings.language) == []
    window = MainWindow(settings, CaseOpener(settings))
    assert window.menuBar().actions()[0].text() == "&File"
    window.deleteLater()


def test_the_app_starts_in_the_language_of_the_settings_file(qapp, tmp_path, monkeypatch) -> None:
    """run_gui reads the settings file's language before it builds the window."""
    from casefile.ui import app as app_module

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    write_settings(UserSettings(language="ru"), settings_path())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(  # the test process keeps its own signal handlers
        app_module,
        "Termination",
        lambda: SimpleNamespace(signum=None, close_on_request=lambda window: None),
    )
    monkeypatch.setattr(app_module.startup, "end", lambda: None)
    seen: list[str] = []
    build = app_module.build_window

    def build_and_close(settings, path, read_only):
        window = build(settings, path, read_only)
        seen.append(window.menuBar().actions()[0].text())
        app_module.QTimer.singleShot(0, window.close)
        return window

    monkeypatch.setattr(app_module, "build_window", build_and_close)
    assert app_module.run_gui(None, read_only=False) == 0
    assert seen == ["&Файл"]


def test_a_catalogue_without_a_current_qm_is_compiled_on_first_use(
    qapp, tmp_path, monkeypatch
) -> None:
    """A wheel built without make, or a .ts edited since its .qm: compiled into the cache."""
    shipped = tmp_path / "resources"
    (shipped / "i18n").mkdir(parents=True)
    shutil.copy(I18N / "casefile_ru.ts", shipped / "i18n")
    monkeypatch.setattr(translation, "resources_dir", lambda: shipped)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    compiled = translation.compiled_catalogue("casefile", "ru")
    assert compiled is not None and (tmp_path / "cache") in compiled.parents
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "&File") == "&Файл"


def _catalogues() -> list[Path]:
    return sorted(I18N.glob("*.ts"))


def _catalogues_in_use() -> list[str]:
    """The catalogues some module marks strings for."""
    return [
        name for name in translation.catalogue_names() if translation.marked_sources(catalogue=name)
    ]


def test_every_catalogue_is_complete() -> None:
    expected = {
        f"{name}_{language}.ts"
        for name in _catalogues_in_use()
        for language in translation.TRANSLATED
    }
    assert {path.name for path in _catalogues()} >= expected | {"qtbase_az.ts"}
    for path in _catalogues():
        for message in ET.parse(path).iter("message"):
            source = message.findtext("source")
            found = message.find("translation")
            assert found is not None and found.get("type") is None, (path.name, source)
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in found.iter("numerusform")]
                assert forms and all(form.strip() for form in forms), (path.name, source)
            else:
                assert (found.text or "").strip(), (path.name, source)


def test_each_module_marks_strings_for_the_catalogue_of_its_part_of_the_app() -> None:
    ui = Path(translation.__file__).parents[1]
    assert translation.catalogue_of(ui / "window" / "main_window.py") == "casefile"
    assert translation.catalogue_of(ui / "dialogs" / "settings.py") == "dialogs"
    assert translation.catalogue_of(ui / "views" / "overview.py") == "views"
    assert translation.catalogue_of(ui / "views" / "photos_viewer.py") == "photos"
    assert translation.catalogue_of(ui.parent / "cli.py") == "casefile"
    everything = translation.marked_sources()
    assert (
        sorted(
            source
            for name in translation.catalogue_names()
            for source in translation.marked_sources(catalogue=name)
        )
        == everything
    )


@pytest.mark.parametrize("language", translation.TRANSLATED)
def test_the_catalogues_hold_every_string_the_code_marks(language, tmp_path) -> None:
    """pyside6-lupdate over the code finds nothing new: `make translations` was run."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    assert {path.name for path in translation.marked_sources()} >= {"main_window.py", "welcome.py"}
    for catalogue in _catalogues_in_use():
        name = f"{catalogue}_{language}.ts"
        copy = tmp_path / name
        if (I18N / name).exists():
            shutil.copy(I18N / name, copy)
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *map(str, translation.marked_sources(catalogue=catalogue)),
                "-ts",
                str(copy),
            ],
            check=True,
            timeout=120,
        )
        unfinished = [
            message.findtext("source")
            for message in ET.parse(copy).iter("message")
            if message.find("translation").get("type") == "unfinished"
        ]
        assert unfinished == [], name

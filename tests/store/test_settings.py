"""The user's settings file: what the CLI, the brief and the app read, and the app writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.store import (
    InvalidInput,
    UserSettings,
    current_user,
    default_actor,
    read_settings,
    settings_path,
    write_settings,
)


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert read_settings(tmp_path / "settings.toml") == UserSettings()
    assert UserSettings().actor == current_user()


def test_the_file_lives_in_the_users_config_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = write_settings(UserSettings(name="Olena"))
    assert path == settings_path() == tmp_path / "config" / "casefile" / "settings.toml"
    assert read_settings().name == "Olena" and default_actor() == "Olena"


def test_what_is_written_is_read_back_tidied(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    write_settings(
        UserSettings(name=" Anar Əliyev ", language="AZ", classification=" RESTRICTED ",
                     currency="azn"),
        path,
    )  # fmt: skip
    assert read_settings(path) == UserSettings("Anar Əliyev", "az", "RESTRICTED", "AZN")


@given(st.text(max_size=60))
def test_any_name_survives_the_file(name: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.toml"
        write_settings(UserSettings(name=name), path)
        assert read_settings(path).name == name.strip()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('name = "unclosed', "cannot be read"),
        ("name = 3", "gives name a value that is not text"),
        ('language = "fr"', "is not one casefile writes briefs in"),
        ('currency = "XYZ"', "currency"),
        (b"\xff\xfe", "cannot be read"),
    ],
)
def test_a_file_casefile_cannot_read_is_refused_naming_it(tmp_path: Path, content, said) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(InvalidInput) as refused:
        read_settings(path)
    assert said in str(refused.value) and str(path.name) in str(refused.value)
    assert "delete it" in str(refused.value)


def test_a_folder_or_a_huge_file_in_its_place_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(InvalidInput, match="not a file"):
        read_settings(tmp_path / "folder.toml")
    huge = tmp_path / "huge.toml"
    huge.write_text("# " + "x" * 100_000)
    with pytest.raises(InvalidInput, match="too large"):
        read_settings(huge)


def test_names_a_later_version_adds_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('name = "Olena"\ntheme = "dark"\n[window]\nwidth = 3\n', encoding="utf-8")
    assert read_settings(path) == UserSettings(name="Olena")


def test_a_broken_file_does_not_stop_a_case_from_naming_its_editor(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "casefile").mkdir()
    (tmp_path / "casefile" / "settings.toml").write_text("name = [", encoding="utf-8")
    assert default_actor() == current_user()


def test_a_write_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    write_settings(UserSettings(name="A"), tmp_path / "settings.toml")
    write_settings(UserSettings(name="B"), tmp_path / "settings.toml")
    assert os.listdir(tmp_path) == ["settings.toml"]


LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ru_UA.UTF-8"}, "ru"),
        ({"LANG": "az_AZ.UTF-8"}, "az"),
        ({"LANG": "uk_UA.UTF-8"}, "uk"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language casefile does not speak
        ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"),  # the C locale ignores LANGUAGE
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:uk:ru"}, "uk"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "az_AZ.UTF-8"}, "az"),
        ({"LANG": "uk_UA.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "ru"),
        ({}, "en"),
    ],
)
def test_without_a_choice_the_language_is_the_systems(
    tmp_path: Path, monkeypatch, environment: dict[str, str], language: str
) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert read_settings(tmp_path / "none.toml").language == language
    path = tmp_path / "settings.toml"
    path.write_text('name = "Consul"\n', encoding="utf-8")
    assert read_settings(path).language == language


def test_the_language_chosen_in_settings_wins_over_the_systems(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    path = write_settings(UserSettings(language="az"), tmp_path / "settings.toml")
    assert read_settings(path).language == "az"


def test_on_windows_the_language_is_the_users_display_language(monkeypatch) -> None:
    import ctypes
    import sys
    from types import SimpleNamespace

    monkeypatch.setattr(sys, "platform", "win32")
    ukrainian = SimpleNamespace(kernel32=SimpleNamespace(GetUserDefaultUILanguage=lambda: 0x0422))
    monkeypatch.setattr(ctypes, "windll", ukrainian, raising=False)
    assert UserSettings().language == "uk"
    monkeypatch.delattr(ctypes, "windll")
    assert UserSettings().language == "en"

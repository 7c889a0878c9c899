"""The user's settings as the app sees them (one object, handed on).

The preferences (name, language, default classification and currency) live in the
settings file the CLI and the brief read too (casefile.store.read_settings); what
only the app needs (recent files, the last folder, how lists are arranged) stays in
QSettings. Preferences an older version kept in QSettings move to the file the first
time the app runs without one.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from casefile.store import CaseFileError, UserSettings, read_settings, settings_path, write_settings

MAX_RECENT = 8
#: where an older version kept each preference in QSettings
QSETTINGS_KEYS = {
    "name": "user/actor",
    "currency": "defaults/currency",
    "classification": "defaults/classification",
}


class Settings:
    """The preferences in the settings file, the rest in QSettings; tests pass a
    QSettings on an ini file and a settings file, both under tmp_path."""

    def __init__(self, store: QSettings | None = None, path: Path | None = None) -> None:
        self._store = store if store is not None else QSettings("casefile", "casefile")
        self.path = path if path is not None else settings_path()
        #: why the settings file could not be read (None if it could): the app runs on
        #: the defaults, and the Settings dialog says it
        self._problem: CaseFileError | None = None
        self._migrate()
        self._prefs = self._read()

    # -- preferences (the settings file) ----------------------------------------------------

    @property
    def preferences(self) -> UserSettings:
        return self._prefs

    def save_preferences(self, prefs: UserSettings) -> None:
        """Write the preferences to the settings file (raises InvalidInput for a value
        that is wrong, CaseFileError subclasses for a file that cannot be written)."""
        if prefs.checked() == self._prefs and self.path.exists() and not self.problem:
            return
        write_settings(prefs, self.path)
        self._prefs = prefs.checked()
        self._problem = None

    @property
    def problem(self) -> str:
        """Why the settings file could not be read, in the app's language ("" if it
        could): said when shown, as the file is read before the language is applied."""
        from casefile.ui.support.store_errors import full_message

        return "" if self._problem is None else full_message(self._problem)

    @property
    def actor(self) -> str:
        """The name the audit log records for this user's edits ("" = the login name)."""
        return self._prefs.name

    @actor.setter
    def actor(self, value: str) -> None:
        self.save_preferences(replace(self._prefs, name=value))

    @property
    def default_currency(self) -> str:
        return self._prefs.currency

    @default_currency.setter
    def default_currency(self, value: str) -> None:
        self.save_preferences(replace(self._prefs, currency=value))

    @property
    def default_classification(self) -> str:
        return self._prefs.classification

    @default_classification.setter
    def default_classification(self, value: str) -> None:
        self.save_preferences(replace(self._prefs, classification=value))

    @property
    def language(self) -> str:
        return self._prefs.language

    def _read(self) -> UserSettings:
        try:
            return read_settings(self.path)
        except CaseFileError as exc:
            self._problem = exc
            return UserSettings()

    def _migrate(self) -> None:
        """Preferences kept in QSettings by an older version move to a new settings file."""
        if self.path.exists():
            return
        old = {
            name: str(self._store.value(key, "") or "").strip()
            for name, key in QSETTINGS_KEYS.items()
            if self._store.contains(key)
        }
        if not old:
            return
        try:
            write_settings(UserSettings(**{k: v for k, v in old.items() if v}), self.path)
        except CaseFileError:
            return  # a value the file refuses, or no room: the defaults, and ask again next time
        for key in QSETTINGS_KEYS.values():
            self._store.remove(key)

    # -- recent files and folders ----------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Most recent first; files that have gone away are still listed (a share may be
        offline) and the welcome screen marks them."""
        raw: Any = self._store.value("recent/files", []) or []
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in raw if p]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).absolute())
        known = [str(p) for p in self.recent_files()]
        files = [text, *(p for p in known if p != text)][:MAX_RECENT]
        if files != known:  # reopening the last case changes nothing
            self._store.setValue("recent/files", files)

    @property
    def last_folder(self) -> Path:
        value = self._store.value("recent/folder", "")
        return Path(str(value)) if value else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._set("recent/folder", str(folder))

    # -- how the user arranged each list ---------------------------------------------------

    def list_columns(self, name: str) -> list[dict[str, Any]] | None:
        """A list's columns as the user left them (see views/listcolumns.py), or None
        while the user has not arranged them (or what is stored is not such a list)."""
        raw = self._store.value(f"lists/{name}/columns", "")
        try:
            layout = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if not isinstance(layout, list) or not all(isinstance(c, dict) for c in layout):
            return None
        return layout

    def set_list_columns(self, name: str, layout: list[dict[str, Any]] | None) -> None:
        """Keep a list's columns; None forgets them (the list's defaults apply again)."""
        key = f"lists/{name}/columns"
        if layout is None:
            self._store.remove(key)
        else:
            self._set(key, json.dumps(layout, ensure_ascii=False, separators=(",", ":")))

    def sync(self) -> None:
        self._store.sync()

    def _set(self, key: str, value: str) -> None:
        """Store `value` unless it is already stored. Any setValue, changed or not, has
        QSettings rewrite its file on the next turn of the event loop (a lock file, a
        temporary file, fsync, rename): at every start, before the window's first paint,
        since opening a case records it as recent."""
        if self._store.contains(key) and self._store.value(key) == value:
            return
        self._store.setValue(key, value)

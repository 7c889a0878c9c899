"""The user's preferences and recent files, kept in QSettings (one object, handed on)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class Settings:
    """Typed access to QSettings; tests pass a QSettings on an ini file under tmp_path."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("casefile", "casefile")

    # -- preferences ---------------------------------------------------------------------

    @property
    def actor(self) -> str:
        """The name the audit log records for this user's edits ("" = the login name)."""
        return str(self._store.value("user/actor", "") or "")

    @actor.setter
    def actor(self, value: str) -> None:
        self._set("user/actor", value.strip())

    @property
    def default_currency(self) -> str:
        return str(self._store.value("defaults/currency", "EUR") or "")

    @default_currency.setter
    def default_currency(self, value: str) -> None:
        self._set("defaults/currency", value.strip().upper())

    @property
    def default_classification(self) -> str:
        return str(self._store.value("defaults/classification", "") or "")

    @default_classification.setter
    def default_classification(self, value: str) -> None:
        self._set("defaults/classification", value.strip())

    # -- recent files and folders ----------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Most recent first; files that have gone away are still listed (a share may be
        offline) and the welcome screen marks them."""
        raw = self._store.value("recent/files", []) or []
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

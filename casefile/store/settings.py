"""The user's settings: a small TOML file in the user's config folder that the CLI, the
brief and the desktop app all read, and the app's Settings dialog writes.

    name = "Consular officer"     # who the audit log names ("" = the login name)
    language = "en"               # the language of the app and of briefs (no line:
                                  # the system's, if casefile speaks it, else English)
    classification = "RESTRICTED" # the label new cases and briefs start with
    currency = "EUR"              # the currency of an estimate typed without one

Python reads TOML (tomllib) but does not write it; the file holds four strings, so
`write_settings` writes them itself, escaped as TOML's basic strings want.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from casefile.store.errors import InvalidInput
from casefile.store.lock import current_user
from casefile.store.money import check_currency

#: the languages a brief can be written in
LANGUAGES = ("en", "az", "ru", "uk")
#: the file's name in the user's config folder (XDG_CONFIG_HOME/casefile on Linux)
SETTINGS_FILE = "settings.toml"
#: a settings file larger than this is not one casefile wrote
MAX_SETTINGS_BYTES = 64 * 1024


def system_language() -> str:
    """The language the user's system speaks, if casefile speaks it, else English: the
    default of the app and of briefs until the user chooses one in Settings.

    On Linux and macOS the locale's environment decides, as for any program there:
    LC_ALL, else LC_MESSAGES, else LANG, with GNU's LANGUAGE list first unless the
    locale is C; on Windows the user's display language."""
    if sys.platform == "win32":
        return _windows_language()
    locale_name = next(
        (os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)),
        "",
    )
    if _language_code(locale_name) in ("", "c", "posix"):
        return "en"
    return _spoken([*os.environ.get("LANGUAGE", "").split(":"), locale_name])


def _windows_language() -> str:
    """The user's display language as Windows' kernel32 gives it (English where that
    library cannot be reached)."""
    import ctypes
    import locale

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return "en"
    try:
        lcid = windll.kernel32.GetUserDefaultUILanguage()
    except (AttributeError, OSError):
        return "en"
    return _spoken([locale.windows_locale.get(lcid, "")])


def _language_code(locale_name: str) -> str:
    """ "az_AZ.UTF-8@latin" -> "az"."""
    return locale_name.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()


def _spoken(locale_names: list[str]) -> str:
    """The first of `locale_names` that casefile speaks, else English."""
    codes = (_language_code(name) for name in locale_names)
    return next((code for code in codes if code in LANGUAGES), "en")


@dataclass(frozen=True, slots=True)
class UserSettings:
    name: str = ""
    language: str = field(default_factory=system_language)
    classification: str = ""
    currency: str = "EUR"

    @property
    def actor(self) -> str:
        """The name the audit log and the lock file record: the settings' name, else
        the login name."""
        return self.name or current_user()

    def checked(self) -> UserSettings:
        """The same settings tidied (spaces trimmed, the currency upper-case); raises
        InvalidInput saying which value is wrong."""
        language = self.language.strip().lower() or system_language()
        if language not in LANGUAGES:
            raise InvalidInput.of(
                "settings.language_one_casefile",
                language=self.language,
                choices=", ".join(LANGUAGES),
            )
        currency = check_currency(self.currency) if self.currency.strip() else "EUR"
        return replace(
            self,
            name=self.name.strip(),
            language=language,
            classification=self.classification.strip(),
            currency=currency,
        )


def config_folder() -> Path:
    """casefile's folder in the user's config folder."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("casefile", appauthor=False))


def settings_path() -> Path:
    return config_folder() / SETTINGS_FILE


def read_settings(path: Path | None = None) -> UserSettings:
    """The settings in `path` (the user's settings file by default); the defaults where
    there is no file. A file that is not settings casefile can read raises InvalidInput
    naming the file and saying what to do."""
    import tomllib

    path = path if path is not None else settings_path()
    if not path.exists():
        return UserSettings()
    try:
        if not path.is_file():
            raise _refusal(path, "is not a file")
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise _refusal(path, "is too large to be casefile's settings")
        values = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _refusal(path, f"cannot be read ({exc})") from None
    # Names this version does not know are left alone: a later version's settings.
    known = {f.name: values[f.name] for f in fields(UserSettings) if f.name in values}
    wrong = sorted(name for name, value in known.items() if not isinstance(value, str))
    if wrong:
        raise _refusal(path, f"gives {wrong[0]} a value that is not text in quotes")
    try:
        return UserSettings(**known).checked()
    except InvalidInput as exc:
        raise _refusal(path, f"says {exc.message}") from None


def _refusal(path: Path, problem: str) -> InvalidInput:
    return InvalidInput.of(
        "settings.settings_file_correct",
        path=path,
        problem=problem,
    )


def write_settings(settings: UserSettings, path: Path | None = None) -> Path:
    """Write `settings` (checked first) to `path` (the user's settings file by default)
    in one step: a reader sees the old file or the new one, never half of one."""
    settings = settings.checked()
    path = path if path is not None else settings_path()
    lines = ["# casefile's settings: edit them here or in the app (Edit > Settings)."]
    lines += [f"{f.name} = {_toml_string(getattr(settings, f.name))}" for f in fields(settings)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def _toml_string(text: str) -> str:
    """`text` as a TOML basic string: quotes and backslashes escaped, and every
    control character (which TOML forbids in a string as it is) as \\uXXXX."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def default_actor() -> str:
    """Who the audit log names when no one is given: the settings' name, else the login
    name. A settings file that cannot be read does not stop a case from opening; the
    commands that use the other settings say what is wrong with it."""
    try:
        return read_settings().actor
    except InvalidInput:
        return current_user()

"""The app in the user's language: our catalogue, Qt's own strings and the locale.

The language is the settings file's (`language`, the same the brief and the CLI read),
applied when the app starts: the Settings dialog says a change applies after a restart.
Our catalogues are `.ts` sources in casefile/resources/i18n, compiled to `.qm` by
pyside6-lrelease when the app is built (`make`, `make dist`). Where no current `.qm` sits
next to its `.ts` (a wheel built without make, a checkout whose `.ts` was edited since),
the `.ts` is compiled on first use into the user's cache folder with the lrelease that
ships with PySide6, so the app never shows a stale or missing translation.

Qt's own dialogs and buttons come from Qt's qtbase catalogues (ru, uk ship with PySide6);
for a language Qt has none of (az), our `qtbase_LANG.ts` gives the strings the app shows.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casefile.assets import resources_dir

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
        """Marks `source` for lupdate and gives it back untranslated."""
        ...

else:
    # Qt's stubs say it returns object; lupdate finds the calls by this name.
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

#: the folder of our .ts sources (and of the .qm the build compiles from them)
I18N = "i18n"
#: our main catalogue's name, before "_LANG": the strings of every marked module that no
#: entry of CATALOGUES claims
APP_CATALOGUE = "casefile"
#: the other catalogues and the modules (paths under casefile/ui, the longest matching
#: prefix wins) whose strings each holds: one catalogue per part of the app, so that
#: work on one part does not touch the .ts files of another
CATALOGUES: dict[str, tuple[str, ...]] = {
    "dialogs": ("dialogs/",),
    "tasks": ("tasks/",),
    "views": ("views/",),
    "photos": ("views/photos", "views/site_plan", "views/plan_canvas"),
    "models": ("models/",),
    "editors": ("editors/",),
    "errors": ("support/store_errors",),
}
#: the languages our catalogues translate into (English is the source)
TRANSLATED = ("az", "ru", "uk")
#: Qt's catalogue of its own widgets' strings, and the name of ours where Qt has none or
#: leaves some out
QT_CATALOGUE = "qtbase"
#: the locale each of casefile's languages stands for (dates, numbers, money)
LOCALES = {"en": "en_GB", "az": "az_Latn_AZ", "ru": "ru_RU", "uk": "uk_UA"}


def apply_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` on `app` and make its locale the default.
    Returns the translators installed (kept alive by the caller; Qt does not own them).
    English is the source language: nothing is installed for it."""
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    if language not in LOCALES or language == "en":
        return []
    installed = []
    translators = _qt_translators(language)
    translators += [_catalogue_translator(name, language) for name in catalogue_names()]
    for translator in translators:
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    return installed


def _qt_translators(language: str) -> list[QTranslator | None]:
    """Qt's own catalogue for `language`, then ours of Qt's strings: for az, which Qt has
    none of, ours alone; for ru and uk, ours holds what Qt's lacks (Qt 6's file dialog
    labels, whose sources gained an accelerator), and is searched first."""
    ours = _catalogue_translator(QT_CATALOGUE, language)
    translator = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"{QT_CATALOGUE}_{language}", qt_folder):
        return [translator, ours]
    return [ours]


def _catalogue_translator(name: str, language: str) -> QTranslator | None:
    qm = compiled_catalogue(name, language)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return None
    return translator


def compiled_catalogue(name: str, language: str) -> Path | None:
    """The .qm of resources/i18n/NAME_LANG.ts: the one built beside it if it is not older
    than the source, else one compiled now into the cache folder (None if there is no
    source, or it cannot be compiled: the app then stays in English)."""
    source = resources_dir() / I18N / f"{name}_{language}.ts"
    if not source.is_file():
        return None
    built = source.with_suffix(".qm")
    if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = _cache_folder() / f"{name}_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    return cached if _lrelease(source, cached) else None


def _cache_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("casefile", appauthor=False)) / I18N


def _lrelease(source: Path, target: Path) -> bool:
    """Compile `source` to `target` with PySide6's lrelease; False if that is not possible."""
    import PySide6

    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if not tool.is_file():
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        done = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(partial)],
            capture_output=True,
            check=False,
            timeout=60,
        )
        if done.returncode != 0 or not partial.is_file():
            return False
        partial.replace(target)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


#: a plural source's choices: "(s)", or "(singular|plural)" endings as in "part(y|ies)"
_SOURCE_PLURAL = re.compile(r"\((s)\)|\(([^()|]*)\|([^()|]*)\)")


def english_plural(text: str, count: int) -> str:
    """`text` as English reads it for `count`: a plural source ("%Ln item(s)",
    "%Ln part(y|ies)") that no catalogue translated (English installs none) keeps its
    choices, which this resolves; a translation has its own plural forms and none of
    those brackets, so it comes back unchanged."""

    def chosen(match: re.Match[str]) -> str:
        if match.group(1):
            return "" if count == 1 else "s"
        return match.group(2) if count == 1 else match.group(3)

    return _SOURCE_PLURAL.sub(chosen, text)


_PLACE = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2... replaced by `values` in one pass, as QString.arg does (a
    value holding "%2" stays as it is), for a translated message with placeholders."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)


#: how code marks a string for translation (what pyside6-lupdate looks for)
MARKS = ("self.tr(", "QCoreApplication.translate(", "QT_TRANSLATE_NOOP(")


def catalogue_names() -> list[str]:
    return [APP_CATALOGUE, *CATALOGUES]


def catalogue_of(module: Path, package: Path | None = None) -> str:
    """The catalogue that holds the strings `module` (a file of the casefile package
    at `package`, this one's by default) marks."""
    root = package if package is not None else Path(__file__).parents[2]
    try:
        within_ui = module.relative_to(root / "ui").as_posix()
    except ValueError:
        return APP_CATALOGUE
    claims = [
        (len(prefix), name)
        for name, prefixes in CATALOGUES.items()
        for prefix in prefixes
        if within_ui.startswith(prefix)
    ]
    return max(claims)[1] if claims else APP_CATALOGUE


def marked_sources(package: Path | None = None, catalogue: str | None = None) -> list[Path]:
    """The modules of the casefile package (`package`, this one's by default) that mark
    strings for translation, all of them or those of one catalogue: what
    `make translations` hands to pyside6-lupdate."""
    root = package if package is not None else Path(__file__).parents[2]
    return sorted(
        path
        for path in root.rglob("*.py")
        if path.name != Path(__file__).name
        and any(mark in path.read_text(encoding="utf-8") for mark in MARKS)
        and (catalogue is None or catalogue_of(path, root) == catalogue)
    )


def _print_lupdate_jobs() -> None:
    """One line per catalogue with marked strings: its name, then its modules (what the
    Makefile's `translations` target reads)."""
    for name in catalogue_names():
        sources = marked_sources(catalogue=name)
        if sources:
            print(name, *sources)


if __name__ == "__main__":
    _print_lupdate_jobs()

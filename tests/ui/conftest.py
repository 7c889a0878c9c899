"""UI fixtures: a CaseSession on a copy of the demo case (editing or read-only), settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from casefile.store import CaseFile
from casefile.ui.case.session import CaseSession
from casefile.ui.support.settings import Settings
from casefile.ui.support.translation import LOCALES, apply_language

#: Noise of Qt's offscreen platform, not of our code: it cannot resize native windows.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grab)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """UI tests fail on Qt warnings, except the offscreen platform's own."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Dates and numbers as the app shows them in English (apply_language's en_GB),
    whatever the machine's locale; a test that applies a language gets it back."""
    before = QLocale()
    QLocale.setDefault(QLocale(LOCALES["en"]))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def speak(qapp: QCoreApplication) -> Iterator[Callable[[str], None]]:
    """speak(code) puts the app in that language for one test; its translators are
    removed at teardown (english_locale gives the default locale back)."""
    installed: list[QTranslator] = []

    def apply(code: str) -> None:
        installed.extend(apply_language(qapp, code))

    yield apply
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def session(demo_path: Path, qapp: object) -> Iterator[CaseSession]:
    """The demo case open for editing behind a CaseSession; closed at teardown."""
    opened = CaseSession(CaseFile.open(demo_path, actor="tester"))
    yield opened
    opened.close()


@pytest.fixture
def read_only_session(demo_path: Path, qapp: object) -> Iterator[CaseSession]:
    """The demo case open read-only behind a CaseSession."""
    opened = CaseSession(CaseFile.open(demo_path, read_only=True, actor="tester"))
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Preferences in files under tmp_path: never the user's own."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prefs = Settings(store, tmp_path / "settings.toml")
    prefs.actor = "tester"
    return prefs


@pytest.fixture
def window(qtbot: object, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The main window on the welcome screen, with test settings; closed at teardown
    (discarding a refused value typed without the question, unless a test asks it)."""
    from casefile.ui.case.opening import CaseOpener
    from casefile.ui.dialogs.discard import DiscardTypingDialog
    from casefile.ui.window.main_window import MainWindow

    win = MainWindow(settings, CaseOpener(settings))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1200, 800)
    win.show()
    # pytest-qt closes the window before this fixture's teardown: a test that leaves a
    # refused value typed must not meet the question there (a test of it replaces this).
    monkeypatch.setattr(DiscardTypingDialog, "ask", classmethod(lambda cls, *args: True))
    yield win
    win.close()

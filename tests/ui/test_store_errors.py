"""The store's errors reach the user in their language: every code the store can raise has
a translation in each language, and real refusals (a wrong passphrase, a locked case, a
newer file, not a case file) read in Russian when the app is in Russian."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from casefile.store import (
    ERROR_TEXTS,
    CaseFile,
    CaseFileError,
    InvalidInput,
    Passphrase,
    encrypt,
)
from casefile.store.lock import lock_path
from casefile.ui.support import store_errors
from casefile.ui.support.store_errors import SOURCES, full_message, message_of
from casefile.ui.support.translation import TRANSLATED, compiled_catalogue

CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_code_the_store_can_raise_has_a_source_to_translate() -> None:
    assert set(SOURCES) == set(ERROR_TEXTS)
    for code, source in SOURCES.items():
        assert _names(source) == _names(ERROR_TEXTS[code]), code


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_code_is_translated_with_the_same_fields(language: str) -> None:
    qm = compiled_catalogue("errors", language)
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    for code, source in SOURCES.items():
        translated = translator.translate(store_errors.CONTEXT, source)
        assert translated, (language, code)
        assert _names(translated) == _names(source), (language, code)
        words = "".join(literal for literal, _, _, _ in string.Formatter().parse(source))
        if re.search(r"\b[a-z]{3,}\b", words):  # words, not only "{field}: {refusal}" or MiB
            assert translated != source, (language, code)


@pytest.fixture
def russian(speak: Callable[[str], None]) -> None:
    speak("ru")


def _refusal(opening: object) -> CaseFileError:
    with pytest.raises(CaseFileError) as raised:
        opening()  # type: ignore[operator]
    return raised.value


def _cyrillic(text: str) -> bool:
    return any(letter in CYRILLIC for letter in text.lower())


def test_a_wrong_passphrase_reads_in_russian(russian: None, tmp_path: Path) -> None:
    path = tmp_path / "secret.casefile"
    CaseFile.create(path, title="Kyiv").close()
    encrypt(path, Passphrase("the right one"))
    error = _refusal(lambda: CaseFile.open(path, passphrase=Passphrase("a wrong one")))
    shown = message_of(error)
    assert shown.startswith("неверная парольная фраза"), shown
    assert full_message(error) == f"{path}: {shown}"


def test_a_locked_case_names_its_holder_in_russian(russian: None, tmp_path: Path) -> None:
    path = tmp_path / "held.casefile"
    CaseFile.create(path, title="Kyiv").close()
    holder = {"user": "colleague", "host": f"not-{socket.gethostname()}", "pid": 4242}
    lock_path(path).write_text(json.dumps(holder | {"since": "2025-11-14T09:30:00+00:00"}))
    shown = message_of(_refusal(lambda: CaseFile.open(path)))
    assert shown.startswith("редактируется: colleague"), shown
    assert "откройте его только для чтения" in shown


def test_a_newer_file_reads_in_russian_with_russian_numbers(russian: None, tmp_path: Path) -> None:
    path = tmp_path / "newer.casefile"
    CaseFile.create(path, title="Kyiv").close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 1200")
    shown = message_of(_refusal(lambda: CaseFile.open(path, read_only=True)))
    assert shown.startswith("записан более новой версией casefile (схема 1\xa0200;"), shown
    assert shown.endswith("файл не изменён")


def test_not_a_case_file_reads_in_russian(russian: None, tmp_path: Path) -> None:
    path = tmp_path / "notes.casefile"
    path.write_text("shopping list: bread, milk\n" * 20)
    shown = message_of(_refusal(lambda: CaseFile.open(path, read_only=True)))
    assert _cyrillic(shown) and shown.startswith("не файл дела"), shown


def test_a_field_refusal_translates_its_parts(russian: None, tmp_path: Path) -> None:
    """A refusal quoting a field of a kind of item: the kind is translated too."""
    case = CaseFile.create(tmp_path / "a.casefile", title="Kyiv")
    with pytest.raises(InvalidInput) as raised:
        case.add("party", name="")
    assert message_of(raised.value) == "поле «имя» (сторона): не может быть пустым"


def test_in_english_the_app_shows_the_stores_words(qapp: QCoreApplication, tmp_path: Path) -> None:
    case = CaseFile.create(tmp_path / "a.casefile", title="Kyiv")
    with pytest.raises(InvalidInput) as raised:
        case.add("party", name="")
    assert message_of(raised.value) == raised.value.message
    assert full_message(raised.value) == str(raised.value)


def test_an_error_without_a_known_code_shows_its_english(russian: None) -> None:
    plain = InvalidInput("made up where it was raised", path=Path("/tmp/x.casefile"))
    assert full_message(plain) == str(plain) == "/tmp/x.casefile: made up where it was raised"
    unknown = InvalidInput.of("field.empty", field="title")
    unknown.code = "no.such.code"
    assert message_of(unknown) == "title must not be empty"


def test_the_cannot_open_dialog_says_why_in_russian(russian: None, qtbot, tmp_path: Path) -> None:
    from casefile.ui.dialogs.cannot_open import CannotOpenDialog

    path = tmp_path / "newer.casefile"
    CaseFile.create(path, title="Kyiv").close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    error = _refusal(lambda: CaseFile.open(path))
    dialog = CannotOpenDialog(None, path, error)
    qtbot.addWidget(dialog)
    assert dialog.informativeText().startswith("«newer.casefile» записан более новой версией")
    assert "обновите casefile" in dialog.informativeText()


def test_the_openers_notices_read_in_russian(russian: None, demo_path: Path) -> None:
    """A notice of what the opener did (here: a passphrase given for a plain file) is Words
    the app translates; the CLI prints its English."""
    from casefile.ui.support.store_errors import said

    with CaseFile.open(demo_path, read_only=True, passphrase=Passphrase("not needed")) as case:
        notice = case.notices[0]
        reason = case.read_only_reason
    assert notice.message.startswith("this file is not encrypted")
    assert said(notice.message).startswith("этот файл не зашифрован")
    assert said(reason) == "открыт только для чтения по запросу"
    assert said("typed by someone") == "typed by someone"


def test_a_folder_given_as_a_file_is_named_in_russian(russian: None, tmp_path: Path) -> None:
    """The words inside a refusal (what the node is, what was wanted) are translated too."""
    from casefile.store import read_attachment

    error = _refusal(lambda: read_attachment(tmp_path))
    assert error.message == "is a folder, not a file: attach a photo or a document"
    assert message_of(error) == "это папка, а не файл: приложите фотографию или документ"

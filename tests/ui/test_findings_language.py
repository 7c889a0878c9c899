"""What the store words in English reaches the user in their language: File > Check file's
findings, the Keys panel's unused files and the field a refusal names, while the CLI's
English stays as it was (the messages themselves are unchanged)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from store.store_support import sql

from casefile.store import CaseFile, InvalidInput, Keys, Words
from casefile.ui.support.store_errors import message_of
from casefile.ui.support.translation import apply_language
from casefile.ui.tasks.file_check import CheckReport, finding


@pytest.fixture
def speak(qapp: QCoreApplication) -> Iterator[object]:
    """speak(language) applies a language; its translators are removed afterwards."""
    installed: list[QTranslator] = []
    locale = QLocale()

    def apply(language: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = apply_language(qapp, language)

    yield apply
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def _case_with_photo(path: Path) -> tuple[str, str]:
    """A case with a party and one attachment; their ids."""
    with CaseFile.create(path, title="Kyiv") as case:
        party = case.add("party", name="Embassy").id
        photo = case.add_attachment(b"a scanned letter", "door.txt").id
    return party, photo


def test_check_findings_read_in_russian_and_keep_their_english(tmp_path: Path, speak) -> None:
    path = tmp_path / "case.casefile"
    party, photo = _case_with_photo(path)
    sql(
        path,
        f"DELETE FROM attachment_blob WHERE attachment_id = '{photo}'",
        f"UPDATE party SET name = 'Ministry' WHERE id = '{party}'",
    )
    with CaseFile.open(path, read_only=True) as case:
        problems = case.check()
    english = [p.message for p in problems]
    # what `casefile check` prints, as it was
    assert f"attachment {photo} ('door.txt') has lost its bytes" in english
    assert (
        f'party {party}: name changed outside casefile (the audit log has "Embassy", the file '
        '"Ministry")'
    ) in english
    speak("ru")
    said = [finding(p) for p in problems]
    assert f"фотографии и документы: у файла {photo} («door.txt») пропали байты" in said
    assert (
        f"журнал изменений: сторона {party}: поле «имя» изменено в обход casefile (в журнале "
        'изменений "Embassy", в файле "Ministry")'
    ) in said
    box = CheckReport.box(None, "case.casefile", problems, 0)
    assert "has lost its bytes" not in box.detailedText()
    assert "пропали байты" in box.detailedText()


def test_a_broken_chain_and_sqlite_damage_read_in_azerbaijani(tmp_path: Path, speak) -> None:
    path = tmp_path / "case.casefile"
    _case_with_photo(path)
    sql(path, "UPDATE change_log SET changes_digest = 'x' WHERE seq = 2")
    with CaseFile.open(path, read_only=True) as case:
        chain = case.check()
    assert [p.message for p in chain][0].startswith("audit entry 2 (")  # the CLI's English
    speak("az")
    shown = finding(chain[0])
    assert shown != f"audit log: {chain[0].message}" and "was edited" not in shown
    assert "2" in shown and "tərəf" in shown  # the entry's number and its kind, a party
    damage = Words("check.sqlite", message="Page 7: btreeInitPage() returns error code 11")
    assert str(damage) == "Page 7: btreeInitPage() returns error code 11"
    assert message_of(damage) == (
        "SQLite bildirir: Page 7: btreeInitPage() returns error code 11"
    )  # SQLite's own words quoted as they are


def test_an_unread_table_definition_reads_in_ukrainian(tmp_path: Path, speak) -> None:
    path = tmp_path / "case.casefile"
    _case_with_photo(path)
    sql(path, "CREATE TRIGGER planted AFTER INSERT ON note BEGIN SELECT 1; END")
    with CaseFile.open(path, read_only=True) as case:
        problems = case.check()
    assert "unexpected trigger planted" in [p.message for p in problems]
    speak("uk")
    assert "структура: тригер planted, якого casefile не створює" in [finding(p) for p in problems]


def test_unused_key_files_say_why_in_the_language(tmp_path: Path, qtbot, speak) -> None:
    from casefile.ui.dialogs.keys import KeysPanel

    colleague = Keys(tmp_path / "colleague")
    colleague.create("A. Colleague")
    colleague.export(tmp_path / "colleague.pub")
    mine = Keys(tmp_path / "mine")
    mine.trusted_folder.mkdir(parents=True)
    shutil.copy(tmp_path / "colleague.pub", mine.trusted_folder / "renamed.pub")
    (mine.trusted_folder / "broken.pub").write_text("not a key")
    english = sorted(str(entry.problem) for entry in mine.listing())
    assert "its name is not its key's fingerprint" in english  # `casefile key list`'s words
    speak("ru")
    panel = KeysPanel(None, mine, name="Me", folder=tmp_path)
    qtbot.addWidget(panel)
    lines = [panel.listing.item(n).text() for n in range(panel.listing.count())]
    assert "renamed.pub: его имя не совпадает с отпечатком ключа" in "\n".join(lines)
    broken = next(line for line in lines if "broken.pub" in line)
    assert broken.startswith("broken.pub") or "broken.pub" in broken
    english_line = next(str(e.problem) for e in mine.listing() if e.path.name == "broken.pub")
    assert english_line not in broken  # said in Russian, not the store's English


def test_a_refused_rate_names_its_field_in_the_users_words(tmp_path: Path, speak) -> None:
    case = CaseFile.create(tmp_path / "a.casefile", title="Kyiv")
    rates = [{"currency": "usd", "rate": "abc", "as_of": "2025-11-14", "source": ""}]
    with pytest.raises(InvalidInput) as raised:
        case.update("incident", case.incident().id, exchange_rates=rates)
    assert raised.value.message == (
        "incident field 'exchange_rates', USD: rate 'abc' is not a number: write digits with "
        "an optional decimal point, such as 1.7 or 0.5882"
    )
    speak("ru")
    shown = message_of(raised.value)
    assert shown.startswith("поле «обменные курсы» (инцидент), USD: курс «abc»"), shown
    assert shown.endswith("1.7 или 0.5882"), shown
    speak("az")
    shown = message_of(raised.value)
    assert "exchange" not in shown and "rate" not in shown and "məzənnə" in shown, shown
    case.close()


def test_a_seal_by_an_untrusted_key_is_said_in_ukrainian(tmp_path: Path, speak) -> None:
    """The seal's warning and a seal whose signed history was rewritten: the CLI's English
    as it was, the report's lines in the language."""
    from casefile.ui.tasks.file_check import seals_text

    signer = Keys(tmp_path / "signer")
    signer.create("R. Mustafayev")
    path = tmp_path / "case.casefile"
    with CaseFile.create(path, title="Kyiv") as case:
        case.seal(signer.unlock(None), state="approved")
    with CaseFile.open(path, read_only=True) as case:
        result = case.check_result(Keys(tmp_path / "reader"))
    warning = result.warnings[0].message
    assert warning.startswith("seal 1 of 1 (approved by R. Mustafayev, ")
    assert warning.endswith("('casefile key trust FILE.pub')")
    speak("uk")
    text = seals_text(result)
    assert "засвідчення 1 з 1 (затверджено: R. Mustafayev, " in text
    assert "якому тут не довіряють" in text and "casefile key trust" not in text


def test_characters_without_a_font_are_placed_in_the_language(tmp_path: Path, speak) -> None:
    """The brief's warning names where each character is: the CLI by the brief's English
    way to the field, the app in the user's words."""
    from casefile.brief import BriefOptions, export_brief
    from casefile.ui.dialogs.missing_glyphs import MissingGlyphsDialog

    path = tmp_path / "case.casefile"
    with CaseFile.create(path, title="Kyiv") as case:
        case.add("party", name="Wang \U0001f642", role="witness")
        uncovered = export_brief(case, tmp_path / "brief.pdf", BriefOptions())
    party = next(field for field in uncovered if field.places[0].name == "parties")
    assert party.where == "parties 1 (Wang \U0001f642) > name"  # `casefile brief`'s words
    assert str(party).startswith("parties 1 (Wang \U0001f642) > name: \U0001f642 (U+1F642)")
    speak("ru")
    dialog = MissingGlyphsDialog(None, tmp_path / "brief.pdf", [party])
    assert dialog.informativeText().startswith(
        "сторона 1 (Wang \U0001f642) › имя: \U0001f642 U+1F642"
    )
    speak("az")
    dialog = MissingGlyphsDialog(None, tmp_path / "brief.pdf", [party])
    assert dialog.informativeText().startswith("tərəf 1 (Wang \U0001f642) › ad: ")


def test_a_refused_stored_value_reads_in_russian(tmp_path: Path, speak) -> None:
    path = tmp_path / "case.casefile"
    party, _ = _case_with_photo(path)
    sql(path, f"UPDATE party SET kind = 'alien' WHERE id = '{party}'")
    with CaseFile.open(path, read_only=True) as case:
        problems = case.check()
    values = [p for p in problems if p.area == "values"]
    assert values[0].message.startswith(f"party {party}, column kind: 'alien': party field 'kind'")
    speak("ru")
    shown = finding(values[0])
    assert shown.startswith(f"значения: сторона {party}, столбец «тип»: 'alien': поле «тип»"), shown

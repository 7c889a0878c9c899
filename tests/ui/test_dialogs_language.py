"""The dialogs and the tasks' messages in the user's language: each important one built
with the language applied shows its words translated, counts take the language's plural
forms, dates and numbers follow its locale, and choices still work when their words are
not English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QWidget

from casefile.store.keys import PublicKey
from casefile.store.lock import LockHolder
from casefile.store.records import (
    Authorship,
    FieldDifference,
    ItemDifference,
    MergeConflict,
    MergeResult,
    Problem,
)
from casefile.ui.support.translation import TRANSLATED

LANGUAGES = sorted(TRANSLATED)


def form_labels(widget: QWidget) -> list[str]:
    """The texts of the labels of every form in `widget`."""
    texts = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                texts.append(item.widget().text())
    return texts


def assert_translated(shown: list[str], english: list[str]) -> None:
    """Every text shown is there and none is its English source."""
    assert len(shown) == len(english)
    for text, source in zip(shown, english, strict=True):
        assert text and text != source, source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_new_case_dialog_asks_in_the_language(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.new_case import NewCaseDialog

    speak(language)
    dialog = NewCaseDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() not in ("", "New case")
    labels = form_labels(dialog)
    assert_translated(
        labels[:7],
        ["Title:", "Reference:", "Occurred at:", "Time zone:", "Location:", "Classification:"]
        + ["Summary:"],
    )
    assert "Passphrase:" not in labels and "Again:" not in labels  # the fields inside too
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() not in ("", "Choose where to save…")
    assert dialog.encrypt.text() != "Encrypt with a passphrase"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_new_case_dialogs_examples_fit_their_fields(language, qtbot, speak) -> None:
    from PySide6.QtWidgets import QLineEdit

    from casefile.ui.dialogs.new_case import NewCaseDialog

    speak(language)
    dialog = NewCaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in dialog.findChildren(QLineEdit):
        example = field.placeholderText()
        if example and field.isVisible():
            room = field.width() - 12  # the frame and the text's margins
            assert field.fontMetrics().horizontalAdvance(example) <= room, example


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_export_dialog_speaks_the_app_language_and_offers_the_brief_one(
    language, qtbot, tmp_path, speak
) -> None:
    from casefile.ui.dialogs.export_brief import ExportBriefDialog

    speak(language)
    dialog = ExportBriefDialog(
        None, suggested=tmp_path / "b.pdf", classification="", preparer="", language=language
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() not in ("", "Export brief")
    assert_translated(
        form_labels(dialog),
        ["Save as:", "Classification:", "Brief date:", "Prepared by:", "Language of the brief:"],
    )
    assert dialog.sections["summary"].text() not in ("", "Executive summary")
    assert dialog.sections["damage"].text() not in ("", "Damage schedule")
    assert dialog.redact.text() != "Leave out internal notes and follow-ups (redact)"
    assert dialog.request().options.language == language  # the app's language first
    for check in dialog.sections.values():
        check.setChecked(False)
    dialog.accept()
    assert dialog.error.text() not in ("", "Choose at least one section.")


def test_the_brief_date_has_the_locale_form_with_the_full_year(qtbot, tmp_path, speak) -> None:
    from casefile.ui.dialogs.export_brief import ExportBriefDialog

    speak("ru")
    dialog = ExportBriefDialog(None, suggested=tmp_path / "b.pdf", classification="", preparer="")
    qtbot.addWidget(dialog)
    assert dialog.date.displayFormat() == "dd.MM.yyyy"
    speak("uk")  # CLDR's short Ukrainian date has a two-digit year
    again = ExportBriefDialog(None, suggested=tmp_path / "b.pdf", classification="", preparer="")
    qtbot.addWidget(again)
    assert again.date.displayFormat() == "dd.MM.yyyy"


@pytest.mark.parametrize("language", LANGUAGES)
def test_passphrase_and_encryption_dialogs_are_translated(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.passphrase import EncryptionDialog, PassphraseDialog

    speak(language)
    asking = PassphraseDialog(None, Path("a.casefile"))
    qtbot.addWidget(asking)
    assert asking.windowTitle() not in ("", "Passphrase")
    assert_translated(form_labels(asking), ["Passphrase:"])
    asking.accept()  # nothing typed
    assert asking.error.text() not in ("", "Type the passphrase, or cancel.")
    choosing = EncryptionDialog(None, Path("a.casefile"), encrypted=False)
    qtbot.addWidget(choosing)
    intro = choosing.findChild(QLabel).text()
    assert "<b>a.casefile</b>" in intro and "is not encrypted" not in intro
    buttons = [b.text() for b in choosing.findChild(QDialogButtonBox).buttons()]
    assert "Encrypt with a passphrase…" not in buttons and "Cancel" not in buttons


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_locked_dialog_names_the_holder_in_the_language(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.locked import LockedDialog, OverrideWarning

    speak(language)
    holder = LockHolder("alice", "desk-7", 42, "2025-11-21T08:30:00+00:00")
    dialog = LockedDialog(None, Path("a.casefile"), holder)
    qtbot.addWidget(dialog)
    assert "a.casefile" in dialog.text() and "is open for editing" not in dialog.text()
    informative = dialog.informativeText()
    assert "alice" in informative and "desk-7" in informative
    assert "2025" in informative and "is editing it on" not in informative
    assert dialog.read_only_button.text() not in ("", "Open read-only")
    warning = OverrideWarning(None, Path("a.casefile"), holder)
    qtbot.addWidget(warning)
    assert "alice" in warning.text() and "although" not in warning.text()
    assert warning.take_over_button.text() not in ("", "Take over and edit")


def _conflict() -> MergeResult:
    by = Authorship("bob", dt.datetime(2025, 11, 21, 9, 5, tzinfo=dt.UTC), "d")
    conflict = MergeConflict(
        "damage_item", "x", "Wall", "title", "Wall", "Alice's wall", "Bob's wall", by, by
    )
    return MergeResult("merged", 2, 1, 0, (conflict,), (), False, "a", "b")


@pytest.mark.parametrize("language", LANGUAGES)
def test_merge_choices_work_in_the_language(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.copies import KEEP_THEIRS, MergeDialog

    speak(language)
    dialog = MergeDialog(None, _conflict(), "copy.casefile")
    qtbot.addWidget(dialog)
    assert "copy.casefile" in dialog.summary.text()
    assert "Merging" not in dialog.summary.text()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(7)]
    assert "Mine" not in headers and "Theirs" not in headers
    assert dialog.table.item(0, 1).text() not in ("title", "")  # the field's name
    box = dialog.choices[0]
    assert KEEP_THEIRS not in [box.itemText(n) for n in range(box.count())]
    assert not dialog.apply_button.isEnabled()
    dialog.choose(0, "theirs")
    assert dialog.apply_button.isEnabled()
    assert list(dialog.chosen().values()) == ["theirs"]
    dialog.choose(0, "edit")
    qtbot.keyClicks(dialog.values[0], "Both walls")
    assert list(dialog.chosen().values()) == [("edit", "Both walls")]


def test_the_compare_dialog_names_kinds_fields_and_times_in_the_language(qtbot, speak) -> None:
    from casefile.ui.dialogs.copies import CompareDialog

    speak("ru")
    by = Authorship("bob", dt.datetime(2025, 11, 21, 9, 5, tzinfo=dt.UTC), "d")
    items = (
        ItemDifference("party", "p", "Press office", "added", (), by),
        ItemDifference(
            "damage_item", "d", "Wall", "changed", (FieldDifference("title", "A", "B", by),)
        ),
    )
    dialog = CompareDialog(None, items, "old.casefile", "new.casefile")
    qtbot.addWidget(dialog)
    added = dialog.tree.topLevelItem(0)
    assert added.text(0) == "Добавлено: сторона «Press office»"
    assert added.text(3) == "bob, 21.11.2025 09:05 UTC"
    assert dialog.tree.topLevelItem(1).child(0).text(0) == "название"
    assert dialog.tree.headerItem().text(1) == "Было"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_compare_dialog_shows_a_changed_item_whole(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.copies import CompareDialog

    speak(language)
    by = Authorship("Consular officer", dt.datetime(2025, 11, 21, 9, 5, tzinfo=dt.UTC), "d")
    fields = (FieldDifference("title", "Perimeter fence", "Perimeter fence, north side", by),)
    items = (ItemDifference("damage_item", "d", "Perimeter fence, north side", "changed", fields),)
    dialog = CompareDialog(None, items, "old.casefile", "new.casefile")
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.tree
    top = tree.topLevelItem(0)
    needed = tree.fontMetrics().horizontalAdvance(top.text(0)) + tree.indentation()
    assert needed < tree.columnWidth(0), top.text(0)
    assert top.toolTip(0) == top.text(0)
    assert top.child(0).toolTip(2) == "Perimeter fence, north side"
    written = tree.fontMetrics().horizontalAdvance(top.text(3))
    assert written < tree.header().sectionSize(3)  # who and when, whole


@pytest.mark.parametrize("language", LANGUAGES)
def test_keys_rates_and_discard_speak_the_language(language, qtbot, speak) -> None:
    from casefile.ui.dialogs.discard import DiscardTypingDialog
    from casefile.ui.dialogs.keys import NewKeyDialog
    from casefile.ui.dialogs.rates import RatesDialog

    speak(language)
    key = NewKeyDialog(None, "alice")
    qtbot.addWidget(key)
    assert_translated(form_labels(key), ["Your name:", "Passphrase:", "The same again:"])
    rates = RatesDialog(None, "AZN", "EUR", [])
    qtbot.addWidget(rates)
    assert rates.windowTitle() != "Reporting currency and exchange rates"
    headers = [rates.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert_translated(headers, ["Currency", "Rate", "As of (YYYY-MM-DD)", "Source"])
    discard = DiscardTypingDialog(None, ["Title"])
    qtbot.addWidget(discard)
    assert "Title" in discard.text() and "was refused" not in discard.text()
    assert discard.discard_button.text() not in ("", "Discard and close")


@pytest.mark.parametrize("language", LANGUAGES)
def test_seal_and_release_dialogs_are_translated(language, qtbot, speak) -> None:
    from casefile.ui.tasks.review import ReleaseDialog, SealDialog

    speak(language)
    public = PublicKey("alice", bytes(32))
    seal = SealDialog(
        None,
        state="approved",
        button="Approve",
        public=public,
        protected=True,
        fingerprint="0123456789abcdef",
    )
    qtbot.addWidget(seal)
    assert seal.windowTitle() != "Approved: seal the case"
    assert not seal.windowTitle().startswith("Approved")
    assert_translated(form_labels(seal), ["Comment:", "Your key's passphrase:"])
    release = ReleaseDialog(None, suggested=Path("r.casefile"), protected=False)
    qtbot.addWidget(release)
    assert release.windowTitle() not in ("", "Release copy")
    assert release.redact.text() != "Leave out internal notes and follow-ups"


def test_counts_take_the_plural_forms_of_the_language(qapp, speak) -> None:
    from casefile.ui.tasks.file_check import CheckReport, problem_count
    from casefile.ui.tasks.print_list import PrintWords

    def problems(n: int) -> list[Problem]:
        return [Problem("links", "a link is broken")] * n

    speak("en")
    assert [problem_count(problems(n)) for n in (1, 2)] == ["1 problem", "2 problems"]
    assert PrintWords().rows(1, 1) == "1 row" and PrintWords().rows(3, 1200) == "3 of 1,200 rows"
    speak("ru")
    assert [problem_count(problems(n)) for n in (1, 3, 5, 21)] == [
        "1 проблема",
        "3 проблемы",
        "5 проблем",
        "21 проблема",
    ]
    assert PrintWords().rows(12, 12) == "12 строк"
    assert PrintWords().rows(3, 41) == "3 из 41 строки"
    box = CheckReport.box(None, "r.casefile", problems(2), 0)
    assert box.text() == "В «r.casefile» 2 проблемы."
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Проверка файла"
    box.deleteLater()
    sound = CheckReport.box(None, "r.casefile", [], 34301)
    assert "34\u00a0301" in sound.informativeText()  # the locale's digit grouping
    sound.deleteLater()


def test_file_pickers_name_the_file_types_in_the_language(qapp, speak) -> None:
    from casefile.ui.dialogs.files import CASE_FILTER, TABLE_FILTER, file_filter

    speak("az")
    assert file_filter(CASE_FILTER) == "İş faylları (*.casefile);;Bütün fayllar (*)"
    assert "(*.csv)" in file_filter(TABLE_FILTER) and "Excel" in file_filter(TABLE_FILTER)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("az", "casefile təlimatı"), ("ru", "Руководство casefile"), ("uk", "Посібник casefile")],
)
def test_help_shows_the_manual_in_the_language(language, heading, qtbot, speak) -> None:
    from casefile.ui.dialogs.help import HelpDialog

    speak(language)
    manual = HelpDialog.manual(None)
    qtbot.addWidget(manual)
    text = manual.browser.toPlainText()
    assert text.startswith(heading) and "Export brief" not in text
    assert manual.windowTitle() not in ("", "casefile manual")
    sheet = HelpDialog.shortcuts(None, [])
    qtbot.addWidget(sheet)
    assert "Keyboard shortcuts" not in sheet.browser.toPlainText()
    assert "In the photo viewer" not in sheet.browser.toPlainText()


def test_each_manual_has_the_english_ones_sections_and_points() -> None:
    """A translation that drifts from the English manual (a section or a point added to
    one and not the others) fails here."""
    from casefile.assets import resources_dir

    def shape(text: str) -> list[int]:
        """The number of points under each heading."""
        counts: list[int] = []
        for line in text.splitlines():
            if line.startswith("#"):
                counts.append(0)
            elif line.startswith("- "):
                counts[-1] += 1
        return counts

    folder = resources_dir() / "help"
    english = shape((folder / "manual.md").read_text(encoding="utf-8"))
    for language in LANGUAGES:
        translated = (folder / f"manual_{language}.md").read_text(encoding="utf-8")
        assert shape(translated) == english, language


def test_qts_own_words_in_the_dialogs_are_azerbaijani_too(qtbot, speak) -> None:
    """Qt has no Azerbaijani catalogue: ours gives the details button of a report and the
    labels of Qt's own file dialog."""
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from casefile.ui.tasks.file_check import CheckReport

    speak("az")
    box = CheckReport.box(None, "r.casefile", [Problem("links", "a link is broken")], 0)
    qtbot.addWidget(box)
    box.show()
    buttons = [button.text() for button in box.findChildren(QPushButton)]
    assert "Ətraflı göstər..." in buttons and "Show Details..." not in buttons
    picker = QFileDialog(None, "", "", "")
    picker.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(picker)
    labels = {label.text() for label in picker.findChildren(QLabel)}
    assert {"&Harada:", "Faylın &adı:", "Faylın &növü:"} <= labels


def test_the_shortcut_sheet_names_keys_in_the_language(qtbot, speak) -> None:
    """A key Qt names in words (the Undo key) is named in Azerbaijani too."""
    from PySide6.QtGui import QAction, QKeySequence

    from casefile.ui.dialogs.help import shortcut_rows

    speak("az")
    action = QAction("&Undo")
    action.setShortcuts(QKeySequence.StandardKey.Undo)
    keys = shortcut_rows([action])[0][1]
    assert "Ctrl+Z" in keys and "Undo" not in keys


def test_the_check_report_says_the_seals_in_the_language(qapp, speak) -> None:
    """The seals, the review state and a release copy are worded by the window, in the
    app's language, from what the check found (not the store's English lines)."""
    from casefile.store import CheckResult, ReleaseRecord, ReviewState, SealRecord
    from casefile.ui.tasks.file_check import CheckReport, seals_text

    at = dt.datetime(2025, 12, 3, 12, 0, tzinfo=dt.UTC)
    seal = SealRecord(
        "s", 1, 12, 13, "1f3a" * 16, "approved", "", "R. Mustafayev", "8B65 7680", at,
        True, True, None,
    )  # fmt: skip
    review = ReviewState("approved", "R. Mustafayev", at, "1f3a" * 16, 2, False, True)
    result = CheckResult((), 40, seals=(seal,), review=review, uncovered=((13, "a"), (14, "a")))
    speak("ru")
    lines = seals_text(result).splitlines()
    assert lines[0].startswith("Заверение 1 из 1: Утверждено — R. Mustafayev (ключу здесь НЕ")
    assert lines[0].endswith("подпись верна, история не тронута")
    # the review state in the Overview's sentence
    assert lines[1].startswith("Состояние рассмотрения: Утверждено: R. Mustafayev, 3 декабря 2025")
    assert lines[1].endswith("(ключу подписавшего здесь не доверяют); с тех пор 2 изменения")
    release = ReleaseRecord("Kyiv", "D-1", "ab" * 32, "O. K.", at, None, True, {}, True)
    released = seals_text(CheckResult((), 40, release=release))
    assert released.startswith("Заверенная копия дела «Kyiv» (D-1), состояние abab")
    box = CheckReport.box(None, "r.casefile", [Problem("foreign_keys", "x")], 0, released)
    assert "• ссылки: x" in box.informativeText()
    box.deleteLater()


def test_the_missing_characters_warning_counts_in_each_language(qtbot, speak) -> None:
    from casefile.brief import Place, Uncovered
    from casefile.ui.dialogs.missing_glyphs import MissingGlyphsDialog

    fields = [Uncovered((Place("parties", n), Place("name")), "张") for n in range(10)]
    speak("en")
    english = MissingGlyphsDialog(None, Path("b.pdf"), fields)
    qtbot.addWidget(english)
    assert "with 1 character no font has" in english.text()
    assert "…and 2 more places" in english.informativeText()
    speak("ru")
    russian = MissingGlyphsDialog(None, Path("b.pdf"), fields)
    qtbot.addWidget(russian)
    assert "для 1 символа" in russian.text() and "ещё 2 места" in russian.informativeText()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_refusals_in_dialogs_keep_their_capitals_and_name_the_field_in_the_language(
    language, qtbot, speak
) -> None:
    from casefile.ui.dialogs.new_case import NewCaseDialog
    from casefile.ui.dialogs.rates import RatesDialog

    speak(language)
    rates = RatesDialog(None, "", "EUR", [])
    qtbot.addWidget(rates)
    rates.currency.setText("ZZ")
    rates.accept()
    assert "ISO 4217" in rates.error.text() and "EUR" in rates.error.text()  # not "eur"
    new_case = NewCaseDialog(None)
    qtbot.addWidget(new_case)
    new_case.title.setText("Strike")
    new_case.occurred_at.setText("2025-13-45 10:00")
    new_case.accept()
    field = {"en": "Occurred at", "ru": "Время события"}[language]
    assert new_case.error.text().startswith(f"{field} ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_export_prompts_and_the_attach_progress_speak_the_language(
    language, qtbot, monkeypatch, speak
) -> None:
    from casefile.ui.tasks import attach_files
    from casefile.ui.tasks.brief_export import NotOpenedPrompt, OpenBriefPrompt

    speak(language)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    OpenBriefPrompt.ask(None, Path("/tmp/brief.pdf"))
    NotOpenedPrompt.ask(None, Path("/tmp/brief.pdf"))
    opened, not_opened = shown
    assert "brief.pdf" in opened.text() and "was saved as" not in opened.text()
    assert [b.text() for b in opened.buttons()].count("Open it") == 0
    assert "no program here opens PDF files" not in not_opened.text()
    progress = attach_files._progress(12, None)
    qtbot.addWidget(progress)
    assert "12" in progress.labelText() and "Attaching" not in progress.labelText()
    assert progress.windowTitle() not in ("", "Attaching files")

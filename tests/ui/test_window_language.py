"""The main window's own words in the user's language: the status line, the read-only
banner, the find panel, the Undo menu's steps and the messages about a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton


def test_undo_steps_are_named_in_the_language_with_its_plurals(session, speak) -> None:
    speak("ru")
    party = session.case.records("party")[0]
    session.update("party", party.id, name="Пресс-служба МИД")
    assert session.undo_stack.undoText() == "Изменение (имя): сторона «Пресс-служба МИД»"
    ids = session.ids("party")
    session.delete_many("party", ids[:2])
    assert session.undo_stack.undoText() == "Удаление: 2 стороны"
    damage = session.ids("damage_item")
    session.update_many("damage_item", damage[:5], status="assessed")
    assert session.undo_stack.undoText() == "Изменение (статус): 5 повреждений"


def test_the_undo_menu_counts_in_english_without_brackets(session) -> None:
    session.delete_many("note", session.ids("note")[:1] + session.ids("note")[1:2])
    assert session.undo_stack.undoText() == "Delete 2 notes"
    session.delete_many("meeting", session.ids("meeting")[:1])
    assert session.undo_stack.undoText().startswith("Delete Meeting “")


def test_the_status_line_actions_and_title_speak_the_language(window, demo_path, speak) -> None:
    speak("uk")
    from casefile.ui.window.main_window import MainWindow

    translated = MainWindow(window.settings, window.opener)
    try:
        assert translated.open_path(demo_path)
        assert translated.file_label.text() == "Усі зміни збережено · demo.casefile · редагування"
        assert translated.action_encryption.text() == "Ши&фрування…"
        assert translated.action_undo.text() == "&Повернути"  # nothing to undo: no colon
        party = translated.session.case.records("party")[0]
        translated.session.update("party", party.id, role="джерело")
        assert translated.action_undo.text() == f"&Повернути: Зміна (роль): сторона «{party.name}»"
        translated.workspace.show_page(2)  # the damage list: Add adds a damage item
        assert translated.action_add.toolTip().endswith("(Ctrl+Shift+N або Insert)")
        pane = translated.workspace.view(2).list_pane()
        assert pane.add_button.toolTip().endswith("(Ctrl+Shift+N або Insert)")
    finally:
        translated.close_without_asking()


def test_the_read_only_banner_speaks_the_language(read_only_session, speak, qtbot) -> None:
    speak("az")
    from casefile.ui.window.workspace import Workspace

    workspace = Workspace(read_only_session)
    qtbot.addWidget(workspace)
    assert workspace.banner is not None
    text = workspace.banner.label.text()
    assert text.startswith("<b>Yalnız oxumaq üçün</b> (") and "as asked" not in text
    buttons = [button.text() for button in workspace.banner.findChildren(QPushButton)]
    assert "Redaktə üçün surət saxla…" in buttons


def test_the_find_panel_speaks_the_language(session, speak, qtbot) -> None:
    speak("ru")
    from casefile.ui.window.search import SearchDialog

    panel = SearchDialog(session)
    qtbot.addWidget(panel)
    assert panel.windowTitle() == "Поиск в этом деле"
    panel.query.setText("protest")
    panel.run_search()
    groups = [panel.model.item(row).text() for row in range(panel.model.rowCount())]
    assert groups == ["Инцидент (1)", "Стороны (1)", "Записи (1)", "Встречи (1)"]
    assert panel.status.text().startswith("Найдено: ")
    panel.query.setText("zzzz-nothing-matches")
    panel.run_search()
    assert panel.status.text() == "Ничего не найдено."


def test_a_message_about_a_file_is_one_sentence_in_the_language(speak) -> None:
    from casefile.ui.support.advice import about_file, capitalised

    speak("ru")
    said = about_file("c.casefile", "is damaged: run 'casefile check' on it")
    assert said == "«c.casefile» is damaged: восстановите его из копии."
    speak("az")
    assert capitalised("iş faylı") == "İş faylı"  # the dotted capital İ


def test_a_settings_file_that_cannot_be_read_is_explained_in_the_language(tmp_path, speak) -> None:
    """The file is read before the language is applied: the reason is said when shown."""
    from PySide6.QtCore import QSettings

    from casefile.ui.support.settings import Settings

    path = tmp_path / "settings.toml"
    path.write_text("language = [not toml", encoding="utf-8")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), path)
    english = settings.problem
    assert english
    speak("ru")
    assert settings.problem and settings.problem != english


@pytest.mark.parametrize(
    ("language", "look_in", "of_type", "folder"),
    [
        ("ru", "&Перейти к:", "&Типы файлов:", "Папка"),
        ("uk", "&Перегляд в:", "&Тип файлів:", "Тека"),
        ("az", "&Harada:", "Faylın &növü:", "Qovluq"),
    ],
)
def test_qts_file_dialog_has_no_english_labels_left(
    language, look_in, of_type, folder, speak, qtbot, tmp_path
) -> None:
    """Qt's own ru and uk catalogues lack Qt 6's file dialog labels: ours fill them in."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    speak(language)
    (tmp_path / "kyiv").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == of_type
    assert (
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
        == folder
    )

"""File > Export brief: options dialog, export off the GUI thread, cancel, offer to open."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.ui.dialogs.export_brief import BriefRequest, ExportBriefDialog
from casefile.ui.tasks.brief_export import OpenBriefPrompt


def test_the_app_starts_without_reportlab() -> None:
    """Start-up stays light: the brief (and reportlab) load only when exporting."""
    code = (
        "import sys, casefile.ui.app, casefile.ui.window.main_window; "
        "print('reportlab' in sys.modules, 'casefile.brief' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_export_dialog_builds_options(qtbot, tmp_path) -> None:
    dialog = ExportBriefDialog(
        None, suggested=tmp_path / "brief.pdf", classification="RESTRICTED", preparer="Olena"
    )
    qtbot.addWidget(dialog)
    dialog.sections["photos"].setChecked(False)
    dialog.redact.setChecked(True)
    request = dialog.request()
    assert request.out_path == tmp_path / "brief.pdf"
    assert "photos" not in request.options.sections and "damage" in request.options.sections
    assert request.options.redact_internal and request.options.classification == "RESTRICTED"
    assert request.options.preparer == "Olena"
    assert request.options.language == "en"
    for check in dialog.sections.values():
        check.setChecked(False)
    dialog.accept()
    assert "at least one section" in dialog.error.text()


def test_export_dialog_offers_the_brief_language(qtbot, tmp_path) -> None:
    """The language starts as the one in the settings and reaches the brief's options."""
    dialog = ExportBriefDialog(
        None, suggested=tmp_path / "b.pdf", classification="", preparer="", language="ru"
    )
    qtbot.addWidget(dialog)
    assert dialog.request().options.language == "ru"
    dialog.language.setCurrentIndex(dialog.language.findData("az"))
    assert dialog.request().options.language == "az"


def test_export_runs_in_the_background_and_offers_to_open(
    window, qtbot, monkeypatch, demo_path, tmp_path
) -> None:
    from casefile.brief import BriefOptions

    assert window.open_path(demo_path)
    out = tmp_path / "brief.pdf"
    request = BriefRequest(out, BriefOptions(brief_date=dt.date(2025, 11, 21)))
    monkeypatch.setattr(ExportBriefDialog, "ask", classmethod(lambda cls, *a, **k: request))
    offered = []
    monkeypatch.setattr(
        OpenBriefPrompt, "ask", classmethod(lambda cls, p, path: offered.append(path))
    )
    with qtbot.waitSignal(window.brief_exported, timeout=60_000) as blocker:
        window.action_export_brief.trigger()
        assert window._export is not None  # running, and the window is still ours
    assert blocker.args == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert offered == [out]


def test_export_can_be_cancelled(window, qtbot, monkeypatch, demo_path, tmp_path) -> None:
    from casefile.brief import BriefOptions
    from casefile.ui.tasks.brief_export import BriefExport

    assert window.open_path(demo_path)
    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(OpenBriefPrompt, "ask", classmethod(lambda cls, *a: False))
    job = BriefExport(window.session.case, BriefRequest(out, BriefOptions()), window)
    job.progress.canceled.emit()  # what its Cancel button sends, pressed at once
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start()
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["demo.casefile"] or not list(
        tmp_path.glob("*.part")
    )


def test_an_export_whose_window_went_away_ends_quietly(session, tmp_path) -> None:
    """Quitting while a brief is exported deletes the object its task reports to; the
    task still ends (the file is written or not) without a traceback on the console."""
    import threading

    from shiboken6 import Shiboken

    from casefile.brief import BriefOptions
    from casefile.ui.dialogs.export_brief import BriefRequest
    from casefile.ui.tasks.brief_export import _ExportTask, _Signals

    signals = _Signals()
    request = BriefRequest(out_path=tmp_path / "brief.pdf", options=BriefOptions())
    task = _ExportTask(session.case, request, signals, threading.Event())
    Shiboken.delete(signals)
    task.run()  # raised "Signal source has been deleted" from every progress report
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("folder_shown", [True, False])
def test_a_brief_that_no_program_opens_is_said_and_its_folder_offered(
    window, qtbot, monkeypatch, demo_path, tmp_path, folder_shown
) -> None:
    from casefile.ui.tasks.brief_export import NotOpenedPrompt

    assert window.open_path(demo_path)
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(OpenBriefPrompt, "ask", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(OpenBriefPrompt, "open", classmethod(lambda cls, path: False))
    shown: list[Path] = []
    monkeypatch.setattr(
        OpenBriefPrompt,
        "show_folder",
        classmethod(lambda cls, path: shown.append(path.parent) or folder_shown),
    )
    told: list[Path] = []
    monkeypatch.setattr(
        NotOpenedPrompt, "ask", classmethod(lambda cls, p, path: told.append(path) or True)
    )
    window._on_export_finished(out)
    assert told == [out] and shown == [tmp_path]
    if not folder_shown:
        assert str(out) in window.statusBar().currentMessage()


def _export_brief(window, qtbot, monkeypatch, request: BriefRequest) -> list:
    """Export a brief through the window as `request` asks; the places of the characters
    no font prints, one entry per warning the app gave."""
    from casefile.ui.dialogs.missing_glyphs import MissingGlyphsDialog

    monkeypatch.setattr(ExportBriefDialog, "ask", classmethod(lambda cls, *a, **k: request))
    monkeypatch.setattr(OpenBriefPrompt, "ask", classmethod(lambda cls, p, path: False))
    warned = []
    monkeypatch.setattr(
        MissingGlyphsDialog, "ask", classmethod(lambda cls, p, path, fields: warned.append(fields))
    )
    with qtbot.waitSignal(window.brief_exported, timeout=60_000):
        window.action_export_brief.trigger()
    return warned


def test_characters_no_font_prints_are_named_after_the_export(
    window, qtbot, monkeypatch, demo_path, tmp_path
) -> None:
    """What the CLI warns on stderr, the app says in a dialog: which characters print as
    [U+XXXX], with their names, and in which field."""
    from casefile.brief import BriefOptions
    from casefile.ui.dialogs.missing_glyphs import MissingGlyphsDialog

    assert window.open_path(demo_path)
    window.session.case.add("party", name="张伟", kind="person")
    out = tmp_path / "brief.pdf"
    request = BriefRequest(out, BriefOptions(brief_date=dt.date(2025, 11, 21)))
    warned = _export_brief(window, qtbot, monkeypatch, request)
    assert len(warned) == 1
    dialog = MissingGlyphsDialog(window, out, warned[0])
    qtbot.addWidget(dialog)
    assert "brief.pdf" in dialog.text() and "[U+5F20]" in dialog.text()
    listed = dialog.informativeText()
    assert "张 U+5F20 CJK UNIFIED IDEOGRAPH-5F20" in listed
    assert "伟 U+4F1F CJK UNIFIED IDEOGRAPH-4F1F" in listed
    assert "(张伟) › name" in listed  # where: the party's name
    assert dialog.detailedText() == listed


def test_a_brief_every_character_of_which_prints_warns_of_nothing(
    window, qtbot, monkeypatch, demo_path, tmp_path
) -> None:
    from casefile.brief import BriefOptions

    assert window.open_path(demo_path)
    request = BriefRequest(tmp_path / "b.pdf", BriefOptions(sections=("summary",)))
    warned = _export_brief(window, qtbot, monkeypatch, request)
    assert warned == []

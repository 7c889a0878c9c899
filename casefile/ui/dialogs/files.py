"""File pickers: the one place the app asks the desktop for paths (tests replace these)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: the translation context of the pickers' filters and titles
CONTEXT = "FileDialogs"
#: the file types each picker offers: (what they are, in English, their patterns)
ALL_FILES = (QT_TRANSLATE_NOOP("FileDialogs", "All files"), "*")
CASE_FILTER = ((QT_TRANSLATE_NOOP("FileDialogs", "Case files"), "*.casefile"), ALL_FILES)
PDF_FILTER = ((QT_TRANSLATE_NOOP("FileDialogs", "PDF documents"), "*.pdf"),)
TABLE_FILTER = (
    (QT_TRANSLATE_NOOP("FileDialogs", "Excel workbook"), "*.xlsx"),
    (QT_TRANSLATE_NOOP("FileDialogs", "CSV, comma-separated"), "*.csv"),
)
ATTACHMENT_FILTER = (
    (
        QT_TRANSLATE_NOOP("FileDialogs", "Photos and documents"),
        "*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf *.txt",
    ),
    ALL_FILES,
)
PLAN_FILTER = (
    (QT_TRANSLATE_NOOP("FileDialogs", "Site plans"), "*.png *.jpg *.jpeg *.pdf"),
    ALL_FILES,
)
KEY_FILTER = ((QT_TRANSLATE_NOOP("FileDialogs", "Public keys"), "*.pub"), ALL_FILES)


def file_filter(types: tuple[tuple[str, str], ...]) -> str:
    """QFileDialog's filter string for `types`, their names in the app's language."""
    return ";;".join(
        f"{QCoreApplication.translate(CONTEXT, name)} ({patterns})" for name, patterns in types
    )


class FileDialogs:
    """Every `ask_*` returns the chosen path(s), or None / [] when the user cancels."""

    @classmethod
    def ask_open_case(cls, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter(CASE_FILTER))
        return Path(path) if path else None

    @classmethod
    def ask_save_case(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), file_filter(CASE_FILTER)
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".casefile")

    @classmethod
    def ask_save_pdf(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), file_filter(PDF_FILTER)
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".pdf")

    @classmethod
    def ask_save_table(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """An .xlsx or .csv path (the type chosen adds its suffix when none is typed)."""
        path, chosen_filter = QFileDialog.getSaveFileName(
            parent, title, str(suggested), file_filter(TABLE_FILTER)
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() in (".xlsx", ".csv"):
            return chosen
        return chosen.with_name(chosen.name + (".csv" if "*.csv" in chosen_filter else ".xlsx"))

    @classmethod
    def ask_attachments(cls, parent: QWidget | None, folder: Path) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("FileDialogs", "Add photos or documents"),
            str(folder),
            file_filter(ATTACHMENT_FILTER),
        )
        return [Path(p) for p in paths]

    @classmethod
    def ask_plan_image(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "Add a site plan"),
            str(folder),
            file_filter(PLAN_FILTER),
        )
        return Path(path) if path else None

    @classmethod
    def ask_save_key(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "Export your public key"),
            str(suggested),
            file_filter(KEY_FILTER),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".pub")

    @classmethod
    def ask_open_key(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "Trust a public key"),
            str(folder),
            file_filter(KEY_FILTER),
        )
        return Path(path) if path else None

"""File pickers: the one place the app asks the desktop for paths (tests replace these)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

CASE_FILTER = "Case files (*.casefile);;All files (*)"
PDF_FILTER = "PDF documents (*.pdf)"
TABLE_FILTER = "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"
ATTACHMENT_FILTER = (
    "Photos and documents (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf *.txt);;All files (*)"
)

PLAN_FILTER = "Site plans (*.png *.jpg *.jpeg *.pdf);;All files (*)"
KEY_FILTER = "Public keys (*.pub);;All files (*)"


class FileDialogs:
    """Every `ask_*` returns the chosen path(s), or None / [] when the user cancels."""

    @classmethod
    def ask_open_case(cls, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), CASE_FILTER)
        return Path(path) if path else None

    @classmethod
    def ask_save_case(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), CASE_FILTER)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".casefile")

    @classmethod
    def ask_save_pdf(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), PDF_FILTER)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".pdf")

    @classmethod
    def ask_save_table(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """An .xlsx or .csv path (the type chosen adds its suffix when none is typed)."""
        path, chosen_filter = QFileDialog.getSaveFileName(
            parent, title, str(suggested), TABLE_FILTER
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() in (".xlsx", ".csv"):
            return chosen
        return chosen.with_name(chosen.name + (".csv" if "csv" in chosen_filter else ".xlsx"))

    @classmethod
    def ask_attachments(cls, parent: QWidget | None, folder: Path) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, "Add photos or documents", str(folder), ATTACHMENT_FILTER
        )
        return [Path(p) for p in paths]

    @classmethod
    def ask_plan_image(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Add a site plan", str(folder), PLAN_FILTER)
        return Path(path) if path else None

    @classmethod
    def ask_save_key(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export your public key", str(suggested), KEY_FILTER
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".pub")

    @classmethod
    def ask_open_key(cls, parent: QWidget | None, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Trust a public key", str(folder), KEY_FILTER)
        return Path(path) if path else None

"""Asking for a site plan's name (adding or renaming a plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class PlanNameDialog:
    """`ask` returns the name typed, stripped, or None when the user cancels or leaves
    it empty (tests replace it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, name: str = "") -> str | None:
        text, ok = QInputDialog.getText(
            parent, title,
            QCoreApplication.translate(
                "PlanNameDialog", "What the plan shows (e.g. “Compound”, “Floor 2”):"
            ),
            QLineEdit.EchoMode.Normal, name,
        )  # fmt: skip
        return text.strip() or None if ok else None

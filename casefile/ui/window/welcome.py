"""The welcome screen: new case, open, the recent cases, and the demo case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole + 1


class WelcomeView(QWidget):
    """Shown when no case is open; every choice is one click or one key away."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("casefile")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "One file per incident: damage, parties, notes, meetings and photos,\n"
                "saved as you type, and a brief ready for the minister."
            )
        )
        subtitle.setStyleSheet("color: palette(placeholder-text);")

        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.setToolTip(self.tr("Start a case for a new incident (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a .casefile (Ctrl+O)"))
        self.demo_button = QPushButton(self.tr("Open the demo case"))
        self.demo_button.setToolTip(
            self.tr(
                "The sample case: the missile strike on the Azerbaijani embassy in Kyiv, Nov 2025"
            )
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 10)
            button.setMinimumWidth(180)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.setDefault(True)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        recent_label = QLabel(self.tr("Recent cases"))
        bold = recent_label.font()
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent = QListWidget()
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(self._on_recent_item_activated)
        self.set_recent(recent)
        right = QVBoxLayout()
        right.addWidget(recent_label)
        right.addWidget(self.recent, 1)

        columns = QHBoxLayout()
        columns.addLayout(buttons)
        columns.addSpacing(24)
        columns.addLayout(right, 1)

        inner = QVBoxLayout()
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)
        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(900)
        box.setMaximumHeight(560)
        outer = QHBoxLayout(self)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            missing = not path.exists()
            text = f"{path.name}\n{path.parent}" + (self.tr("  (not found)") if missing else "")
            item = QListWidgetItem(text)
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            if missing:
                item.setForeground(self.palette().placeholderText())
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No recent cases yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PathRole)
        if path:
            self.recent_chosen.emit(Path(path))

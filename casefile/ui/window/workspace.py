"""The workspace of one open case: banner, navigator on the left, the views on the right.

Views are built the first time they are shown (or asked to show an item), so opening
a case costs one view, not eight.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.case.session import CaseSession
from casefile.ui.support.advice import sentence, without_commands
from casefile.ui.support.store_errors import said
from casefile.ui.support.translation import arg
from casefile.ui.views import View, ViewOptions
from casefile.ui.views.pages import PAGES

#: the widest a page name is shown on one line in the navigator (pixels of text)
NAVIGATOR_WIDTH = 175
NAVIGATOR_POINTS = 11  # the navigator's font size
NAVIGATOR_PADDING = 7  # pixels above and below a row's text
NAVIGATOR_ROOM = 48  # pixels of a row beside its text: padding, frame, selection


class ViewCode:
    """Imports the views' modules one a call, in navigator order, until all are loaded.

    The opener hands it to CaseFile.open as `while_checking`: SQLite checks a large file
    on other threads, and this thread, idle otherwise, loads the code each view needs
    on its first showing. A small file's checks end before it is called at all.
    """

    def __init__(self) -> None:
        self._waiting = [page.load for page in PAGES]

    def __call__(self) -> bool:
        """Load the next view's module; whether any is left."""
        if self._waiting:
            self._waiting.pop(0)()
        return bool(self._waiting)


class MessageBar(QFrame):
    """A calm strip above the views: the read-only banner, notices, refused undos."""

    STYLES = {
        "read_only": "background: #fff4ce; border: 1px solid #e0c85a;",
        "info": "background: #e8f1fb; border: 1px solid #a9c7ea;",
        "warning": "background: #fde7e4; border: 1px solid #e3a59c;",
    }

    def __init__(self, severity: str, text: str, *, closable: bool = True) -> None:
        super().__init__()
        self.setObjectName(f"bar_{severity}")
        self.setStyleSheet(
            f"#{self.objectName()} {{ {self.STYLES[severity]} border-radius: 4px; }}"
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        self.buttons = layout
        if closable:
            close = QPushButton(self.tr("Dismiss"))
            close.setFlat(True)
            close.clicked.connect(self.hide)
            layout.addWidget(close)

    def add_button(self, text: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(handler)
        self.buttons.insertWidget(1, button)
        return button


class Workspace(QWidget):
    """Everything shown while a case is open."""

    #: a view asked the window to say something in the status bar
    message_posted = Signal(str)
    #: the current view changed, or what Add means in it
    view_changed = Signal()
    #: the read-only banner's "Save a copy to edit" was pressed
    save_copy_requested = Signal()

    def __init__(
        self,
        session: CaseSession,
        parent: QWidget | None = None,
        *,
        view_options: ViewOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._view_options = view_options or ViewOptions()
        self._views: dict[int, View] = {}
        self.bars = QVBoxLayout()
        self.bars.setSpacing(4)
        if session.read_only:
            # the store's reason in the user's language (the system's words about a file
            # that cannot be read are shown as they are)
            reason = said(session.case.read_only_reason) or self.tr("opened read-only")
            # %1: why the case is read-only ("opened read-only as asked")
            banner = MessageBar(
                "read_only",
                arg(
                    self.tr("<b>Read-only</b> (%1). Nothing you do here changes this file."),
                    html.escape(reason),
                ),
                closable=False,
            )
            banner.add_button(self.tr("Save a copy to edit…"), self.save_copy_requested.emit)
            self.bars.addWidget(banner)
            self.banner: MessageBar | None = banner
        else:
            self.banner = None
        for notice in session.case.notices:
            if self.banner is not None and notice.about == "read_only":
                continue  # the banner says it, with its button
            self.post_bar(notice.severity if notice.severity in MessageBar.STYLES else "info",
                          sentence(without_commands(said(notice.message))))  # fmt: skip
        session.error_occurred.connect(
            lambda message: self.post_bar(
                "warning", arg(self.tr("Could not apply that change: %1"), message)
            )
        )

        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.addItems([page.label for page in PAGES])
        self.navigator.setWordWrap(True)  # a label longer than NAVIGATOR_WIDTH takes two lines
        self._size_navigator()
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setSpacing(1)
        self.navigator.setIconSize(QSize(0, 0))
        self.navigator.setStyleSheet(
            "#navigator { border: none; background: palette(window);"
            f" font-size: {NAVIGATOR_POINTS}pt; }}"
            f"#navigator::item {{ padding: {NAVIGATOR_PADDING}px 10px; border-radius: 4px; }}"
            "#navigator::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        for _ in PAGES:
            self.stack.addWidget(QWidget())
        self.navigator.currentRowChanged.connect(self._on_navigator_current_row_changed)

        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(self.navigator)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self.bars)
        layout.addLayout(body, 1)
        self.navigator.setCurrentRow(0)

    def _size_navigator(self) -> None:
        """As wide as the longest page name, up to NAVIGATOR_WIDTH (a longer translation,
        "Фотографии и документы", wraps), never narrower than its longest word; a row
        with a wrapped name as tall as its lines (the list measures a row as one line)."""
        font = QFont(self.navigator.font())
        font.setPointSizeF(NAVIGATOR_POINTS)
        metrics = QFontMetrics(font)
        labels = [p.label for p in PAGES]
        longest = max(metrics.horizontalAdvance(label) for label in labels)
        word = max(metrics.horizontalAdvance(w) for label in labels for w in label.split())
        text_width = max(min(longest, NAVIGATOR_WIDTH), word)
        self.navigator.setFixedWidth(text_width + NAVIGATOR_ROOM)
        for row, label in enumerate(labels):
            if metrics.horizontalAdvance(label) > text_width:
                lines = metrics.boundingRect(
                    QRect(0, 0, text_width, 1000), Qt.TextFlag.TextWordWrap, label
                )
                height = lines.height() + 2 * NAVIGATOR_PADDING + 2
                self.navigator.item(row).setSizeHint(QSize(text_width, height))

    # -- views ------------------------------------------------------------------------------------

    def view(self, row: int) -> View:
        """The view of a navigator row, built on first use."""
        if row not in self._views:
            view = PAGES[row].load()(self.session, self._view_options)
            assert isinstance(view, QWidget), f"{PAGES[row].title}: a view is a QWidget"
            self._views[row] = view
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            view.jump_requested.connect(self.show_item)
            view.message_posted.connect(self.message_posted)
            view.actions_changed.connect(self.view_changed)
        return self._views[row]

    def built_views(self) -> list[View]:
        return [self._views[row] for row in sorted(self._views)]

    def current_view(self) -> View:
        return self.view(max(0, self.navigator.currentRow()))

    def show_page(self, row: int) -> None:
        self.navigator.setCurrentRow(row)

    def _on_navigator_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        view = self.view(row)
        assert isinstance(view, QWidget)
        self.stack.setCurrentWidget(view)
        self.view_changed.emit()

    def show_item(self, kind: str, item_id: str) -> bool:
        """Switch to the view that holds the item and select it there."""
        rows = [i for i, page in enumerate(PAGES) if kind in page.kinds]
        rows += [i for i in range(len(PAGES)) if i not in rows]
        for row in rows:
            if row not in rows[:1] and row not in self._views:
                continue  # only ask views that exist, beyond the one made for the kind
            if self.view(row).show_item(kind, item_id):
                self.navigator.setCurrentRow(row)
                return True
        self.message_posted.emit(self.tr("That item is no longer in the case."))
        return False

    def commit_pending(self) -> None:
        for view in self.built_views():
            view.commit_pending()

    # -- messages ---------------------------------------------------------------------------------

    def post_bar(self, severity: str, text: str) -> MessageBar:
        bar = MessageBar(severity, text)
        self.bars.addWidget(bar)
        return bar

    @property
    def path(self) -> Path:
        return self.session.case.path

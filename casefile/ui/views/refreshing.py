"""Base of the views that redraw themselves from the case after it changes.

A burst of changes (an import, an undo of many steps) costs one refresh, and a hidden
view only notes that it is out of date and refreshes when it is next shown.
"""

from __future__ import annotations

from typing import Self

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from casefile.ui.case.session import CaseSession
from casefile.ui.views import ViewOptions


class RefreshingView(QWidget):
    """Subclasses build their widgets, implement refresh(), and connect
    `session.case_changed` to `_on_session_case_changed` once they are ready."""

    #: the user activated an item shown here (double-click or Enter): kind and id
    item_activated = Signal(str, str)
    #: the same, as the workspace hears it (the View protocol)
    jump_requested = Signal(str, str)
    #: a line for the status bar
    message_posted = Signal(str)
    #: never emitted: what Add and Delete mean stays the same in these views
    actions_changed = Signal()
    #: these views add nothing and delete nothing unless a subclass says otherwise
    add_label: str | None = None
    can_delete = False

    @classmethod
    def build(cls, session: CaseSession, options: ViewOptions) -> Self:
        """The view for a page of the workspace (see casefile.ui.views)."""
        return cls(session)

    def __init__(
        self, session: CaseSession, parent: QWidget | None = None, *, dirty: bool = False
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.item_activated.connect(self.jump_requested)
        self._dirty = dirty
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        raise NotImplementedError

    def show_item(self, kind: str, item_id: str) -> bool:
        return False

    def add_item(self) -> None:
        pass

    def delete_selected(self) -> bool:
        return False

    def commit_pending(self) -> None:
        pass

    def catch_up(self) -> None:
        """Refresh now if a change is waiting for the coalescing timer: for a caller about
        to look something up in what the view shows (an item an undo just restored)."""
        if self._dirty:
            self._refresh_timer.stop()
            self.refresh()

    def _on_session_case_changed(self, kind: str, ids: list) -> None:
        """Coalesce a burst of changes into one refresh; a hidden view waits until shown."""
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_timer.start()

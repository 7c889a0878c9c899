"""Work to run once a window has first been painted.

What start-up leaves out to show the window sooner, the app loads then, while the user
looks at the window rather than waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `callback` once, on the event loop's next turn after `widget`'s first paint
    (so after its children's too), then stays out of the way. A filter installed later
    on the same widget sees that paint first, and its own next-turn work runs first."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False

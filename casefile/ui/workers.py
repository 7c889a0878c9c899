"""What tasks on Qt's thread pool share: telling the GUI thread how they ended."""

from __future__ import annotations

from typing import Any


def emit_if_alive(signal: Any, *args: Any) -> None:
    """Emit a worker's signal, unless the object carrying it was deleted meanwhile (the
    window closed, or the app quit, while the work ran): then nobody is left to tell,
    and PySide would print "Signal source has been deleted" from the pool thread."""
    try:
        signal.emit(*args)
    except RuntimeError:
        pass

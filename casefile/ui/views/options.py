"""What some views need from the window beyond the session, in a module of its own so
that the views can import it without importing the package that lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.ui.views.listcolumns import ColumnStore


@dataclass(frozen=True)
class ViewOptions:
    """What some views need from the window beyond the session (read when used)."""

    default_currency: Callable[[], str] = field(default=lambda: "EUR")
    folder: Callable[[], Path] = field(default=Path.home)
    #: where lists keep their columns' arrangement (none: as first shown)
    settings: ColumnStore | None = None

"""The views the navigator shows, one per part of a case: what each must offer (the
pages and their factories are in views/pages.py).

Every view (Overview, Parties, Damage, Notes, Meetings & follow-ups, Photos &
documents, Site plan, Timeline, Audit log, Review) is a `QWidget` built from the session
by its page's factory. It refreshes itself from `session.case_changed(kind, ids)` ("*" = anything
changed), never runs SQL, and writes only through the session's undoable methods; when
`session.read_only` is true, every editing control is disabled or hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from casefile.ui.views.options import ViewOptions

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from casefile.ui.case.session import CaseSession
    from casefile.ui.views.itemlist import ItemListPane


class View(Protocol):
    """What the workspace and the main window ask of every view."""

    #: what the navigator lists
    title: str

    @property
    def jump_requested(self) -> SignalInstance:
        """The user asked to open another item: kind and id."""
        ...

    @property
    def message_posted(self) -> SignalInstance:
        """A line for the status bar."""
        ...

    @property
    def actions_changed(self) -> SignalInstance:
        """What Add or Delete mean in the view changed (another tab came to the front)."""
        ...

    @property
    def add_label(self) -> str | None:
        """What Edit > Add says in this view; None where there is nothing to add."""
        ...

    @property
    def can_delete(self) -> bool:
        """Whether Edit > Delete acts in this view."""
        ...

    def show_item(self, kind: str, item_id: str) -> bool:
        """Select the item if this view holds it, and say whether it did (search
        results and links jump through this)."""
        ...

    def add_item(self) -> None: ...

    def delete_selected(self) -> bool: ...

    def commit_pending(self) -> None:
        """Write what is still being typed (before the case closes)."""
        ...


@runtime_checkable
class ListHolder(Protocol):
    """A view showing a list that File > Export list and Print list act on."""

    def list_pane(self) -> ItemListPane: ...


#: builds a view for the session: each view class's `build` classmethod
ViewFactory = Callable[["CaseSession", ViewOptions], View]

"""The views the navigator shows, one per part of a case.

The contract every view follows (Overview, Parties, Damage, Notes, Meetings &
follow-ups, Photos & documents, Timeline, Audit log):

- A `QWidget` subclass constructed as `View(session: CaseSession, parent=None)`; extra
  constructor arguments, if any, are keyword-only with defaults.
- A class attribute `title: str`: what the navigator lists.
- It refreshes itself from `session.case_changed(kind, ids)` ("*" = anything changed);
  it never runs SQL and writes only through the session's undoable methods.
- When `session.read_only` is true, every editing control is disabled or hidden.
- `show_item(kind: str, item_id: str) -> bool`: select the item if it belongs to this
  view and return True; return False otherwise (search results and links jump
  through this).

Optional, picked up by the main window when present:

- `jump_requested = Signal(str, str)`: the user asked to open another item.
- `message_posted = Signal(str)`: a line for the status bar.
- `add_label: str` and `add_item() -> None`: what Edit > Add does in this view.
- `delete_selected() -> bool`: what Edit > Delete does in this view.
- `commit_pending() -> None`: write what is still being typed (before close).
"""

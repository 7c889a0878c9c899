"""The open case as the GUI sees it: the CaseFile, its undo stack, and change signals.

Every edit in every view goes through here: widget -> CaseSession method -> CaseFile
API -> an undo command on the stack -> `case_changed(kind, ids)` -> models refresh.
The API call runs before the command is pushed, so a refused edit raises to the
caller (which shows the message) and never lands on the stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casefile.store import CaseFile, CaseFileError
from casefile.store.records import Snapshot
from casefile.store.rows import record_values
from casefile.store.vocab import KIND_LABELS


class CaseSession(QObject):
    """Owns the open CaseFile for one main window; closes it on close()."""

    #: kind ("incident", "party", … or "*" for everything) and the ids that changed
    case_changed = Signal(str, list)
    #: an undo or redo that the case file refused (e.g. the file changed on disk)
    error_occurred = Signal(str)
    #: after each successful write: tells the status bar "saved"
    saved = Signal()
    #: whether some field holds typed text not yet written (its user has not left it)
    typing_changed = Signal(bool)
    #: an undo brought back a deleted item (kind, id): the window shows it
    item_restored = Signal(str, str)
    #: an undo or redo changed an item's fields (kind, id): the window shows it, as the
    #: change may be in a view not shown
    item_reverted = Signal(str, str)

    def __init__(self, case: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)
        self._ids: dict[str, list[str]] = {}
        self._typing: set[object] = set()
        self._refused: dict[object, str] = {}

    def ids(self, kind: str) -> list[str]:
        """`case.ids(kind)`, read once and shared until that kind changes: the lists,
        pickers and photo owners of a large case asked for the same 20,000 ids a dozen
        times on their first showing. A new list each call; callers may keep it."""
        if kind not in self._ids:
            self._ids[kind] = self.case.ids(kind)
        return list(self._ids[kind])

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def note_typing(self, field: object, typing: bool) -> None:
        """A form reports a field whose typed text is, or no longer is, unwritten.

        A field is written when its user presses Enter or leaves it. Until then the
        status bar must not read "All changes saved": DESIGN.md promises that a crash
        loses nothing shown as saved, and a crash would lose that text.
        """
        was = bool(self._typing)
        if typing:
            self._typing.add(field)
        else:
            self._typing.discard(field)
            self._refused.pop(field, None)
        if bool(self._typing) != was:
            self.typing_changed.emit(bool(self._typing))

    @property
    def typing(self) -> bool:
        return bool(self._typing)

    def note_refused(self, field: object, label: str | None) -> None:
        """A form reports a field whose typed value was refused (`label` names it to the
        user), or, with None, that it holds a refused value no more. Such a value is
        still unwritten: it is lost on quitting unless its user says so first."""
        before = dict(self._refused)
        if label is None:
            self._refused.pop(field, None)
        else:
            self._refused[field] = label
            self._typing.add(field)
        if self._refused != before:
            self.typing_changed.emit(bool(self._typing))

    @property
    def refused(self) -> list[str]:
        """The labels of the fields holding a refused value, in the order refused."""
        return list(self._refused.values())

    def close(self) -> None:
        self.undo_stack.clear()
        self.case.close()

    # -- edits (each one undoable) --------------------------------------------------

    def add(self, kind: str, /, **fields: Any) -> Any:
        record = self.case.add(kind, **fields)
        self.undo_stack.push(_AddCommand(self, kind, record.id, _title(kind, record)))
        self._changed(kind, [record.id])
        return record

    def update(self, kind: str, item_id: str, /, **changes: Any) -> Any:
        before = self.case.get(kind, item_id)
        record = self.case.update(kind, item_id, **changes)
        old = record_values(kind, before)
        new = record_values(kind, record)
        changed = {k: v for k, v in old.items() if new[k] != v}
        if changed:
            redo = {k: new[k] for k in changed}
            self.undo_stack.push(
                _UpdateCommand(self, kind, item_id, changed, redo, _title(kind, record))
            )
            self._changed(kind, [item_id])
        return record

    def update_incident(self, **changes: Any) -> Any:
        return self.update("incident", self.case.incident().id, **changes)

    def delete(self, kind: str, item_id: str) -> None:
        record = self.case.get(kind, item_id)
        snapshot = self.case.delete(kind, item_id)
        self.undo_stack.push(_DeleteCommand(self, snapshot, _title(kind, record)))
        self._changed("*", [item_id])

    def add_attachments(
        self, files: Sequence[tuple[bytes, str]], *, to: str | None = None, caption: str = ""
    ) -> list[Any]:
        records = self.case.add_attachments(files, to=to, caption=caption)
        if records:
            self.undo_stack.push(_AttachCommand(self, [r.id for r in records], to))
            self._changed("attachment", [r.id for r in records])
            if to is not None:
                self._changed(self.case.kind_of(to), [to])
        return records

    # -- plumbing ------------------------------------------------------------------------

    def _changed(self, kind: str, ids: list[str]) -> None:
        if kind == "*":
            self._ids.clear()
        else:
            self._ids.pop(kind, None)
        self.saved.emit()
        self.case_changed.emit(kind, ids)

    def _guard(self, action: Any) -> bool:
        """Run an undo or redo; a refusal is reported, and False."""
        try:
            action()
        except CaseFileError as exc:
            self.error_occurred.emit(str(exc))
            return False
        return True


#: how a field reads in the Undo and Redo menu items, where its name is not enough
_FIELD_WORDS = {
    "party_ids": "parties",
    "note_ids": "notes",
    "attachment_ids": "photos and documents",
    "represents_id": "represents",
    "source_party_id": "source",
    "owner_id": "owner",
    "meeting_id": "meeting",
    "held_at": "time",
    "occurred_at": "time",
    "estimated_cost": "estimate",
}


def _field_words(name: str) -> str:
    return _FIELD_WORDS.get(name, name.replace("_", " "))


def _title(kind: str, record: Any) -> str:
    name = getattr(record, "title", None) or getattr(record, "name", None) or ""
    name = getattr(record, "filename", None) or name
    short = name if len(name) <= 40 else name[:39] + "…"
    return f"{KIND_LABELS.get(kind, kind)} “{short}”"


class _DoneCommand(QUndoCommand):
    """A change the session has already made when it is pushed: QUndoStack.push() calls
    redo() at once, and that first call must not make the change a second time."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.redo_again()

    def redo_again(self) -> None:
        raise NotImplementedError


class _AddCommand(_DoneCommand):
    def __init__(self, session: CaseSession, kind: str, item_id: str, title: str) -> None:
        super().__init__(f"Add {title}")
        self._session, self._kind, self._id = session, kind, item_id
        self._snapshot: Snapshot | None = None

    def redo_again(self) -> None:
        if self._snapshot is not None:
            snapshot = self._snapshot
            self._session._guard(lambda: self._session.case.restore(snapshot))
            self._session._changed("*", [self._id])

    def undo(self) -> None:
        def run() -> None:
            self._snapshot = self._session.case.delete(self._kind, self._id)

        self._session._guard(run)
        self._session._changed("*", [self._id])


class _UpdateCommand(_DoneCommand):
    def __init__(
        self,
        session: CaseSession,
        kind: str,
        item_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        title: str,
    ) -> None:
        fields = ", ".join(_field_words(name) for name in sorted(old))
        super().__init__(f"Edit {fields} of {title}")
        self._session, self._kind, self._id = session, kind, item_id
        self._old, self._new = old, new

    def redo_again(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, values: dict[str, Any]) -> None:
        done = self._session._guard(
            lambda: self._session.case.update(self._kind, self._id, **values)
        )
        self._session._changed(self._kind, [self._id])
        if done:
            self._session.item_reverted.emit(self._kind, self._id)


class _DeleteCommand(_DoneCommand):
    def __init__(self, session: CaseSession, snapshot: Snapshot, title: str) -> None:
        super().__init__(f"Delete {title}")
        self._session, self._snapshot = session, snapshot

    def redo_again(self) -> None:
        def run() -> None:
            self._snapshot = self._session.case.delete(self._snapshot.kind, self._snapshot.id)

        self._session._guard(run)
        self._session._changed("*", [self._snapshot.id])

    def undo(self) -> None:
        restored = self._session._guard(lambda: self._session.case.restore(self._snapshot))
        self._session._changed("*", [self._snapshot.id])
        if restored:
            self._session.item_restored.emit(self._snapshot.kind, self._snapshot.id)


class _AttachCommand(_DoneCommand):
    def __init__(self, session: CaseSession, ids: list[str], owner: str | None) -> None:
        count = len(ids)
        super().__init__(f"Add {count} attachment{'s' if count != 1 else ''}")
        self._session, self._ids, self._owner = session, ids, owner
        self._snapshots: list[Snapshot] = []

    def redo_again(self) -> None:
        def run() -> None:
            for snapshot in self._snapshots:
                self._session.case.restore(snapshot)
            self._snapshots = []

        self._session._guard(run)
        self._session._changed("*", list(self._ids))

    def undo(self) -> None:
        def run() -> None:
            self._snapshots = [
                self._session.case.delete("attachment", i) for i in reversed(self._ids)
            ]
            self._snapshots.reverse()

        self._session._guard(run)
        self._session._changed("*", list(self._ids))

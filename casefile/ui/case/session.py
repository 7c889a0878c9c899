"""The open case as the GUI sees it: the CaseFile, its undo stack, and change signals.

Every edit in every view goes through here: widget -> CaseSession method -> CaseFile
API -> an undo command on the stack -> `case_changed(kind, ids)` -> models refresh.
The API call runs before the command is pushed, so a refused edit raises to the
caller (which shows the message) and never lands on the stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casefile.store import (
    CaseFile,
    CaseFileError,
    CommentRecord,
    PinRecord,
    PlanRecord,
    PlanSnapshot,
    SealRecord,
    SigningKey,
    Snapshot,
    record_values,
)
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, arg, english_plural

#: the translation context of the Undo and Redo menu items' words
CONTEXT = "UndoSteps"


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
        pickers and photo owners of a case all ask for the same ids when first shown.
        A new list each call; callers may keep it."""
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

    def update_many(self, kind: str, item_ids: Sequence[str], /, **changes: Any) -> list[Any]:
        """Set the same fields of several items in one transaction and one undoable step
        (a bulk edit of a list's selection). A refusal raises and changes nothing."""
        before = {r.id: record_values(kind, r) for r in self.case.records(kind, ids=item_ids)}
        records = self.case.update_many(kind, {item_id: changes for item_id in item_ids})
        old: dict[str, dict[str, Any]] = {}
        new: dict[str, dict[str, Any]] = {}
        for record in records:
            was, now = before[record.id], record_values(kind, record)
            changed = {k: v for k, v in was.items() if now[k] != v}
            if changed:
                old[record.id] = changed
                new[record.id] = {k: now[k] for k in changed}
        if old:
            fields = sorted({name for values in old.values() for name in values})
            title = _title(kind, records[0]) if len(old) == 1 else _WORDS.several(kind, len(old))
            text = _edit_text(fields, title)
            self.undo_stack.push(_UpdateManyCommand(self, kind, old, new, text))
            self._changed(kind, list(old))
        return records

    def update_incident(self, **changes: Any) -> Any:
        return self.update("incident", self.case.incident().id, **changes)

    def delete(self, kind: str, item_id: str) -> None:
        _, refused = self.delete_many(kind, [item_id])
        if refused is not None:
            raise refused

    def delete_many(self, kind: str, item_ids: Sequence[str]) -> tuple[int, CaseFileError | None]:
        """Delete items of one kind as one undoable step (several are named by their
        kind in the Undo menu, "Delete 3 files"). An item the case refuses ends the run; those
        deleted before it stay deleted, one step to undo. How many were deleted, and
        the refusal if there was one."""
        snapshots: list[Snapshot] = []
        refused: CaseFileError | None = None
        title = ""
        for item_id in item_ids:
            try:
                title = _title(kind, self.case.get(kind, item_id))
                snapshots.append(self.case.delete(kind, item_id))
            except CaseFileError as exc:
                refused = exc
                break
        if snapshots:
            if len(snapshots) > 1:
                title = _WORDS.several(kind, len(snapshots))
            self.undo_stack.push(_DeleteCommand(self, snapshots, title))
            self._changed("*", [snapshot.id for snapshot in snapshots])
        return len(snapshots), refused

    def add_attachments(
        self,
        files: Sequence[tuple[bytes, str]],
        *,
        to: str | None = None,
        caption: str = "",
        run: object | None = None,
    ) -> list[Any]:
        """Attach files as one undoable step; the batches of one `run` (any object the
        caller keeps for the run) are one step together."""
        records = self.case.add_attachments(files, to=to, caption=caption)
        if records:
            self.undo_stack.push(_AttachCommand(self, [r.id for r in records], run))
            self._changed("attachment", [r.id for r in records])
            if to is not None:
                self._changed(self.case.kind_of(to), [to])
        return records

    # -- site plans and pins ----------------------------------------------------------

    def add_plan(self, data: bytes, filename: str, *, name: str) -> PlanRecord:
        plan = self.case.add_plan(data, filename, name=name)
        self.undo_stack.push(_AddPlanCommand(self, plan))
        self._changed("site_plan", [plan.id])
        return plan

    def rename_plan(self, plan_id: str, name: str) -> PlanRecord:
        before = self.case.plan(plan_id)
        plan = self.case.update_plan(plan_id, name=name)
        if plan.name != before.name:
            self.undo_stack.push(_RenamePlanCommand(self, plan_id, before.name, plan.name))
            self._changed("site_plan", [plan_id])
        return plan

    def delete_plan(self, plan_id: str) -> None:
        snapshot = self.case.delete_plan(plan_id)
        self.undo_stack.push(_DeletePlanCommand(self, snapshot))
        self._changed("site_plan", [plan_id])

    def pin(self, plan_id: str, item_id: str, x: float, y: float, *, label: str) -> PinRecord:
        """Pin a damage item or a photo on a plan; `label` names it in the Undo menu."""
        pin = self.case.pin(plan_id, item_id, x, y)
        text = arg(QCoreApplication.translate("UndoSteps", "Pin %1"), label)
        self.undo_stack.push(_PinCommand(self, [pin], text, removes=False))
        self._changed("plan_pin", [pin.id])
        return pin

    def move_pin(self, pin: PinRecord, x: float, y: float, *, label: str) -> PinRecord:
        """Move a pin from where `pin` has it."""
        moved = self.case.move_pin(pin.id, x, y)
        if (moved.x, moved.y) != (pin.x, pin.y):
            text = arg(QCoreApplication.translate("UndoSteps", "Move the pin of %1"), label)
            self.undo_stack.push(_MovePinCommand(self, pin, moved, text))
            self._changed("plan_pin", [pin.id])
        return moved

    def unpin(self, pin_ids: Sequence[str], *, label: str) -> None:
        """Remove pins as one undoable step."""
        removed = [self.case.unpin(pin_id) for pin_id in pin_ids]
        if removed:
            text = arg(QCoreApplication.translate("UndoSteps", "Unpin %1"), label)
            self.undo_stack.push(_PinCommand(self, removed, text, removes=True))
            self._changed("plan_pin", [pin.id for pin in removed])

    # -- review: seals and comments (not undoable: a seal is signed, a comment resolved) ---

    def seal(self, key: SigningKey, *, state: str, comment: str = "") -> SealRecord:
        record = self.case.seal(key, state=state, comment=comment)
        self._changed("seal", [record.id])
        return record

    def add_comment(self, item_id: str, body: str) -> CommentRecord:
        record = self.case.add_comment(item_id, body)
        self._changed("review_comment", [record.id])
        return record

    def resolve_comment(self, comment_id: str, resolved: bool) -> CommentRecord:
        record = self.case.resolve_comment(comment_id, resolved)
        self._changed("review_comment", [record.id])
        return record

    # -- plumbing ------------------------------------------------------------------------

    def _changed(self, kind: str, ids: list[str]) -> None:
        if kind == "*":
            self._ids.clear()
        else:
            self._ids.pop(kind, None)
        self.saved.emit()
        self.case_changed.emit(kind, ids)

    # -- undo and redo -------------------------------------------------------------------

    def undo(self) -> bool:
        """Undo the last step in the case, then move the stack; whether it was undone.
        A refusal (the file changed on disk, say) is reported through `error_occurred`
        and leaves the stack as it was, still offering the same Undo."""
        stack = self.undo_stack
        return stack.canUndo() and self._step(stack.index() - 1, undo=True)

    def redo(self) -> bool:
        """Redo the step last undone, as `undo` does; whether it was redone."""
        stack = self.undo_stack
        return stack.canRedo() and self._step(stack.index(), undo=False)

    def _step(self, index: int, *, undo: bool) -> bool:
        command = self.undo_stack.command(index)
        assert isinstance(command, _Command), "every step is pushed by the session"
        try:
            command.undo_in_case() if undo else command.redo_in_case()
        except CaseFileError as exc:
            self.error_occurred.emit(full_message(exc))
            return False
        finally:
            self._changed(*command.changed())
        if undo:
            self.undo_stack.undo()
        else:
            self.undo_stack.redo()
        command.shown(undo)
        return True


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: how a field reads in the Undo and Redo menu items ("Edit place of …"), in English
_FIELD_WORDS = {
    "addressee": QT_TRANSLATE_NOOP("UndoSteps", "to"),
    "affiliation": QT_TRANSLATE_NOOP("UndoSteps", "affiliation"),
    "all_day": QT_TRANSLATE_NOOP("UndoSteps", "all day"),
    "assessed_at": QT_TRANSLATE_NOOP("UndoSteps", "assessed at"),
    "assessed_by": QT_TRANSLATE_NOOP("UndoSteps", "assessed by"),
    "attachment_ids": QT_TRANSLATE_NOOP("UndoSteps", "photos and documents"),
    "body": QT_TRANSLATE_NOOP("UndoSteps", "body"),
    "caption": QT_TRANSLATE_NOOP("UndoSteps", "caption"),
    "captured_at": QT_TRANSLATE_NOOP("UndoSteps", "captured at"),
    "category": QT_TRANSLATE_NOOP("UndoSteps", "category"),
    "classification": QT_TRANSLATE_NOOP("UndoSteps", "classification"),
    "clearances": QT_TRANSLATE_NOOP("UndoSteps", "clearances"),
    "contact": QT_TRANSLATE_NOOP("UndoSteps", "contact"),
    "country": QT_TRANSLATE_NOOP("UndoSteps", "country"),
    "currency": QT_TRANSLATE_NOOP("UndoSteps", "currency"),
    "date": QT_TRANSLATE_NOOP("UndoSteps", "date"),
    "deadline": QT_TRANSLATE_NOOP("UndoSteps", "deadline"),
    "decisions_sought": QT_TRANSLATE_NOOP("UndoSteps", "decisions sought"),
    "description": QT_TRANSLATE_NOOP("UndoSteps", "description"),
    "drafted_by": QT_TRANSLATE_NOOP("UndoSteps", "drafted by"),
    "drafted_on": QT_TRANSLATE_NOOP("UndoSteps", "drafted on"),
    "due_date": QT_TRANSLATE_NOOP("UndoSteps", "due date"),
    "estimated_cost": QT_TRANSLATE_NOOP("UndoSteps", "estimate"),
    "exchange_rates": QT_TRANSLATE_NOOP("UndoSteps", "exchange rates"),
    "filename": QT_TRANSLATE_NOOP("UndoSteps", "file name"),
    "held_at": QT_TRANSLATE_NOOP("UndoSteps", "time"),
    "internal": QT_TRANSLATE_NOOP("UndoSteps", "internal"),
    "kind": QT_TRANSLATE_NOOP("UndoSteps", "kind"),
    "location": QT_TRANSLATE_NOOP("UndoSteps", "location"),
    "meeting_id": QT_TRANSLATE_NOOP("UndoSteps", "meeting"),
    "name": QT_TRANSLATE_NOOP("UndoSteps", "name"),
    "native_name": QT_TRANSLATE_NOOP("UndoSteps", "native name"),
    "note_ids": QT_TRANSLATE_NOOP("UndoSteps", "notes"),
    "occurred_at": QT_TRANSLATE_NOOP("UndoSteps", "time"),
    "outcomes": QT_TRANSLATE_NOOP("UndoSteps", "outcomes"),
    "owner_id": QT_TRANSLATE_NOOP("UndoSteps", "owner"),
    "participants": QT_TRANSLATE_NOOP("UndoSteps", "participants"),
    "party_ids": QT_TRANSLATE_NOOP("UndoSteps", "parties"),
    "place": QT_TRANSLATE_NOOP("UndoSteps", "place"),
    "purpose": QT_TRANSLATE_NOOP("UndoSteps", "purpose"),
    "quantity": QT_TRANSLATE_NOOP("UndoSteps", "quantity"),
    "recommendation": QT_TRANSLATE_NOOP("UndoSteps", "recommendation"),
    "reference": QT_TRANSLATE_NOOP("UndoSteps", "reference"),
    "reporting_currency": QT_TRANSLATE_NOOP("UndoSteps", "reporting currency"),
    "represents_id": QT_TRANSLATE_NOOP("UndoSteps", "represents"),
    "role": QT_TRANSLATE_NOOP("UndoSteps", "role"),
    "sender": QT_TRANSLATE_NOOP("UndoSteps", "from"),
    "severity": QT_TRANSLATE_NOOP("UndoSteps", "severity"),
    "source_party_id": QT_TRANSLATE_NOOP("UndoSteps", "source"),
    "status": QT_TRANSLATE_NOOP("UndoSteps", "status"),
    "summary": QT_TRANSLATE_NOOP("UndoSteps", "summary"),
    "timezone": QT_TRANSLATE_NOOP("UndoSteps", "time zone"),
    "title": QT_TRANSLATE_NOOP("UndoSteps", "title"),
    "unit_cost": QT_TRANSLATE_NOOP("UndoSteps", "unit cost"),
}
#: an item of each kind named in the Undo and Redo menu items; %1: its title or name
_ITEM_NAMES = {
    "incident": QT_TRANSLATE_NOOP("UndoSteps", "Incident “%1”"),
    "party": QT_TRANSLATE_NOOP("UndoSteps", "Party “%1”"),
    "note": QT_TRANSLATE_NOOP("UndoSteps", "Note “%1”"),
    "damage_item": QT_TRANSLATE_NOOP("UndoSteps", "Damage item “%1”"),
    "meeting": QT_TRANSLATE_NOOP("UndoSteps", "Meeting “%1”"),
    "follow_up": QT_TRANSLATE_NOOP("UndoSteps", "Follow-up “%1”"),
    "attachment": QT_TRANSLATE_NOOP("UndoSteps", "Attachment “%1”"),
}
#: an item of a kind the Undo menu has no word for; %1: its title or name
_ANY_ITEM = QT_TRANSLATE_NOOP("UndoSteps", "Item “%1”")


def _field_words(name: str) -> str:
    words = _FIELD_WORDS.get(name)
    return _tr(words) if words is not None else name.replace("_", " ")


def _edit_text(fields: Sequence[str], title: str) -> str:
    """ "Edit place, time of Meeting “Summons”": what a change of fields undoes."""
    # %1: the fields changed ("place, time"), %2: the item or items
    return arg(
        QCoreApplication.translate("UndoSteps", "Edit %1 of %2"),
        ", ".join(_field_words(f) for f in fields),
        title,
    )


def _title(kind: str, record: Any) -> str:
    name = getattr(record, "title", None) or getattr(record, "name", None) or ""
    name = getattr(record, "filename", None) or name
    short = name if len(name) <= 40 else name[:39] + "…"
    return arg(_tr(_ITEM_NAMES.get(kind, _ANY_ITEM)), short)


class UndoSteps(QObject):
    """The Undo menu's counted words (Qt's translation tools read plural forms only from
    an object's tr); its name is the translation context of every undo step's words."""

    def several(self, kind: str, count: int) -> str:
        """Several items of a kind, counted: "3 damage items"."""
        if kind == "party":
            counted = self.tr("%Ln part(y|ies)", "", count)
        elif kind == "note":
            counted = self.tr("%Ln note(s)", "", count)
        elif kind == "damage_item":
            counted = self.tr("%Ln damage item(s)", "", count)
        elif kind == "meeting":
            counted = self.tr("%Ln meeting(s)", "", count)
        elif kind == "follow_up":
            counted = self.tr("%Ln follow-up(s)", "", count)
        elif kind == "attachment":
            counted = self.tr("%Ln file(s)", "", count)
        else:  # a kind the Undo menu has no word for
            counted = self.tr("%Ln item(s)", "", count)
        return english_plural(counted, count)

    def attachments_added(self, count: int) -> str:
        return english_plural(self.tr("Add %Ln attachment(s)", "", count), count)


_WORDS = UndoSteps()


class _Command(QUndoCommand):
    """An edit the session has already made in the case when it is pushed.

    QUndoStack moves its index whatever a command's undo() and redo() do, so a refused
    undo would leave the stack offering to redo a change that was never undone. The
    session therefore makes the change in the case first (`undo_in_case`,
    `redo_in_case`, which raise CaseFileError when refused) and steps the stack only
    once the case took it; undo() and redo() themselves only let the stack move.
    """

    def __init__(self, session: CaseSession, text: str) -> None:
        super().__init__(text)
        self._session = session

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass

    def undo_in_case(self) -> None:
        raise NotImplementedError

    def redo_in_case(self) -> None:
        raise NotImplementedError

    def changed(self) -> tuple[str, list[str]]:
        """The kind and ids an undo or redo touched, even a refused one (it may have
        changed part of them): the views refresh those."""
        raise NotImplementedError

    def shown(self, undone: bool) -> None:
        """After the stack moved: tell the window what to show."""


class _AddCommand(_Command):
    def __init__(self, session: CaseSession, kind: str, item_id: str, title: str) -> None:
        super().__init__(session, arg(QCoreApplication.translate("UndoSteps", "Add %1"), title))
        self._kind, self._id = kind, item_id
        self._snapshot: Snapshot | None = None

    def redo_in_case(self) -> None:
        if self._snapshot is not None:
            self._session.case.restore(self._snapshot)
            self._snapshot = None

    def undo_in_case(self) -> None:
        self._snapshot = self._session.case.delete(self._kind, self._id)

    def changed(self) -> tuple[str, list[str]]:
        return "*", [self._id]


class _UpdateCommand(_Command):
    def __init__(
        self,
        session: CaseSession,
        kind: str,
        item_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        title: str,
    ) -> None:
        super().__init__(session, _edit_text(sorted(old), title))
        self._kind, self._id = kind, item_id
        self._old, self._new = old, new

    def redo_in_case(self) -> None:
        self._session.case.update(self._kind, self._id, **self._new)

    def undo_in_case(self) -> None:
        self._session.case.update(self._kind, self._id, **self._old)

    def changed(self) -> tuple[str, list[str]]:
        return self._kind, [self._id]

    def shown(self, undone: bool) -> None:
        self._session.item_reverted.emit(self._kind, self._id)


class _UpdateManyCommand(_Command):
    """Fields of several items changed in one step; undone and redone in one transaction."""

    def __init__(
        self,
        session: CaseSession,
        kind: str,
        old: dict[str, dict[str, Any]],
        new: dict[str, dict[str, Any]],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self._kind, self._old, self._new = kind, old, new

    def redo_in_case(self) -> None:
        self._session.case.update_many(self._kind, self._new)

    def undo_in_case(self) -> None:
        self._session.case.update_many(self._kind, self._old)

    def changed(self) -> tuple[str, list[str]]:
        return self._kind, list(self._old)

    def shown(self, undone: bool) -> None:
        self._session.item_reverted.emit(self._kind, next(iter(self._old)))  # its view


class _DeleteCommand(_Command):
    """Deletes one item or several of one kind as one step. An undo refused half-way
    keeps what it restored, and Undo restores the rest."""

    def __init__(self, session: CaseSession, snapshots: list[Snapshot], title: str) -> None:
        super().__init__(session, arg(QCoreApplication.translate("UndoSteps", "Delete %1"), title))
        self._ids = [snapshot.id for snapshot in snapshots]
        self._kind = snapshots[0].kind
        self._deleted = list(snapshots)  # what is deleted now, in the order deleted

    def redo_in_case(self) -> None:
        for item_id in self._ids[len(self._deleted) :]:
            self._deleted.append(self._session.case.delete(self._kind, item_id))

    def undo_in_case(self) -> None:
        while self._deleted:
            self._session.case.restore(self._deleted[-1])
            self._deleted.pop()

    def changed(self) -> tuple[str, list[str]]:
        return "*", list(self._ids)

    def shown(self, undone: bool) -> None:
        if undone:
            self._session.item_restored.emit(self._kind, self._ids[0])


#: QUndoCommand.id() of the attach commands that merge into one step (see `run`)
_ATTACH_ID = 1


class _AttachCommand(_Command):
    """Attaching files: one step, also when a run of batches is attached (every batch
    of one `run` merges into the command before it)."""

    def __init__(self, session: CaseSession, ids: list[str], run: object | None) -> None:
        super().__init__(session, "")
        self._ids, self._run = ids, run
        self._snapshots: list[Snapshot] = []
        self._name()

    def _name(self) -> None:
        count = len(self._ids)
        self.setText(_WORDS.attachments_added(count))

    def id(self) -> int:
        return _ATTACH_ID if self._run is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _AttachCommand) or other._run is not self._run:
            return False
        self._ids += other._ids
        self._name()
        return True

    def redo_in_case(self) -> None:
        while self._snapshots:
            self._session.case.restore(self._snapshots[0])
            self._snapshots.pop(0)

    def undo_in_case(self) -> None:
        for item_id in reversed(self._ids[: len(self._ids) - len(self._snapshots)]):
            self._snapshots.insert(0, self._session.case.delete("attachment", item_id))

    def changed(self) -> tuple[str, list[str]]:
        return "*", list(self._ids)


class _AddPlanCommand(_Command):
    def __init__(self, session: CaseSession, plan: PlanRecord) -> None:
        super().__init__(
            session,
            arg(QCoreApplication.translate("UndoSteps", "Add the site plan “%1”"), plan.name),
        )
        self._id = plan.id
        self._snapshot: PlanSnapshot | None = None

    def redo_in_case(self) -> None:
        if self._snapshot is not None:
            self._session.case.restore_plan(self._snapshot)
            self._snapshot = None

    def undo_in_case(self) -> None:
        self._snapshot = self._session.case.delete_plan(self._id)

    def changed(self) -> tuple[str, list[str]]:
        return "site_plan", [self._id]


class _RenamePlanCommand(_Command):
    def __init__(self, session: CaseSession, plan_id: str, old: str, new: str) -> None:
        super().__init__(
            session, arg(QCoreApplication.translate("UndoSteps", "Rename the site plan “%1”"), old)
        )
        self._id, self._old, self._new = plan_id, old, new

    def redo_in_case(self) -> None:
        self._session.case.update_plan(self._id, name=self._new)

    def undo_in_case(self) -> None:
        self._session.case.update_plan(self._id, name=self._old)

    def changed(self) -> tuple[str, list[str]]:
        return "site_plan", [self._id]


class _DeletePlanCommand(_Command):
    """Deleting a plan takes its pins; undo brings both back."""

    def __init__(self, session: CaseSession, snapshot: PlanSnapshot) -> None:
        super().__init__(
            session,
            arg(
                QCoreApplication.translate("UndoSteps", "Delete the site plan “%1”"),
                snapshot.plan.name,
            ),
        )
        self._snapshot = snapshot

    def redo_in_case(self) -> None:
        self._snapshot = self._session.case.delete_plan(self._snapshot.plan.id)

    def undo_in_case(self) -> None:
        self._session.case.restore_plan(self._snapshot)

    def changed(self) -> tuple[str, list[str]]:
        return "site_plan", [self._snapshot.plan.id]


class _PinCommand(_Command):
    """Pins placed (removes=False) or removed (removes=True); the other way round puts
    them back with their ids."""

    def __init__(
        self, session: CaseSession, pins: list[PinRecord], text: str, *, removes: bool
    ) -> None:
        super().__init__(session, text)
        self._pins, self._removes = pins, removes

    def _remove(self) -> None:
        for pin in self._pins:
            self._session.case.unpin(pin.id)

    def _put_back(self) -> None:
        self._session.case.restore_pins(self._pins)

    def redo_in_case(self) -> None:
        self._remove() if self._removes else self._put_back()

    def undo_in_case(self) -> None:
        self._put_back() if self._removes else self._remove()

    def changed(self) -> tuple[str, list[str]]:
        return "plan_pin", [pin.id for pin in self._pins]


class _MovePinCommand(_Command):
    def __init__(self, session: CaseSession, old: PinRecord, new: PinRecord, text: str) -> None:
        super().__init__(session, text)
        self._old, self._new = old, new

    def redo_in_case(self) -> None:
        self._session.case.move_pin(self._new.id, self._new.x, self._new.y)

    def undo_in_case(self) -> None:
        self._session.case.move_pin(self._old.id, self._old.x, self._old.y)

    def changed(self) -> tuple[str, list[str]]:
        return "plan_pin", [self._old.id]

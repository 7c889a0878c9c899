"""The audit log as a table model that pages in older entries as the user scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from casefile.store import KIND_LABELS, CaseFile, ChangeRecord, FieldChange
from casefile.ui.models.listed import ListedTableModel
from casefile.ui.models.roles import answered
from casefile.ui.models.vocabulary import choice_label, context_of, kind_name
from casefile.ui.support.formatting import date_text, money_text, stamp_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, english_plural

SeqRole = Qt.ItemDataRole.UserRole + 1
EntityIdRole = Qt.ItemDataRole.UserRole + 2
EntityRole = Qt.ItemDataRole.UserRole + 3
_ANSWERED = answered(
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SeqRole, EntityIdRole, EntityRole
)

HEADERS = (
    QT_TRANSLATE_NOOP("AuditModel", "When (local)"),
    QT_TRANSLATE_NOOP("AuditModel", "Who"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Kind"),
    QT_TRANSLATE_NOOP("AuditModel", "Item"),
    QT_TRANSLATE_NOOP("AuditModel", "Changes"),
)
#: what an entry did, as the log stores it and as the user reads it
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "create"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "update"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "delete"),
    "restore": QT_TRANSLATE_NOOP("AuditModel", "restore"),
    "import": QT_TRANSLATE_NOOP("AuditModel", "import"),
    "merge": QT_TRANSLATE_NOOP("AuditModel", "merge"),
    "seal": QT_TRANSLATE_NOOP("AuditModel", "seal"),
    "release": QT_TRANSLATE_NOOP("AuditModel", "release"),
}
#: the stored fields as a change names them (a field not here: its name, spaced)
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Fields", "title"),
    "reference": QT_TRANSLATE_NOOP("Fields", "reference"),
    "occurred_at": QT_TRANSLATE_NOOP("Fields", "occurred at"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "time zone"),
    "location": QT_TRANSLATE_NOOP("Fields", "location"),
    "summary": QT_TRANSLATE_NOOP("Fields", "summary"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "classification": QT_TRANSLATE_NOOP("Fields", "classification"),
    "reporting_currency": QT_TRANSLATE_NOOP("Fields", "reporting currency"),
    "exchange_rates": QT_TRANSLATE_NOOP("Fields", "exchange rates"),
    "sender": QT_TRANSLATE_NOOP("Fields", "from"),
    "addressee": QT_TRANSLATE_NOOP("Fields", "to"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "purpose"),
    "recommendation": QT_TRANSLATE_NOOP("Fields", "recommendation"),
    "decisions_sought": QT_TRANSLATE_NOOP("Fields", "decisions sought"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "deadline"),
    "drafted_by": QT_TRANSLATE_NOOP("Fields", "drafted by"),
    "drafted_on": QT_TRANSLATE_NOOP("Fields", "drafted on"),
    "clearances": QT_TRANSLATE_NOOP("Fields", "clearances"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "native_name": QT_TRANSLATE_NOOP("Fields", "native name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "role": QT_TRANSLATE_NOOP("Fields", "role"),
    "country": QT_TRANSLATE_NOOP("Fields", "country"),
    "affiliation": QT_TRANSLATE_NOOP("Fields", "affiliation"),
    "contact": QT_TRANSLATE_NOOP("Fields", "contact"),
    "represents_id": QT_TRANSLATE_NOOP("Fields", "represents"),
    "body": QT_TRANSLATE_NOOP("Fields", "text"),
    "date": QT_TRANSLATE_NOOP("Fields", "date"),
    "source_party_id": QT_TRANSLATE_NOOP("Fields", "source"),
    "internal": QT_TRANSLATE_NOOP("Fields", "internal"),
    "party_ids": QT_TRANSLATE_NOOP("Fields", "parties"),
    "attachment_ids": QT_TRANSLATE_NOOP("Fields", "files"),
    "category": QT_TRANSLATE_NOOP("Fields", "category"),
    "description": QT_TRANSLATE_NOOP("Fields", "description"),
    "severity": QT_TRANSLATE_NOOP("Fields", "severity"),
    "estimated_cost": QT_TRANSLATE_NOOP("Fields", "estimated cost"),
    "currency": QT_TRANSLATE_NOOP("Fields", "currency"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "quantity"),
    "unit_cost": QT_TRANSLATE_NOOP("Fields", "unit cost"),
    "assessed_by": QT_TRANSLATE_NOOP("Fields", "assessed by"),
    "assessed_at": QT_TRANSLATE_NOOP("Fields", "assessed at"),
    "held_at": QT_TRANSLATE_NOOP("Fields", "held at"),
    "all_day": QT_TRANSLATE_NOOP("Fields", "all day"),
    "place": QT_TRANSLATE_NOOP("Fields", "place"),
    "outcomes": QT_TRANSLATE_NOOP("Fields", "outcomes"),
    "participants": QT_TRANSLATE_NOOP("Fields", "participants"),
    "note_ids": QT_TRANSLATE_NOOP("Fields", "notes"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "owner"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "due date"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "meeting"),
    "filename": QT_TRANSLATE_NOOP("Fields", "file name"),
    "caption": QT_TRANSLATE_NOOP("Fields", "caption"),
    "captured_at": QT_TRANSLATE_NOOP("Fields", "taken at"),
    # a site plan's and a pin's
    "media_type": QT_TRANSLATE_NOOP("Fields", "type"),
    "size": QT_TRANSLATE_NOOP("Fields", "size"),
    "width": QT_TRANSLATE_NOOP("Fields", "width"),
    "height": QT_TRANSLATE_NOOP("Fields", "height"),
    "plan_id": QT_TRANSLATE_NOOP("Fields", "plan"),
    "damage_item_id": QT_TRANSLATE_NOOP("Fields", "damage item"),
    "attachment_id": QT_TRANSLATE_NOOP("Fields", "file"),
    # a seal's and a review comment's
    "case_id": QT_TRANSLATE_NOOP("Fields", "case"),
    "seq": QT_TRANSLATE_NOOP("Fields", "entry"),
    "head": QT_TRANSLATE_NOOP("Fields", "chain head"),
    "state": QT_TRANSLATE_NOOP("Fields", "state"),
    "comment": QT_TRANSLATE_NOOP("Fields", "comment"),
    "signer": QT_TRANSLATE_NOOP("Fields", "signer"),
    "public_key": QT_TRANSLATE_NOOP("Fields", "public key"),
    "signature": QT_TRANSLATE_NOOP("Fields", "signature"),
    "item_kind": QT_TRANSLATE_NOOP("Fields", "item kind"),
    "item_id": QT_TRANSLATE_NOOP("Fields", "item"),
    "author": QT_TRANSLATE_NOOP("Fields", "author"),
    "resolved_at": QT_TRANSLATE_NOOP("Fields", "resolved at"),
    "resolved_by": QT_TRANSLATE_NOOP("Fields", "resolved by"),
}
# fields whose value is another item's id, and the kind of that item ("": the kind the
# case cannot list, named only from the log's own entries); a plain comment, as lupdate
# hands a "#:" one to translators as the next message's comment
LINK_FIELDS = {
    "owner_id": "party",
    "represents_id": "party",
    "source_party_id": "party",
    "meeting_id": "meeting",
    "damage_item_id": "damage_item",
    "attachment_id": "attachment",
    "plan_id": "",
    "case_id": "incident",
    "item_id": "",
}

PAGE = 200
_TITLE_FIELDS = ("title", "name", "filename")
# what names an entry of a kind that has no title in the Item column
_NAME_FIELDS = {"review_comment": "body", "seal": "signer"}
# a pin is named by what it pins
_NAMED_BY_LINK = {"plan_pin": ("attachment_id", "damage_item_id", "item_id")}
_SHORT = 40

Index = QModelIndex | QPersistentModelIndex


class AuditWords(QObject):
    """The audit log's words that depend on a count (lupdate reads plural forms from
    a QObject's tr only)."""

    def items(self, count: int) -> str:
        return english_plural(self.tr("%n item(s)", "", count), count)


_WORDS = AuditWords()


def short_value(value: object, limit: int = _SHORT) -> str:
    """A value as it fits in a table cell: lists by count, long text cut."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return _WORDS.items(len(value))
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditModel", "yes")
            if value
            else QCoreApplication.translate("AuditModel", "no")
        )
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_name(field: str) -> str:
    """A stored field as a change names it, in the app's language."""
    source = FIELD_NAMES.get(field)
    return (
        field.replace("_", " ") if source is None else QCoreApplication.translate("Fields", source)
    )


def action_name(action: str) -> str:
    """What an entry did, in the app's language; an action not known here as stored."""
    source = ACTIONS.get(action)
    return action if source is None else QCoreApplication.translate("AuditModel", source)


#: fields the log keeps as ISO days, and as ISO instants
_DAYS = frozenset({"date", "due_date"})
_INSTANTS = frozenset({"occurred_at", "held_at", "assessed_at", "captured_at"})


def _value(kind: str, field: str, value: object, names: Mapping[str, str] | None = None) -> object:
    """A vocabulary value (a severity, a status) as the user reads it, a day or an
    instant as the app's language writes it (the instant in this computer's time, as
    the log's "When"), a linked item by its name where `names` knows it; others as kept."""
    if not isinstance(value, str) or not value:
        return value
    if field in LINK_FIELDS and names is not None:
        return names.get(value, value)
    if field == "item_kind":  # what a review comment is on
        return kind_name(value)
    if kind == "seal" and field == "state":
        from casefile.ui.tasks.review import state_name  # the Review menu's words

        return state_name(value)
    if context_of(kind, field) is not None:
        return choice_label(kind, field, value)
    try:
        if field in _DAYS:
            return date_text(dt.date.fromisoformat(value))
        if field in _INSTANTS:
            return stamp_text(dt.datetime.fromisoformat(value))
    except ValueError:  # not as the log writes it: shown as kept
        pass
    return value


def describe_change(
    action: str,
    change: FieldChange,
    limit: int = _SHORT,
    kind: str = "",
    names: Mapping[str, str] | None = None,
) -> str:
    name = field_name(change.field)
    old = short_value(_value(kind, change.field, change.old, names), limit)
    new = short_value(_value(kind, change.field, change.new, names), limit)
    if action in ("create", "restore"):
        return f"{name}: {new}"
    if action == "delete":
        return f"{name}: {old}"
    return f"{name}: {old} → {new}"


def readable_changes(record: ChangeRecord, currency: str | None = None) -> tuple[FieldChange, ...]:
    """The entry's changes with costs as money ("150,000.00 UAH"), not the minor units
    the log keeps (15000000), which a reviewer would read as a hundred times the cost.
    The entry's own currency change is used where it has one, else `currency` (the
    item's); without either the number stays as kept."""
    by_field = {c.field: c for c in record.changes}
    cost = by_field.get("estimated_cost")
    if cost is None:
        return record.changes
    code = by_field.get("currency")
    old_code = (code.old if code else None) or currency
    new_code = (code.new if code else None) or currency

    def money(value: object, currency_code: object) -> object:
        if type(value) is int and isinstance(currency_code, str) and currency_code:
            return money_text(value, currency_code)
        return value

    readable = FieldChange(cost.field, money(cost.old, old_code), money(cost.new, new_code))
    return tuple(readable if c is cost else c for c in record.changes)


def describe_changes(
    record: ChangeRecord,
    limit: int = _SHORT,
    currency: str | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """Compact: the fields that changed, in one line (the tooltip has one per line)."""
    if record.withheld:
        return QCoreApplication.translate("AuditModel", "values withheld in this copy")
    if not record.changes:
        # a delete written before deletes kept the values they removed
        return (
            QCoreApplication.translate("AuditModel", "values not recorded")
            if record.action == "delete"
            else ""
        )
    changes = readable_changes(record, currency)
    return "; ".join(
        describe_change(record.action, c, limit, record.entity, names) for c in changes
    )


def local_time(at: dt.datetime) -> str:
    return stamp_text(at, seconds=True)


class AuditModel(ListedTableModel):
    """Newest first; fetchMore reads the next page by key (seq), so scrolling stays cheap."""

    headers = HEADERS
    heading_context = "AuditModel"

    def __init__(self, case: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._rows: list[ChangeRecord] = []
        self._titles: dict[str, str] = {}
        self._currencies: dict[str, str] = {}
        self._pinned: dict[str, str] = {}  # pin id -> the pinned item's id
        self._exhausted = False

    def reload(self) -> None:
        """Back to the newest page (after a change, new entries sit at the top)."""
        self.beginResetModel()
        self._rows = []
        self._titles = {}
        self._currencies = {}
        self._pinned = {}
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def record(self, row: int) -> ChangeRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        self._fetch(PAGE)

    def fetch_all(self) -> None:
        """Every entry not yet read, in one query: Ctrl+End goes to the case's first entry."""
        if not self._exhausted:
            self._fetch(None)

    def _fetch(self, limit: int | None) -> None:
        before = self._rows[-1].seq if self._rows else None
        page = self._case.audit_log(limit=limit, before_seq=before)
        if limit is None or len(page) < limit:
            self._exhausted = True
        if not page:
            return
        self._learn_items(page)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _learn_items(self, page: list[ChangeRecord]) -> None:
        """Item names, and the currency of costs: from the entries themselves (newest
        first, so a deleted item's own delete entry comes first), else from the case
        (one query per kind)."""
        wanted: dict[str, set[str]] = {}
        for record in page:
            self._learn_from_entry(record)
            if self._still_unknown(record) and record.entity in KIND_LABELS:
                wanted.setdefault(record.entity, set()).add(record.entity_id)
            for kind, linked in self._links(record):
                if linked not in self._titles and kind in KIND_LABELS:
                    wanted.setdefault(kind, set()).add(linked)
        for kind, ids in wanted.items():
            for item in self._case.records(kind, sorted(ids)):
                self._learn_from_item(item)

    def _learn_from_entry(self, record: ChangeRecord) -> None:
        name_field = _NAME_FIELDS.get(record.entity)
        for change in record.changes:
            value = change.new if change.new not in (None, "") else change.old
            if not isinstance(value, str) or not value:
                continue
            if change.field in _TITLE_FIELDS:
                self._titles.setdefault(record.entity_id, value)
            elif change.field == name_field:
                self._titles.setdefault(record.entity_id, short_value(value))
            if change.field in _NAMED_BY_LINK.get(record.entity, ()):
                self._pinned.setdefault(record.entity_id, value)
            if change.field == "currency":
                self._currencies.setdefault(record.entity_id, value)

    @staticmethod
    def _links(record: ChangeRecord) -> list[tuple[str, str]]:
        """The items the entry's changes point at, as (kind, id)."""
        item_kind = next((c.new or c.old for c in record.changes if c.field == "item_kind"), "")
        links = []
        for change in record.changes:
            kind = LINK_FIELDS.get(change.field)
            if kind is None:
                continue
            if change.field == "item_id":
                kind = item_kind if isinstance(item_kind, str) else ""
            for value in (change.old, change.new):
                if isinstance(value, str) and value:
                    links.append((kind, value))
        return links

    def _still_unknown(self, record: ChangeRecord) -> bool:
        """Whether the entries left the item's name, or a cost's currency, unknown."""
        if record.entity_id not in self._titles:
            return True
        costs = any(c.field == "estimated_cost" for c in record.changes)
        return costs and record.entity_id not in self._currencies

    def _learn_from_item(self, item: Any) -> None:
        titles = [getattr(item, f, "") for f in _TITLE_FIELDS]
        title = next((t for t in titles if t), "")
        if title:
            self._titles.setdefault(item.id, title)
        if getattr(item, "currency", ""):
            self._currencies.setdefault(item.id, item.currency)

    def title_of(self, record: ChangeRecord) -> str:
        pinned = self._pinned.get(record.entity_id)
        if pinned is not None and pinned in self._titles:
            return self._titles[pinned]
        return self._titles.get(record.entity_id, record.entity_id[:8])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        if role == SeqRole:
            return record.seq
        if role == EntityIdRole:
            return record.entity_id
        if role == EntityRole:
            return record.entity
        return None

    def _display(self, record: ChangeRecord, column: int) -> str:
        if column == 0:
            return local_time(record.at)
        if column == 1:
            return record.actor
        if column == 2:
            return action_name(record.action)
        if column == 3:
            return kind_name(record.entity)
        if column == 4:
            return self.title_of(record)
        return describe_changes(
            record, currency=self._currencies.get(record.entity_id), names=self._titles
        )

    def _tooltip(self, record: ChangeRecord) -> str:
        changes = readable_changes(record, self._currencies.get(record.entity_id))
        lines = [
            describe_change(record.action, c, 400, record.entity, self._titles) for c in changes
        ]
        head = QCoreApplication.translate("AuditModel", "Entry {seq}").format(seq=record.seq)
        head = f"{head} · {record.at.isoformat()} · {record.entity_id}"
        return "\n".join([head, *lines])

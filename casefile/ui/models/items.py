"""The table model every list view uses: ids in memory, display rows fetched in blocks.

Only the ordered ids of a kind live in the model, which keeps even a large case's
lists small in memory. Rows are asked from `case.records(kind, ids=[…])` a block at a time when a
view first paints them, turned into display text once, and cached. Edits arrive as
`case_changed(kind, ids)`: changed rows are refetched, added and removed rows are
inserted and removed, so views keep their selection and scroll position.

The model sorts (by a column's sort keys) and filters (every typed word somewhere in
the row) by itself, so a view shows it directly: a sort/filter proxy between them would
map every row and every painted cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from casefile.ui.case.session import CaseSession
from casefile.ui.models.collation import sort_key
from casefile.ui.models.facets import Facet, Option, Values, passing
from casefile.ui.models.roles import IdRole, KindRole, SortRole, answered
from casefile.ui.models.table import FlatTableModel, Index
from casefile.ui.models.vocabulary import choice_labels
from casefile.ui.support.formatting import (
    count_text,
    local_stamp,
    moment_samples,
    sort_instant,
    stamp_text,
    whole_number,
)
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: names of referenced items (id -> display name), filled per block
Names = dict[str, str]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID, _KIND, _SORT = int(IdRole), int(KindRole), int(SortRole)
_ANSWERED = answered(_DISPLAY, Qt.ItemDataRole.ToolTipRole, _ALIGNMENT, _ID, _KIND, _SORT)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: the translation context of the columns' titles
COLUMN_CONTEXT = "Columns"

BLOCK = 64  # rows per fetch: a screenful or two, and no more before the first paint
RESET_OVER = 200  # more structural changes than this and a reset is cheaper


#: when a column shows by default: always; when the list has room for it (columns
#: left to right); or only when the user asks for it (header's context menu)
Shown = Literal["always", "room", "asked"]


@dataclass(frozen=True)
class Column:
    """One column: its header, its text for a record, how it sorts, and how it starts out
    (its width and whether it is shown before the user chooses). The title is English
    (marked for translation in COLUMN_CONTEXT): a list's stored arrangement names its
    columns by title, whatever the language; `heading` is what the user reads."""

    title: str
    text: Callable[[Any, Names], str]
    sort: Callable[[Any, Names], Any] | None = None
    align_right: bool = False
    # its width in English where `fits` does not measure it (free text, a title)
    width: int = 110
    shown: Shown = "always"
    #: takes the room a wide list has to spare (a title or a name)
    grows: bool = False
    # a vocabulary's label, which still reads cut: in a narrow list it gives up room
    # after the titles, before a date or an amount is cut
    gives_way: bool = False
    #: what an exported table holds for this column: typed cells (a number, a date)
    #: under `cell_titles`; None: the text shown, under the title
    cells: Callable[[Any, Names], tuple[Any, ...]] | None = None
    cell_titles: tuple[str, ...] = ()
    # every shape of text the column shows (a vocabulary's labels, a date in the
    # locale's format, a large amount), in the app's language: the list measures them
    # once and the column starts as wide as the widest; None: `width`
    fits: Callable[[], Iterable[str]] | None = None

    @property
    def heading(self) -> str:
        """The title in the app's language: the list's header, its menu of columns."""
        return QCoreApplication.translate(COLUMN_CONTEXT, self.title)

    def export_titles(self) -> tuple[str, ...]:
        """The headings of the cells an exported table holds, in the app's language."""
        titles = self.cell_titles if self.cells is not None else (self.title,)
        return tuple(QCoreApplication.translate(COLUMN_CONTEXT, title) for title in titles)

    def export_cells(self, record: Any, names: Names) -> tuple[Any, ...]:
        return self.cells(record, names) if self.cells is not None else (self.text(record, names),)


@dataclass(frozen=True, slots=True)
class _Row:
    texts: tuple[str, ...]
    #: by column; None where a text column's key is not made yet (`_sort_key`)
    sort_keys: list[Any]


#: the key under which a block's names carry the incident's time zone, for columns that
#: show a time where the incident happened
INCIDENT_ZONE = "@incident-zone"


def labels_of(kind: str, field: str, *, blank: bool = False) -> Callable[[], list[str]]:
    """A vocabulary's labels in the app's language (`blank`: and an empty value's), as
    a column of them is measured."""
    return lambda: list(choice_labels(kind, field, blank=blank).values())


def count_samples() -> tuple[str, ...]:
    """The widest count a column of counts is made to hold."""
    return (whole_number(999),)


def count_column(title: str, field: str, *, width: int, shown: Shown) -> Column:
    """A column counting what an item lists in `field` (its parties, notes, files)."""
    return Column(
        title,
        lambda r, n: count_text(getattr(r, field)),
        lambda r, n: len(getattr(r, field)),
        align_right=True,
        width=width,
        shown=shown,
        fits=count_samples,
    )


def internal_text(internal: bool) -> str:
    """An internal item's mark in the lists' "Internal" column."""
    return QCoreApplication.translate("Columns", "internal") if internal else ""


def internal_samples() -> tuple[str, ...]:
    return (internal_text(True),)


def created_updated() -> tuple[Column, Column]:
    """When the app wrote an item first and last: columns every list offers."""
    return (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Created"),
            lambda r, n: stamp_text(r.created_at),
            lambda r, n: sort_instant(r.created_at),
            width=130,
            shown="asked",
            fits=moment_samples,
            cells=lambda r, n: (local_stamp(r.created_at),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Created"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Updated"),
            lambda r, n: stamp_text(r.updated_at),
            lambda r, n: sort_instant(r.updated_at),
            width=130,
            shown="asked",
            fits=moment_samples,
            cells=lambda r, n: (local_stamp(r.updated_at),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Updated"),),
        ),
    )


def caseless(text: str) -> str:
    """Text as the typed filter compares it: case folded, with İ and i one letter
    ("İcra" folds to "i" and a combining dot above, which is dropped, so that "icra"
    finds it as Azerbaijani and Turkish readers expect)."""
    return text.casefold().replace("\u0307", "")


def _sort_key(row: _Row, column: int) -> Any:
    """The row's key in a column: a text column's is made when first sorted by, in the
    alphabetical order of the app's language (collation.sort_key), and kept with the row."""
    key = row.sort_keys[column]
    if key is None:
        key = row.sort_keys[column] = sort_key(row.texts[column])
    return key


def _blank(columns: int) -> _Row:
    return _Row(("",) * columns, [""] * columns)


class ItemTableModel(FlatTableModel):
    """A kind's items as rows; subclasses name the kind, the columns, and what they show."""

    kind: ClassVar[str] = ""
    columns: ClassVar[tuple[Column, ...]] = ()
    #: other kinds whose edits change what these rows show (e.g. a party's name)
    depends_on: ClassVar[frozenset[str]] = frozenset()
    #: plain fields read for every item at once when a facet or a total needs them
    value_fields: ClassVar[tuple[str, ...]] = ()
    #: the drop-downs that narrow the list, tests over `value_fields`
    facets: ClassVar[tuple[Facet, ...]] = ()

    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ids: list[str] = session.ids(self.kind)
        self._row_of: dict[str, int] | None = None
        self._cache: dict[str, _Row] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: list[str] = []  # the filter's, case-folded
        #: the columns a typed filter looks in (those shown; None: all), and each row's
        #: text in them, case-folded, one per line
        self._match_columns: tuple[int, ...] | None = None
        self._folded: dict[str, str] = {}
        self._options: tuple[Option, ...] = ()  # the facet options chosen
        self._values: dict[str, Values] | None = None  # value_fields by id, once needed
        self._having: dict[tuple[int, Any], set[str]] = {}  # ids by one value, once asked
        self._zone: str | None = None  # the incident's, read when a block first needs it
        session.case_changed.connect(self._on_session_case_changed)

    # -- what views and tests ask ----------------------------------------------------------

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int:
        """The row of an id, or -1."""
        if self._row_of is None:
            self._row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        return self._row_of.get(item_id, -1)

    def ids(self) -> list[str]:
        return list(self._ids)

    def referenced(self, record: Any) -> Iterable[tuple[str, str]]:
        """(kind, id) of other items a row shows by name; such models override this."""
        return ()

    # -- Qt's model interface ----------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._ids)

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> str:
        return self.columns[section].heading

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._ids):
            return None
        item_id = self._ids[row]
        if role == _ID:
            return item_id
        if role == _KIND:
            return self.kind
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if self.columns[column].align_right else None
        cached = self._cache.get(item_id) or self._fetch_around(row)
        if role == _DISPLAY:
            return cached.texts[column]
        if role == _SORT:
            return _sort_key(cached, column)
        text = cached.texts[column]  # the tooltip: a text the column may have cut short
        return text if len(text) > 40 else None

    # -- fetching --------------------------------------------------------------------------------

    def _fetch_around(self, row: int) -> _Row:
        """Fetch the block holding `row`, skipping rows already cached."""
        start = row - row % BLOCK
        wanted = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        self._fill(wanted)
        item_id = self._ids[row]
        if item_id not in self._cache:  # deleted under us: show it blank until refreshed
            self._cache[item_id] = _blank(len(self.columns))
        return self._cache[item_id]

    def records_with_names(self, ids: Sequence[str]) -> tuple[list[Any], Names]:
        """The records of `ids` (in that order) and the names their columns show."""
        records = self._session.case.records(self.kind, ids=list(ids))
        return records, self._names_for(records)

    def _names_for(self, records: Sequence[Any]) -> Names:
        case = self._session.case
        wanted: dict[str, set[str]] = {}
        for record in records:
            for kind, ref in self.referenced(record):
                if ref:
                    wanted.setdefault(kind, set()).add(ref)
        names: Names = {INCIDENT_ZONE: self._incident_zone()}
        for kind, refs in wanted.items():
            names.update(case.names(kind, refs))
        return names

    def _fill(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        records, names = self.records_with_names(ids)
        for record in records:
            texts = tuple(c.text(record, names) for c in self.columns)
            keys = [c.sort(record, names) if c.sort is not None else None for c in self.columns]
            self._cache[record.id] = _Row(texts, keys)

    def _incident_zone(self) -> str:
        if self._zone is None:
            self._zone = self._session.case.incident().timezone
        return self._zone

    def fetch_all(self, ids: Sequence[str] | None = None) -> None:
        """Load the display text of every row (or of `ids`): sorting or filtering a whole
        column needs it."""
        missing = [i for i in (self._ids if ids is None else ids) if i not in self._cache]
        for start in range(0, len(missing), 900):
            self._fill(missing[start : start + 900])

    # -- filtering -------------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Show only the rows containing every word of `text`, in any column, in any case;
        punctuation is literal. No words: every row."""
        self.set_filter(text, self._options)

    def set_filter(self, text: str, options: Sequence[Option] = ()) -> None:
        """The typed words and the facets' chosen options at once: one pass over the rows."""
        words = [caseless(word) for word in text.split()]
        chosen = tuple(o for o in options if o.test is not None)
        if words == self._words and chosen == self._options:
            return
        self._words = words
        self._options = chosen
        self._apply_filter()

    def _apply_filter(self) -> None:
        shown = self._shown(self._session.ids(self.kind))
        if shown != self._ids:
            self.beginResetModel()
            self._ids = shown
            self._row_of = None
            self.endResetModel()

    def set_match_columns(self, columns: Sequence[int] | None) -> None:
        """The typed filter looks in these columns only (the ones the user sees)."""
        wanted = None if columns is None else tuple(sorted(columns))
        if wanted == self._match_columns:
            return
        self._match_columns = wanted
        self._folded.clear()
        if self._words:
            self._apply_filter()

    def _folded_text(self, item_id: str) -> str:
        found = self._folded.get(item_id)
        if found is None:
            row = self._cache.get(item_id)
            if row is None:
                return ""
            texts = row.texts
            if self._match_columns is not None:
                texts = tuple(texts[c] for c in self._match_columns if c < len(texts))
            found = self._folded[item_id] = caseless("\n".join(texts))
        return found

    def values(self) -> dict[str, Values]:
        """Every item's `value_fields`, by id: read at once when first asked, then kept
        current with each edit."""
        if self._values is None:
            self._values = self._session.case.field_values(self.kind, self.value_fields)
        return self._values

    def _ids_having(self, index: int, value: Any) -> set[str]:
        found = self._having.get((index, value))
        if found is None:
            found = {i for i, v in self.values().items() if v[index] == value}
            self._having[(index, value)] = found
        return found

    def values_loaded(self) -> bool:
        return self._values is not None

    def shown_values(self) -> list[Values]:
        """The values of the rows shown, in their order."""
        values = self.values()
        return [values[i] for i in self._ids if i in values]

    def filtering(self) -> bool:
        return bool(self._words or self._options)

    def total_count(self) -> int:
        """Rows there are, shown or filtered out."""
        return len(self._session.ids(self.kind))

    def _shown(self, ids: list[str]) -> list[str]:
        """The ids the filter lets through, in the current order."""
        if self._options:
            ids = passing(self.values(), ids, self._options, self._ids_having)
        if self._words:
            self.fetch_all(ids)
            folded = self._folded_text
            ids = [i for i in ids if all(w in folded(i) for w in self._words)]
        return self._ordered(ids)

    # -- sorting ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by a column's sort key (-1: the case's own order), keeping selections.

        Sorting here, in one `sorted()` over cached keys, takes milliseconds for 20,000
        rows; a proxy comparing pairs through data() would call Python a million times.
        """
        wanted = None if column < 0 or column >= len(self.columns) else (column, order)
        if wanted is None and self._sort is None:
            return  # already in the case's order (the view asks this once when it is set up)
        self._sort = wanted
        ordered = self._shown(self._session.ids(self.kind))
        if ordered != self._ids:
            self._reorder(ordered)

    def _ordered(self, ids: list[str]) -> list[str]:
        if self._sort is None:
            return ids
        column, order = self._sort
        self.fetch_all(ids)
        blank = _blank(len(self.columns))
        return sorted(
            ids,
            key=lambda i: _sort_key(self._cache.get(i, blank), column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # -- keeping up with edits -------------------------------------------------------------------

    def _on_session_case_changed(self, kind: str, ids: list[str]) -> None:
        if kind in ("*", "incident"):
            self._zone = None
        if kind == "*":
            self._cache.clear()
            self._folded.clear()
            self._values = None
            self._having.clear()
            self.refresh()
            self._emit_all_changed()
        elif kind == self.kind:
            for item_id in ids:
                self._cache.pop(item_id, None)
                self._folded.pop(item_id, None)
            self._reread_values(ids)
            self.refresh()
            for item_id in ids:
                row = self.row_of(item_id)
                if row >= 0:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.columns) - 1)
                    )
        elif kind in self.depends_on:
            self._cache.clear()
            self._folded.clear()
            self._emit_all_changed()

    def _reread_values(self, ids: list[str]) -> None:
        if self._values is None or not ids:
            return
        self._having.clear()
        if len(ids) > RESET_OVER:
            self._values = None  # read whole when next needed
            return
        fresh = self._session.case.field_values(self.kind, self.value_fields, ids)
        for item_id in ids:
            if item_id in fresh:
                self._values[item_id] = fresh[item_id]
            else:
                self._values.pop(item_id, None)

    def _emit_all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def refresh(self) -> None:
        """Bring the ids up to date with the file: remove, insert, then reorder."""
        new_ids = self._shown(self._session.ids(self.kind))
        if new_ids == self._ids:
            return
        old = set(self._ids)
        new = set(new_ids)
        removed = old - new
        added = [i for i in new_ids if i not in old]
        if len(removed) + len(added) > RESET_OVER:
            self.beginResetModel()
            self._ids = new_ids
            self._row_of = None
            self._cache.clear()
            self._folded.clear()
            self.endResetModel()
            return
        for item_id in sorted(removed, key=self.row_of, reverse=True):
            row = self.row_of(item_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._row_of = None
            self._cache.pop(item_id, None)
            self._folded.pop(item_id, None)
            self.endRemoveRows()
        if added:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._ids.extend(added)
            self._row_of = None
            self.endInsertRows()
        if self._ids != new_ids:
            self._reorder(new_ids)

    def _reorder(self, new_ids: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = self._ids
        self._ids = new_ids
        self._row_of = None
        moved = []
        for index in persistent:
            row = self.row_of(old_ids[index.row()]) if index.isValid() else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

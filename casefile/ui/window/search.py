"""Find (Ctrl+F): the case's full-text search, results grouped by kind; Enter jumps.

Typing searches after a short pause; Down moves into the results; Enter on a result
(or in the field, for the first result) jumps to the item and closes the panel. What
matched is shown in bold as the case writes it: "Lavrov" marks "Лавров".
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, SearchHit
from casefile.ui.case.session import CaseSession
from casefile.ui.models.roles import IdRole, KindRole, MarkedRole
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, arg

#: the groups of results, one per kind, in this order; in English (translated where shown)
GROUPS = {
    "incident": QT_TRANSLATE_NOOP("SearchResultsModel", "Incident"),
    "party": QT_TRANSLATE_NOOP("SearchResultsModel", "Parties"),
    "damage_item": QT_TRANSLATE_NOOP("SearchResultsModel", "Damage"),
    "note": QT_TRANSLATE_NOOP("SearchResultsModel", "Notes"),
    "meeting": QT_TRANSLATE_NOOP("SearchResultsModel", "Meetings"),
    "follow_up": QT_TRANSLATE_NOOP("SearchResultsModel", "Follow-ups"),
    "attachment": QT_TRANSLATE_NOOP("SearchResultsModel", "Photos & documents"),
}
DELAY_MS = 150
#: matches listed, best first; past it the panel says there are more
SHOWN = 200


class SearchResultsModel(QStandardItemModel):
    """Groups (one per kind, in a fixed order) with the hits under them."""

    def show_hits(self, hits: Sequence[SearchHit], *, more: bool = False) -> int:
        """List the hits under their kinds; `more`: these are the best of a longer list,
        so each group counts what it shows, not all there is."""
        self.clear()
        grouped: dict[str, list[SearchHit]] = {}
        for hit in hits:
            grouped.setdefault(hit.kind, []).append(hit)
        for kind, label in GROUPS.items():
            found = grouped.get(kind)
            if not found:
                continue
            # %1: the kind's group ("Parties"), %2: how many matches it lists
            counted = (
                self.tr("%1 (%2 shown)", "the best of more matches") if more else self.tr("%1 (%2)")
            )
            group = QStandardItem(arg(counted, self.tr(label), QLocale().toString(len(found))))
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for hit in found:
                untitled = self.tr("(untitled)")
                text = hit.title or untitled
                marked = marked_html(hit.title, hit.title_spans) if hit.title else untitled
                if hit.reference:
                    text = f"{hit.reference} {text}"
                    marked = f"{hit.reference} {marked}"
                if hit.snippet and hit.snippet != hit.title:
                    text += f" — {hit.snippet}"
                    marked += " — " + marked_html(hit.snippet, hit.snippet_spans)
                row = QStandardItem(" ".join(text.split()))
                row.setData(marked, MarkedRole)
                row.setEditable(False)
                row.setToolTip(hit.snippet)
                row.setData(hit.id, IdRole)
                row.setData(hit.kind, KindRole)
                group.appendRow(row)
            self.appendRow(group)
        return len(hits)


def marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` as HTML (escaped: user text is never markup) with each span in bold."""
    out, at = [], 0
    for start, end in spans:
        out.append(html.escape(text[at:start]))
        out.append("<b>" + html.escape(text[start:end]) + "</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class MarkedDelegate(QStyledItemDelegate):
    """Paints a row's MarkedRole HTML where the style would paint its text; rows
    without it (the kind groups) are painted as usual."""

    def document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        """The row's text laid out on one line, in the view's font."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        line = QTextOption(Qt.AlignmentFlag.AlignVCenter)
        line.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(line)
        document.setHtml("<p style='white-space:nowrap'>" + index.data(MarkedRole) + "</p>")
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(MarkedRole) is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        document = self.document(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        painter.setClipRect(area)
        painter.translate(area.left(), area.top() + (area.height() - document.size().height()) / 2)
        document.documentLayout().draw(painter, context)
        painter.restore()


class _QueryEdit(QLineEdit):
    def __init__(self, results: QTreeView) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._results.setFocus()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """A non-modal find panel over one open case."""

    #: the user chose a result: (kind, id)
    item_chosen = Signal(str, str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Find in this case"))
        self.model = SearchResultsModel(self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setItemDelegate(MarkedDelegate(self.results))
        self.results.activated.connect(self._on_results_activated)
        self.query = _QueryEdit(self.results)
        self.query.setPlaceholderText(self.tr("Search notes, parties, damage, meetings, files…"))
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(" ")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        session.case_changed.connect(self._on_session_case_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(560, 420)

    def start(self) -> None:
        """Show (or raise) the panel with the query selected for retyping."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if not text:
            self.model.clear()
            self.status.setText(" ")
            return
        try:
            hits = self._session.case.search(text, limit=SHOWN + 1)
        except CaseFileError as exc:
            self.status.setText(full_message(exc))
            return
        more = len(hits) > SHOWN
        count = self.model.show_hits(hits[:SHOWN], more=more)
        self.results.expandAll()
        if more:
            self.status.setText(
                self.tr(
                    "The best %Ln matches are shown, and there are more: add a word to narrow "
                    "the search. Enter opens the selected one.",
                    "",
                    SHOWN,
                )
            )
        elif not count:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(
                self.tr("%Ln found. Enter opens the selected one.", "matches", count)
            )
        first = self.first_result()
        if first.isValid():
            self.results.setCurrentIndex(first)

    def first_result(self) -> QModelIndex:
        group = self.model.index(0, 0)
        return self.model.index(0, 0, group) if group.isValid() else QModelIndex()

    def _on_query_return_pressed(self) -> None:
        if self._timer.isActive():
            self.run_search()
        current = self.results.currentIndex()
        self._choose(current if current.isValid() else self.first_result())

    def _on_results_activated(self, index: QModelIndex) -> None:
        self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KindRole), index.data(IdRole)
        if kind and item_id:
            self.item_chosen.emit(kind, item_id)
            self.hide()

    def _on_session_case_changed(self, kind: str, ids: list) -> None:
        if self.isVisible() and self.query.text().strip():
            self._timer.start()

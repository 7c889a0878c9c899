"""The Overview: the incident's facts, its review state, counts, damage chart, estimates
and open follow-ups."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.models.open_follow_ups import FollowUpsModel, IdRole
from casefile.ui.support.columns import fit_column, fixed_rows
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.formatting import date_text, money_text, sample_days, whole_number
from casefile.ui.support.store_errors import message_of
from casefile.ui.support.translation import arg, english_plural
from casefile.ui.views.estimates import missing_text, rates_text
from casefile.ui.views.overview_chart import DamageChart
from casefile.ui.views.overview_form import IncidentForm
from casefile.ui.views.overview_submission import SubmissionForm
from casefile.ui.views.refreshing import RefreshingView
from casefile.ui.views.review_state import review_sentence

#: the kinds counted under "In this case", in the order shown
COUNTED = ("party", "note", "damage_item", "meeting", "follow_up", "attachment")


#: the translation context of the open follow-ups' model
FOLLOW_UPS_CONTEXT = "FollowUpsModel"


def _model_words(*sources: str) -> list[str]:
    """Words of the open follow-ups' model as its cells show them (FollowUpsModel's
    context, in the models catalogue)."""
    return [QCoreApplication.translate(FOLLOW_UPS_CONTEXT, source) for source in sources]


class OverviewView(RefreshingView):
    """The case at a glance; the facts are edited here, everything else elsewhere."""

    title = "Overview"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, dirty=True)

        self.form = IncidentForm(session, self)
        self.error = ErrorLine(self)
        self.error.setObjectName("overview_error")
        self.form.error_changed.connect(self._on_form_error_changed)

        facts = QGroupBox(self.tr("Incident"), self)
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(self.form)
        facts_layout.addWidget(self.error)

        self.submission = SubmissionForm(session, self)
        self.submission.setObjectName("overview_submission")
        self.submission.message_posted.connect(self.message_posted)
        framing = QGroupBox(self.tr("Submission"), self)
        framing.setToolTip(self.tr("Printed on the brief's cover; empty fields are left out"))
        QVBoxLayout(framing).addWidget(self.submission)
        left = QVBoxLayout()
        left.addWidget(facts)
        left.addWidget(framing)
        left.addStretch(1)

        self.count_labels: dict[str, QLabel] = {}
        counts = QGroupBox(self.tr("In this case"), self)
        counts_layout = QGridLayout(counts)
        for position, kind in enumerate(COUNTED):
            label = QLabel(self)
            label.setObjectName(f"count_{kind}")
            self.count_labels[kind] = label
            counts_layout.addWidget(label, position // 3, position % 3)

        self.chart = DamageChart(self)
        chart_box = QGroupBox(self.tr("Damage by category and severity"), self)
        QVBoxLayout(chart_box).addWidget(self.chart)

        self.totals = QLabel(self)
        self.totals.setObjectName("estimate_totals")
        self.totals.setWordWrap(True)
        self.rates_button = QPushButton(self.tr("Currency and rates…"), self)
        self.rates_button.setToolTip(
            self.tr("The currency totals are given in, and the exchange rates")
        )
        self.rates_button.clicked.connect(self._on_rates_button_clicked)
        totals_box = QGroupBox(self.tr("Estimated cost"), self)
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.addWidget(self.totals)
        totals_layout.addWidget(self.rates_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.follow_ups = FollowUpsModel(self)
        self.follow_up_table = QTableView(self)
        fixed_rows(self.follow_up_table)
        self.follow_up_table.setModel(self.follow_ups)
        self.follow_up_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_up_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_up_table.setAlternatingRowColors(True)
        self.follow_up_table.setShowGrid(False)
        self.follow_up_table.setMinimumHeight(120)
        header = self.follow_up_table.horizontalHeader()
        self.follow_up_table.setWordWrap(False)
        # Title and owner share the room the date and state leave, two thirds to the
        # title (what is to be done), so no column is cut off behind a scroll bar at
        # 1024 px; a long owner keeps its start and its end ("Embassy of the… in
        # Ukraine"), which is where two embassies differ, and its tooltip names it whole.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.follow_up_table.viewport().installEventFilter(self)
        self.follow_up_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # the widest the cells read, in the model's own words (its catalogue translates them)
        no_date = _model_words("no date")
        fit_column(self.follow_up_table, 2, [*sample_days(date_text), *no_date])
        states = _model_words("Overdue", "Open", "Open, internal")  # the red "internal" ones elide
        fit_column(self.follow_up_table, 3, states, bold=True)
        self.follow_up_table.doubleClicked.connect(self._on_follow_up_table_double_clicked)
        self.follow_up_box = QGroupBox(self.tr("Open follow-ups"), self)
        QVBoxLayout(self.follow_up_box).addWidget(self.follow_up_table)

        self.review = QLabel(self)
        self.review.setObjectName("overview_review")
        self.review.setWordWrap(True)
        self.review_box = QGroupBox(self.tr("Review"), self)
        QVBoxLayout(self.review_box).addWidget(self.review)

        right = QVBoxLayout()
        right.addWidget(self.review_box)
        right.addWidget(counts)
        right.addWidget(chart_box)
        right.addWidget(totals_box)
        right.addWidget(self.follow_up_box, 1)

        body = QWidget(self)
        columns = QHBoxLayout(body)
        # The right column holds four columns of follow-ups and the chart: more room to
        # it than to the incident's form, whose fields read well narrower.
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        session.case_changed.connect(self._on_session_case_changed)
        self.refresh()

    # -- the view contract -----------------------------------------------------------------

    def show_item(self, kind: str, item_id: str) -> bool:
        """The incident is this view's; focus its title."""
        if kind != "incident":
            return False
        self.form.edits["title"].setFocus()
        return True

    def commit_pending(self) -> None:
        """Write what is still being typed (the main window calls this before closing)."""
        self.form.commit_pending()
        self.submission.commit()

    def refresh(self) -> None:
        """Reload everything from the case: a handful of small queries."""
        self._dirty = False
        case = self._session.case
        incident = case.incident()
        self.form.load(incident)
        self.submission.load_incident(incident)
        summary = case.summary()
        for kind in COUNTED:
            number = summary.counts.get(kind, 0)
            self.count_labels[kind].setText(
                f"<span style='font-size:15pt; font-weight:600'>"
                f"{whole_number(number)}</span><br>"
                f"{html.escape(self._counted(kind, number))}"
            )
        self.chart.set_counts(summary.damage_matrix)  # counted in SQL, not item by item
        lines = [money_text(total, currency) for currency, total in summary.totals.items()]
        text = "<br>".join(f"<b>{line}</b>" for line in lines)
        if summary.unassessed:
            count = summary.unassessed
            # one whole sentence each way: a language cannot be made to follow a colon
            without = (
                self.tr("%Ln damage item(s) (has|have) no estimate.", "", count)
                if text
                else self.tr("No estimates yet: %Ln damage item(s) (has|have) none.", "", count)
            )
            text += ("<br>" if text else "") + html.escape(english_plural(without, count))
        totals = case.damage_totals()
        if totals.subtotals:
            total = f"<b>{money_text(totals.amount, totals.currency)}</b>"
            text += "<br>" + (
                arg(
                    html.escape(self.tr("In all, in %1: %2 at %3")),
                    totals.currency,
                    total,
                    html.escape(rates_text(totals)),
                )
                if totals.rates_used
                else arg(html.escape(self.tr("In all, in %1: %2")), totals.currency, total)
            )
            if totals.missing_rates:
                missing = html.escape(missing_text(totals))
                text += f"<br><span style='color:#b00020'>{missing}</span>"
        self.totals.setText(text or html.escape(self.tr("No damage items recorded.")))
        self.rates_button.setEnabled(not self._session.read_only)
        review = case.review_state()
        self.review_box.setVisible(review is not None)  # a case never sealed: no box
        self.review.setText(review_sentence(review) if review is not None else "")
        self.follow_ups.set_follow_ups(case.open_follow_ups(), dt.date.today())
        overdue = self.follow_ups.overdue_count()
        shown = whole_number(self.follow_ups.rowCount())
        self.follow_up_box.setTitle(
            arg(self.tr("Open follow-ups: %1 (%2 overdue)"), shown, whole_number(overdue))
            if overdue
            else arg(self.tr("Open follow-ups: %1"), shown)
        )

    def _counted(self, kind: str, number: int) -> str:
        """The noun under a count of "In this case", in the number's plural form."""
        nouns = {
            "party": lambda: self.tr("part(y|ies)", "counted, under the number", number),
            "note": lambda: self.tr("note(s)", "counted, under the number", number),
            "damage_item": lambda: self.tr("damage item(s)", "counted, under the number", number),
            "meeting": lambda: self.tr("meeting(s)", "counted, under the number", number),
            "follow_up": lambda: self.tr("follow-up(s)", "counted, under the number", number),
            "attachment": lambda: self.tr(
                "(photo or file|photos & files)", "counted, under the number", number
            ),
        }
        return english_plural(nouns[kind](), number)

    # -- handlers -------------------------------------------------------------------------

    def _on_rates_button_clicked(self) -> None:
        from casefile.ui.dialogs.rates import RatesDialog

        case = self._session.case
        incident = case.incident()
        wanted = RatesDialog.ask(
            self, incident.reporting_currency, case.reporting_currency(), incident.exchange_rates
        )
        if wanted is None:
            return
        try:
            self._session.update("incident", incident.id, **wanted)
        except CaseFileError as exc:
            self.totals.setText(html.escape(arg(self.tr("Not saved: %1"), message_of(exc))))
            return
        self.refresh()

    def _on_form_error_changed(self, message: str) -> None:
        self.error.show_message(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.follow_up_table.viewport():
            header = self.follow_up_table.horizontalHeader()
            free = watched.width() - header.sectionSize(2) - header.sectionSize(3)
            header.resizeSection(1, max(60, free // 3))
        return super().eventFilter(watched, event)

    def _on_follow_up_table_double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(IdRole)
        if item_id:
            self.item_activated.emit("follow_up", item_id)

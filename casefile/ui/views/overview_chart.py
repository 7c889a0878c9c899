"""A small hand-painted bar chart: damage items per category, stacked by severity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from casefile.store import DAMAGE_CATEGORIES, SEVERITIES
from casefile.ui.models.vocabulary import choice_label
from casefile.ui.support.formatting import whole_number
from casefile.ui.support.translation import arg

#: Severities from "not assessed" to the worst, with the colour of each segment.
SEVERITY_ORDER: tuple[str, ...] = ("", *SEVERITIES)
SEVERITY_COLOURS = {
    "": "#b8bec8",
    "minor": "#f3d36b",
    "moderate": "#ee9c43",
    "severe": "#d4483f",
    "destroyed": "#6e1a1a",
}
_ROW = 22
_GAP = 6
_LEGEND = 24


def severity_label(severity: str) -> str:
    """A severity's label in the user's language."""
    return choice_label("damage_item", "severity", severity)


def category_label(category: str) -> str:
    """A category's label in the user's language (one the store does not know: as it is)."""
    return choice_label("damage_item", "category", category)


class DamageChart(QWidget):
    """Painted rather than QtCharts, which PySide6-Essentials does not ship."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: Counter[tuple[str, str]] = Counter()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_counts(self, counts: Mapping[tuple[str, str], int]) -> None:
        """Items per (category, severity), as CaseSummary.damage_matrix counts them."""
        self._counts = Counter(counts)
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def counts(self) -> dict[tuple[str, str], int]:
        return dict(self._counts)

    def categories(self) -> list[str]:
        """Categories that hold at least one item, in vocabulary order."""
        present = {category for category, _ in self._counts}
        known = [c for c in DAMAGE_CATEGORIES if c in present]
        return known + sorted(present - set(DAMAGE_CATEGORIES))

    def describe(self) -> str:
        """The chart in words, for the tooltip and screen readers."""
        lines = []
        for category in self.categories():
            parts = [
                arg(
                    self.tr("%1 %2", "a count of damage items and their severity"),
                    whole_number(self._counts[(category, s)]),
                    QLocale().toLower(severity_label(s)),
                )
                for s in SEVERITY_ORDER
                if self._counts[(category, s)]
            ]
            lines.append(f"{category_label(category)}: {', '.join(parts)}")
        return "\n".join(lines) or self.tr("No damage recorded")

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = max(1, len(self.categories()))
        legend = len(self._legend_lines(QFontMetrics(self.font()), width)) * _LEGEND
        return legend + _GAP + rows * (_ROW + _GAP)

    def _legend_lines(self, metrics: QFontMetrics, width: int) -> list[list[tuple[str, float]]]:
        """The legend's entries (severity, x) in lines, wrapped where the width ends."""
        lines: list[list[tuple[str, float]]] = [[]]
        x = 0.0
        for severity in SEVERITY_ORDER:
            entry = 16 + metrics.horizontalAdvance(severity_label(severity)) + 2
            if lines[-1] and x + entry > width:
                lines.append([])
                x = 0.0
            lines[-1].append((severity, x))
            x += entry + 12
        return lines

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may wrap onto another line, or unwrap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().windowText().color()
        categories = self.categories()
        if not categories:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No damage items recorded yet")
            )
            painter.end()
            return
        legend = self._paint_legend(painter, metrics, text_colour)
        label_width = max(metrics.horizontalAdvance(category_label(c)) for c in categories)
        totals = {c: sum(self._counts[(c, s)] for s in SEVERITY_ORDER) for c in categories}
        count_width = max(
            metrics.horizontalAdvance(whole_number(max(totals.values()))),
            metrics.horizontalAdvance("9999"),
        )
        left = label_width + 10
        span = max(40.0, self.width() - left - count_width - 8)
        unit = span / max(totals.values())
        y = legend + _GAP
        for category in categories:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, _ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                category_label(category),
            )
            x = float(left)
            painter.setPen(Qt.PenStyle.NoPen)
            for severity in SEVERITY_ORDER:
                count = self._counts[(category, severity)]
                if not count:
                    continue
                painter.setBrush(QColor(SEVERITY_COLOURS.get(severity, "#888888")))
                painter.drawRoundedRect(QRectF(x, y + 3, count * unit - 1, _ROW - 6), 3, 3)
                x += count * unit
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + 6, y, count_width, _ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                whole_number(totals[category]),
            )
            y += _ROW + _GAP
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, colour: QColor) -> int:
        """Paint the legend, wrapped to the width; its height."""
        lines = self._legend_lines(metrics, self.width())
        for row, line in enumerate(lines):
            top = row * _LEGEND
            for severity, x in line:
                label = severity_label(severity)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
                painter.drawRoundedRect(QRectF(x, top + (_LEGEND - 12) / 2, 12, 12), 2, 2)
                painter.setPen(colour)
                painter.drawText(
                    QRectF(x + 16, top, metrics.horizontalAdvance(label) + 2, _LEGEND),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        return len(lines) * _LEGEND

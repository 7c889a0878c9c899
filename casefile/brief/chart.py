"""The damage charts (reportlab.graphics): items per category by severity, cost per category.

Both are horizontal bars on the same rows, one row per category in the schedule's order,
so that set side by side a category reads across both. When every category has exactly
one item a chart says nothing a sentence would not: `counts_sentence` says it instead.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from casefile.brief.fonts import FONTS
from casefile.brief.language import compact_number, tr
from casefile.brief.markup import clip
from casefile.brief.model import DamageSchedule
from casefile.brief.styles import ACCENT, INK, MUTED, OTHER_SEVERITY_COLOUR, RULE, SEVERITY_COLOURS
from casefile.store import EXPONENTS

ROW = 16  # points per category
AXIS = 26  # room under the bars for the value axis and its title
LABELS = 78  # room left of the bars for the category names
TOP = 14  # room above the bars for the chart's title


def category_totals(schedule: DamageSchedule) -> list[int]:
    """Items per chart category, all severities together."""
    columns = zip(*(s.counts for s in schedule.chart_series), strict=True)
    return [sum(column) for column in columns]


def every_bar_is_one(schedule: DamageSchedule) -> bool:
    totals = category_totals(schedule)
    return bool(totals) and all(total == 1 for total in totals)


def counts_sentence(schedule: DamageSchedule) -> str:
    """ "One damage item in each of 5 categories: Perimeter (destroyed), ..." """
    parts = []
    for n, category in enumerate(schedule.chart_categories):
        severity = next(s.label for s in schedule.chart_series if s.counts[n])
        parts.append(f"{category} ({severity.lower()})")
    if len(parts) == 1:
        return tr("One damage item in the one category: {parts}.", parts=parts[0])
    return tr(
        "One damage item in each of {count} categories: {parts}.",
        count=str(len(parts)),
        parts="; ".join(parts),
    )


def _rows_height(schedule: DamageSchedule) -> float:
    return TOP + AXIS + ROW * max(len(schedule.chart_categories), 1)


def _bars(chart: HorizontalBarChart, schedule: DamageSchedule, width: float, left: float) -> None:
    chart.x, chart.y = left, AXIS
    chart.width = width - left - 12
    chart.height = ROW * max(len(schedule.chart_categories), 1)
    chart.categoryAxis.reverseDirection = 1  # the first category on top, as in the schedule
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONTS.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars.strokeWidth = 0.3
    chart.bars.strokeColor = INK
    chart.barSpacing = 0
    chart.groupSpacing = 4


def count_chart(schedule: DamageSchedule, width: float) -> Drawing:
    """Items per category as stacked bars, one colour per severity, legend underneath."""
    series = schedule.chart_series
    legend_rows = math.ceil(len(series) / 3)
    legend_height = 12 * legend_rows + 6
    height = _rows_height(schedule) + legend_height
    drawing = Drawing(width, height, initialFontName=FONTS.regular, initialFontSize=8)
    chart = HorizontalBarChart()
    _bars(chart, schedule, width, LABELS)
    chart.y += legend_height
    chart.data = [list(s.counts) for s in series]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [clip(c, 16) for c in schedule.chart_categories]
    chart.categoryAxis.labels.fontName = FONTS.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    peak = max(category_totals(schedule), default=0)
    step = _nice_step(peak)
    chart.valueAxis.valueMax = max(step * math.ceil(peak / step), step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    for n, s in enumerate(series):
        chart.bars[n].fillColor = SEVERITY_COLOURS.get(s.severity, OTHER_SEVERITY_COLOUR)
    drawing.add(chart)
    drawing.add(_title(tr("Items by severity"), LABELS, height - 10))
    drawing.add(_axis_title(tr("items"), chart.x + chart.width, legend_height + 4))

    legend = Legend()
    legend.x, legend.y = LABELS, legend_height - 4
    legend.fontName = FONTS.regular
    legend.fontSize = 7.5
    legend.boxAnchor = "nw"
    legend.columnMaximum = legend_rows
    legend.dx = legend.dy = 7
    legend.deltay = 12
    legend.deltax = 64
    legend.dxTextSpace = 4
    legend.strokeWidth = 0.3
    legend.strokeColor = INK
    legend.colorNamePairs = [
        (SEVERITY_COLOURS.get(s.severity, OTHER_SEVERITY_COLOUR), clip(s.label, 14)) for s in series
    ]
    drawing.add(legend)
    return drawing


def cost_chart(schedule: DamageSchedule, width: float, height: float) -> Drawing:
    """Estimated cost per category in `schedule.cost_currency`, on the count chart's rows
    (`height` is the count chart's, so the rows line up side by side)."""
    drawing = Drawing(width, height, initialFontName=FONTS.regular, initialFontSize=8)
    currency = schedule.cost_currency
    scale = 10 ** EXPONENTS.get(currency, 2)
    values = [v / scale for v in schedule.cost_values]
    chart = HorizontalBarChart()
    _bars(chart, schedule, width - 46, 8)
    chart.y = height - _rows_height(schedule) + AXIS
    chart.data = [values]
    chart.categoryAxis.categoryNames = ["" for _ in schedule.chart_categories]
    chart.categoryAxis.labels.fontSize = 1
    peak = max(values, default=0.0)
    step = _nice_amount_step(peak)
    chart.valueAxis.valueMax = max(step * math.ceil(peak / step), step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = _compact
    chart.bars[0].fillColor = ACCENT
    chart.barLabelFormat = lambda v: _compact(v) if v else ""
    chart.barLabels.fontName = FONTS.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(_title(tr("Estimated cost ({currency})", currency=currency), 8, height - 10))
    drawing.add(_axis_title(currency, chart.x + chart.width, chart.y - AXIS + 4))
    return drawing


def _title(text: str, x: float, y: float) -> String:
    return String(x, y, text, fontName=FONTS.bold, fontSize=8, fillColor=MUTED)


def _axis_title(text: str, x: float, y: float) -> String:
    return String(x, y, text, fontName=FONTS.regular, fontSize=7, fillColor=MUTED, textAnchor="end")


def _compact(value: float) -> str:
    """ "950", "12.5K", "3,2 млн": an axis or bar label in the brief's language, never
    wider than a few characters."""
    return compact_number(value)


def _nice_step(peak: int) -> int:
    """A whole-number grid step giving at most about six grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if peak / step <= 6:
            return step
    return 10 ** len(str(peak))


def _nice_amount_step(peak: float) -> float:
    """1, 2 or 5 times a power of ten, giving at most about four grid lines."""
    if peak <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(peak / 4))
    for factor in (1, 2, 5, 10):
        if peak / (factor * power) <= 4:
            return float(factor * power)
    return float(10 * power)

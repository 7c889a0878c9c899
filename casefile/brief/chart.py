"""The damage chart: damage items per category, stacked by severity (reportlab.graphics)."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from casefile.brief.fonts import FONTS
from casefile.brief.markup import clip
from casefile.brief.model import DamageSchedule
from casefile.brief.styles import INK, MUTED, OTHER_SEVERITY_COLOUR, RULE, SEVERITY_COLOURS


def damage_chart(schedule: DamageSchedule, width: float, height: float = 190) -> Drawing:
    """A stacked bar per category; one colour per severity, light to dark; a legend."""
    drawing = Drawing(width, height, initialFontName=FONTS.regular, initialFontSize=8)
    categories = [clip(c, 14) for c in schedule.chart_categories]
    series = schedule.chart_series
    peak = max((sum(col) for col in zip(*(s.counts for s in series), strict=True)), default=0)
    step = _nice_step(peak)

    chart = VerticalBarChart()
    chart.x, chart.y = 34, 38
    chart.width, chart.height = width - 34 - 130, height - 38 - 22
    chart.data = [list(s.counts) for s in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONTS.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * math.ceil(peak / step), step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONTS.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars.strokeWidth = 0.3
    chart.bars.strokeColor = INK
    chart.barSpacing = 2
    chart.groupSpacing = 10
    for n, s in enumerate(series):
        chart.bars[n].fillColor = SEVERITY_COLOURS.get(s.severity, OTHER_SEVERITY_COLOUR)
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = width - 118, height - 30
    legend.fontName = FONTS.regular
    legend.fontSize = 8
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 8
    legend.dx = legend.dy = 8
    legend.deltay = 12
    legend.strokeWidth = 0.3
    legend.strokeColor = INK
    legend.colorNamePairs = [
        (SEVERITY_COLOURS.get(s.severity, OTHER_SEVERITY_COLOUR), clip(s.label, 18))
        for s in reversed(series)
    ]
    drawing.add(legend)
    drawing.add(
        String(
            width - 118,
            height - 14,
            "Severity",
            fontName=FONTS.bold,
            fontSize=8,
            fillColor=MUTED,
        )
    )
    drawing.add(
        String(0, height - 10, "Items", fontName=FONTS.regular, fontSize=7.5, fillColor=MUTED)
    )
    return drawing


def _nice_step(peak: int) -> int:
    """A whole-number grid step giving at most about six grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if peak / step <= 6:
            return step
    return 10 ** len(str(peak))

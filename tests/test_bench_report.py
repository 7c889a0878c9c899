"""The benchmark's own arithmetic: the verdicts docs/performance.md reports, and the
alternation that keeps a drifting machine from favouring one side."""

from __future__ import annotations

import math

from bench.__main__ import ratio_row
from bench.measure import Stats, alternate_figures, stats


def flat(seconds: float) -> Stats:
    return stats([seconds] * 5)


def test_ratio_row_meets_at_the_limit_and_misses_above_it() -> None:
    at_limit = ratio_row("start", flat(0.300), flat(0.390), 1.3)
    above = ratio_row("start", flat(0.300), flat(0.3903), 1.3)
    assert at_limit.met is True
    assert above.met is False
    # Both print as 1.30x: the verdict is taken from the ratio, not from its rounding.
    assert "= 1.30x" in at_limit.measured and "= 1.30x" in above.measured
    assert at_limit.cells()[-1] == "met" and above.cells()[-1] == "MISSED"


def test_ratio_row_with_a_cap_in_milliseconds_needs_both() -> None:
    fast_floor = ratio_row("search", flat(0.010), flat(0.019), 2.0, extra_ms=30)
    slow_floor = ratio_row("search", flat(0.020), flat(0.031), 2.0, extra_ms=30)
    assert fast_floor.met is True
    assert slow_floor.met is False  # 1.55x the floor, but over 30 ms
    assert slow_floor.target == "<= 2.0x floor and <= 30 ms"


def test_ratio_row_against_a_zero_floor_is_missed_not_a_crash() -> None:
    row = ratio_row("start", flat(0.0), flat(0.1), 1.3)
    assert row.met is False
    assert math.isinf(float(row.measured.split("= ")[1].rstrip("x")))


def test_alternate_runs_each_measure_once_a_round_and_drops_the_warm_up() -> None:
    order: list[str] = []
    figures = iter(range(1, 100))

    def measure(name: str):
        def once() -> float:
            order.append(name)
            return float(next(figures))

        return once

    floor, ours = alternate_figures(measure("floor"), measure("ours"), runs=3, warmup=1)
    assert order == ["floor", "ours"] * 4
    # Round one (figures 1 and 2) is the warm-up; the kept rounds give 3,5,7 and 4,6,8.
    assert (floor.low, floor.median, floor.high, floor.runs) == (3.0, 5.0, 7.0, 3)
    assert (ours.low, ours.median, ours.high, ours.runs) == (4.0, 6.0, 8.0, 3)

"""Progress and cancellation of a brief export, for a GUI that must not freeze.

`progress(done, total)` is called now and then with `done <= total`; `cancelled()` is
asked at the same moments and, when it returns true, the work stops by raising
BriefCancelled (and export_brief leaves no file behind).
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class BriefCancelled(Exception):
    """The export was cancelled by the user; nothing was written."""

    def __init__(self, message: str = "brief export cancelled: no file was written") -> None:
        super().__init__(message)


class Ticker:
    """Reports steps of one stage as a slice [low, high] of an overall 0..scale range.

    Reports never go backwards, even when a stage's own count does (reportlab's
    estimate grows as it splits flowables across pages).
    """

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        low: int = 0,
        high: int = 100,
        scale: int = 100,
        _last: list[int] | None = None,
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.low, self.high, self.scale = low, high, scale
        self._last = _last if _last is not None else [0]

    def tick(self, done: int, total: int) -> None:
        """Step `done` of `total` in this stage; raises BriefCancelled when asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise BriefCancelled()
        if self.progress is not None:
            fraction = min(max(done, 0), total) / total if total > 0 else 1.0
            value = max(self.low + round((self.high - self.low) * fraction), self._last[0])
            self._last[0] = value
            self.progress(value, self.scale)

    def stage(self, low: int, high: int) -> Ticker:
        """A ticker for a sub-stage covering [low, high] of this one's own 0..100."""
        span = self.high - self.low
        return Ticker(
            self.progress,
            self.cancelled,
            self.low + span * low // 100,
            self.low + span * high // 100,
            self.scale,
            self._last,
        )

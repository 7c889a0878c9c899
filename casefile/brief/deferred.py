"""Flowables made when the layout reaches them, a batch at a time.

A large case's brief is hundreds of thousands of paragraphs. Made all at once, before
reportlab lays out the first page, they are hundreds of megabytes held until the end;
and platypus takes each flowable off the front of one list (`del flowables[0]`), which
moves every flowable after it: time quadratic in the story's length. A Deferred stands
for a section's flowables: when the frame reaches it, it splits into the next batch
and itself, so the list stays short and only the batch being laid out exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from reportlab.platypus import ActionFlowable, Flowable

BATCH = 200  # flowables handed to the layout at a time


class _Continue(ActionFlowable):
    """Does nothing. Platypus lays out the first piece of a split at once and fails if
    it does not fit; a batch's first flowable may not fit on this page, so each split
    starts with this, and the batch then flows as any flowables do."""

    def __init__(self) -> None:
        super().__init__()

    def apply(self, doc: object) -> None:
        pass


class Deferred(Flowable):
    """The flowables of the groups `make()` yields, made as the layout reaches them.

    A group (one note, one meeting) is never parted from the next batch, so a label that
    keeps with the next flowable always finds it in the same batch.
    """

    #: Asked to split even where the frame has no room left: otherwise platypus would
    #: postpone it to the next frame and, meeting it again at a full frame (it is the
    #: same object batch after batch), call it too large for any frame.
    _ZEROSIZE = True

    def __init__(self, make: Callable[[], Iterable[Sequence[Flowable]]]) -> None:
        super().__init__()
        self._make = make
        self._groups: Iterator[Sequence[Flowable]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # never fits: the frame asks for a split

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.__dict__.pop("_postponed", None)
        if self._groups is None:
            self._groups = iter(self._make())
        batch: list[Flowable] = [_Continue()]
        for group in self._groups:
            batch += group
            if len(batch) > BATCH:
                return [*batch, self]
        return batch

    def draw(self) -> None:  # never drawn: always split first
        pass

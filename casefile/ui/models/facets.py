"""The choices a list offers to narrow it down (category, severity, open, overdue...).

A facet is one drop-down above a list: its first option lets everything through, each
other one is a test of an item's values, the few plain fields the list reads for all
its items at once (`ItemTableModel.value_fields`, `CaseFile.field_values`). Tests run
over tuples in memory, so a facet narrows 20,000 items in a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from casefile.ui.models.vocabulary import CHOICE_NAMES, NOT_ASSESSED

#: the translation context of the facets' own words ("Status", "With an estimate")
CONTEXT = "Facets"
#: an item's values, in the order of its model's value_fields
Values = tuple[Any, ...]
Test = Callable[[Values], bool]


@dataclass(frozen=True)
class Option:
    """One entry of a drop-down. With `equals` (index, value), the items whose value at
    index is that value: the model answers it from a set it keeps, without a test per
    item. Its words are kept in English (`source`, marked for translation in `context`)
    and read in the app's language (`label`)."""

    source: str
    test: Test | None  # None: every item
    equals: tuple[int, Any] | None = None
    context: str = CONTEXT

    @property
    def label(self) -> str:
        """What the drop-down shows."""
        return QCoreApplication.translate(self.context, self.source)


@dataclass(frozen=True)
class Facet:
    """One drop-down: its name (for tests and tooltips) and its options, "any" first."""

    name: str
    options: tuple[Option, ...]


def choice_facet(
    name: str, any_label: str, index: int, vocabulary: tuple[str, str], *, blank: bool = False
) -> Facet:
    """Any, then one option per value of a vocabulary field (kind, field) at `index`
    (and, with `blank`, one for the field left empty: a severity not assessed)."""
    context, labels = CHOICE_NAMES[vocabulary]
    options = [Option(any_label, None)]
    if blank:
        options.append(Option(NOT_ASSESSED, lambda v: not v[index], context=context))
    options += [
        Option(label, equals(index, value), (index, value), context)
        for value, label in labels.items()
    ]
    return Facet(name, tuple(options))


def equals(index: int, value: Any) -> Test:
    """The items whose value at `index` is `value`."""
    return lambda v: v[index] == value


def flag_facet(name: str, any_label: str, index: int, yes: str, no: str) -> Facet:
    """Any, the items whose field at `index` is set, the items where it is not."""
    return Facet(
        name,
        (
            Option(any_label, None),
            Option(yes, lambda v: bool(v[index])),
            Option(no, lambda v: not v[index]),
        ),
    )


def overdue(status: int, due: int) -> Test:
    """Open, and due before today."""
    return lambda v: v[status] == "open" and v[due] is not None and v[due] < dt.date.today()


def passing(
    values: Mapping[str, Values],
    ids: Sequence[str],
    options: Sequence[Option],
    having: Callable[[int, Any], set[str]],
) -> list[str]:
    """The ids, in order, whose values pass every option: those with `equals` through
    `having(index, value)` (the set of ids with that value), the others test by test."""
    sets = sorted((having(*o.equals) for o in options if o.equals is not None), key=len)
    tests = [o.test for o in options if o.equals is None and o.test is not None]
    if sets:
        allowed = set.intersection(*sets) if len(sets) > 1 else sets[0]
        ids = [i for i in ids if i in allowed]
    for test in tests:
        ids = [i for i in ids if (v := values.get(i)) is not None and test(v)]
    return list(ids)

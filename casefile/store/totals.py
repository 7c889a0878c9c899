"""The damage estimates of a case added up: per currency, and in its reporting currency
at the case's exchange rates, saying which rates were used and what could not be added.

A currency without a rate is never converted by a guessed rate: its sum is left out of
the reporting total and named. `reporting_total` works on any set of per-currency sums,
so a list that shows a filtered selection adds up what it shows the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from casefile.store.money import convert, format_money
from casefile.store.records import ExchangeRate


@dataclass(frozen=True, slots=True)
class CurrencySum:
    """The estimates of some items in one currency: their sum in minor units."""

    currency: str
    amount: int
    items: int

    @property
    def display(self) -> str:
        return format_money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class ReportingTotal:
    """Per-currency subtotals and their total in the reporting currency.

    `amount` adds up the subtotals in the reporting currency and those with a rate;
    `missing_rates` are the subtotals left out for want of a rate. `unestimated` counts
    the items without an estimate, `unestimated_refs` and `unrated_refs` name the items
    (their references) left out of the total, where the caller knows them."""

    currency: str
    amount: int
    subtotals: tuple[CurrencySum, ...]
    rates_used: tuple[ExchangeRate, ...]
    missing_rates: tuple[CurrencySum, ...]
    unestimated: int = 0
    unestimated_refs: tuple[str, ...] = ()
    unrated_refs: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """ "12,345.00 AZN" """
        return format_money(self.amount, self.currency)

    @property
    def complete(self) -> bool:
        """Every estimate is in the total (some items may still have none)."""
        return not self.missing_rates

    @property
    def converted_items(self) -> int:
        missing = {s.currency for s in self.missing_rates}
        return sum(s.items for s in self.subtotals if s.currency not in missing)

    def rates_text(self) -> str:
        """The rates used, for a reader: "1 EUR = 1.7 AZN (20 Nov 2025, CBAR)"."""
        return "; ".join(rate_text(rate, self.currency) for rate in self.rates_used)

    def missing_text(self) -> str:
        """What the total leaves out for want of a rate: "no rate for USD (2 items)"."""
        if not self.missing_rates:
            return ""
        parts = [f"{s.currency} ({_items(s.items)}, {s.display})" for s in self.missing_rates]
        return "no rate for " + ", ".join(parts) + ": not in the total"


def rate_text(rate: ExchangeRate, reporting: str) -> str:
    when = [rate.as_of.isoformat()] if rate.as_of is not None else []
    said = ", ".join([*when, *([rate.source] if rate.source else [])])
    return f"1 {rate.currency} = {rate.rate} {reporting}" + (f" ({said})" if said else "")


def _items(count: int) -> str:
    return f"{count} item" + ("" if count == 1 else "s")


def reporting_total(
    subtotals: Iterable[CurrencySum],
    reporting: str,
    rates: Sequence[ExchangeRate],
    *,
    unestimated: int = 0,
    unestimated_refs: Sequence[str] = (),
    unrated: Mapping[str, Sequence[str]] | None = None,
) -> ReportingTotal:
    """The subtotals (one per currency) and their total in `reporting` at `rates`.

    A subtotal in `reporting` itself needs no rate; one in a currency without a rate is
    left out and listed in `missing_rates`; `unrated` gives, per currency, the
    references of its items, so that the result names those left out."""
    by_currency = {rate.currency: rate for rate in rates}
    sums = tuple(sorted(subtotals, key=lambda s: s.currency))
    amount = 0
    used: list[ExchangeRate] = []
    missing: list[CurrencySum] = []
    for subtotal in sums:
        if subtotal.currency == reporting:
            amount += subtotal.amount
        elif subtotal.currency in by_currency:
            rate = by_currency[subtotal.currency]
            amount += convert(subtotal.amount, subtotal.currency, rate.rate, reporting)
            used.append(rate)
        else:
            missing.append(subtotal)
    unrated_refs = tuple(ref for s in missing for ref in ((unrated or {}).get(s.currency) or ()))
    return ReportingTotal(
        reporting,
        amount,
        sums,
        tuple(used),
        tuple(missing),
        unestimated,
        tuple(unestimated_refs),
        unrated_refs,
    )

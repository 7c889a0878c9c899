"""Exchange rates and what a total leaves out, as the Damage and Overview views write
them: in the user's language, with the locale's numbers and dates ("1 EUR = 1,7 AZN
(20.11.2025, CBAR)" in Russian), where the store writes English for the CLI and the
files (casefile.store's ReportingTotal.rates_text and missing_text)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject

from casefile.store import ExchangeRate, ReportingTotal
from casefile.ui.support.formatting import date_text, decimal_text, money_text
from casefile.ui.support.translation import arg, english_plural

CONTEXT = "Estimates"


def rate_text(rate: ExchangeRate, reporting: str) -> str:
    """ "1 EUR = 1.7 AZN (20/11/2025, CBAR)" """
    said = ", ".join(
        [*([date_text(rate.as_of)] if rate.as_of else []), *([rate.source] if rate.source else [])]
    )
    text = f"1 {rate.currency} = {decimal_text(Decimal(rate.rate))} {reporting}"
    return f"{text} ({said})" if said else text


def rates_text(total: ReportingTotal) -> str:
    """The rates a total used, one after the other."""
    return "; ".join(rate_text(rate, total.currency) for rate in total.rates_used)


class EstimateWords(QObject):
    """The counted words of these texts (a QObject: lupdate marks plurals only in tr)."""

    def items(self, count: int) -> str:
        return english_plural(self.tr("%Ln item(s)", "", count), count)


def items_text(count: int) -> str:
    """ "1 item", "3 items" """
    return EstimateWords().items(count)


def missing_text(total: ReportingTotal) -> str:
    """What a total leaves out for want of a rate ("" when nothing is)."""
    if not total.missing_rates:
        return ""
    parts = ", ".join(
        f"{s.currency} ({items_text(s.items)}, {money_text(s.amount, s.currency)})"
        for s in total.missing_rates
    )
    return arg(QCoreApplication.translate("Estimates", "no rate for %1: not in the total"), parts)

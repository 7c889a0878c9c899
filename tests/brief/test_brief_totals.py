"""The brief's one total: in the case's reporting currency, with the rates used, beside
the per-currency totals; items without an estimate or a rate counted and named."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from brief_support import pdf_text

from casefile.brief import BriefOptions, export_brief, gather
from casefile.store import CaseFile

DATE = dt.date(2025, 11, 21)
CBAR = {"currency": "EUR", "rate": "1.7", "as_of": "2025-11-20", "source": "CBAR"}


def _case_with_rates(small_case_path: Path, tmp_path: Path, rates: list[dict]) -> Path:
    path = tmp_path / "rated.casefile"
    shutil.copyfile(small_case_path, path)
    with CaseFile.open(path, actor="tester") as case:
        case.update_incident(reporting_currency="AZN", exchange_rates=rates)
    return path


def test_the_schedule_and_summary_give_one_total_with_its_rates(
    small_case_path: Path, tmp_path: Path
) -> None:
    """Small case: EUR 1,250.00 (D-2) and 200.00 (D-4), USD 300.00 (D-3); D-1 and D-5
    without an estimate. No rate for USD: left out and named, never guessed."""
    path = _case_with_rates(small_case_path, tmp_path, [CBAR])
    with CaseFile.open(path, read_only=True) as case:
        schedule = gather(case, BriefOptions(brief_date=DATE)).damage
        out = tmp_path / "brief.pdf"
        export_brief(case, out, BriefOptions(brief_date=DATE))
    assert schedule.reporting_total == "2,465.00 AZN"  # 1,450.00 EUR x 1.7
    assert schedule.rates_used == ("1 EUR = 1.7 AZN (20 Nov 2025, CBAR)",)
    assert schedule.missing_rates == ("USD (300.00 USD): D-3",)
    assert schedule.unestimated_refs == ("D-1", "D-5")
    text = " ".join(pdf_text(out).split())
    assert "Total in AZN (2 assessed; at 1 EUR = 1.7 AZN (20 Nov 2025, CBAR)" in text
    assert "not included, for want of an exchange rate: USD (300.00 USD): D-3" in text
    assert "without an estimate: D-1, D-5" in text
    assert "2,465.00 AZN" in text
    assert "In all 2,465.00 AZN (2 items) at 1 EUR = 1.7 AZN" in text  # the summary


def test_with_every_rate_the_total_has_every_estimate(
    small_case_path: Path, tmp_path: Path
) -> None:
    usd = {"currency": "USD", "rate": "1.7", "as_of": None, "source": "invoice"}
    path = _case_with_rates(small_case_path, tmp_path, [CBAR, usd])
    with CaseFile.open(path, read_only=True) as case:
        schedule = gather(case, BriefOptions(brief_date=DATE)).damage
    assert schedule.reporting_total == "2,975.00 AZN"
    assert schedule.missing_rates == ()
    assert schedule.reporting_items == 3


def test_an_item_made_of_quantity_and_unit_cost_says_so_in_its_block(
    small_case_path: Path, tmp_path: Path
) -> None:
    path = _case_with_rates(small_case_path, tmp_path, [CBAR])
    with CaseFile.open(path, actor="tester") as case:
        case.add("damage_item", title="Panes", quantity="12", unit_cost=8_550, currency="EUR")
        out = tmp_path / "brief.pdf"
        export_brief(case, out, BriefOptions(brief_date=DATE))
    text = " ".join(pdf_text(out).split())
    assert "D-6 Panes Estimate: 12 \u00d7 85.50 EUR" in text
    assert "1,026.00 EUR" in text  # the schedule's estimate, their product


def test_a_rate_is_written_as_the_brief_language_writes_numbers_and_dates(
    small_case_path: Path, tmp_path: Path
) -> None:
    path = _case_with_rates(small_case_path, tmp_path, [CBAR])
    with CaseFile.open(path, read_only=True) as case:
        rates = {
            language: gather(case, BriefOptions(brief_date=DATE, language=language)).damage
            for language in ("ru", "az")
        }
    assert rates["ru"].rates_used == ("1 EUR = 1,7 AZN (20 нояб. 2025\u00a0г., CBAR)",)
    assert rates["az"].rates_used == ("1 EUR = 1,7 AZN (20 noy 2025, CBAR)",)

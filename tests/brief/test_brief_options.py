"""Brief options: section names and the brief date, as `casefile brief` passes them."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.brief import SECTIONS, BriefOptions
from casefile.store.errors import InvalidInput


def test_no_section_flag_means_every_section() -> None:
    options = BriefOptions.from_cli(None, None)
    assert options.sections == SECTIONS
    assert options.brief_date is None
    assert not options.redact_internal


def test_sections_print_in_brief_order_whatever_order_they_are_given() -> None:
    options = BriefOptions.from_cli(["photos", "Damage", "summary", "damage"], "2025-11-21")
    assert options.sections == ("summary", "damage", "photos")
    assert options.brief_date == dt.date(2025, 11, 21)


@pytest.mark.parametrize("name", ["timeline", "", "damages", "cover"])
def test_unknown_section_is_refused_naming_the_valid_ones(name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        BriefOptions.from_cli(["summary", name], None)
    assert caught.value.exit_code == 1
    assert repr(name) in str(caught.value)
    assert ", ".join(SECTIONS) in str(caught.value)


@pytest.mark.parametrize("text", ["21/11/2025", "2025-13-01", "2025-02-30", "tomorrow", ""])
def test_bad_date_is_refused_saying_the_format(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        BriefOptions.from_cli(None, text)
    assert caught.value.exit_code == 1
    assert "YYYY-MM-DD" in str(caught.value)


def test_options_built_directly_are_checked_too() -> None:
    with pytest.raises(InvalidInput):
        BriefOptions(sections=("summary", "bogus"))
    with pytest.raises(InvalidInput):
        BriefOptions(sections=())


def test_classification_and_preparer_are_trimmed() -> None:
    options = BriefOptions.from_cli(
        None, None, redact_internal=True, classification=" SECRET ", preparer=" A. Officer "
    )
    assert options.classification == "SECRET"
    assert options.preparer == "A. Officer"
    assert options.redact_internal


def test_a_single_section_name_may_be_given_as_a_string() -> None:
    assert BriefOptions(sections="damage").sections == ("damage",)  # type: ignore[arg-type]

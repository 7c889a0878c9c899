"""What a brief contains: its sections, redaction, classification label, date, preparer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from casefile.brief.language import check_language
from casefile.store import InvalidInput, read_settings

#: Every section a brief can carry, in the order the brief prints them. The cover is
#: always there and is not a section one can leave out.
SECTIONS: tuple[str, ...] = (
    "summary",
    "facts",
    "chronology",
    "damage",
    "plans",
    "parties",
    "meetings",
    "notes",
    "photos",
)

SECTION_TITLES: dict[str, str] = {
    "summary": "Executive summary",
    "facts": "Incident facts",
    "chronology": "Chronology",
    "damage": "Damage schedule",
    "plans": "Site plan",
    "parties": "Parties",
    "meetings": "Meetings and follow-ups",
    "notes": "Notes",
    "photos": "Photo appendix",
}


def normalise_sections(names: Iterable[str]) -> tuple[str, ...]:
    """Known section names in print order, without repeats; InvalidInput names the valid ones.

    The order a user lists sections in does not change the brief: the same choice of
    sections always gives the same document.
    """
    if isinstance(names, str):
        names = [names]
    wanted: set[str] = set()
    for raw in names:
        name = str(raw).strip().lower()
        if name not in SECTIONS:
            raise InvalidInput.of(
                "brief.unknown_brief_section", value=str(raw), choices=", ".join(SECTIONS)
            )
        wanted.add(name)
    if not wanted:
        raise InvalidInput.of("brief.brief_needs_least", choices=", ".join(SECTIONS))
    return tuple(name for name in SECTIONS if name in wanted)


def parse_brief_date(text: str) -> dt.date:
    """A YYYY-MM-DD date; InvalidInput says the format when the text is not one."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise InvalidInput.of("brief.bad_brief_date", text=text) from None


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """The choices an officer makes before exporting; the same options give the same PDF.

    `classification` overrides the case's own label when given; `brief_date` defaults to
    today when the brief is gathered (pass it to get a repeatable document).
    """

    sections: tuple[str, ...] = SECTIONS
    redact_internal: bool = False
    classification: str | None = None
    brief_date: dt.date | None = None
    preparer: str = ""
    #: print the reviewers' comments at the end (they are kept out unless asked for)
    review_comments: bool = False
    #: the language of the brief's labels, dates and amounts: en, az, ru or uk
    language: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "sections", normalise_sections(self.sections))
        object.__setattr__(self, "language", check_language(self.language))
        if self.brief_date is not None and not isinstance(self.brief_date, dt.date):
            raise InvalidInput.of("brief.brief_date_date", type=type(self.brief_date).__name__)
        if isinstance(self.brief_date, dt.datetime):
            object.__setattr__(self, "brief_date", self.brief_date.date())

    @classmethod
    def from_cli(
        cls,
        sections: list[str] | None,
        date: str | None,
        *,
        redact_internal: bool = False,
        classification: str | None = None,
        preparer: str | None = None,
        review_comments: bool = False,
        language: str | None = None,
    ) -> BriefOptions:
        """Options from `casefile brief` flags: `--section` (repeatable) and `--date`.

        No `--section` means every section; no `--preparer` or `--language`, the name
        and language in the user's settings. Raises InvalidInput (exit 1) for an unknown
        section name or language, a date that is not YYYY-MM-DD, or a settings file that
        cannot be read.
        """
        chosen = normalise_sections(sections) if sections else SECTIONS
        brief_date = parse_brief_date(date) if date is not None else None
        label = classification.strip() if classification is not None else None
        return cls(
            sections=chosen,
            redact_internal=redact_internal,
            classification=label,
            brief_date=brief_date,
            preparer=(preparer if preparer is not None else read_settings().name).strip(),
            review_comments=review_comments,
            language=language if language is not None else read_settings().language,
        )

"""The navigator's pages, in order: each with the view factory that builds its view.

A page's `load` imports its view's module when the page is first shown (or while
SQLite checks a large file being opened), so opening a case costs the code of one
view, not all of them; an error in a view's code surfaces there, as any other bug does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from casefile.ui.views import ViewFactory


@dataclass(frozen=True)
class Page:
    """One entry of the navigator: its title, the kinds of item its view shows, and
    `load`, which imports the view's code and returns its factory."""

    title: str
    kinds: tuple[str, ...]  # what its show_item() takes
    load: Callable[[], ViewFactory]


def load_overview() -> ViewFactory:
    from casefile.ui.views.overview import OverviewView

    return OverviewView.build


def load_parties() -> ViewFactory:
    from casefile.ui.views.parties import PartiesView

    return PartiesView.build


def load_damage() -> ViewFactory:
    from casefile.ui.views.damage import DamageView

    return DamageView.build


def load_notes() -> ViewFactory:
    from casefile.ui.views.notes import NotesView

    return NotesView.build


def load_meetings() -> ViewFactory:
    from casefile.ui.views.meetings import MeetingsView

    return MeetingsView.build


def load_photos() -> ViewFactory:
    from casefile.ui.views.photos import PhotosView

    return PhotosView.build


def load_site_plan() -> ViewFactory:
    from casefile.ui.views.site_plan import SitePlanView

    return SitePlanView.build


def load_timeline() -> ViewFactory:
    from casefile.ui.views.timeline import TimelineView

    return TimelineView.build


def load_review() -> ViewFactory:
    from casefile.ui.views.review import ReviewView

    return ReviewView.build


def load_audit() -> ViewFactory:
    from casefile.ui.views.audit import AuditView

    return AuditView.build


PAGES: tuple[Page, ...] = (
    Page("Overview", ("incident",), load_overview),
    Page("Parties", ("party",), load_parties),
    Page("Damage", ("damage_item",), load_damage),
    Page("Notes", ("note",), load_notes),
    Page("Meetings & follow-ups", ("meeting", "follow_up"), load_meetings),
    Page("Photos & documents", ("attachment",), load_photos),
    Page("Site plan", ("site_plan",), load_site_plan),
    Page("Timeline", (), load_timeline),
    Page("Audit log", (), load_audit),
    Page("Review", (), load_review),
)

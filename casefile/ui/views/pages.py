"""The navigator's pages, in order: each with the view factory that builds its view.

A page's `load` imports its view's module when the page is first shown (or while
SQLite checks a large file being opened), so opening a case costs the code of one
view, not all of them; an error in a view's code surfaces there, as any other bug does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from casefile.ui.support.translation import QT_TRANSLATE_NOOP
from casefile.ui.views import ViewFactory

#: the translation context of the pages' titles (lupdate reads it only as a literal)
CONTEXT = "Pages"


@dataclass(frozen=True)
class Page:
    """One entry of the navigator: its title, the kinds of item its view shows, and
    `load`, which imports the view's code and returns its factory."""

    title: str  # in English: also the name of its screenshots
    kinds: tuple[str, ...]  # what its show_item() takes
    load: Callable[[], ViewFactory]

    @property
    def label(self) -> str:
        """The title in the app's language, as the navigator and the View menu show it."""
        return QCoreApplication.translate(CONTEXT, self.title)


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
    Page(QT_TRANSLATE_NOOP("Pages", "Overview"), ("incident",), load_overview),
    Page(QT_TRANSLATE_NOOP("Pages", "Parties"), ("party",), load_parties),
    Page(QT_TRANSLATE_NOOP("Pages", "Damage"), ("damage_item",), load_damage),
    Page(QT_TRANSLATE_NOOP("Pages", "Notes"), ("note",), load_notes),
    Page(
        QT_TRANSLATE_NOOP("Pages", "Meetings & follow-ups"), ("meeting", "follow_up"), load_meetings
    ),
    Page(QT_TRANSLATE_NOOP("Pages", "Photos & documents"), ("attachment",), load_photos),
    Page(QT_TRANSLATE_NOOP("Pages", "Site plan"), ("site_plan",), load_site_plan),
    Page(QT_TRANSLATE_NOOP("Pages", "Timeline"), (), load_timeline),
    Page(QT_TRANSLATE_NOOP("Pages", "Audit log"), (), load_audit),
    Page(QT_TRANSLATE_NOOP("Pages", "Review"), (), load_review),
)

"""Where the case stands in review, in one sentence in the user's language (the Overview,
the Review view and Check file's report show it; the store's ReviewState.sentence is the
CLI's English)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject

from casefile.store import STATE_DIGITS, ReviewState
from casefile.ui.support.translation import arg, english_plural

#: how a seal's day is written: "3 December 2025", "3 декабря 2025"
DAY_PATTERN = "d MMMM yyyy"


class ReviewSentence(QObject):
    """Each state is a whole sentence of its own ("Approved by %1…"): its words agree
    with the signer in some languages, so no state label is put into a shared one."""

    def sentence(self, review: ReviewState) -> str:
        """ "Approved by R. Mustafayev on 3 December 2025 at state 1f3a…; 2 changes since" """
        day = review.sealed_at.astimezone(dt.UTC)
        when = QLocale().toString(QDate(day.year, day.month, day.day), DAY_PATTERN)
        text = arg(self._opening(review.state), review.signer, when, review.head[:STATE_DIGITS])
        if review.own_submission:
            text += self.tr(" (their own submission)")
        if not review.verified:
            text += self.tr(" (the seal does not verify)")
        elif not review.trusted:
            text += self.tr(" (signer's key not trusted here)")
        if review.changes_since:
            since = self.tr("; %Ln change(s) since", "", review.changes_since)
            text += english_plural(since, review.changes_since)
        return text

    def _opening(self, state: str) -> str:
        """The sentence for a state: %1 the signer, %2 the day, %3 the state's digits."""
        if state == "submitted":
            return self.tr("Submitted by %1 on %2 at state %3")
        if state == "approved":
            return self.tr("Approved by %1 on %2 at state %3")
        if state == "changes-requested":
            return self.tr("Changes requested by %1 on %2 at state %3")
        if state == "released":
            return self.tr("Released by %1 on %2 at state %3")
        return self.tr("Sealed by %1 on %2 at state %3")


def review_sentence(review: ReviewState) -> str:
    return ReviewSentence().sentence(review)

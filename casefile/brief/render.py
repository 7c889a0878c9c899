"""Brief -> PDF with reportlab platypus: the story in print order, then the document.

No database here: render works on brief data alone, so a hand-built Brief renders in
tests exactly as a gathered one does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO

from reportlab.platypus import Flowable

from casefile.brief.deferred import Deferred
from casefile.brief.document import BriefDocTemplate, Furniture, marking
from casefile.brief.language import tr, writing_in
from casefile.brief.markup import one_line
from casefile.brief.model import UNCLASSIFIED, Brief
from casefile.brief.progress import CancelledFn, ProgressFn, Ticker
from casefile.brief.sections import BUILDERS, cover, review_comments
from casefile.brief.styles import make_styles


def story(brief: Brief, between: Callable[[], object] | None = None) -> list[Flowable]:
    """The flowables of the whole brief: the cover, then each chosen section in order.

    Each section is Deferred: its flowables are made when the layout reaches it, so
    only one section's exist at a time. `between` runs before each section is made:
    making a large section takes seconds, and Cancel must not wait for all of it.
    """
    styles = make_styles()

    def section(name: str) -> Deferred:
        def make() -> list[list[Flowable]]:
            if between is not None:
                between()
            return [BUILDERS[name](brief, styles)]

        return Deferred(make)

    sections: list[Flowable] = [section(name) for name in brief.sections]
    if brief.review_comments:
        sections.append(Deferred(lambda: [review_comments(brief, styles)]))
    return [*cover(brief, styles), *sections]


def render(
    brief: Brief,
    out: str | os.PathLike[str] | IO[bytes],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write the brief as PDF to a path or a binary file object.

    The same brief gives the same bytes: the document is `invariant` (fixed document
    id), its creation date is the brief's date, and nothing here reads the clock.
    """
    with writing_in(brief.language):
        _render(brief, out, Ticker(progress, cancelled))


def _render(brief: Brief, out: str | os.PathLike[str] | IO[bytes], ticker: Ticker) -> None:
    ticker.tick(0, 1)
    started = [0]  # sections reached by the layout: the progress of the render

    def next_section() -> None:
        ticker.tick(started[0], len(brief.sections))  # raises if cancelled
        started[0] += 1

    flowables = story(brief, between=next_section)
    title = one_line(brief.title) or "Brief"
    reference = one_line(brief.reference)
    label = one_line(brief.classification) or tr(UNCLASSIFIED)
    mark = marking(brief.redacted, brief.internal_items)
    about = (
        tr("Brief on case {reference}", reference=reference)
        if reference
        else tr("Brief on an incident")
    )
    doc = BriefDocTemplate(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        Furniture(
            classification=label,
            reference=reference,
            title=title,
            fingerprint=brief.fingerprint,
            brief_date=brief.brief_date,
            marking=mark,
        ),
        title=title,
        subject=f"{about}. {label}. {mark.text}.",
        author=one_line(brief.preparer) or "casefile",
        keywords=[
            k
            for k in (
                tr("casefile brief"),
                reference,
                label,
                tr("case fingerprint {fingerprint}", fingerprint=brief.fingerprint),
                tr("case audit head {head}", head=brief.audit_head) if brief.audit_head else "",
                tr("review: {review}", review=one_line(brief.review)) if brief.review else "",
                tr("redacted") if brief.redacted else tr("not redacted"),
            )
            if k
        ],
        date=brief.date,
        on_progress=lambda done, total: ticker.tick(started[0], len(brief.sections) + 1),
    )
    doc.build_story(flowables)
    ticker.tick(1, 1)

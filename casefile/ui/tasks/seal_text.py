"""What File > Check file says of the case's seals, its review state and a release copy,
in the app's language.

The store words the same findings in English for `casefile check` (SealRecord.line,
ReviewState.sentence, ReleaseRecord.sentence); the window says them from the records'
fields instead, with dates as the locale writes them, so that no English is left in the
report (the review state in the sentence the Overview shows, views.review_state). The
check's findings themselves are Words (a code and fields) that
casefile.ui.support.store_errors says in the user's language; the part of the case each is
about is named here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from casefile.store import STATE_DIGITS, ReleaseRecord, SealRecord
from casefile.ui.support.formatting import date_text, stamp_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP
from casefile.ui.tasks.review import state_name

#: the parts of a case a finding of the check is about (Problem.area), as a reader names them
AREAS = {
    "integrity": QT_TRANSLATE_NOOP("SealWords", "integrity"),
    "foreign_keys": QT_TRANSLATE_NOOP("SealWords", "links"),
    "schema": QT_TRANSLATE_NOOP("SealWords", "structure"),
    "values": QT_TRANSLATE_NOOP("SealWords", "values"),
    "attachments": QT_TRANSLATE_NOOP("SealWords", "photos and documents"),
    "audit": QT_TRANSLATE_NOOP("SealWords", "audit log"),
    "seals": QT_TRANSLATE_NOOP("SealWords", "seals"),
}


def area_name(area: str) -> str:
    """The part of the case a finding is about, in the app's language."""
    return QCoreApplication.translate("SealWords", AREAS.get(area, area.replace("_", " ")))


class SealWords(QObject):
    """The sentences of the seals part of the report (a QObject: self.tr is the call
    lupdate reads plural forms from)."""

    def seal_line(self, seal: SealRecord, total: int) -> str:
        """ "Seal 1 of 2: Approved by … (key trusted as …; 8B65 …) on 21/11/2025 09:30, at
        state 1f3a… (entry 12): signature valid, history intact"."""
        trust = (
            self.tr("key trusted as {name}").format(name=seal.trusted_as)
            if seal.trusted_as
            else self.tr("key NOT trusted here")
        )
        signature = self.tr("signature valid") if seal.signature_ok else self.tr("SIGNATURE FAILS")
        history = self.tr("history intact") if seal.history_intact else self.tr("HISTORY REWRITTEN")
        return self.tr(
            "Seal {number} of {total}: {state} by {signer} ({trust}; {fingerprint}) on {when}, "
            "at state {head} (entry {entry}): {signature}, {history}"
        ).format(
            number=seal.number,
            total=total,
            state=state_name(seal.state),
            signer=seal.signer,
            trust=trust,
            fingerprint=seal.fingerprint,
            when=stamp_text(seal.sealed_at),
            head=seal.head[:STATE_DIGITS],
            entry=seal.seq,
            signature=signature,
            history=history,
        )

    def release_sentence(self, release: ReleaseRecord) -> str:
        """ "Release copy of case “…” (REF) at state 1f3a…, released by … on 03/12/2025"."""
        case = (
            self.tr("“{title}” ({reference})").format(
                title=release.case_title, reference=release.case_reference
            )
            if release.case_reference
            else self.tr("“{title}”").format(title=release.case_title)
        )
        head = release.source_state[:STATE_DIGITS]
        if release.released_by and release.released_at is not None:
            return self.tr(
                "Release copy of case {case} at state {head}, released by {who} on {day}"
            ).format(
                case=case,
                head=head,
                who=release.released_by,
                day=date_text(release.released_at.astimezone().date()),
            )
        return self.tr("Release copy of case {case} at state {head}").format(case=case, head=head)

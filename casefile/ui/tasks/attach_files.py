"""Attach many files without freezing the window: small batches, a progress dialog, cancel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from casefile.store import AttachmentRecord, CaseFileError, read_attachment
from casefile.ui.case.session import CaseSession
from casefile.ui.support.store_errors import full_message, said
from casefile.ui.support.translation import english_plural

BATCH_FILES = 4  # files per transaction: one batch of phone photos takes well under a second
BATCH_BYTES = 16 * 1024 * 1024


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: what was left out of files that were attached (a capture time out of range)
    notices: list[str] = field(default_factory=list)
    cancelled: bool = False


def attach_files(
    session: CaseSession,
    paths: Sequence[str | Path],
    owner_id: str | None,
    parent: QWidget | None = None,
    *,
    batch_files: int = BATCH_FILES,
) -> ImportResult:
    """Read and store files in batches, handling events between batches.

    Files are read on the GUI thread one at a time (reading is quick next to the
    thumbnailing and fsync of each batch) and each batch is one add, all of them one
    undoable step (one `run`). A file that is refused (empty, too large, not what its
    name says) is reported and the others go on.
    """
    result = ImportResult()
    files = [Path(p) for p in paths]
    if not files or session.read_only:
        return result
    progress = _progress(len(files), parent) if len(files) > batch_files else None
    batches = _Batches(session, owner_id, result, batch_files)
    try:
        for done, path in enumerate(files):
            if progress is not None and not _still_wanted(progress, path, done, len(files)):
                result.cancelled = True
                break
            batches.add(path)
        if not result.cancelled:
            batches.store()
    finally:
        if progress is not None:
            progress.setValue(len(files))
            progress.close()
            progress.deleteLater()
    return result


class _Batches:
    """Files read one by one, stored a batch at a time (one transaction each), with the
    window's events handled between batches."""

    def __init__(
        self, session: CaseSession, owner_id: str | None, result: ImportResult, files: int
    ) -> None:
        self._session, self._owner_id, self._result = session, owner_id, result
        self._files = files
        self._batch: list[tuple[bytes, str]] = []
        self._size = 0

    def add(self, path: Path) -> None:
        try:
            data, name = read_attachment(path)
        except CaseFileError as exc:
            self._result.errors.append(full_message(exc))
            return
        self._batch.append((data, name))
        self._size += len(data)
        if len(self._batch) >= self._files or self._size >= BATCH_BYTES:
            self.store()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def store(self) -> None:
        if self._batch:
            _store(self._session, self._batch, self._owner_id, self._result, run=self._result)
        self._batch, self._size = [], 0


class AttachWords(QObject):
    """The progress's counted phrase (self.tr, the one call lupdate reads plural forms from)."""

    def attaching(self, count: int) -> str:
        return english_plural(self.tr("Attaching %Ln file(s)…", "", count), count)


def _progress(count: int, parent: QWidget | None) -> QProgressDialog:
    progress = QProgressDialog(
        AttachWords().attaching(count),
        QCoreApplication.translate("AttachFiles", "Cancel"),
        0,
        count,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("AttachFiles", "Attaching files"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setValue(0)
    return progress


def _still_wanted(progress: QProgressDialog, path: Path, done: int, count: int) -> bool:
    """Say which file is next; False once the user has cancelled."""
    if progress.wasCanceled():
        return False
    progress.setLabelText(
        QCoreApplication.translate("AttachFiles", "Attaching {name} ({done} of {count})…").format(
            name=path.name, done=QLocale().toString(done + 1), count=QLocale().toString(count)
        )
    )
    progress.setValue(done)
    return True


def _store(
    session: CaseSession,
    batch: list[tuple[bytes, str]],
    owner_id: str | None,
    result: ImportResult,
    *,
    run: object,
) -> None:
    """One transaction for the batch; if it is refused, retry file by file to name the culprit."""
    try:
        _added(result, session.add_attachments(batch, to=owner_id, run=run))
        return
    except CaseFileError as exc:
        if len(batch) == 1:
            result.errors.append(full_message(exc))
            return
    for one in batch:
        try:
            _added(result, session.add_attachments([one], to=owner_id, run=run))
        except CaseFileError as exc:
            result.errors.append(full_message(exc))


def _added(result: ImportResult, records: list[AttachmentRecord]) -> None:
    result.added += [r.id for r in records]
    result.notices += [said(r.notice) for r in records if r.notice]

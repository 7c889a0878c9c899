"""The main window: menus and shortcuts, the welcome screen or the open case, the status bar.

It owns at most one open case (a CaseSession) at a time; opening another closes the
first only once the second has opened, so a refused file never costs the one in use.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from casefile.store import CaseFile, CaseFileError, Passphrase, current_user, load_all_tables
from casefile.ui.case.opening import CaseOpener, copy_name
from casefile.ui.case.session import CaseSession
from casefile.ui.support.formatting import add_shortcut_text, time_text
from casefile.ui.support.painted import AfterFirstPaint
from casefile.ui.support.settings import Settings
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, arg, english_plural
from casefile.ui.views import ListHolder, ViewOptions
from casefile.ui.views.pages import PAGES
from casefile.ui.window.workspace import Workspace

if TYPE_CHECKING:
    from casefile.store import Problem
    from casefile.ui.tasks.brief_export import BriefExport
    from casefile.ui.tasks.file_check import FileCheck
    from casefile.ui.tasks.print_copies import PrintCopies
    from casefile.ui.views.itemlist import ItemListPane
    from casefile.ui.window.search import SearchDialog
    from casefile.ui.window.welcome import WelcomeView

# Dialogs, the find panel and every view but the first are imported when first used:
# start-up imports only what the first screen shows (bench/gui_bench.py times it).

APP_NAME = "casefile"
#: What a case file's name ends with (any case: Windows and macOS ignore it).
CASE_SUFFIX = ".casefile"


def dropped_case(mime: QMimeData) -> Path | None:
    """The first case file among the local files dragged onto the window, if any."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == CASE_SUFFIX:
                return path
    return None


#: what the title bar says of each review state; %1: who sealed the case
REVIEW_SUFFIXES = {
    "": QT_TRANSLATE_NOOP("MainWindow", " — Sealed by %1"),
    "submitted": QT_TRANSLATE_NOOP("MainWindow", " — Submitted by %1"),
    "approved": QT_TRANSLATE_NOOP("MainWindow", " — Approved by %1"),
    "changes-requested": QT_TRANSLATE_NOOP("MainWindow", " — Changes requested by %1"),
    "released": QT_TRANSLATE_NOOP("MainWindow", " — Released by %1"),
}


def review_suffix(case: CaseFile) -> str:
    """What the title bar says of the case's review: " — Approved by R. Mustafayev"."""
    try:
        state = case.review_state()
    except CaseFileError:
        return ""
    if state is None:
        return ""
    suffix = REVIEW_SUFFIXES.get(state.state)
    text = (
        arg(QCoreApplication.translate("MainWindow", suffix), state.signer)
        if suffix is not None
        else f" — {state.label} · {state.signer}"  # a state this version does not know
    )
    if state.verified:
        return text
    return text + QCoreApplication.translate("MainWindow", " (seal does not verify)")


def redo_keys(platform_keys: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's Redo keys, and Ctrl+Y where they lack it (GNOME and KDE have only
    Ctrl+Shift+Z): people who also use Windows reach for it, and nothing here uses it."""
    ctrl_y = QKeySequence("Ctrl+Y")
    return platform_keys if ctrl_y in platform_keys else [*platform_keys, ctrl_y]


class MainWindow(QMainWindow):
    #: a case is open and shown (its path)
    case_opened = Signal(Path)
    #: the open case was closed (the welcome screen is back)
    case_closed = Signal()
    #: a brief export finished (the PDF's path)
    brief_exported = Signal(Path)
    #: File > Check file finished (the problems found, the audit entries verified)
    file_checked = Signal(object, int)

    def __init__(
        self,
        settings: Settings,
        opener: CaseOpener,
        parent: QWidget | None = None,
        *,
        welcome: bool = True,
    ) -> None:
        """`welcome=False` leaves the welcome screen unbuilt, for a window about to
        open a case (`casefile open PATH`); it is built if that fails, or on close."""
        super().__init__(parent)
        self.settings = settings
        self.opener = opener
        self.session: CaseSession | None = None
        self.workspace: Workspace | None = None
        self.search: SearchDialog | None = None
        self._export: BriefExport | None = None
        self._print_copies: PrintCopies | None = None
        self._refusing = False  # a refusal of the shown case is on its way (refuse_case)
        self._asking = True  # closing asks before losing a refused value typed
        self._check: FileCheck | None = None
        self._welcome: WelcomeView | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        if welcome:
            self.show_welcome()
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self._saved_at: dt.datetime | None = None  # the open case's last write
        self._create_actions()
        from casefile.ui.tasks.review import Review

        self.review = Review(self)
        self._create_menus()
        self._update_state()
        self.resize(1280, 800)
        self.setAcceptDrops(True)  # a .casefile dropped on the window opens
        # The tables start-up skipped, built while the user looks at the window (the
        # helper lives as long as the window, its Qt parent).
        AfterFirstPaint(self, load_all_tables)

    @property
    def welcome(self) -> WelcomeView:
        if self._welcome is None:
            from casefile.ui.window.welcome import WelcomeView

            view = WelcomeView(self.settings.recent_files())
            view.new_requested.connect(self.new_case)
            view.open_requested.connect(self.open_dialog)
            view.demo_requested.connect(self.open_demo)
            view.recent_chosen.connect(self.open_path)
            self.pages.insertWidget(0, view)
            self._welcome = view
        return self._welcome

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files())
        self.pages.setCurrentWidget(self.welcome)

    # -- actions and menus ------------------------------------------------------------------

    def _action(
        self, text: str, handler: object, keys: list[QKeySequence] | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(handler)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _create_actions(self) -> None:
        key = QKeySequence
        std = QKeySequence.StandardKey
        self.action_new = self._action(
            self.tr("&New case…"), self.new_case, key.keyBindings(std.New)
        )
        self.action_open = self._action(
            self.tr("&Open…"), self.open_dialog, key.keyBindings(std.Open)
        )
        self.action_open_read_only = self._action(
            self.tr("Open &read-only…"),
            lambda: self.open_dialog(read_only=True),
            [QKeySequence("Ctrl+Shift+O")],
            self.tr("Open a case without changing a byte of it"),
        )
        self.action_save_copy = self._action(
            self.tr("Save a &copy as…"),
            self.save_copy,
            key.keyBindings(std.SaveAs),
            self.tr("A compact copy to share: it holds nothing you deleted"),
        )
        self.action_compare = self._action(
            self.tr("Co&mpare with…"),
            self.compare_with,
            tip=self.tr(
                "What changed since another version of this case: items added, removed and "
                "changed, by whom and when"
            ),
        )
        self.action_merge = self._action(
            self.tr("&Merge a copy…"),
            self.merge_copy,
            tip=self.tr(
                "Bring in the edits made in a copy of this case; conflicts are shown side by "
                "side before anything is written"
            ),
        )
        self.action_export_brief = self._action(
            self.tr("&Export brief…"),
            self.export_brief,
            [QKeySequence("Ctrl+E")],
            self.tr("Write a PDF brief"),
        )
        self.action_export_list = self._action(
            self.tr("Export &list…"),
            self.export_list,
            [QKeySequence("Ctrl+Shift+E")],
            self.tr("The list shown, with its columns, as an Excel workbook or CSV"),
        )
        self.action_print_list = self._action(
            self.tr("&Print list…"),
            self.print_list,
            key.keyBindings(std.Print),
            self.tr("The list shown, as it is shown, to a PDF"),
        )
        self.action_check = self._action(
            self.tr("Chec&k file…"),
            self.check_file,
            tip=self.tr(
                "Is the file intact? Its integrity, links, attachment hashes and audit chain, "
                "and anything changed outside casefile"
            ),
        )
        self.action_encryption = self._action(
            self.tr("Encr&yption…"),
            self.edit_encryption,
            tip=self.tr("Encrypt the case with a passphrase, change its passphrase, or decrypt it"),
        )
        self.action_settings = self._action(
            self.tr("Se&ttings…"),
            self.edit_settings,
            key.keyBindings(std.Preferences) or [QKeySequence("Ctrl+,")],
        )
        self.action_close = self._action(
            self.tr("&Close"), self.close_case, key.keyBindings(std.Close)
        )
        self.action_quit = self._action(self.tr("&Quit"), self.close, key.keyBindings(std.Quit))
        self.action_undo = self._action(self.tr("&Undo"), self.undo, key.keyBindings(std.Undo))
        self.action_redo = self._action(
            self.tr("&Redo"), self.redo, redo_keys(key.keyBindings(std.Redo))
        )
        self.action_add = self._action(
            self.tr("&Add"),
            self.add_item,
            [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
        )
        self.action_delete = self._action(
            self.tr("&Delete"), self.delete_selected, key.keyBindings(std.Delete)
        )
        self.action_find = self._action(self.tr("&Find…"), self.find, key.keyBindings(std.Find))
        self.view_actions = []
        for row, page in enumerate(PAGES):
            action = self._action(
                page.label.replace("&", "&&"),  # a title's "&" is shown, not a mnemonic
                lambda checked=False, r=row: self._show_page(r),
                [QKeySequence(f"Ctrl+{(row + 1) % 10}")],  # the tenth page: Ctrl+0
            )
            self.view_actions.append(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open)
        file_menu.addAction(self.action_open_read_only)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_save_copy)
        file_menu.addAction(self.review.action_release)
        file_menu.addAction(self.action_export_brief)
        file_menu.addAction(self.action_export_list)
        file_menu.addAction(self.action_print_list)
        file_menu.addAction(self.action_check)
        file_menu.addAction(self.action_encryption)
        file_menu.addAction(self.action_compare)
        file_menu.addAction(self.action_merge)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_close)
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_add)
        edit_menu.addAction(self.action_delete)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        self.review.fill_menu(bar.addMenu(self.tr("&Review")))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_manual = self._action(
            self.tr("&Manual"),
            self.show_manual,
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents),
        )
        help_menu.addAction(self.action_manual)
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About casefile"), self._about))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent cases")).setEnabled(False)

    def editing_actions(self) -> list[QAction]:
        """The actions that change the case: all disabled when it is read-only."""
        return [
            self.action_undo,
            self.action_redo,
            self.action_add,
            self.action_delete,
            self.action_merge,
        ]

    # -- state ---------------------------------------------------------------------------------

    def _update_state(self) -> None:
        """Title, status line and which actions apply, from the open case (if any)."""
        session = self.session
        has_case = session is not None
        self.review.update(has_case, session is not None and session.read_only)
        for action in (
            self.action_save_copy,
            self.action_export_brief,
            self.action_check,
            self.action_encryption,
            self.action_compare,
            self.action_close,
            self.action_find,
            *self.view_actions,
        ):
            action.setEnabled(has_case)
        if session is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText("")
            for action in self.editing_actions():
                action.setEnabled(False)
            self.action_add.setText(self.tr("&Add"))
            return
        case = session.case
        try:
            title = case.incident().title
        except CaseFileError:
            title = self.tr("Case")
        mode = self.tr(" (read-only)") if session.read_only else ""
        self.setWindowTitle(f"{title} — {case.path.name}{mode}{review_suffix(case)}")
        self._update_undo_actions()
        self._update_view_actions()

    def _update_undo_actions(self) -> None:
        session = self.session
        if session is None:
            return
        stack = session.undo_stack
        editable = not session.read_only
        self.action_undo.setEnabled(editable and stack.canUndo())
        self.action_redo.setEnabled(editable and stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        # %1: what the step did ("Edit title of Note “Protest”")
        self.action_undo.setText(arg(self.tr("&Undo %1"), undo) if undo else self.tr("&Undo"))
        self.action_redo.setText(arg(self.tr("&Redo %1"), redo) if redo else self.tr("&Redo"))

    def _update_view_actions(self) -> None:
        if self.workspace is None or self.session is None:
            return
        view = self.workspace.current_view()
        editable = not self.session.read_only
        label = view.add_label
        self.action_add.setEnabled(editable and label is not None)
        self.action_add.setText(label or self.tr("&Add"))
        # %1: what Add adds here ("&Add party"), %2: its keys
        self.action_add.setToolTip(
            arg(
                self.tr("%1 (%2)"),
                (label or self.tr("&Add")).replace("&", ""),
                add_shortcut_text(),
            )
        )
        self.action_delete.setEnabled(editable and view.can_delete)
        has_list = isinstance(view, ListHolder)
        self.action_export_list.setEnabled(has_list)
        self.action_print_list.setEnabled(has_list)

    def _show_status(self, saved_at: dt.datetime | None = None) -> None:
        """The file and its state: read-only, typing not yet saved, or all saved (and
        when last); `saved_at` is kept for when the typing is done."""
        if self.session is None:
            return
        case = self.session.case
        if self.session.read_only:
            self.file_label.setText(arg(self.tr("Read-only · %1"), case.path.name))
            self.file_label.setToolTip(str(case.path))
            return
        if saved_at is not None:
            self._saved_at = saved_at
        refused = self.session.refused
        if refused:
            state = arg(self.tr("Not saved: %1 refused (shown in red)"), ", ".join(refused))
        elif self.session.typing:
            state = self.tr("Typing, not saved yet: press Enter or leave the field")
        else:
            state = (
                arg(self.tr("All changes saved at %1"), time_text(self._saved_at))
                if self._saved_at
                else self.tr("All changes saved")
            )
        # The file's name only: its folder (in the tooltip) would push the status bar's
        # messages on the left under this label.
        # %1: what is saved, %2: the file's name
        self.file_label.setText(arg(self.tr("%1 · %2 · editing"), state, case.path.name))
        self.file_label.setToolTip(str(case.path))

    # -- opening and closing -------------------------------------------------------------------

    def open_dialog(self, read_only: bool = False) -> bool:
        from casefile.ui.dialogs.files import FileDialogs

        title = self.tr("Open read-only") if read_only else self.tr("Open a case")
        path = FileDialogs.ask_open_case(self, title, self.settings.last_folder)
        return path is not None and self.open_path(path, read_only=read_only)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a case (dialogs explain any refusal); True if it is now shown."""
        path = Path(path).expanduser().absolute()
        current = self.session
        if (
            current is not None
            and current.case.path == path
            and (not current.read_only or read_only)
        ):
            self.statusBar().showMessage(self.tr("That case is already open."), 5000)
            return True
        if not self.may_discard_typing():
            return False
        case = self.opener.open(self, path, read_only=read_only)
        if case is None:
            if self.session is None:
                self.show_welcome()
            elif self._welcome is not None:
                self._welcome.set_recent(self.settings.recent_files())
            return False
        return self.show_case(case)

    def open_demo(self) -> bool:
        from casefile.paths import demo_path
        from casefile.ui.dialogs.cannot_open import CannotOpenDialog

        path = demo_path()
        if not path.exists():
            from casefile.demo import build_demo

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                build_demo(path)
            except (OSError, CaseFileError) as exc:
                error = (
                    exc
                    if isinstance(exc, CaseFileError)
                    else CaseFileError(
                        # %1: why (the system's words), %2: the folder
                        arg(
                            self.tr(
                                "could not be written (%1): free some space, or check that %2 "
                                "can be written"
                            ),
                            exc.strerror or exc,
                            path.parent,
                        ),
                        path=path,
                    )
                )
                CannotOpenDialog.ask(self, path, error)
                return False
            finally:
                QApplication.restoreOverrideCursor()
        return self.open_path(path)

    def new_case(self) -> bool:
        if not self.may_discard_typing():
            return False
        case = self.opener.create(self)
        if case is None:
            return False
        return self.show_case(case)

    def show_case(self, case: CaseFile) -> bool:
        """Show an opened case, closing the one shown before. If the case cannot be
        read while its first view is built, it is closed and the user told why."""
        self._close_session()
        session = CaseSession(case, self)
        self.session = session
        try:
            self.workspace = Workspace(
                session,
                view_options=ViewOptions(
                    default_currency=lambda: self.settings.default_currency or "EUR",
                    folder=lambda: self.settings.last_folder,
                    settings=self.settings,
                ),
            )
            self.workspace.current_view()  # the first view, which reads the case
        except CaseFileError as exc:
            from casefile.ui.dialogs.cannot_open import CannotOpenDialog

            self._close_session()
            self.show_welcome()
            self._update_state()
            CannotOpenDialog.ask(self, case.path, exc)
            return False
        self.workspace.message_posted.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.workspace.view_changed.connect(self._update_view_actions)
        self.workspace.save_copy_requested.connect(self.save_copy_to_edit)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        session.saved.connect(self._on_session_saved)
        session.typing_changed.connect(lambda _typing: self._show_status())
        session.item_restored.connect(self._on_session_item_restored)
        session.item_reverted.connect(self._on_session_item_restored)
        session.case_changed.connect(self._on_session_case_changed)
        self._start_print_copies(session)
        stack = session.undo_stack
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.undoTextChanged.connect(self._update_undo_actions)
        stack.redoTextChanged.connect(self._update_undo_actions)
        self._update_state()
        self._saved_at = None
        self._show_status()
        self.case_opened.emit(case.path)
        return True

    def may_discard_typing(self) -> bool:
        """Before the open case is closed: write what is typed; if a field still holds
        a value the case refused, ask whether to lose it (True: go ahead)."""
        if self.session is None or self.session.read_only:
            return True
        if self.workspace is not None:
            self.workspace.commit_pending()
        refused = self.session.refused
        if not refused:
            return True
        from casefile.ui.dialogs.discard import DiscardTypingDialog

        return DiscardTypingDialog.ask(self, refused)

    def close_case(self) -> None:
        if self.session is not None and self.may_discard_typing():
            self._close_case()

    def _close_case(self) -> None:
        if self.session is None:
            return
        self._close_session()
        self.show_welcome()
        self._update_state()
        self.case_closed.emit()

    def refuse_case(self, error: CaseFileError) -> None:
        """Close the shown case and say why, when a view could not read it after all (a
        value casefile did not write, met as a list scrolls): once, however many reads
        failed, and after the read that failed has returned (QTimer)."""
        if self.session is None or self._refusing:
            return
        self._refusing = True
        path = self.session.case.path

        def close_and_tell() -> None:
            from casefile.ui.dialogs.cannot_open import CannotOpenDialog

            try:
                self._close_case()  # nothing typed can be written to a case refused
                CannotOpenDialog.ask(self, path, error)
            finally:
                self._refusing = False

        QTimer.singleShot(0, close_and_tell)

    def _close_session(self) -> None:
        if self.workspace is not None:
            self.workspace.commit_pending()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.search is not None:
            self.search.hide()
            self.search.deleteLater()
            self.search = None
        if self._print_copies is not None:
            self._print_copies.stop()
            self._print_copies.deleteLater()
            self._print_copies = None
        if self.session is not None:
            session, self.session = self.session, None
            session.close()
            session.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_case(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_case(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Opened once the drop has returned: a dialog it raises (locked, damaged) must
        # not hold the file manager that the file was dragged from.
        QTimer.singleShot(0, lambda: self.open_path(path))

    def close_without_asking(self) -> None:
        """Close as Quit does, losing a refused value typed without asking first."""
        self._asking = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._asking and not self.may_discard_typing():
            event.ignore()
            return
        if self._export is not None:
            self._export.cancel()
        self._close_session()
        self.settings.sync()
        super().closeEvent(event)

    # -- file commands ----------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        from casefile.ui.dialogs.files import FileDialogs

        if self.session is None:
            return None
        case = self.session.case
        name = copy_name(case.path)
        target = FileDialogs.ask_save_case(
            self, self.tr("Save a copy as"), self._writable(case.path) / name
        )
        if target is None:
            return None
        copy_passphrase: Passphrase | None = None
        plain = False
        if case.encrypted:
            from casefile.ui.dialogs.passphrase import CopyEncryptionDialog

            choice = CopyEncryptionDialog.ask(self, target.name)
            if choice is None:
                return None
            copy_passphrase = Passphrase(choice.passphrase) if choice.passphrase else None
            plain = choice.plain
        if self.workspace is not None:
            self.workspace.commit_pending()
        try:
            written = case.save_copy(target, passphrase=copy_passphrase, plain=plain)
        except CaseFileError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Copy not saved"), full_message(exc))
            return None
        if case.encrypted and not plain:  # opening the copy asks no passphrase it was given
            self.opener.known_passphrase(
                written, copy_passphrase or self.opener.passphrase_of(case.path)
            )
        self.statusBar().showMessage(arg(self.tr("Saved a copy as %1"), written), 8000)
        return written

    def compare_with(self) -> None:
        """Another version of this case (the one a reviewer saw), against this one."""
        from casefile.ui.dialogs.copies import CompareDialog
        from casefile.ui.dialogs.files import FileDialogs

        if self.session is None:
            return
        case = self.session.case
        chosen = FileDialogs.ask_open_case(self, self.tr("Compare with"), case.path.parent)
        if chosen is None:
            return
        if self.workspace is not None:
            self.workspace.commit_pending()
        try:
            older = self.opener.open_other(self, chosen)
            if older is None:
                return
            with older:
                items = older.compare(case)
        except CaseFileError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Cannot compare"), full_message(exc))
            return
        CompareDialog.show_items(self, items, chosen.name, case.path.name)

    def merge_copy(self) -> None:
        """Bring in a copy's edits: its conflicts settled in a dialog, then one merge."""
        from casefile.ui.dialogs.copies import MergeDialog
        from casefile.ui.dialogs.files import FileDialogs

        if self.session is None or self.session.read_only:
            return
        case = self.session.case
        chosen = FileDialogs.ask_open_case(self, self.tr("Merge a copy"), case.path.parent)
        if chosen is None:
            return
        if self.workspace is not None:
            self.workspace.commit_pending()
        path = case.path
        try:
            other = self.opener.open_other(self, chosen)
            if other is None:
                return
            with other:
                preview = case.preview_merge(other)
                if preview.status == "up_to_date":
                    # %1: this case's file, %2: the copy's
                    self.statusBar().showMessage(
                        arg(
                            self.tr("Already up to date: %1 holds every change of %2."),
                            path.name,
                            chosen.name,
                        ),
                        8000,
                    )
                    return
                choices = MergeDialog.ask(self, preview, chosen.name)
                if choices is None:
                    return
                result = case.merge(other, choices=choices)
        except CaseFileError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Not merged"), full_message(exc))
            return
        self._close_session()  # the merged file: every view and the undo history anew
        self.open_path(path)
        # %1: the copy's file; then how many items were added, changed, removed
        said = arg(
            self.tr("Merged %1: %2, %3, %4."),
            chosen.name,
            english_plural(self.tr("%Ln item(s) added", "", result.added), result.added),
            english_plural(self.tr("%Ln changed", "items", result.changed), result.changed),
            english_plural(self.tr("%Ln removed", "items", result.removed), result.removed),
        )
        self.statusBar().showMessage(said, 8000)

    def edit_encryption(self) -> None:
        """File > Encryption…: encrypt the open case, change its passphrase or decrypt it.
        The case is closed for the change (encrypt, decrypt and rekey rewrite the file
        whole, under its lock) and opened again after it."""
        from PySide6.QtWidgets import QMessageBox

        from casefile.store import Passphrase, decrypt, encrypt, rekey
        from casefile.ui.dialogs.passphrase import (
            EncryptionChoice,
            EncryptionDialog,
            NewPassphraseDialog,
        )
        from casefile.ui.support import keyring_store

        if self.session is None:
            return
        case = self.session.case
        if self.session.read_only:
            QMessageBox.information(
                self,
                self.tr("Encryption"),
                self.tr(
                    "This case is open read-only: open it for editing to change its encryption."
                ),
            )
            return
        choice = EncryptionDialog.ask(self, case.path, case.encrypted)
        if choice is None:
            return
        new: Passphrase | None = None
        if choice is EncryptionChoice.DECRYPT:
            answer = QMessageBox.question(
                self,
                self.tr("Decrypt"),
                self.tr("Decrypted, the case can be read by anyone who has the file. Decrypt it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        else:
            title = (
                self.tr("Encrypt")
                if choice is EncryptionChoice.ENCRYPT
                else self.tr("Change the passphrase")
            )
            intro = arg(self.tr("The new passphrase of %1:"), case.path.name)
            text = NewPassphraseDialog.ask(self, title, intro)
            if text is None:
                return
            new = Passphrase(text)
        if not self.may_discard_typing():
            return
        path = case.path
        old = self.opener.passphrase_of(path)
        self._close_case()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choice is EncryptionChoice.ENCRYPT:
                assert new is not None
                encrypt(path, new, actor=self.settings.actor or None)
            elif choice is EncryptionChoice.CHANGE:
                assert new is not None
                rekey(path, old, new, actor=self.settings.actor or None)
            else:
                decrypt(path, old, actor=self.settings.actor or None)
        except CaseFileError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Encryption not changed"), full_message(exc))
            self.open_path(path)
            return
        QApplication.restoreOverrideCursor()
        keyring_store.forget(path)  # a remembered passphrase no longer opens it
        self.opener.known_passphrase(path, new)
        if self.open_path(path):
            done = {
                EncryptionChoice.ENCRYPT: self.tr("Encrypted: it opens only with its passphrase."),
                EncryptionChoice.CHANGE: self.tr("The passphrase was changed."),
                EncryptionChoice.DECRYPT: self.tr(
                    "Decrypted: anyone who has the file can read it."
                ),
            }
            self.statusBar().showMessage(done[choice], 8000)

    def _writable(self, case_path: Path) -> Path:
        """Where to suggest writing beside a case: its folder, unless that is read-only
        (a CD, a share opened read-only), then the last folder used, then home."""
        for folder in (case_path.parent, self.settings.last_folder, Path.home()):
            if folder is not None and folder.is_dir() and os.access(folder, os.W_OK | os.X_OK):
                return folder
        return case_path.parent

    def save_copy_to_edit(self) -> None:
        """From read-only: write a copy and open the copy for editing."""
        written = self.save_copy()
        if written is not None:
            self.open_path(written)

    def export_brief(self) -> None:
        from casefile.ui.dialogs.export_brief import ExportBriefDialog
        from casefile.ui.tasks.brief_export import BriefExport

        if self.session is None or self._export is not None:
            return
        if self.workspace is not None:
            self.workspace.commit_pending()
        case = self.session.case
        incident = case.incident()
        request = ExportBriefDialog.ask(
            self,
            suggested=self._writable(case.path) / case.path.with_suffix(".pdf").name,
            classification=self.settings.default_classification or incident.classification,
            preparer=self.settings.actor or current_user(),
            language=self.settings.language,
        )
        if request is None:
            return
        job = BriefExport(case, request, self)
        job.finished.connect(self._on_export_finished)
        job.failed.connect(self._on_export_failed)
        job.cancelled.connect(self._on_export_cancelled)
        self._export = job
        self.statusBar().showMessage(self.tr("Exporting the brief…"))
        job.start()

    def _on_export_finished(self, path: Path) -> None:
        from casefile.ui.dialogs.missing_glyphs import MissingGlyphsDialog
        from casefile.ui.tasks.brief_export import NotOpenedPrompt, OpenBriefPrompt

        uncovered = self._export.uncovered if self._export is not None else []
        self._export = None
        self.statusBar().showMessage(arg(self.tr("Brief saved as %1"), path), 8000)
        self.brief_exported.emit(path)
        if uncovered:  # the CLI warns about the same on stderr
            MissingGlyphsDialog.ask(self, path, uncovered)
        if not OpenBriefPrompt.ask(self, path) or OpenBriefPrompt.open(path):
            return
        # No program opens PDF files (openUrl fails without a word): say so, offer the folder.
        if NotOpenedPrompt.ask(self, path) and not OpenBriefPrompt.show_folder(path):
            self.statusBar().showMessage(
                arg(self.tr("Its folder could not be shown either: the brief is %1"), path), 15000
            )

    def _on_export_failed(self, message: str) -> None:
        self._export = None
        self.statusBar().clearMessage()
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Brief not exported"), message)

    def _on_export_cancelled(self) -> None:
        self._export = None
        self.statusBar().showMessage(self.tr("Export cancelled: no file was written."), 8000)

    def check_file(self) -> None:
        """What `casefile check` verifies, off the GUI thread; the verdict in a dialog."""
        from casefile.ui.tasks.file_check import FileCheck

        if self.session is None or self._check is not None:
            return
        if self.workspace is not None:
            self.workspace.commit_pending()  # check the file as it will be kept
        job = FileCheck(self.session.case, self)
        name = self.session.case.path.name
        job.finished.connect(
            lambda problems, entries: self._on_check_finished(name, problems, entries)
        )
        job.failed.connect(self._on_check_failed)
        self._check = job
        self.statusBar().showMessage(self.tr("Checking the file…"))
        job.start()

    def _on_check_finished(self, name: str, problems: list[Problem], entries: int) -> None:
        from casefile.ui.tasks.file_check import CheckReport, problem_count

        seals = self._check.seals_text if self._check is not None else ""
        self._check = None
        found = problem_count(problems) if problems else self.tr("no problems")
        # %1: the file, %2: what was found ("no problems", "3 problems")
        self.statusBar().showMessage(arg(self.tr("Checked %1: %2."), name, found), 8000)
        self.file_checked.emit(problems, entries)
        CheckReport.show(self, name, problems, entries, seals)

    def _on_check_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._check = None
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("File not checked"), message)

    def edit_settings(self) -> None:
        from casefile.ui.dialogs.settings import SettingsDialog

        # the keys the Review menu signs with: the panel shows the same key folder
        if SettingsDialog.ask(self, self.settings, self.review.keys):
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    # -- edit commands ------------------------------------------------------------------------

    def undo(self) -> None:
        if self.session is not None and not self.session.read_only:
            if self.workspace is not None:
                self.workspace.commit_pending()
            text = self.session.undo_stack.undoText()
            if self.session.undo():
                self.statusBar().showMessage(arg(self.tr("Undone: %1"), text), 8000)

    def redo(self) -> None:
        if self.session is not None and not self.session.read_only:
            text = self.session.undo_stack.redoText()
            if self.session.redo():
                self.statusBar().showMessage(arg(self.tr("Redone: %1"), text), 8000)

    def add_item(self) -> None:
        if self.workspace is None or self.session is None or self.session.read_only:
            return
        self.workspace.current_view().add_item()

    def delete_selected(self) -> None:
        if self.workspace is None or self.session is None or self.session.read_only:
            return
        self.workspace.current_view().delete_selected()

    def _current_list(self) -> ItemListPane | None:
        if self.workspace is None or self.session is None:
            return None
        view = self.workspace.current_view()
        return view.list_pane() if isinstance(view, ListHolder) else None

    def export_list(self) -> Path | None:
        pane = self._current_list()
        return None if pane is None else pane.export_list()

    def print_list(self) -> Path | None:
        pane = self._current_list()
        return None if pane is None else pane.print_list()

    def find(self) -> None:  # type: ignore[override]  # Edit > Find, not QWidget.find
        if self.session is None:
            return
        if self.search is None:  # made on first use: most sessions never search
            from casefile.ui.window.search import SearchDialog

            self.search = SearchDialog(self.session, self)
            self.search.item_chosen.connect(self._on_search_item_chosen)
        self.search.start()

    def _show_page(self, row: int) -> None:
        if self.workspace is not None:
            self.workspace.show_page(row)

    # -- signals from the session --------------------------------------------------------------

    def _on_search_item_chosen(self, kind: str, item_id: str) -> None:
        if self.workspace is not None and self.workspace.show_item(kind, item_id):
            self.activateWindow()  # back from the find panel, keys go to the window again
            shown = self.workspace.stack.currentWidget()
            if shown is not None:
                shown.setFocus()

    def _on_session_saved(self) -> None:
        self.statusBar().clearMessage()  # an earlier "Not saved: …" no longer holds
        self._show_status(dt.datetime.now())

    def _on_session_item_restored(self, kind: str, item_id: str) -> None:
        """Undoing a delete shows the item that came back, selected, where it was; an
        undone or redone edit shows its item the same way, whichever view was shown."""
        if self.workspace is not None:
            self.workspace.show_item(kind, item_id)

    def _on_session_case_changed(self, kind: str, ids: list) -> None:
        if kind in ("incident", "seal", "*"):
            self._update_state()
        if kind in ("attachment", "*") and self._print_copies is not None:
            self._print_copies.schedule()  # photos added: their print copies

    def _start_print_copies(self, session: CaseSession) -> None:
        """Make the photos' missing print copies in the background, once the case's
        first views have painted (ui/tasks/print_copies.py)."""
        from casefile.ui.tasks.print_copies import PrintCopies

        if session.read_only:
            return
        self._print_copies = PrintCopies(session.case, self)
        self._print_copies.schedule()

    def show_manual(self) -> QWidget:
        from casefile.ui.dialogs.help import HelpDialog

        return HelpDialog.manual(self)

    def show_shortcuts(self) -> QWidget:
        from casefile.ui.dialogs.help import HelpDialog

        return HelpDialog.shortcuts(self, self.actions())

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from casefile import __version__

        QMessageBox.about(
            self,
            self.tr("About casefile"),
            f"<b>casefile {__version__}</b><p>"
            + self.tr(
                "Offline case files for incidents that damage a diplomatic mission, and PDF "
                "briefs from them."
            )
            + "</p>",
        )

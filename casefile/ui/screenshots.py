"""`python -m casefile.ui.screenshots DIR [--page PAGE] [--languages en,az,…]`: a PNG of
every view of the demo case and of the main dialogs, in each language, offscreen.

Shots go to DIR/<language>/<name>.png (docs link them as screenshots/ru/01-overview.png);
PAGE, if given, is written as a Markdown page listing every shot by language. The lists
are also shot at a small laptop's and a full HD screen's size, in English only: those
shots are about how columns share the width, which the language does not change much.

Works on fresh copies of the demo case, with settings and signing keys in a temporary
folder, so taking screenshots never touches the user's files or preferences. Dialogs
are opened the way a user opens them (menu actions, buttons): each is shot once it is
shown and cancelled, so the shot shows what the user would see and nothing is written.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

SIZE = (1400, 880)
#: the lists are also shown at a small laptop's size and at a full HD screen's
LIST_SIZES = ((1024, 700), (1920, 1080))
#: the languages shot, English first; the names say what each folder holds
LANGUAGES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский", "uk": "Українська"}
#: how long a dialog may take to appear (a file check runs on a thread first)
DIALOG_WAIT_S = 30.0
#: the damage form's label for the refused-value question, in its translation context
#: (what the views catalogue translates; a pair, so that lupdate does not take it here)
ESTIMATE = ("DamageForm", "Estimate")
#: a shot is stored with at most this many colours: screenshots of a UI have few, and
#: the repository carries every PNG in four languages
PNG_COLOURS = 256


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words)


@dataclass
class Shot:
    """One PNG written: its name (without .png), what it shows, and its language."""

    name: str
    caption: str
    language: str
    path: Path


@dataclass
class _Demo:
    """The files the shots are taken on, in a temporary folder."""

    folder: Path
    case: Path
    extras: dict[str, Path] = field(default_factory=dict)


class DialogMissing(Exception):
    """A dialog the shots open did not appear (its way of opening changed)."""


def take(
    out_dir: Path, languages: Sequence[str] = tuple(LANGUAGES), *, list_sizes: bool = True
) -> list[Shot]:
    """Write the screenshots; returns what was written, language by language. Raises
    DialogMissing, once every language is shot, naming the dialogs that did not appear."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casefile.store import Keys
    from casefile.ui.support.translation import apply_language

    app = QApplication.instance() or QApplication(["casefile-screenshots"])
    shots: list[Shot] = []
    missing: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="casefile-shots-") as temp,
        _own_user_folders(Path(temp) / "user"),
    ):
        demo = _demo_files(Path(temp))
        Keys().create("Consular officer")  # in the temporary config folder: seals, checks
        for language in languages:
            folder = out_dir / language
            if folder.is_dir():
                shutil.rmtree(folder)  # shots of views since renamed must not linger
            translators = apply_language(app, language)
            try:
                taker = _Shots(app, folder, language)
                _shoot_language(taker, demo, language, list_sizes and language == "en")
                shots += taker.written
                missing += [f"{language}/{name}" for name in taker.missing]
            finally:
                for translator in translators:
                    app.removeTranslator(translator)
    if missing:
        raise DialogMissing(f"no dialog appeared for {', '.join(missing)}")
    return shots


@contextmanager
def _own_user_folders(home: Path) -> Iterator[None]:
    """The user's configuration, data and cache folders (key folder, settings, the demo
    case) in `home` while the shots are taken: no shot shows or changes the user's own."""
    names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: str(home / name.lower()) for name in names})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _demo_files(folder: Path) -> _Demo:
    """The demo case, a copy of it edited (to compare and merge with), an encrypted copy
    and a file that is not a case."""
    from casefile.demo import build_demo
    from casefile.store import CaseFile, Passphrase, encrypt

    case = build_demo(folder / "demo-kyiv-embassy.casefile")
    copy = folder / "demo-kyiv-embassy (copy).casefile"
    encrypted = folder / "demo-kyiv-embassy (encrypted).casefile"
    with CaseFile.open(case, actor="Consular officer") as opened:
        opened.save_copy(copy)
        opened.save_copy(encrypted)
    _edit_both(case, copy)
    encrypt(encrypted, Passphrase("correct horse battery staple"))
    damaged = folder / "damaged.casefile"
    damaged.write_bytes(b"This is not a case file.\n" * 64)
    plan = folder / "chancery-ground-floor.png"
    _plan_image(plan)
    extras = {"copy": copy, "encrypted": encrypted, "damaged": damaged, "plan": plan}
    return _Demo(folder, case, extras)


def _plan_image(path: Path) -> None:
    """A plain drawing to add as a site plan."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 500), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 760, 460), outline="black", width=4)
    draw.line((400, 40, 400, 460), fill="black", width=2)
    image.save(path)


def _edit_both(case: Path, copy: Path) -> None:
    """The same damage item's location changed in the case and in its copy: a conflict
    for the merge dialog, and a change for the compare dialog."""
    from casefile.store import CaseFile

    for path, where, actor in (
        (case, "Chancery, east wing", "Consular officer"),
        (copy, "Chancery, east façade", "Defence attaché"),
    ):
        with CaseFile.open(path, actor=actor) as opened:
            first = opened.ids("damage_item")[0]
            opened.update("damage_item", first, location=where)


def _shoot_language(shots: _Shots, demo: _Demo, language: str, list_sizes: bool) -> None:
    from casefile.store import Keys
    from casefile.ui.app import build_window

    settings = _settings(demo.folder / language, language)
    case_path = demo.folder / language / demo.case.name
    shutil.copyfile(demo.case, case_path)
    settings.add_recent(case_path)
    settings.last_folder = case_path.parent  # the file dialogs show the demo's folder
    _submit_for_review(case_path, Keys())
    window = build_window(settings, None, read_only=False)
    window.resize(*SIZE)
    window.show()
    shots.save(window, "00-welcome", "Welcome screen")
    shots.dialog(window.new_case, "40-new-case", "New case")
    shots.dialog(lambda: window.open_dialog(), "41-open-a-case", "Open a case (Qt's file dialog)")
    shots.dialog(lambda: window.open_path(demo.extras["damaged"]), "42-cannot-open", "Cannot open")
    shots.dialog(lambda: window.open_path(demo.extras["encrypted"]), "43-passphrase", "Passphrase")
    window.open_path(case_path)
    first = shots.every_view(window)
    shots.search(window)
    _shoot_dialogs(shots, window, demo)
    if list_sizes:
        for size in LIST_SIZES:
            shots.lists(window, case_path, size)
    window.resize(*SIZE)
    window.close_case()
    _shoot_locked(shots, window, case_path)
    window.open_path(case_path, read_only=True)
    if window.workspace is not None:
        window.workspace.show_page(2)
        if first["damage_item"]:
            window.workspace.view(2).show_item("damage_item", first["damage_item"])
    shots.save(window, "21-read-only", "A case open read-only")
    window.close()
    shots.settle()


def _submit_for_review(case_path: Path, keys: Any) -> None:
    """A reviewer's comment and a seal submitting the case: the Review view, the window's
    title and the audit log then show what a case in review shows."""
    from casefile.store import CaseFile

    with CaseFile.open(case_path, actor="Consular officer") as case:
        fence = case.ids("damage_item")[0]
        case.add_comment(fence, "Add the contractor's estimate before this goes to Baku.")
        case.seal(keys.unlock(None), state="submitted", comment="For the Minister's brief")


def _settings(folder: Path, language: str) -> Any:
    from PySide6.QtCore import QSettings

    from casefile.ui.support.settings import Settings

    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        folder / "settings.toml",
    )
    settings.save_preferences(
        replace(settings.preferences, name="Consular officer", language=language)
    )
    return settings


def _shoot_dialogs(shots: _Shots, window: Any, demo: _Demo) -> None:
    """The dialogs of an open case, each opened as the user opens it."""
    from PySide6.QtCore import QCoreApplication

    from casefile.ui.dialogs.discard import DiscardTypingDialog
    from casefile.ui.views.overview import OverviewView
    from casefile.ui.views.pages import PAGES

    shots.dialog(window.edit_settings, "44-settings", "Settings")
    shots.dialog(window.export_brief, "45-export-brief", "Export brief")
    shots.dialog(window.check_file, "46-check-file", "Check file: the report")
    shots.dialog(window.edit_encryption, "47-encryption", "Encryption")
    shots.dialog(
        window.edit_encryption,
        "47b-new-passphrase",
        "Encryption: the new passphrase",
        answers=[_accept_first_choice],
    )
    shots.dialog(
        window.compare_with,
        "48-compare",
        "Compare with another version",
        choose_file=demo.extras["copy"],
    )
    shots.dialog(
        window.merge_copy, "49-merge", "Merge a copy: a conflict", choose_file=demo.extras["copy"]
    )
    review = window.review
    # the seal dialogs differ only in their button's words: the first step's
    state, action = next(iter(review.seal_actions.items()))
    shots.dialog(action.trigger, f"50-seal-{_slug(state)}", "Review: seal the case")
    shots.dialog(review.action_release.trigger, "51-release-copy", "Release copy")
    window.workspace.show_page(0)
    overview = window.workspace.view(0)
    assert isinstance(overview, OverviewView)
    shots.dialog(overview.rates_button.click, "52-exchange-rates", "Exchange rates")
    shots.dialog(window._about, "53-about", "About casefile")
    plans = next(row for row, page in enumerate(PAGES) if "site_plan" in page.kinds)
    window.workspace.show_page(plans)
    shots.dialog(
        window.workspace.view(plans).add_button.click,
        "58-add-site-plan",
        "Site plan: naming a new plan",
        choose_file=demo.extras["plan"],
    )
    shots.dialog(
        lambda: DiscardTypingDialog.ask(window, [QCoreApplication.translate(*ESTIMATE)]),
        "59-discard-typing",
        "A refused value typed, on closing",
    )
    shots.window_of(window.show_shortcuts, "54-keyboard-shortcuts", "Keyboard shortcuts")
    shots.window_of(window.show_manual, "55-manual", "Manual")


def _shoot_locked(shots: _Shots, window: Any, case_path: Path) -> None:
    """The lock dialog: the case held open by someone else (here, by this process)."""
    from casefile.store import CaseFile

    with CaseFile.open(case_path, actor="Olena Kovalenko"):
        shots.dialog(lambda: window.open_path(case_path), "56-locked", "Case in use elsewhere")
        shots.dialog(
            lambda: window.open_path(case_path),
            "57-edit-anyway",
            "Case in use elsewhere: taking it over",
            answers=[lambda locked: locked.override_button.click()],
        )


def _accept_first_choice(dialog: Any) -> None:
    """Press a dialog's first button that goes on (Encrypt…, OK): not its Cancel."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    accepting = [
        b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    ]
    accepting[0].click()


class _Shots:
    """Grabs windows into PNG files, once the app has finished drawing them."""

    def __init__(self, app: Any, out_dir: Path, language: str) -> None:
        self._app = app
        self._out_dir = out_dir
        self._language = language
        self.written: list[Shot] = []
        #: the dialogs that did not appear
        self.missing: list[str] = []

    def settle(self) -> None:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)  # e.g. the audit chain's check
        for _ in range(5):
            self._app.processEvents()

    def save(self, widget: Any, name: str, caption: str) -> None:
        """Shoot `widget`; a window (the main window, a dialog, the find panel) under a bar
        with its title, which the system draws outside what is grabbed, and which is text
        in the language too."""
        self.settle()
        self._out_dir.mkdir(parents=True, exist_ok=True)
        path = self._out_dir / f"{name}.png"
        shot = widget.grab()
        if widget.isWindow() and widget.windowTitle():
            shot = _under_title(shot, widget.windowTitle())
        _write_png(shot, path)
        self.written.append(Shot(name, caption, self._language, path))

    def dialog(
        self,
        opening: Callable[[], object],
        name: str,
        caption: str,
        *,
        choose_file: Path | None = None,
        answers: Sequence[Callable[[Any], object]] = (),
    ) -> None:
        """Run `opening`, which shows a modal dialog; shoot it and cancel it. The dialogs
        on the way to it are answered in turn by `answers` (each given the dialog), and a
        file dialog by choosing `choose_file`."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QFileDialog

        waiting = list(answers)
        state = {"shot": False, "over": False, "waited": 0.0}
        step = 0.05

        def look() -> None:
            if state["over"]:
                return  # the dialog never came: a later one is not this shot
            modal = self._app.activeModalWidget()
            if modal is None or not modal.isVisible():
                state["waited"] += step
                if state["waited"] < DIALOG_WAIT_S:
                    QTimer.singleShot(int(step * 1000), look)
                return
            if choose_file is not None and isinstance(modal, QFileDialog):
                modal.selectFile(str(choose_file))
                modal.accept()
                QTimer.singleShot(int(step * 1000), look)
                return
            if waiting:
                state["waited"] = 0.0
                QTimer.singleShot(int(step * 1000), look)
                waiting.pop(0)(modal)  # may run the next dialog's loop: look is queued first
                return
            for _ in range(5):
                self._app.processEvents()
            self.save(modal, name, caption)
            state["shot"] = True
            modal.reject()

        QTimer.singleShot(0, look)
        opening()
        self.settle()
        state["over"] = True
        if not state["shot"]:
            self.missing.append(name)

    def window_of(self, opening: Callable[[], Any], name: str, caption: str) -> None:
        """Shoot the window `opening` returns, then close it."""
        shown = opening()
        self.save(shown, name, caption)
        shown.close()

    def every_view(self, window: Any) -> dict[str, str | None]:
        """A shot of each page, on its first item; the first item of each kind."""
        from casefile.ui.views.pages import PAGES

        workspace = window.workspace
        case = window.session.case
        first = {
            kind: (case.ids(kind) or [None])[0]
            for kind in ("party", "damage_item", "note", "meeting", "attachment")
        }
        for row, page in enumerate(PAGES):
            workspace.show_page(row)
            view = workspace.view(row)
            for kind in page.kinds:
                item_id = first.get(kind)
                if item_id and view.show_item(kind, item_id):
                    break
            self.save(window, f"{row + 1:02d}-{_slug(page.title)}", page.title)
        follow_ups = case.ids("follow_up")
        if follow_ups and workspace.show_item("follow_up", follow_ups[0]):
            self.save(window, "05b-follow-ups", "Follow-ups")
        return first

    def lists(self, window: Any, case_path: Path, size: tuple[int, int]) -> None:
        """Each list at `size`, the case opened anew: a list sizes itself when first shown."""
        from casefile.ui.views.pages import PAGES

        window.close_case()
        window.resize(*size)
        self.settle()
        window.open_path(case_path)
        workspace = window.workspace
        name = f"30-list-{size[0]}x{size[1]}"
        caption = f"at {size[0]} × {size[1]}"
        follow_ups = window.session.case.ids("follow_up")
        for row, page in enumerate(PAGES):
            if not set(page.kinds) & {"party", "damage_item", "note", "meeting"}:
                continue
            workspace.show_page(row)
            self.save(window, f"{name}-{_slug(page.title)}", f"{page.title} {caption}")
            if "follow_up" in page.kinds and follow_ups:
                workspace.view(row).show_item("follow_up", follow_ups[0])
                self.save(window, f"{name}-follow-ups", f"Follow-ups {caption}")

    def search(self, window: Any) -> None:
        window.workspace.show_page(1)
        window.find()  # builds the search dialog on first use
        window.search.query.setText("protest")
        window.search.run_search()
        self.save(window.search, "20-search", "Find in this case")
        window.search.hide()


#: the height of the title bar drawn over a dialog's shot
TITLE_BAR = 28


def _under_title(shot: Any, title: str) -> Any:
    """`shot` with a plain title bar holding `title` drawn above it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    ratio = shot.devicePixelRatio()
    width, height = round(shot.width() / ratio), round(shot.height() / ratio)
    framed = QPixmap(shot.width(), shot.height() + round(TITLE_BAR * ratio))
    framed.setDevicePixelRatio(ratio)
    framed.fill(QColor("#d9d9d9"))
    painter = QPainter(framed)
    font = QFont()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    bar = QRect(0, 0, width, TITLE_BAR)
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, title)
    painter.drawPixmap(0, TITLE_BAR, width, height, shot)
    painter.end()
    return framed


def _write_png(pixmap: Any, path: Path) -> None:
    """The shot as a palette PNG: a fraction of the size, and the same to the eye."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(BytesIO(bytes(buffer.data().data()))).convert("RGB")
    image.quantize(PNG_COLOURS, dither=Image.Dither.NONE).save(path, optimize=True)


def write_page(shots: Sequence[Shot], page: Path) -> None:
    """A Markdown page with a table of every shot: a row per view or dialog, a column
    per language, each cell a link relative to the page."""
    languages = [lang for lang in LANGUAGES if any(s.language == lang for s in shots)]
    rows: dict[str, dict[str, Shot]] = {}
    for shot in shots:
        rows.setdefault(shot.name, {})[shot.language] = shot
    lines = [
        "# Screenshots",
        "",
        "Every view of the app on the demo case, and its main dialogs, in each language,",
        "written by `make screenshots` (casefile/ui/screenshots.py). A window's shot carries",
        "its title in a bar above it. The case's own text (titles, names, notes) is the",
        "user's data and stays as it was typed; the lists at a laptop's and a full HD",
        "screen's size are shown in English.",
        "",
        "| " + " | ".join(["Shows", *(LANGUAGES[lang] for lang in languages)]) + " |",
        "| " + " | ".join(["---"] * (len(languages) + 1)) + " |",
    ]
    for name in sorted(rows):
        shot_in = rows[name]
        caption = next(iter(shot_in.values())).caption
        cells = [_link(shot_in[lang], page, lang) if lang in shot_in else "—" for lang in languages]
        lines.append("| " + " | ".join([caption, *cells]) + " |")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _link(shot: Shot, page: Path, language: str) -> str:
    target = os.path.relpath(shot.path, page.parent).replace(os.sep, "/")
    return f"[{language}]({target})"


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m casefile.ui.screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--page", type=Path, help="write a Markdown page listing the shots")
    parser.add_argument(
        "--languages",
        default=",".join(LANGUAGES),
        help="comma-separated, of " + ", ".join(LANGUAGES),
    )
    args = parser.parse_args(argv)
    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language {unknown[0]!r}: choose from {', '.join(LANGUAGES)}")
    try:
        shots = take(args.out_dir, languages)
    except DialogMissing as exc:
        print(f"casefile-screenshots: error: {exc}", file=sys.stderr)
        return 1
    for shot in shots:
        print(shot.path)
    if args.page is not None:
        write_page(shots, args.page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

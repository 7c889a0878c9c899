"""The command line: `casefile COMMAND …`; with no command it opens the GUI.

Every failure is one line on stderr starting `casefile: error:`, with DESIGN.md's
exit codes: 1 refused data or problems found, 2 the file could not be opened.
Heavy modules (Qt, reportlab, Pillow) are imported only by the commands that use them.

SIGINT (Ctrl+C) and SIGTERM stop a command cleanly: the signal is raised as an
exception where the command is, so every `finally` and `with` runs (temporary files,
private folders and the lock are removed, a transaction rolls back), and the command
exits with one line, "casefile: error: interrupted by SIGTERM; …", and the shell's
code for the signal: 130 for SIGINT, 143 for SIGTERM. A second signal while that
cleanup runs is ignored, so that the cleanup finishes.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from casefile import __version__, cli_copies, console, startup
from casefile import passphrase_input as passphrases
from casefile.names import one_line, shortened, shown

#: `export-table`'s KIND -> the kind of item that list shows
TABLE_KINDS = {
    "parties": "party",
    "damage": "damage_item",
    "notes": "note",
    "meetings": "meeting",
    "follow-ups": "follow_up",
}

EXIT_OK, EXIT_PROBLEMS = 0, 1  # 2 (cannot open) comes with the CaseFileError raised
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
#: How soon a signal that arrived where it could not be raised is delivered again.
REDELIVER_S = 0.02


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised where the command was, so that its cleanup runs.

    One class per signal, the signal a class attribute: a library that re-raises an
    exception as its own type with a new message (reportlab does) keeps the signal."""

    signum: int = signal.SIGINT


class InterruptedBySigint(Interrupted):
    signum = signal.SIGINT


class InterruptedBySigterm(Interrupted):
    signum = signal.SIGTERM


INTERRUPTS: dict[int, type[Interrupted]] = {
    signal.SIGINT: InterruptedBySigint,
    signal.SIGTERM: InterruptedBySigterm,
}


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors follow our one-line format and exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = f"see 'casefile {self._sub_name()}--help'"
        if any(arg.startswith("-") and os.path.lexists(arg) for arg in sys.argv[1:]):
            hint += "; a file whose name starts with '-' goes after '--'"
        self.exit(EXIT_PROBLEMS, f"casefile: error: {one_line(message)} ({hint})\n")

    def _sub_name(self) -> str:
        words = self.prog.split()[1:]
        return (" ".join(words) + " ") if words else ""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casefile",
        description="Offline case files for incidents that "
        "damage a diplomatic mission, and PDF briefs from them.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("open", help="open the GUI on a case file (the welcome screen without)")
    p.add_argument("path", metavar="PATH", nargs="?")
    p.add_argument("--read-only", action="store_true", help="open without changing anything")

    p = sub.add_parser("new", help="create a case file")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--title", required=True)
    p.add_argument(
        "--occurred-at",
        metavar="ISO8601",
        help="when it happened, e.g. 2025-11-14T01:00 (read in --timezone)",
    )
    p.add_argument("--timezone", metavar="ZONE", help="IANA zone, e.g. Europe/Kyiv")
    p.add_argument("--location", default="")
    p.add_argument("--reference", default="")
    p.add_argument(
        "--classification",
        metavar="LABEL",
        help="the case's classification label (default: the one in your settings)",
    )
    p.add_argument("--encrypt", action="store_true", help="encrypt the new case with a passphrase")
    passphrases.add_option(p, passphrases.NEW)

    p = sub.add_parser("demo", help="write the demo case (Kyiv, November 2025)")
    p.add_argument("path", metavar="PATH")

    p = sub.add_parser("info", help="schema version, counts per entity, estimate totals")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "search", help="what the GUI's search finds: folded, transliterated, best first"
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("text", metavar="TEXT", help="words to find, each as the start of a word")
    p.add_argument("--json", action="store_true", help="print JSON, with the match spans")

    p = sub.add_parser(
        "check",
        help="integrity, schema, links, attachment hashes, audit chain, items changed outside",
    )
    p.add_argument("path", metavar="PATH")

    p = sub.add_parser("attach", help="add photos or documents to an item")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--to", required=True, metavar="ID", help="id of a damage item, note or meeting")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("plan", help="site plans: add one, pin an item on one")
    plan = p.add_subparsers(
        dest="plan_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    p = plan.add_parser("add", help="add a site plan (PNG, JPEG or PDF); prints its id")
    p.add_argument("path", metavar="PATH")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--name", required=True, help='what the plan shows, e.g. "Compound"')
    p.add_argument("--caption", default="", help='e.g. "schematic, not to scale"')
    p = plan.add_parser("pin", help="pin a damage item or a photo on a plan at X, Y (0..1)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("plan_id", metavar="PLAN_ID")
    p.add_argument("item_id", metavar="ITEM_ID", help="a damage item's or a photo's id")
    p.add_argument("x", metavar="X", help="from the left edge, 0 to 1 of the plan's width")
    p.add_argument("y", metavar="Y", help="from the top edge, 0 to 1 of the plan's height")

    p = sub.add_parser("export-json", help="the whole case as casefile-json")
    p.add_argument("path", metavar="PATH")
    p.add_argument("out", metavar="OUT.json")

    p = sub.add_parser(
        "export-table", help="one list as a table (CSV or XLSX), every column the GUI has"
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "kind",
        metavar="KIND",
        choices=TABLE_KINDS,
        help="parties, damage, notes, meetings, follow-ups",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.csv|OUT.xlsx")

    p = sub.add_parser("import-json", help="insert or update by id, in one transaction")
    p.add_argument("path", metavar="PATH")
    p.add_argument("input", metavar="IN.json")

    cli_copies.add_parsers(sub)

    p = sub.add_parser("brief", help="write the PDF brief")
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument(
        "--redact-internal", action="store_true", help="leave out internal notes and follow-ups"
    )
    p.add_argument("--classification", metavar="LABEL")
    p.add_argument(
        "--section",
        action="append",
        metavar="NAME",
        help="include only these sections (repeatable)",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the brief's date (default: today)")
    p.add_argument(
        "--preparer",
        metavar="NAME",
        help="who prepared the brief, for its cover (default: the name in your settings)",
    )
    p.add_argument(
        "--review-comments",
        action="store_true",
        help="print the reviewers' comments at the end (left out unless asked for)",
    )
    p.add_argument(
        "--language",
        metavar="LANG",
        help="the brief's language: en, az, ru or uk (default: the language in your settings)",
    )

    p = sub.add_parser(
        "seal", help="sign the case as it is now with your key, in a review state or none"
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--state", choices=("submitted", "approved", "changes-requested"))
    p.add_argument("--comment", default="", metavar="TEXT", help="what the seal says")
    p.add_argument(
        "--key-passphrase-file",
        metavar="F",
        help="your key's passphrase, kept in F (else CASEFILE_KEY_PASSPHRASE, else asked)",
    )

    p = sub.add_parser(
        "release",
        help="a sealed copy to share outside the team: no deleted or edited-away text, "
        "with a manifest of what it withholds",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("out", metavar="OUT")
    p.add_argument(
        "--redact-internal",
        action="store_true",
        help="also withhold internal notes and follow-ups (and files only they hold)",
    )
    p.add_argument(
        "--key-passphrase-file",
        metavar="F",
        help="your key's passphrase, kept in F (else CASEFILE_KEY_PASSPHRASE, else asked)",
    )
    passphrases.add_copy_options(p)

    for name in ("info", "search", "check", "attach", "export-json", "import-json", "brief",
                 "seal", "release", "export-table"):  # fmt: skip
        passphrases.add_option(sub.choices[name])
    for action in ("add", "pin"):
        passphrases.add_option(plan.choices[action])

    p = sub.add_parser("encrypt", help="encrypt a case file with a passphrase (SQLCipher)")
    p.add_argument("path", metavar="PATH")
    passphrases.add_option(p, passphrases.NEW)
    p = sub.add_parser("decrypt", help="write an encrypted case file back as a plain one")
    p.add_argument("path", metavar="PATH")
    passphrases.add_option(p)
    p = sub.add_parser("rekey", help="change an encrypted case file's passphrase")
    p.add_argument("path", metavar="PATH")
    passphrases.add_option(p)
    passphrases.add_option(p, passphrases.NEW)

    key = sub.add_parser("key", help="your signing key, and the keys of people you trust")
    keys = key.add_subparsers(dest="key_command", metavar="KEY_COMMAND", parser_class=_Parser)
    keys.required = True
    p = keys.add_parser("new", help="make your signing key (Ed25519), kept in your config folder")
    p.add_argument("--name", required=True, help="your name as others will see it on seals")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="protect the key with the passphrase in F (else CASEFILE_KEY_PASSPHRASE; "
        "else asked on a terminal, or none)",
    )
    p = keys.add_parser("export", help="write your public key file, to give to others")
    p.add_argument("out", metavar="OUT.pub")
    p = keys.add_parser("trust", help="trust someone's public key file here")
    p.add_argument("input", metavar="FILE.pub")
    keys.add_parser("list", help="your key and the keys you trust, with their fingerprints")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = COMMANDS.get(args.command or "", cmd_gui)
    if args.command == "key":
        handler = KEY_COMMANDS[args.key_command]
    if handler is cmd_gui:  # the app handles its own ending (ui/app.py)
        return run_command(handler, args)
    with stopping_on_signals():
        return run_command(handler, args)


def run_command(handler: Any, args: argparse.Namespace) -> int:
    """The command, with every failure as one line on stderr and its exit code."""
    from casefile.store import CaseFileError

    try:
        if handler is not cmd_gui:
            startup.end()  # the store is loaded; the app ends start-up once it shows
        code: int = handler(args)
        return code
    except CaseFileError as exc:
        message = str(exc)
        if exc.path is None and getattr(args, "path", None):
            message = f"{shown(args.path)}: {message}"  # every error names the case file
        return fail(message, exc.exit_code)
    except console.OutputFailed as exc:
        return fail(exc.message, EXIT_PROBLEMS)
    except KeyboardInterrupt as exc:
        return interrupted(exc)
    except Exception as exc:
        if os.environ.get("CASEFILE_DEBUG"):
            raise
        first_line = (str(exc).strip().splitlines() or [""])[0]
        return fail(
            f"unexpected internal error ({type(exc).__name__}: {first_line}); the case file "
            "was not changed by this failure; set CASEFILE_DEBUG=1 for details and "
            "report it",
            EXIT_PROBLEMS,
        )


def interrupted(exc: KeyboardInterrupt) -> int:
    signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
    return fail(
        f"interrupted by {signal.Signals(signum).name}; nothing half-written was left, "
        "and the case file is as it was after its last completed change",
        128 + signum,
    )


@contextlib.contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted in the command, once; the handlers that were
    there before come back at the end (main() also runs inside tests and the app)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    stopping: list[int] = []

    def on_signal(signum: int, frame: Any) -> None:
        if stopping:  # already unwinding: let the cleanup finish
            return
        if not _may_raise_in(frame):  # deliver it again in a moment, from elsewhere
            again = threading.Timer(REDELIVER_S, signal.raise_signal, (signum,))
            again.daemon = True
            again.start()
            return
        stopping.append(signum)
        raise INTERRUPTS[signum](signal.Signals(signum).name)

    previous = {signum: signal.signal(signum, on_signal) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            if handler is not None:
                signal.signal(signum, handler)


_SQLALCHEMY_POOL = os.path.join("sqlalchemy", "pool", "")


def _may_raise_in(frame: Any) -> bool:
    """Whether an exception raised in `frame` reaches the command. Python prints and
    ignores one raised in a __del__, and one raised inside the import machinery (in the
    weakref callback that frees a module's import lock, say) can be lost in the same way
    and leave the lock held, so that the next thread to import that module waits for
    ever. SQLAlchemy's pool catches what is raised while it closes or resets a connection
    and logs it with its traceback on stderr. None of these places may take the signal."""
    while frame is not None:
        code = frame.f_code
        if (
            code.co_filename.startswith("<frozen importlib")
            or code.co_name == "__del__"
            or _SQLALCHEMY_POOL in code.co_filename
        ):
            return False
        frame = frame.f_back
    return True


def run_gui_script() -> None:
    """`casefile-gui [PATH] [--read-only]`, the GUI script: `casefile open` under a name
    that Windows starts without a console window (where errors have nowhere to go, so
    the app shows them in its own windows)."""
    sys.argv[1:1] = ["open"]
    run()


def run() -> None:
    """The console script. Start-up runs with the cyclic collector paused (see
    casefile/startup.py)."""
    startup.begin()
    console.install()
    try:
        code = main()
    except KeyboardInterrupt as exc:  # a signal while an error line was being written
        code = interrupted(exc)
    failed = console.finish()
    if failed is not None and code == EXIT_OK:
        code = fail(failed.message, EXIT_PROBLEMS)
    for signum in STOP_SIGNALS:  # the exit below releases what is still held: let it
        signal.signal(signum, signal.SIG_IGN)
    if code in (128 + signum for signum in STOP_SIGNALS):
        # An interrupted command may leave a database connection in a reference cycle,
        # in the middle of a transaction: freed now, while the interpreter is whole,
        # SQLite rolls it back and removes its journal.
        gc.collect()
    sys.exit(code)


def fail(message: str, code: int) -> int:
    """The one error line: line breaks and control characters escaped, and at most
    a thousand characters of it (a refused value may be a million)."""
    try:
        print(f"casefile: error: {shortened(one_line(message))}", file=sys.stderr)
    except OSError:  # standard error is gone too: the exit code says it
        pass
    return code


def say_notices(case: Any, *, about: str | None = None) -> None:
    for notice in case.notices:
        if about is None or notice.about == about:
            line = f"casefile: {notice.severity}: {shown(case.path)}: {notice.message}"
            print(one_line(line), file=sys.stderr)


# -- commands ----------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from casefile.store import NotAvailable

    if not has_display():
        # Qt would print its plugin list and abort the process (exit 134).
        raise NotAvailable(
            "the desktop app needs a display, and none is set (DISPLAY or WAYLAND_DISPLAY): "
            "run it in a desktop session, or use the commands (casefile --help)"
        )
    try:
        from casefile.ui.app import run_gui
    except ImportError as exc:
        raise NotAvailable(f"the desktop app cannot start here ({exc})") from exc
    path = getattr(args, "path", None)
    return run_gui(Path(path) if path else None, read_only=getattr(args, "read_only", False))


def has_display() -> bool:
    """Whether Qt has somewhere to show a window: a chosen platform (such as offscreen),
    or on Linux and the BSDs an X or Wayland display; other systems always have one."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith(("linux", "freebsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_new(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, check_zone, parse_instant, read_settings

    zone = check_zone(args.timezone) if args.timezone else None
    occurred = None
    if args.occurred_at:
        occurred = parse_instant(args.occurred_at, "--occurred-at", zone or "UTC")
        if zone is None and occurred.tzinfo is not None:
            zone = "UTC"
    passphrase = None
    if args.encrypt:
        passphrase = passphrases.new_passphrase(args, args.path, has_one=False)
    with CaseFile.create(
        args.path,
        passphrase=passphrase,
        title=args.title,
        occurred_at=occurred,
        timezone=zone or "UTC",
        location=args.location,
        reference=args.reference,
        classification=(
            args.classification
            if args.classification is not None
            else read_settings().classification
        ),
    ) as case:
        print(f"created {shown(case.path)}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from casefile.demo import build_demo

    path = build_demo(Path(args.path))
    print(f"wrote the demo case to {shown(path)}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, format_money, to_decimal_string

    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        summary = case.summary()
        say_notices(case)  # after the work: a failure then prints its one error line only
    if args.json:
        print(
            json.dumps(
                {
                    "path": summary.path,
                    "title": summary.title,
                    "reference": summary.reference,
                    "schema_version": summary.schema_version,
                    "counts": summary.counts,
                    "estimate_totals": {
                        c: to_decimal_string(v, c) for c, v in summary.totals.items()
                    },
                    "unassessed_damage_items": summary.unassessed,
                    "fingerprint": summary.fingerprint,
                    "audit_head": summary.audit_head,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    labels = {
        "party": "parties",
        "note": "notes",
        "damage_item": "damage items",
        "meeting": "meetings",
        "follow_up": "follow-ups",
        "attachment": "attachments",
    }
    print(shown(summary.path))
    print(f"  title:          {one_line(summary.title)}")
    if summary.reference:
        print(f"  reference:      {one_line(summary.reference)}")
    print(f"  schema version: {summary.schema_version}")
    print(f"  fingerprint:    {summary.fingerprint}")
    for kind, label in labels.items():
        print(f"  {label + ':':<15} {summary.counts[kind]}")
    totals = "; ".join(format_money(v, c) for c, v in summary.totals.items()) or "none"
    print(
        f"  estimates:      {totals}"
        + (f" ({summary.unassessed} damage item(s) not assessed)" if summary.unassessed else "")
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """The GUI's search (Ctrl+F), read-only: kind, id, title and snippet of each hit, best
    first; in JSON also where the words matched, as [start, end) offsets in characters
    (code points) of the title and of the snippet."""
    from casefile.store import CaseFile

    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        hits = case.search(args.text)
        say_notices(case)
    if args.json:
        found = [
            {
                "kind": hit.kind,
                "id": hit.id,
                "title": hit.title,
                "reference": hit.reference,
                "snippet": hit.snippet,
                "title_spans": [list(span) for span in hit.title_spans],
                "snippet_spans": [list(span) for span in hit.snippet_spans],
            }
            for hit in hits
        ]
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("nothing found")
    for hit in hits:
        title = " ".join(f"{hit.reference} {hit.title}".split())
        print(one_line(f"{hit.kind}\t{hit.id}\t{title}"))
        print(one_line(f"    {' '.join(hit.snippet.split())}"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile

    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        result = case.check_result()
        problems = list(result.problems)
        if not problems:  # the problems say it better than the opening notices
            say_notices(case)
        else:  # but not that the file was read without touching what was beside it
            say_notices(case, about="interrupted_write")
    print_seals(result, args.path)
    if problems:
        for problem in problems:
            print(one_line(f"{problem.area}: {problem.message}"))
        return fail(
            f"{shown(args.path)}: {len(problems)} problem(s) found; restore the file from a "
            "copy or open it read-only",
            EXIT_PROBLEMS,
        )
    entries = result.audit_entries
    print(
        f"ok: {shown(args.path)}: integrity, schema, links, attachment hashes and the audit chain "
        f"({entries} entries) are sound, and the log accounts for every item"
    )
    return EXIT_OK


def print_seals(result: Any, path: str) -> None:
    """What `check` says of the seals: one line each, and what no seal covers."""
    for seal in result.seals:
        print(one_line(seal.line(len(result.seals))))
        if seal.comment:
            print(one_line(f"  comment: {seal.comment}"))
    if result.release is not None:
        print(one_line(f"{result.release.sentence()}"))
        print(one_line(f"  withheld: {withheld_text(result.release.withheld)}"))
    elif result.review is not None:
        print(one_line(f"review state: {result.review.sentence()}"))
    for warning in result.warnings:
        line = f"casefile: warning: {shown(path)}: {warning.message}"
        print(one_line(line), file=sys.stderr)
    if result.uncovered:
        seqs = [seq for seq, _ in result.uncovered]
        actors = ", ".join(dict.fromkeys(actor for _, actor in result.uncovered))
        span = f"entry {seqs[0]}" if len(seqs) == 1 else f"entries {seqs[0]} to {seqs[-1]}"
        count = f"{len(seqs)} change{'s' if len(seqs) != 1 else ''}"
        line = (
            f"casefile: warning: {shown(path)}: {count} since the latest seal, which no seal "
            f"covers: {span}, by {actors}"
        )
        print(one_line(line), file=sys.stderr)


def cmd_seal(args: argparse.Namespace) -> int:
    from casefile.store import Keys, edit_case

    keys = Keys()
    key = keys.unlock(key_passphrase(args.key_passphrase_file, keys))  # before the case opens
    sealed = edit_case(
        args.path,
        lambda case: case.seal(key, state=args.state or "", comment=args.comment),
        on_opened=say_notices,
        passphrase=_passphrase(args),
    )
    print(
        one_line(
            f"{sealed.state_label} by {sealed.signer}: sealed {shown(args.path)} at state "
            f"{sealed.head[:16]} (entry {sealed.seq})"
        )
    )
    print(f"  your key's fingerprint: {sealed.fingerprint}")
    return EXIT_OK


def cmd_release(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, Keys, check_output

    out = check_output(args.out, inputs=[args.path], what="the release copy")
    copy_passphrase = passphrases.copy_passphrase(args)
    keys = Keys()
    key = keys.unlock(key_passphrase(args.key_passphrase_file, keys))
    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        written, manifest = case.release_copy(
            out,
            key,
            redact_internal=args.redact_internal,
            passphrase=copy_passphrase,
            plain=args.plain,
        )
        say_notices(case)
        encrypted_as_case = case.encrypted
    print(f"wrote the release copy {shown(written)}, sealed by {one_line(key.public.name)}")
    print(one_line(f"  withheld: {withheld_text(manifest['withheld'])}"))
    if copy_passphrase is not None:
        print("  encrypted with the new passphrase")
    elif encrypted_as_case and not args.plain:
        print("  encrypted with the case's passphrase (--plain or --new-passphrase-file to choose)")
    elif encrypted_as_case:
        print("  not encrypted, as asked: anyone who has the copy can read it")
    return EXIT_OK


KIND_NAMES = {"damage_item": "damage item", "follow_up": "follow-up"}


def withheld_text(withheld: dict[str, Any]) -> str:
    """A manifest's counts in words: "the values of 41 audit entries; 2 deleted items
    (1 note, 1 party); …"."""

    def kinds(counts: Any) -> str:
        if not isinstance(counts, dict) or not counts:
            return ""
        named = [f"{n} {KIND_NAMES.get(k, k)}" for k, n in counts.items() if n]
        return f" ({', '.join(named)})" if named else ""

    def total(counts: Any) -> int:
        return sum(counts.values()) if isinstance(counts, dict) else 0

    parts = [
        f"the values of {withheld.get('entry_values', 0)} audit entries",
        f"{total(withheld.get('deleted_items'))} deleted items"
        + kinds(withheld.get("deleted_items")),
        f"{total(withheld.get('internal_items'))} internal items"
        + kinds(withheld.get("internal_items")),
        f"{withheld.get('files_of_internal_notes', 0)} files of internal notes",
        f"{withheld.get('review_comments', 0)} review comments",
        f"{withheld.get('seals', 0)} earlier seals",
    ]
    return "; ".join(parts)


def key_passphrase(passphrase_file: str | None, keys: Any) -> str | None:
    """The passphrase of the user's key: from the file, else CASEFILE_KEY_PASSPHRASE, else
    asked on a terminal where the key has one; None where none is given."""
    from casefile.store import CaseFileError, read_passphrase_file

    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if os.environ.get(KEY_PASSPHRASE_VARIABLE):
        return os.environ[KEY_PASSPHRASE_VARIABLE]
    try:
        protected = keys.is_protected()
    except CaseFileError:
        return None  # unlock() says what is wrong with the key
    if protected and sys.stdin.isatty() and sys.stderr.isatty():
        import getpass

        return getpass.getpass("Passphrase of your signing key: ") or None
    return None


def cmd_attach(args: argparse.Namespace) -> int:
    from casefile.store import InvalidInput, check_id, check_not_output, edit_case, read_attachment

    for name in args.files:
        check_not_output(name, args.path, what="a file to attach")
    try:
        check_id(args.to, "attachment target")  # refused before opening may change the case
        files = [read_attachment(name) for name in args.files]
    except InvalidInput as exc:
        raise InvalidInput(f"{exc}; nothing was attached") from exc
    added = edit_case(
        args.path,
        lambda case: case.add_attachments(files, to=args.to),
        on_opened=say_notices,
        passphrase=_passphrase(args),
    )
    for record in added:
        print(f"{record.id}  {shown(record.filename)}  {record.media_type}  {record.size} bytes")
        if record.notice:
            warning = f"casefile: warning: {shown(args.path)}: {record.notice}"
            print(one_line(warning), file=sys.stderr)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    return cmd_plan_add(args) if args.plan_command == "add" else cmd_plan_pin(args)


def cmd_plan_add(args: argparse.Namespace) -> int:
    from casefile.store import InvalidInput, check_not_output, edit_case, read_plan

    check_not_output(args.image, args.path, what="a plan image")
    try:
        data, filename = read_plan(args.image)
        added = edit_case(
            args.path,
            lambda case: case.add_plan(data, filename, name=args.name, caption=args.caption),
            on_opened=say_notices,
            passphrase=_passphrase(args),
        )
    except InvalidInput as exc:
        raise InvalidInput(f"{exc.message}; no plan was added", path=exc.path) from exc
    print(added.id)
    return EXIT_OK


def cmd_plan_pin(args: argparse.Namespace) -> int:
    from casefile.store import InvalidInput, edit_case

    def fraction(text: str, axis: str) -> float:
        try:
            return float(text)
        except ValueError:
            raise InvalidInput(
                f"pin {axis} {text!r} is not a number: give {axis.upper()} from 0 to 1"
            ) from None

    x, y = fraction(args.x, "x"), fraction(args.y, "y")
    try:
        pin = edit_case(
            args.path,
            lambda case: case.pin(args.plan_id, args.item_id, x, y),
            on_opened=say_notices,
            passphrase=_passphrase(args),
        )
    except InvalidInput as exc:
        raise InvalidInput(f"{exc.message}; nothing was pinned", path=exc.path) from exc
    print(pin.id)
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, check_output, write_json

    out = check_output(args.out, inputs=[args.path], what="the JSON export")
    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        document = case.export_document()
        say_notices(case)
    write_json(document, out, inputs=[case.path])
    print(f"wrote {shown(args.out)}")
    return EXIT_OK


def cmd_export_table(args: argparse.Namespace) -> int:
    """A list as the GUI's export writes it: CSV (UTF-8 with a BOM) or XLSX by the output's
    suffix, every column of the list in its default order. The list's model makes the
    table, so this command loads Qt's core (no window)."""
    from casefile.store import CaseFile, InvalidInput, check_output

    out = check_output(args.output, inputs=[args.path], what="the table")
    from casefile.ui.tasks.export_list import case_table, write_table

    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        if out.suffix.lower() not in (".csv", ".xlsx"):  # said once the case is known good
            raise InvalidInput("choose an output name ending in .csv or .xlsx", path=out)
        table = case_table(case, TABLE_KINDS[args.kind])
        say_notices(case)
        write_table(table, out, case_path=case.path)
    print(f"wrote {shown(args.output)} ({len(table.rows):,} rows)")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, InvalidInput, check_not_output, edit_case, read_json

    target = Path(args.path)
    check_not_output(args.input, target, what="the document to import")
    try:
        document = read_json(Path(args.input))
        if target.exists():
            # Refused before the case is opened: opening may recover or upgrade it.
            checked = CaseFile.check_document(document)
            changed = edit_case(
                target,
                lambda case: case.import_document(document, checked=checked),
                on_opened=say_notices,
                passphrase=_passphrase(args),
            )
            print(
                f"imported {shown(args.input)} into {shown(target)}: {changed} item(s) "
                "created or changed"
            )
        else:
            with CaseFile.create_from_document(target, document):
                pass
            print(f"created {shown(target)} from {shown(args.input)}")
    except InvalidInput as exc:
        raise InvalidInput(f"{shown(args.input)}: {exc.message}; nothing was imported") from exc
    return EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, check_output

    check_output(args.output, inputs=[args.path], what="the brief")
    try:
        from casefile.brief import BriefOptions, export_brief
    except ImportError as exc:
        from casefile.store import NotAvailable

        raise NotAvailable("briefs are not available in this build") from exc
    options = BriefOptions.from_cli(
        sections=args.section,
        date=args.date,
        classification=args.classification,
        redact_internal=args.redact_internal,
        preparer=args.preparer,
        review_comments=args.review_comments,
        language=args.language,
    )
    with CaseFile.open(args.path, read_only=True, passphrase=_passphrase(args)) as case:
        uncovered = export_brief(case, Path(args.output), options)
        say_notices(case)
    for field in uncovered:
        print(
            f"casefile: warning: {shown(args.output)}: no font for {field}; printed as [U+XXXX]",
            file=sys.stderr,
        )
    print(f"wrote {shown(args.output)}")
    return EXIT_OK


def cmd_key_new(args: argparse.Namespace) -> int:
    from casefile.store import Keys

    passphrase = new_key_passphrase(args.passphrase_file)
    keys = Keys()
    public = keys.create(args.name, passphrase)
    print(f"made your signing key: {one_line(public.name)}")
    print(f"  fingerprint: {public.fingerprint}")
    print(f"  kept in:     {shown(keys.private_path)}")
    if passphrase:
        print("  protected by your passphrase: seal and release ask for it")
    else:
        print("  not protected by a passphrase: anyone who can read that file can sign as you")
    print("give others your public key with 'casefile key export OUT.pub'")
    return EXIT_OK


def new_key_passphrase(passphrase_file: str | None) -> str | None:
    """The passphrase for a new key: from the file, else CASEFILE_KEY_PASSPHRASE, else
    asked twice on a terminal (an empty answer: none); without a terminal, none."""
    from casefile.store import InvalidInput, read_passphrase_file

    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if os.environ.get(KEY_PASSPHRASE_VARIABLE):
        return os.environ[KEY_PASSPHRASE_VARIABLE]
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return None
    import getpass

    first = getpass.getpass("Passphrase for your new key (empty for none): ")
    if not first:
        return None
    if getpass.getpass("The same passphrase again: ") != first:
        raise InvalidInput("the two passphrases differ: no key was made; try again")
    return first


KEY_PASSPHRASE_VARIABLE = "CASEFILE_KEY_PASSPHRASE"


def cmd_key_export(args: argparse.Namespace) -> int:
    from casefile.store import Keys

    public = Keys().export(args.out)
    print(f"wrote the public key of {one_line(public.name)} to {shown(args.out)}")
    print(f"  fingerprint: {public.fingerprint}")
    print("whoever receives it should read this fingerprint back to you before trusting it")
    return EXIT_OK


def cmd_key_trust(args: argparse.Namespace) -> int:
    from casefile.store import Keys

    public, outcome = Keys().trust(args.input)
    name = one_line(public.name)
    said = {
        "trusted": f"trusted the key of {name}",
        "renamed": f"trusted the key of {name} (trusted before under another name)",
        "already": f"the key of {name} was already trusted here",
        "own": f"the key of {name} is your own: it needs no trusting",
    }
    print(said[outcome])
    print(f"  fingerprint: {public.fingerprint}")
    if outcome in ("trusted", "renamed"):
        print("compare this fingerprint with its owner's, read out on another channel")
    return EXIT_OK


def cmd_key_list(args: argparse.Namespace) -> int:
    from casefile.store import Keys

    keys = Keys()
    entries = keys.listing()
    if not entries:
        print(f"no keys: make yours with 'casefile key new --name NAME' ({shown(keys.folder)})")
        return EXIT_OK
    for entry in entries:
        role = "yours  " if entry.own else "trusted"
        if entry.public is None:
            line = f"casefile: warning: {shown(entry.path)}: {entry.problem}; it is not used"
            print(one_line(line), file=sys.stderr)
            continue
        extra = ""
        if entry.own:
            extra = "  (passphrase)" if entry.protected else "  (no passphrase)"
        print(one_line(f"{role}  {entry.public.fingerprint}  {entry.public.name}{extra}"))
    return EXIT_OK


KEY_COMMANDS = {
    "new": cmd_key_new,
    "export": cmd_key_export,
    "trust": cmd_key_trust,
    "list": cmd_key_list,
}


def _passphrase(args: argparse.Namespace) -> Any:
    """The passphrase of the case the command opens (store.Passphrase, or None)."""
    return passphrases.case_passphrase(args, args.path)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from casefile.store import encrypt

    encrypt(args.path, passphrases.new_passphrase(args, args.path, has_one=False))
    print(
        f"encrypted {shown(args.path)}: it opens only with its passphrase, and a lost "
        "passphrase cannot be recovered"
    )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from casefile.store import decrypt

    decrypt(args.path, _passphrase(args))
    print(f"decrypted {shown(args.path)}: anyone who has the file can now read it")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from casefile.store import rekey

    rekey(args.path, _passphrase(args), passphrases.new_passphrase(args, args.path, has_one=True))
    print(f"changed the passphrase of {shown(args.path)}")
    return EXIT_OK


COMMANDS = {
    "open": cmd_gui,
    "new": cmd_new,
    "demo": cmd_demo,
    "info": cmd_info,
    "search": cmd_search,
    "export-table": cmd_export_table,
    "check": cmd_check,
    "attach": cmd_attach,
    "plan": cmd_plan,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
    "brief": cmd_brief,
    "seal": cmd_seal,
    "diff": cli_copies.cmd_diff,
    "merge": cli_copies.cmd_merge,
    "release": cmd_release,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "rekey": cmd_rekey,
}

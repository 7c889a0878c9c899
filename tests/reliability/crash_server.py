"""A pool worker of the crash tests: forks children that edit a case file and kills them.

Run as `python crash_server.py`. It imports casefile once, then for each JSON request on
stdin forks a child that performs the request's task through the CaseFile API or the
command line (`casefile.cli.main`), exactly as the application would. The child reports
each call that returned on the pipe (one `R {...}` line per event, written with a single
os.write, so a report is either in the pipe whole or absent). After `kill_after`
seconds the server sends SIGKILL to the child if it is still running, reaps it, and
answers `DONE {"killed": …}`. Forking from a warm process is what makes hundreds of
kills fit in a CI minute; each child is still a separate process killed mid-work.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

NOTE_TITLE = re.compile(r"^(r\d+x\d+)v(\d+) title$")
NOTE_BODY = re.compile(r"^(r\d+x\d+)v(\d+) body")


def main() -> None:
    from casefile import cli  # noqa: F401  (warm every module a child will use)
    from casefile.store import CaseFile, interchange  # noqa: F401

    with tempfile.TemporaryDirectory() as warm:  # alembic and the pool, imported once
        CaseFile.create(Path(warm) / "warm.casefile", title="warm-up").close()
    print("READY", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)
        killed = False
        delay = request.get("kill_after")
        if delay is None:
            _, status = os.waitpid(pid, 0)
        else:
            time.sleep(delay)
            done, status = os.waitpid(pid, os.WNOHANG)
            if done == 0:  # still working: this is a kill at a random moment
                os.kill(pid, signal.SIGKILL)
                killed = True
                _, status = os.waitpid(pid, 0)
        print("DONE " + json.dumps({"killed": killed, "status": status}), flush=True)


def _child(request: dict) -> None:
    report_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    log = request.get("log")
    if log:
        os.dup2(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644), 2)
    else:
        os.dup2(devnull, 2)

    def report(**event: object) -> None:
        os.write(report_fd, ("R " + json.dumps(event) + "\n").encode())

    code = 0
    try:
        TASKS[request["task"]](request, report)
    except BaseException as exc:
        traceback.print_exc()
        report(ev="error", error=f"{type(exc).__name__}: {exc}")
        code = 3
    os._exit(code)


def edit(request: dict, report) -> None:
    """Random small edits through the API, forever (until killed); each reported on return."""
    from casefile.store import CaseFile, Passphrase

    started = time.monotonic()
    rnd = random.Random(request["seed"])
    stamp = request["round"]
    passphrase = Passphrase(request["passphrase"]) if request.get("passphrase") else None
    case = CaseFile.open(request["path"], actor="crash-test", passphrase=passphrase)
    report(ev="opened", took=time.monotonic() - started)
    notes: dict[str, tuple[str, int]] = {}
    for note in case.records("note"):
        base, version = NOTE_TITLE.match(note.title).groups()
        notes[note.id] = (base, int(version))
    party = case.ids("party")[0]
    damage = case.ids("damage_item")[0]
    report(ev="editing", took=time.monotonic() - started)  # the edits start here
    for step in range(1_000_000):
        tag = f"r{stamp}x{step}"
        roll = rnd.random()
        if roll < 0.4 or len(notes) < 3:
            report(ev="try", op="add", tag=tag)
            record = case.add(
                "note",
                title=f"{tag}v0 title",
                body=f"{tag}v0 body " + "ж" * rnd.randint(0, 400),
                party_ids=[party],
            )
            notes[record.id] = (tag, 0)
            report(ev="done", op="add", tag=tag, id=record.id, t=time.monotonic() - started)
        elif roll < 0.7:
            note_id = rnd.choice(sorted(notes))
            base, version = notes[note_id]
            version += 1
            report(ev="try", op="update", id=note_id, v=version)
            case.update(
                "note", note_id, title=f"{base}v{version} title", body=f"{base}v{version} body"
            )
            notes[note_id] = (base, version)
            report(ev="done", op="update", id=note_id, v=version, t=time.monotonic() - started)
        elif roll < 0.85:
            note_id = rnd.choice(sorted(notes))
            report(ev="try", op="delete", id=note_id)
            case.delete("note", note_id)
            del notes[note_id]
            report(ev="done", op="delete", id=note_id, t=time.monotonic() - started)
        else:
            files = [(f"{tag} part {k} ".encode() * 40, f"{tag}-{k}.txt") for k in range(3)]
            report(ev="try", op="attach", tag=tag)
            added = case.add_attachments(files, to=damage, caption=f"batch {tag}")
            report(
                ev="done",
                op="attach",
                tag=tag,
                ids=[a.id for a in added],
                t=time.monotonic() - started,
            )


def command(request: dict, report) -> None:
    """`casefile ARGS…` run in this process by the CLI's own entry point."""
    from casefile import cli

    started = time.monotonic()
    report(ev="start")
    code = cli.main(request["args"])
    report(ev="exit", rc=code, took=time.monotonic() - started)


def create(request: dict, report) -> None:
    from casefile.store import CaseFile

    started = time.monotonic()
    report(ev="start")
    CaseFile.create(request["path"], title=request["title"], actor="crash-test").close()
    report(ev="exit", rc=0, took=time.monotonic() - started)


TASKS = {"edit": edit, "command": command, "create": create}


if __name__ == "__main__":
    main()

"""The commands about two copies of one case: `diff OLD NEW` and `merge PATH OTHER`.

Their output follows cli.py's rules: results on stdout, every failure one line on stderr
(raised here as a CaseFileError, printed by cli.run_command).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from casefile import passphrase_input as passphrases
from casefile.names import one_line, shown

#: How much of a value a line of `diff` or a conflict quotes.
QUOTED_CHARS = 60


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("diff", help="what NEW adds, removes and changes from OLD, by whom and when")
    p.add_argument("path", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--json", action="store_true", help="print JSON")
    passphrases.add_option(p)
    passphrases.add_option(p, passphrases.OTHER)

    p = sub.add_parser("merge", help="bring the edits of OTHER, a copy of the case, into PATH")
    p.add_argument("path", metavar="PATH")
    p.add_argument("other", metavar="OTHER")
    p.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="settle every conflict with PATH's value (mine) or OTHER's (theirs)",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    p.add_argument("--json", action="store_true", help="print JSON")
    passphrases.add_option(p)
    passphrases.add_option(p, passphrases.OTHER)


def _quote(value: Any) -> str:
    """A value as JSON spells it, a long one shortened; a deleted item as (deleted)."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > QUOTED_CHARS:
        text = text[: QUOTED_CHARS - 1] + "…"
    return text


def _pair(old: Any, new: Any) -> tuple[str, str]:
    """Two values quoted; two long texts from a little before where they first differ,
    so that a line shows the change rather than the same beginning twice."""
    if isinstance(old, str) and isinstance(new, str):
        same = next(
            (n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
            min(len(old), len(new)),
        )
        start = max(0, same - QUOTED_CHARS // 3)
        if start > 0 and max(len(old), len(new)) > QUOTED_CHARS:
            return "…" + _quote(old[start:]), "…" + _quote(new[start:])
    return _quote(old), _quote(new)


def _by(by: Any) -> str:
    if by is None:
        return ""
    return f" ({by.actor}, {by.at.strftime('%Y-%m-%d %H:%M')} UTC)"


def _by_json(by: Any) -> dict[str, str] | None:
    if by is None:
        return None
    return {"actor": by.actor, "at": by.at.isoformat(), "device": by.device}


def _item_json(item: Any) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "id": item.id,
        "label": item.label,
        "change": item.change,
        "by": _by_json(item.by),
        "fields": [
            {"field": f.field, "old": f.old, "new": f.new, "by": _by_json(f.by)}
            for f in item.fields
        ],
    }


def _item_lines(item: Any) -> list[str]:
    kind = item.kind.replace("_", " ")
    lines = [f"{item.change} {kind} {item.id} {_quote(item.label)}{_by(item.by)}"]
    if item.change == "changed":
        for f in item.fields:
            old, new = _pair(f.old, f.new)
            lines.append(f"    {f.field}: {old} -> {new}{_by(f.by)}")
    return [one_line(line) for line in lines]


def cmd_diff(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile

    with (
        CaseFile.open(
            args.path, read_only=True, passphrase=passphrases.case_passphrase(args, args.path)
        ) as old,
        CaseFile.open(
            args.new, read_only=True, passphrase=passphrases.other_passphrase(args, args.new)
        ) as new,
    ):
        items = old.compare(new)
    if args.json:
        print(json.dumps([_item_json(i) for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"no differences: {shown(args.new)} holds what {shown(args.path)} holds")
    for item in items:
        for line in _item_lines(item):
            print(line)
    return 0


def _conflict_json(conflict: Any) -> dict[str, Any]:
    return {
        "kind": conflict.kind,
        "id": conflict.id,
        "label": conflict.label,
        "field": conflict.field,
        "base": conflict.base,
        "mine": conflict.mine,
        "theirs": conflict.theirs,
        "mine_by": _by_json(conflict.mine_by),
        "theirs_by": _by_json(conflict.theirs_by),
    }


def _conflict_line(conflict: Any) -> str:
    kind = conflict.kind.replace("_", " ")
    what = (
        f"field {conflict.field}" if conflict.field else "deleted on one side, changed on the other"
    )

    def side(value: Any) -> str:
        if conflict.field:
            return _quote(value)
        return "(deleted)" if value is None else "(changed)"

    return one_line(
        f"conflict: {kind} {conflict.id} {_quote(conflict.label)}, {what}: "
        f"base {side(conflict.base)}; mine {side(conflict.mine)}{_by(conflict.mine_by)}; "
        f"theirs {side(conflict.theirs)}{_by(conflict.theirs_by)}"
    )


def _result_json(result: Any, conflicts: Any) -> dict[str, Any]:
    return {
        "status": result.status if not conflicts else "conflicts",
        "written": result.written,
        "added": result.added,
        "changed": result.changed,
        "removed": result.removed,
        "conflicts": [_conflict_json(c) for c in conflicts],
        "settled": [_conflict_json(c) for c in result.resolved],
        "mine_head": result.mine_head,
        "theirs_head": result.theirs_head,
        "items": [_item_json(i) for i in result.items],
    }


def cmd_merge(args: argparse.Namespace) -> int:
    from casefile.store import CaseFile, MergeConflicts, check_not_output, edit_case

    check_not_output(args.other, args.path, what="the copy to merge")
    mine = passphrases.case_passphrase(args, args.path)
    theirs = passphrases.other_passphrase(args, args.other)
    with CaseFile.open(args.other, read_only=True, passphrase=theirs) as other:
        if args.dry_run:
            with CaseFile.open(args.path, read_only=True, passphrase=mine) as case:
                result = case.preview_merge(other, take=args.take)
            conflicts = result.conflicts
        else:
            try:
                result = edit_case(
                    args.path, lambda case: case.merge(other, take=args.take), passphrase=mine
                )
                conflicts = ()
            except MergeConflicts as refused:
                conflicts = refused.conflicts
                with CaseFile.open(args.path, read_only=True, passphrase=mine) as case:
                    result = case.preview_merge(other)
    if args.json:
        print(json.dumps(_result_json(result, conflicts), ensure_ascii=False, indent=2))
    else:
        for conflict in conflicts:
            print(_conflict_line(conflict))
    if conflicts:
        raise MergeConflicts(conflicts, path=args.path)
    if args.json:
        return 0
    if result.status == "up_to_date":
        print(f"already up to date: {shown(args.path)} holds every change of {shown(args.other)}")
        return 0
    verb = "merged" if result.written else "would merge"
    settled = (
        f"; {len(result.resolved)} conflict(s) settled taking {args.take}"
        if result.resolved
        else ""
    )
    print(
        f"{verb} {shown(args.other)} into {shown(args.path)}: {result.added} item(s) added, "
        f"{result.changed} changed, {result.removed} removed{settled}"
    )
    if not result.written:
        for item in result.items:
            for line in _item_lines(item):
                print(line)
    sys.stdout.flush()
    return 0

"""Review comments (issue 24): on any item, kept in the file and its log, resolvable."""

from __future__ import annotations

import pytest

from casefile.store import CaseFile, InvalidInput


def test_a_comment_on_an_item_is_kept_and_resolved(empty_case: CaseFile) -> None:
    item = empty_case.add("damage_item", title="Perimeter wall")
    comment = empty_case.add_comment(item.id, "  Is the estimate in EUR or AZN?  ")
    assert (comment.item_kind, comment.item_title) == ("damage_item", "Perimeter wall")
    assert comment.body == "Is the estimate in EUR or AZN?"
    assert (comment.author, comment.resolved) == ("tester", False)
    incident = empty_case.add_comment(empty_case.incident().id, "Title reads well.")
    assert incident.item_kind == "incident"
    resolved = empty_case.resolve_comment(comment.id)
    assert resolved.resolved and resolved.resolved_by == "tester"
    assert [c.id for c in empty_case.comments(include_resolved=False)] == [incident.id]
    assert [c.id for c in empty_case.comments(item_id=item.id)] == [comment.id]
    assert not empty_case.resolve_comment(comment.id, resolved=False).resolved
    logged = [(r.action, r.entity) for r in empty_case.audit_log(limit=4)]
    assert logged == [("update", "review_comment")] * 2 + [("create", "review_comment")] * 2
    assert empty_case.check() == []


def test_a_comment_outlives_its_item(empty_case: CaseFile) -> None:
    item = empty_case.add("note", title="Draft")
    empty_case.add_comment(item.id, "Cut this.")
    empty_case.delete("note", item.id)
    [comment] = empty_case.comments()
    assert comment.item_title == "" and comment.body == "Cut this."


@pytest.mark.parametrize(
    ("body", "item", "says"),
    [
        ("", "ok", "needs its text"),
        ("x" * 10_001, "ok", "at most"),
        ("fine", "00000000-0000-4000-8000-000000000000", "no item with id"),
        ("fine", "not an id", "id"),
    ],
)
def test_bad_comments_are_refused(empty_case: CaseFile, body: str, item: str, says: str) -> None:
    target = empty_case.incident().id if item == "ok" else item
    before = empty_case.audit_head()
    with pytest.raises(InvalidInput, match=says):
        empty_case.add_comment(target, body)
    assert empty_case.comments() == [] and empty_case.audit_head() == before

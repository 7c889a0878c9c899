"""The typed face of the field table (store/kinds.py) names exactly its kinds and fields."""

from __future__ import annotations

from typing import get_args

from casefile.store.fields import ASSIGNED_FIELDS, SPEC
from casefile.store.kinds import FIELDS, ItemKind, Kind


def test_kinds_are_the_field_tables_kinds() -> None:
    assert set(get_args(Kind)) == set(SPEC)
    assert set(get_args(ItemKind)) == set(SPEC) - {"incident"}


def test_each_kinds_typed_fields_are_its_fields_in_the_table() -> None:
    """Those a caller gives: not those the store gives itself (a damage reference)."""
    assert set(FIELDS) == set(SPEC)
    for kind, spec in SPEC.items():
        given = set(spec) - ASSIGNED_FIELDS.get(kind, frozenset())
        assert set(FIELDS[kind].__annotations__) == given, kind


def test_typed_fields_are_all_optional_as_update_takes_them() -> None:
    for kind, typed in FIELDS.items():
        assert not typed.__required_keys__, kind  # type: ignore[attr-defined]

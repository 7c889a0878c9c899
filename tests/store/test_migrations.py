"""Migrations: the migrated schema is the models' schema; newer files and failed steps are safe."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from store.store_support import file_digest, folder_listing, sql

from casefile.store import SCHEMA_VERSION, CaseFile, Corrupt, NewerVersion
from casefile.store.schema import load_all_tables
from casefile.store.sqlitefile import MODEL_OBJECTS, SEARCH_TABLE

FIXTURES = Path(__file__).parents[1] / "fixtures"


def schema(path: Path) -> list[tuple]:
    return sql(path, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")


def user_version(path: Path) -> int:
    return sql(path, "PRAGMA user_version")[0][0]


def schema_differences(path: Path) -> list[object]:
    """What Alembic finds between the file's schema and the models (search tables aside)."""

    def include_object(obj: object, name: str | None, type_: str, *_: object) -> bool:
        return not (type_ == "table" and name and name.startswith(SEARCH_TABLE))

    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            return list(compare_metadata(context, load_all_tables()))
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(empty_case: CaseFile, new_path: Path) -> None:
    empty_case.close()
    assert schema_differences(new_path) == []


def test_the_opening_checks_allow_exactly_the_models_tables_and_indexes() -> None:
    """The list the opening checks use stands in for the table classes; it must name
    every table and index of theirs, and nothing else. Asked of a fresh interpreter:
    in this one, other tests may already have built tables that load_all_tables() alone
    would leave out."""
    code = (
        "from casefile.store.schema import load_all_tables\n"
        "for table in load_all_tables().tables.values():\n"
        "    print(table.name)\n"
        "    for index in table.indexes:\n"
        "        print(index.name)\n"
    )
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert child.returncode == 0, child.stderr
    assert set(child.stdout.split()) == MODEL_OBJECTS


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_file_migrated_on_opening_matches_the_models(version: int, tmp_path: Path) -> None:
    """Its indexes too: an index a migration replaces is gone, its successor there.
    (Schema 3 changed what the search index holds, not the tables.)"""
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / f"schema-{version}.casefile", path)
    assert user_version(path) == version
    if version < 2:
        assert schema_differences(path) != []
    with CaseFile.open(path, actor="tester") as case:
        assert case.check() == []
    assert schema_differences(path) == []


def test_user_version_mirrors_the_migration_head(empty_case: CaseFile, new_path: Path) -> None:
    empty_case.close()
    assert user_version(new_path) == SCHEMA_VERSION
    heads = sql(new_path, "SELECT version_num FROM alembic_version")
    assert heads == [(f"{SCHEMA_VERSION:04d}",)]
    versions = Path(__file__).parents[2] / "casefile/store/migrations/versions"
    assert len(list(versions.glob("[0-9][0-9][0-9][0-9]_*.py"))) == SCHEMA_VERSION


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_newer_file_is_refused_untouched(demo_path: Path, read_only: bool) -> None:
    sql(demo_path, "PRAGMA user_version=99")
    digest = file_digest(demo_path)
    with pytest.raises(NewerVersion, match="schema 99") as caught:
        CaseFile.open(demo_path, read_only=read_only)
    assert "update casefile" in str(caught.value)
    assert file_digest(demo_path) == digest
    assert folder_listing(demo_path.parent) == ["demo.casefile"]


@pytest.fixture
def half_migrated(demo_path: Path) -> Path:
    """An 'older' file on which the baseline fails part-way: its first table is created, then
    the second already exists."""
    sql(demo_path, *(f"DROP TABLE {t}" for t in (
        "plan_pin", "attachment_print", "attachment_thumb", "attachment_blob",
        "damage_item_attachment",
        "note_attachment", "meeting_attachment", "attachment")), "DELETE FROM alembic_version",
        "PRAGMA user_version=0")  # fmt: skip
    return demo_path


def test_a_failing_migration_leaves_schema_and_version_unchanged(half_migrated: Path) -> None:
    before = schema(half_migrated)
    with pytest.raises(Corrupt, match="could not be upgraded from schema 0") as caught:
        CaseFile.open(half_migrated, actor="tester")
    assert str(half_migrated) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert schema(half_migrated) == before
    assert user_version(half_migrated) == 0
    assert sql(half_migrated, "SELECT count(*) FROM alembic_version") == [(0,)]
    # the backup taken before migrating is there, and nothing else is left beside the file
    names = folder_listing(half_migrated.parent)
    assert names[0] == "demo.casefile"
    assert len(names) == 2 and names[1].startswith("demo.casefile.bak-schema0-")


def test_a_failing_migration_in_a_read_only_open_touches_nothing(half_migrated: Path) -> None:
    digest = file_digest(half_migrated)
    with pytest.raises(Corrupt, match="could not be upgraded"):
        CaseFile.open(half_migrated, read_only=True)
    assert file_digest(half_migrated) == digest
    assert folder_listing(half_migrated.parent) == ["demo.casefile"]


@pytest.mark.parametrize("read_only", [False, True], ids=["editing", "read-only"])
@pytest.mark.parametrize("version", range(1, 3))
def test_an_older_files_search_index_is_folded_on_opening(
    version: int, read_only: bool, tmp_path: Path
) -> None:
    """Schema 3 folds the index: Latin spelling finds the Cyrillic and Azerbaijani names
    that an index of the text as written could not."""
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / f"schema-{version}.casefile", path)
    with CaseFile.open(path, read_only=read_only, actor="tester") as case:
        assert case.search_uses_fts
        ministry = {h.title for h in case.search("Ministerstvo inostrannykh")}
        envoy = {h.title for h in case.search("rehman")}
    assert ministry == {"Ministry of Foreign Affairs of the Russian Federation"}
    assert envoy == {"Rahman Mustafayev"}

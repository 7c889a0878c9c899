"""Migrations: every released schema's fixture opens and migrates after a backup; a migration
that fails halfway leaves schema and user_version as they were.

The next schema version is simulated: a temporary copy of the migrations folder gains a
revision (working or broken), and SCHEMA_VERSION is raised by one for the test.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import alembic.command
import pytest
from reliability_support import REPO, record

from casefile.store import SCHEMA_VERSION, CaseFile, Corrupt
from casefile.store import sqlitefile as sf
from casefile.store.lock import lock_path

FIXTURES = REPO / "tests" / "fixtures"
VERSIONS = range(1, SCHEMA_VERSION + 1)

REVISION = '''"""A simulated next schema version."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"


def upgrade() -> None:
{body}
'''

WORKS = """\
    op.add_column("note", sa.Column("reviewed_by", sa.String(), nullable=True))
    op.execute("UPDATE note SET reviewed_by = 'migrated'")
"""

FAILS_HALFWAY = """\
    op.add_column("note", sa.Column("reviewed_by", sa.String(), nullable=True))
    op.create_table("review", sa.Column("id", sa.String(), primary_key=True))
    op.execute("UPDATE note SET reviewed_by = 'half-migrated'")
    op.execute("INSERT INTO no_such_table VALUES (1)")
"""


def fixture_module():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def schema_of(path: Path) -> tuple[int, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return version, objects
    finally:
        conn.close()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".bak-schema*"))


def test_there_is_a_fixture_for_every_released_schema() -> None:
    missing = [v for v in VERSIONS if not (FIXTURES / f"schema-{v}.casefile").is_file()]
    assert not missing, (
        f"no fixture for schema {missing}: run python tests/fixtures/make_fixtures.py"
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_released_fixture_opens_and_migrates_after_a_backup(version: int, tmp_path: Path) -> None:
    made = fixture_module()
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / f"schema-{version}.casefile", path)
    original = path.read_bytes()
    with CaseFile.open(path, read_only=True) as case:
        assert {k: case.count(k) for k in made.COUNTS} == made.COUNTS
    assert path.read_bytes() == original and backups(path) == []
    with CaseFile.open(path, actor="tester") as case:
        assert case.check() == []
        assert case.incident().title == made.TITLE
        assert {k: case.count(k) for k in made.COUNTS} == made.COUNTS
        case.add("note", title="added after the upgrade")
    assert schema_of(path)[0] == SCHEMA_VERSION
    if version < SCHEMA_VERSION:
        (backup,) = backups(path)
        assert backup.read_bytes() == original
    else:
        assert backups(path) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_the_submission_framing_is_kept_and_added_empty_by_the_upgrade(
    version: int, tmp_path: Path
) -> None:
    """A case from before schema 9 migrates with no framing and takes one after; a later
    case keeps what it held; the audit chain and check stay clean either way."""
    made = fixture_module()
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / f"schema-{version}.casefile", path)
    with CaseFile.open(path, actor="tester") as case:
        framing = {name: getattr(case.incident(), name) for name in made.FRAMING}
        if version >= made.FRAMING_SINCE:
            assert framing["sender"] == made.FRAMING["sender"]
            assert framing["deadline"] == made.FRAMING["deadline"]
            assert [c.name for c in framing["clearances"]] == ["Head of Consular Section"]
        else:
            assert set(framing.values()) <= {"", None, ()}
        updated = case.update_incident(addressee="The Vice-Chancellor", deadline="2025-12-01")
        assert (updated.addressee, updated.deadline.isoformat()) == (
            "The Vice-Chancellor",
            "2025-12-01",
        )
        assert case.check() == []
        assert [hit.kind for hit in case.search("Vice-Chancellor")] == ["incident"]


def test_the_backup_before_an_upgrade_is_as_private_as_the_case(tmp_path: Path) -> None:
    """A case readable by its owner alone leaves a backup that others cannot read either."""
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / f"schema-{VERSIONS[0]}.casefile", path)
    path.chmod(0o600)
    with CaseFile.open(path, actor="tester"):
        pass
    (backup,) = backups(path)
    assert backup.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def next_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Install a simulated next schema version whose migration runs `body`."""

    def install(body: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(
            Path(sf.__file__).parent / "migrations",
            folder,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        revision = REVISION.format(
            revision=f"{SCHEMA_VERSION + 1:04d}", down=f"{SCHEMA_VERSION:04d}", body=body
        )
        (folder / "versions" / f"{SCHEMA_VERSION + 1:04d}_next.py").write_text(revision)
        monkeypatch.setattr(sf, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        upgrade = alembic.command.upgrade

        def upgrade_from_copy(config, revision, **kwargs):
            config.set_main_option("script_location", str(folder))
            return upgrade(config, revision, **kwargs)

        monkeypatch.setattr(alembic.command, "upgrade", upgrade_from_copy)

    return install


@pytest.fixture
def current_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "case.casefile"
    shutil.copyfile(FIXTURES / f"schema-{SCHEMA_VERSION}.casefile", path)
    return path


def test_upgrade_to_the_next_schema_keeps_a_backup(next_schema, current_fixture: Path) -> None:
    next_schema(WORKS)
    original = current_fixture.read_bytes()
    with CaseFile.open(current_fixture, actor="tester") as case:
        assert any("upgraded from schema" in n.message for n in case.notices)
        assert case.check() == []
        notes = case.count("note")
    version, _ = schema_of(current_fixture)
    assert version == SCHEMA_VERSION + 1
    (backup,) = backups(current_fixture)
    assert backup.read_bytes() == original
    conn = sqlite3.connect(current_fixture)
    assert conn.execute("SELECT count(*) FROM note WHERE reviewed_by = 'migrated'").fetchone() == (
        notes,
    )
    conn.close()


def test_read_only_open_migrates_a_temporary_copy_only(next_schema, current_fixture: Path) -> None:
    next_schema(WORKS)
    original = current_fixture.read_bytes()
    with CaseFile.open(current_fixture, read_only=True) as case:
        assert any("older schema" in n.message for n in case.notices)
        assert case.summary().schema_version == SCHEMA_VERSION + 1
    assert current_fixture.read_bytes() == original
    left = sorted(p.name for p in current_fixture.parent.iterdir())
    assert left == ["case.casefile", "migrations"]  # no backup, no journal, no lock


def test_migration_failing_halfway_leaves_schema_and_version_unchanged(
    next_schema, current_fixture: Path
) -> None:
    next_schema(FAILS_HALFWAY)
    original = current_fixture.read_bytes()
    schema = schema_of(current_fixture)
    with pytest.raises(Corrupt) as raised:
        CaseFile.open(current_fixture, actor="tester")
    assert "could not be upgraded" in str(raised.value)
    assert "left as it was" in str(raised.value)
    assert schema_of(current_fixture) == schema
    assert schema[0] == SCHEMA_VERSION
    assert current_fixture.read_bytes() == original
    assert not lock_path(current_fixture).exists()
    assert not Path(str(current_fixture) + "-journal").exists()
    (backup,) = backups(current_fixture)  # taken before the attempt, and still whole
    assert backup.read_bytes() == original
    assert backup.name in str(raised.value)  # the message names the copy
    record("migrations", failed_halfway_changes_left=0)

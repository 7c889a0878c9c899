"""`casefile key …` (issue 24): each command, and bad key files refused in one clear line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from casefile.cli import main
from casefile.store import Keys


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder of the test's own: the user's keys live there."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("CASEFILE_KEY_PASSPHRASE", raising=False)
    return folder


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], config: Path) -> Callable[..., Run]:
    def run(*args: object) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


def one_error(run: Run, code: int = 1) -> str:
    assert run.code == code, (run.out, run.err)
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("casefile: error:"), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    return lines[0]


def test_key_new_export_trust_list(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = cli("key", "new", "--name", "R. Mustafayev")
    assert made.code == 0, made.err
    assert "not protected by a passphrase" in made.out
    fingerprint = Keys().own_public().fingerprint
    assert fingerprint in made.out
    exported = cli("key", "export", tmp_path / "rm.pub")
    assert exported.code == 0 and fingerprint in exported.out
    assert "name: R. Mustafayev" in (tmp_path / "rm.pub").read_text()

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "reviewer"))
    assert cli("key", "list").out.startswith("no keys")
    trusted = cli("key", "trust", tmp_path / "rm.pub")
    assert trusted.code == 0 and "trusted the key of R. Mustafayev" in trusted.out
    assert fingerprint in trusted.out
    assert "already trusted" in cli("key", "trust", tmp_path / "rm.pub").out
    listed = cli("key", "list")
    assert listed.code == 0
    assert listed.out.splitlines() == [f"trusted  {fingerprint}  R. Mustafayev"]


def test_key_new_with_a_passphrase_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("a long passphrase\n")
    made = cli("key", "new", "--name", "Officer", "--passphrase-file", secret)
    assert made.code == 0 and "protected by your passphrase" in made.out
    assert Keys().unlock("a long passphrase").public.name == "Officer"
    assert "(passphrase)" in cli("key", "list").out


def test_key_new_takes_the_passphrase_from_the_environment(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFILE_KEY_PASSPHRASE", "from the environment")
    assert cli("key", "new", "--name", "Officer").code == 0
    assert Keys().is_protected()
    assert Keys().unlock("from the environment").public.name == "Officer"


def test_a_second_key_new_is_refused(cli: Callable[..., Run]) -> None:
    assert cli("key", "new", "--name", "First").code == 0
    before = Keys().private_path.read_bytes()
    line = one_error(cli("key", "new", "--name", "Second"))
    assert "already holds your signing key" in line
    assert Keys().private_path.read_bytes() == before


def test_export_without_a_key(cli: Callable[..., Run], tmp_path: Path) -> None:
    line = one_error(cli("key", "export", tmp_path / "me.pub"))
    assert "key new --name NAME" in line
    assert not (tmp_path / "me.pub").exists()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "first line"),
        (b"casefile public key\nname: X\n", "cut short"),
        (b"\x89PNG\r\n\x1a\n", "not UTF-8"),
        (b"casefile public key\nname: X\nfingerprint: 0000\nkey: " + b"A" * 43 + b"=\n",
         "does not match its key"),
    ],
)  # fmt: skip
def test_trust_refuses_a_bad_file(
    cli: Callable[..., Run], tmp_path: Path, content: bytes, says: str
) -> None:
    bad = tmp_path / "bad.pub"
    bad.write_bytes(content)
    line = one_error(cli("key", "trust", bad))
    assert says in line and str(bad) in line
    assert not Keys().trusted_folder.exists()


def test_a_damaged_trusted_key_is_a_warning_in_the_list(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("key", "new", "--name", "Colleague")
    cli("key", "export", tmp_path / "c.pub")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "mine"))
    cli("key", "trust", tmp_path / "c.pub")
    [stored] = Keys().trusted_folder.iterdir()
    stored.write_text("casefile public key\nname: Colleague\n")
    listed = cli("key", "list")
    assert listed.code == 0 and listed.out == ""
    assert listed.err.startswith("casefile: warning:") and "it is not used" in listed.err


def test_a_passphrase_file_that_is_a_fifo(cli: Callable[..., Run], tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pass"
    os.mkfifo(fifo)
    line = one_error(cli("key", "new", "--name", "X", "--passphrase-file", fifo))
    assert "named pipe" in line
    assert not Keys().private_path.exists()


def test_export_never_replaces_a_file_that_is_no_public_key(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    cli("key", "new", "--name", "Me")
    document = tmp_path / "case.casefile"
    document.write_bytes(b"SQLite format 3\x00" + bytes(200))
    line = one_error(cli("key", "export", document))
    assert "not a public key file" in line
    assert document.read_bytes() == b"SQLite format 3\x00" + bytes(200)
    assert cli("key", "export", tmp_path / "me.pub").code == 0
    assert cli("key", "export", tmp_path / "me.pub").code == 0  # a key file: replaced


# -- seal and check --------------------------------------------------------------------------


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    from casefile.store import CaseFile

    path = tmp_path / "case.casefile"
    with CaseFile.create(path, title="Strike", actor="officer") as case:
        case.add("damage_item", title="Gate")
    return path


def test_seal_then_check(cli: Callable[..., Run], case_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("passphrase\n")
    cli("key", "new", "--name", "A. Officer", "--passphrase-file", secret)
    sealed = cli("seal", case_path, "--state", "submitted", "--comment", "ready",
                 "--key-passphrase-file", secret)  # fmt: skip
    assert sealed.code == 0, sealed.err
    assert sealed.out.startswith("Submitted by A. Officer: sealed")
    checked = cli("check", case_path)
    assert checked.code == 0, checked.err
    assert "seal 1 of 1: Submitted by A. Officer (key trusted as A. Officer" in checked.out
    assert "signature valid, history intact" in checked.out
    assert "  comment: ready" in checked.out
    assert "review state: Submitted by A. Officer on " in checked.out
    assert checked.err == ""


def test_seal_needs_the_keys_passphrase(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret"
    secret.write_text("right")
    cli("key", "new", "--name", "A. Officer", "--passphrase-file", secret)
    before = case_path.read_bytes()
    assert "protected by a passphrase" in one_error(cli("seal", case_path))
    wrong = tmp_path / "wrong"
    wrong.write_text("wrong")
    line = one_error(cli("seal", case_path, "--key-passphrase-file", wrong))
    assert "does not unlock" in line
    assert case_path.read_bytes() == before
    monkeypatch.setenv("CASEFILE_KEY_PASSPHRASE", "right")
    assert cli("seal", case_path, "--state", "approved").code == 0


def test_seal_without_a_key(cli: Callable[..., Run], case_path: Path) -> None:
    before = case_path.read_bytes()
    assert "key new --name NAME" in one_error(cli("seal", case_path))
    assert case_path.read_bytes() == before


def test_check_warns_of_an_untrusted_signer_and_of_changes_since(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.store import CaseFile

    cli("key", "new", "--name", "A. Officer")
    assert cli("seal", case_path).code == 0
    with CaseFile.open(case_path, actor="someone") as case:
        case.add("party", name="Late addition")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "reviewer"))
    checked = cli("check", case_path)
    assert checked.code == 0
    assert "key NOT trusted here" in checked.out
    warnings = checked.err.splitlines()
    assert len(warnings) == 2 and all(w.startswith("casefile: warning:") for w in warnings)
    assert "not trusted here" in warnings[0]
    uncovered = "1 change since the latest seal, which no seal covers: entry 4, by someone"
    assert uncovered in warnings[1]


def test_check_fails_on_a_forged_seal(cli: Callable[..., Run], case_path: Path) -> None:
    import sqlite3

    cli("key", "new", "--name", "A. Officer")
    cli("seal", case_path, "--state", "changes-requested")
    conn = sqlite3.connect(case_path)
    conn.execute("UPDATE seal SET state = 'approved'")
    conn.commit()
    conn.close()
    checked = cli("check", case_path)
    assert checked.code == 1
    assert "SIGNATURE FAILS" in checked.out
    assert "seals: seal 1 of 1 (approved by A. Officer" in checked.out
    assert checked.err.startswith("casefile: error:")


def test_info_json_gives_the_full_audit_head(cli: Callable[..., Run], case_path: Path) -> None:
    import json

    from casefile.store import CaseFile

    shown = json.loads(cli("info", case_path, "--json").out)
    with CaseFile.open(case_path, read_only=True) as case:
        assert shown["audit_head"] == case.audit_head() and len(shown["audit_head"]) == 64
    assert shown["fingerprint"] == shown["audit_head"][:16]


def test_release_then_check(cli: Callable[..., Run], case_path: Path, tmp_path: Path) -> None:
    from casefile.store import CaseFile

    cli("key", "new", "--name", "Press Officer")
    with CaseFile.open(case_path, actor="officer") as case:
        case.add("note", title="Memo", body="Internal-body-1188", internal=True)
    out = tmp_path / "release.casefile"
    released = cli("release", case_path, out, "--redact-internal")
    assert released.code == 0, released.err
    assert "sealed by Press Officer" in released.out
    assert "1 internal items (1 note)" in released.out
    assert b"Internal-body-1188" not in out.read_bytes()
    checked = cli("check", out)
    assert checked.code == 0, checked.err
    assert 'release copy of case "Strike" at state ' in checked.out
    assert "seal 1 of 1: Released by Press Officer" in checked.out


def test_a_release_copy_of_an_encrypted_case_is_encrypted_or_plain_as_chosen(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the case by default; under a new passphrase (file or CASEFILE_NEW_PASSPHRASE);
    plain only when asked with --plain. Each copy is sealed and passes check."""
    from casefile.store import CaseFile, Passphrase, WrongPassphrase, encrypt

    for name in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    cli("key", "new", "--name", "Press Officer")
    encrypt(case_path, Passphrase("the team's passphrase"))
    team, outside = tmp_path / "team.txt", tmp_path / "outside.txt"
    team.write_text("the team's passphrase\n")
    outside.write_text("the press office's passphrase\n")

    def release(name: str, *options: object) -> tuple[Path, Run]:
        out = tmp_path / name
        return out, cli("release", case_path, out, "--passphrase-file", team, *options)

    def opens_with(path: Path, passphrase: str | None) -> bool:
        secret = Passphrase(passphrase) if passphrase is not None else None
        try:
            with CaseFile.open(path, read_only=True, passphrase=secret) as copy:
                return copy.encrypted == (passphrase is not None) and copy.check() == []
        except WrongPassphrase:
            return False

    same, run = release("same.casefile")
    assert run.code == 0 and "encrypted with the case's passphrase" in run.out
    assert opens_with(same, "the team's passphrase")
    new, run = release("new.casefile", "--new-passphrase-file", outside)
    assert run.code == 0 and "encrypted with the new passphrase" in run.out
    assert opens_with(new, "the press office's passphrase")
    assert not opens_with(new, "the team's passphrase")
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", "from the environment")
    from_env, run = release("env.casefile")
    assert run.code == 0 and opens_with(from_env, "from the environment")
    plain, run = release("plain.casefile", "--plain")  # the flag wins over the environment
    assert run.code == 0 and "not encrypted, as asked" in run.out
    assert plain.read_bytes().startswith(b"SQLite format 3") and opens_with(plain, None)
    checked = cli("check", plain)
    assert checked.code == 0 and "seal 1 of 1: Released by Press Officer" in checked.out
    both, run = release("both.casefile", "--plain", "--new-passphrase-file", outside)
    assert run.code == 1 and "not allowed with" in run.err and not both.exists()


def test_a_release_copy_of_a_plain_case_may_be_encrypted(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path
) -> None:
    from casefile.store import CaseFile, Passphrase

    cli("key", "new", "--name", "Press Officer")
    secret = tmp_path / "outside.txt"
    secret.write_text("the press office's passphrase\n")
    out = tmp_path / "release.casefile"
    run = cli("release", case_path, out, "--new-passphrase-file", secret)
    assert run.code == 0 and "encrypted with the new passphrase" in run.out
    assert b"Strike" not in out.read_bytes() and b"Gate" not in out.read_bytes()
    with CaseFile.open(
        out, read_only=True, passphrase=Passphrase("the press office's passphrase")
    ) as copy:
        assert copy.encrypted and copy.check() == []
        assert [d.title for d in copy.records("damage_item")] == ["Gate"]
    assert not list(tmp_path.glob("*casefile-tmp*"))


def test_release_refuses_an_existing_output(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path
) -> None:
    cli("key", "new", "--name", "Press Officer")
    out = tmp_path / "taken.casefile"
    out.write_bytes(b"someone's file")
    assert "already exists" in one_error(cli("release", case_path, out))
    assert out.read_bytes() == b"someone's file"
    assert "the case file" in one_error(cli("release", case_path, case_path))


def test_brief_prints_review_comments_only_when_asked(
    cli: Callable[..., Run], case_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from casefile.store import CaseFile

    with CaseFile.open(case_path, actor="reviewer") as case:
        case.add_comment(case.incident().id, "Title-needs-work-5512")

    def text(pdf: Path) -> str:
        return " ".join(page.extract_text() for page in PdfReader(pdf).pages)

    assert cli("brief", case_path, "-o", tmp_path / "a.pdf").code == 0
    assert "Title-needs-work-5512" not in text(tmp_path / "a.pdf")
    assert cli("brief", case_path, "-o", tmp_path / "b.pdf", "--review-comments").code == 0
    assert "Title-needs-work-5512" in text(tmp_path / "b.pdf")

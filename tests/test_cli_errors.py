"""What a user with a messy disk or a typo meets: every mistake is one line on stderr
(``error: ...``) with a non-zero exit status, never a traceback, never a store created by a
command that only reads, never a file overwritten without ``--force``."""

from __future__ import annotations

import inspect
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from test_analysis_data import build_store
from typer.testing import CliRunner

from diplograph.cli import app

runner = CliRunner()
READERS = (["stats"], ["export"], ["search", "sanctions"], ["actor", "China"], ["dyad", "China", "Belarus"],
           ["side", "China"], ["sources"], ["alias", "list"], ["actor", "China", "--why"])


def run(*args: str):
    return runner.invoke(app, list(args))


def one_line_error(result, code: int = 1) -> str:
    """The error line of a command that failed cleanly with ``code`` (no traceback, one line)."""
    assert isinstance(result.exception, SystemExit), f"not a clean exit: {result.exception!r}\n{result.output}"
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "answers.db")
    build_store(path).close()
    return path


def _garble(path: str, tables: tuple[str, ...]) -> None:
    """Overwrite the first page of each of ``tables`` (the file's header and schema stay whole)."""
    con = sqlite3.connect(path)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'"))
    con.close()
    data = bytearray(Path(path).read_bytes())
    for t in tables:
        start = (roots[t] - 1) * page
        data[start:start + page] = b"\xa5" * page
    Path(path).write_bytes(data)


# --- the store -------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["stats"], ["search", "sanctions"], ["export"], ["actor", "China"]])
def test_a_damaged_store_is_one_line_naming_it_with_the_integrity_check(db, command) -> None:
    _garble(db, ("documents", "events", "actors", "sentences", "mentions"))
    line = one_line_error(run(*command, "--db", db))
    assert db in line and "damaged" in line and "PRAGMA integrity_check: " in line


def test_a_file_that_is_no_database_is_one_line_without_sql(tmp_path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a store\n" * 200, encoding="utf-8")
    line = one_line_error(run("stats", "--db", str(notes)))
    assert str(notes) in line and "not a database" in line
    assert "SELECT" not in line and "sqlalche.me" not in line


@pytest.mark.parametrize("command", READERS)
def test_a_reading_command_never_creates_a_store(tmp_path, command) -> None:
    typo = tmp_path / "tpyo.db"
    line = one_line_error(run(*command, "--db", str(typo)))
    assert f"no store at {typo}" in line
    assert not typo.exists() and list(tmp_path.iterdir()) == []


def test_a_folder_is_no_store(tmp_path) -> None:
    line = one_line_error(run("stats", "--db", str(tmp_path)))
    assert "a folder" in line


def test_a_device_is_no_store_and_gets_no_journal(tmp_path) -> None:
    """``--db /dev/null`` made SQLite write ``/dev/null-journal``; a null device of our own shows it
    without touching /dev."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    for command in (["stats"], ["ingest", str(tmp_path / "nothing")]):
        line = one_line_error(run(*command, "--db", str(device)))
        assert "not a regular file" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


# --- arguments -------------------------------------------------------------------------------
def test_ingest_of_an_empty_path_is_an_error_not_the_current_folder(tmp_path, monkeypatch) -> None:
    (tmp_path / "here.txt").write_text("2024-01-02\nA headline\n\nChina met Belarus on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("ingest", "", "--db", str(tmp_path / "s.db"), "-q")
    assert result.exit_code == 1, result.output
    assert "an empty path" in result.stderr and "read 0 documents" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["ingest", "x", "--workers", "1e20"], "--workers"),
    (["ingest", "x", "--workers", "100000000000000000000"], "--workers"),
    (["search", "x", "--limit", "1e20"], "--limit"),
    (["search", "x", "--limit", "100000000000000000000"], "--limit"),
    (["search", "x", "--offset", "1e20"], "--offset"),
    (["search", "x", "--offset", "100000000000000000000"], "--offset"),
    (["dyad", "China", "Belarus", "--limit", "100000000000000000000"], "--limit"),
    (["side", "China", "--limit", "0"], "--limit"),
    (["serve", "--port", "70000"], "--port"),
    (["ingest", "x", "--engine", "spark"], "--engine"),
])
def test_an_option_out_of_bounds_is_one_line(db, args, words) -> None:
    line = one_line_error(run(*args, "--db", db), code=2)
    assert words in line


def test_a_huge_search_query_is_one_line(db) -> None:
    line = one_line_error(run("search", "sanctions " * 6000, "--db", db))
    assert "at most 512 characters" in line


def test_a_huge_actor_name_is_one_line(db) -> None:
    line = one_line_error(run("actor", "Lukashenko" * 6000, "--db", db))
    assert "at most 200 characters" in line


def test_a_huge_alias_rule_is_one_line(db) -> None:
    line = one_line_error(run("alias", "add", "Lukashenka" * 6000, "person:alexander-lukashenko", "--db", db))
    assert "at most 200 characters" in line


def test_actor_why_of_an_unknown_name_exits_1(db) -> None:
    line = one_line_error(run("actor", "Nobody Atall", "--why", "--db", db))
    assert "no actor known as 'Nobody Atall'" in line
    result = run("actor", "Lukashenko", "--why", "--db", db)
    assert result.exit_code == 0 and "person:alexander-lukashenko" in result.stdout


# --- export targets --------------------------------------------------------------------------
def test_export_refuses_to_overwrite_a_file_unless_forced(db, tmp_path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    line = one_line_error(run("export", "--db", db, "-o", str(target)))
    assert "already exists" in line and "--force" in line
    assert target.read_text(encoding="utf-8") == "keep me\n"
    forced = run("export", "--db", db, "-o", str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_into_a_missing_folder_is_one_line(db, tmp_path, fmt) -> None:
    target = tmp_path / "no" / "such" / "out"
    line = one_line_error(run("export", "--db", db, "--format", fmt, "-o", str(target)))
    assert "does not exist" in line and not (tmp_path / "no").exists()


def test_export_of_a_file_format_onto_a_folder_is_one_line(db, tmp_path) -> None:
    line = one_line_error(run("export", "--db", db, "-o", str(tmp_path)))
    assert "is a folder" in line


def test_export_of_a_folder_format_onto_a_file_is_one_line(db, tmp_path) -> None:
    target = tmp_path / "tables.csv"
    target.write_text("x\n", encoding="utf-8")
    line = one_line_error(run("export", "--db", db, "--format", "csv", "-o", str(target)))
    assert "is a file" in line


# --- the front door --------------------------------------------------------------------------
def test_the_cli_and_the_web_hold_no_sql_and_ask_only_the_corpus() -> None:
    import diplograph.cli
    import diplograph.cli.aliases
    import diplograph.cli.answers
    import diplograph.cli.common
    import diplograph.web.app

    for module in (diplograph.cli, diplograph.cli.aliases, diplograph.cli.answers, diplograph.cli.common,
                   diplograph.web.app):
        source = inspect.getsource(module)
        for word in ("sqlalchemy", "select(", ".execute(", ".connect(", "schema as S"):
            assert word not in source, f"{module.__name__} holds SQL ({word})"
        for call in ("analysis.actor_profile(", "analysis.dyad(", "analysis.alignment(", "analysis.search(",
                     "analysis.sources(", "analysis.graph(", "Store("):
            assert call not in source, f"{module.__name__} answers without the Corpus ({call})"

"""The answer commands through Typer's runner, on a store file built from the hand-made corpus."""

from __future__ import annotations

import json

import pytest
import typer
from test_analysis_data import build_store
from typer.testing import CliRunner

from diplograph.cli.answers import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    a = typer.Typer()
    register(a)
    return a


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "answers.db")
    build_store(path).close()
    return path


runner = CliRunner()


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_command_is_registered_and_documented(app) -> None:
    code, out, _ = run(app, "--help")
    assert code == 0
    for cmd in ("actor", "dyad", "side", "sources", "search", "serve"):
        assert cmd in out


def test_actor_table_and_json(app, db) -> None:
    code, out, _ = run(app, "actor", "Lukashenko", "--db", db)
    assert code == 0 and "Alexander Lukashenko" in out and "President" in out
    code, out, _ = run(app, "actor", "Lukashenko", "--db", db, "--json")
    assert json.loads(out)["actor"]["id"] == "person:alexander-lukashenko"


def test_dyad_and_side_json_shapes(app, db) -> None:
    code, out, _ = run(app, "dyad", "China", "Belarus", "--db", db, "--json")
    d = json.loads(out)
    assert code == 0 and [e["date"] for e in d["events"]][:4] == ["2022-09-15", "2023-02-24", "2023-02-28",
                                                                     "2023-08-16"]
    code, out, _ = run(app, "side", "China", "--db", db, "--json")
    s = json.loads(out)
    assert [x["id"] for x in s["aligned"]][:2] == ["state:BLR", "state:RUS"]
    assert {x["id"] for x in s["opposed"]} == {"state:USA", "group:west"}
    code, out, _ = run(app, "side", "China", "--on", "Russia", "--db", db)
    assert code == 0 and "on Russia" in out
    code, out, _ = run(app, "dyad", "China", "Belarus", "--db", db)
    assert code == 0 and "2023-08-16" in out and "Monthly" in out


def test_sources_and_search(app, db) -> None:
    code, out, _ = run(app, "sources", "--db", db)
    assert code == 0 and "Global Wire" in out and "the accusation" in out
    code, out, _ = run(app, "search", "sanctions", "--db", db, "--json", "--limit", "2")
    r = json.loads(out)
    assert code == 0 and r["total"] == 4 and len(r["sentences"]) == 2


def test_errors_are_one_line_with_exit_code_1(app, db, tmp_path) -> None:
    code, out, err = run(app, "actor", "Nobody Atall", "--db", db)
    assert code == 1 and err.startswith("error: no actor named") and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(app, "side", "China", "--db", str(tmp_path / "missing.db"))
    assert code == 1 and "no store at" in err
    code, _, err = run(app, "search", "semantic things", "--semantic", "--db", db)
    assert code == 1 and ("embeddings extra" in err or err == "")


def test_an_estimated_search_total_is_shown_as_about(capsys) -> None:
    from diplograph.analysis import SearchResult
    from diplograph.cli.answers import _show_search

    _show_search(SearchResult(query="talks", total=452941, total_exact=False))
    assert "about 452,941 sentences match" in capsys.readouterr().out
    _show_search(SearchResult(query="talks", total=12))
    assert "12 sentences match" in capsys.readouterr().out


def test_side_table_shows_the_evidence_the_json_shows(monkeypatch) -> None:
    # a stated alliance is shown before a heavier single event (Counterpart.shown); the table
    # printed the heaviest first, so the terminal and the JSON disagreed on the first evidence
    from rich.console import Console

    from diplograph.analysis.alignment import Alignment, Counterpart
    from diplograph.analysis.common import ActorRef, Evidence
    from diplograph.cli import answers

    part = Counterpart(ActorRef("state:RUR", "Ruritania", "state"), score=5.0)
    part.evidence = [Evidence("d1", "Zembla helped Ruritania.", (0, 5), "event", "AID: Zembla -> Ruritania", 9.0),
                     Evidence("d2", "Zembla and Ruritania are allies.", (0, 5), "relation", "alliance: pact", 8.0)]
    console = Console(record=True, width=200)
    monkeypatch.setattr(answers, "out", console)
    answers._show_alignment(Alignment(ActorRef("state:ZEM", "Zembla", "state"), aligned=[part]))
    text = console.export_text()
    assert part.shown()[0].sentence == "Zembla and Ruritania are allies."
    assert text.index("are allies") < text.index("helped Ruritania")

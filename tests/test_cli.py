"""The CLI in-process (Typer's CliRunner): each command, clean errors, documentation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli import app

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
runner = CliRunner()


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"extract", "ingest", "export", "stats", "actor", "dyad", "side", "sources", "search"} <= set(names), names
    for group in app.registered_groups:
        names += [f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands]
    for name in names:
        assert re.search(rf"diplograph {name}\b", readme), f"README does not document `diplograph {name}`"


def test_missing_path_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_store_in_a_missing_folder_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "no" / "x.db")])
    assert result.exit_code == 1
    assert "error:" in result.output and "Traceback" not in result.output


def test_unknown_export_format_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "x.db"), "--format", "xml"])
    assert result.exit_code == 1
    assert "unknown export format" in result.output


@pytest.mark.model
def test_extract_prints_one_valid_object_per_document(pipeline):
    result = runner.invoke(app, ["extract", str(ARTICLES)])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [Path(d["path"]).name for d in docs] == ["minsk_talks.txt", "undated_call.txt"]
    first = docs[0]
    assert first["published"] == "2024-03-14"
    assert re.fullmatch(r"[0-9a-f]{64}", first["doc_id"]), first["doc_id"]
    for d in docs:
        ids = {a["id"] for a in d["actors"]}
        for kind, fields in (("events", ("source", "target", "reported_by")), ("quotes", ("speaker", "via")),
                             ("claims", ("speaker", "via")), ("relations", ("a", "b", "speaker"))):
            for rec in d[kind]:
                for f in fields:
                    assert rec[f] is None or rec[f] in ids, (kind, f, rec[f])
        for a in d["actors"]:
            for s, e in a["mentions"]:
                assert 0 <= s < e <= len(d["text"])


@pytest.mark.model
def test_extract_reads_json_lines_from_stdin(pipeline):
    lines = "\n".join(json.dumps({"id": f"doc-{i}", "text": t, "published": "2024-01-05"})
                      for i, t in enumerate(["China criticized the United States on Monday.", "Belarus hosted talks."]))
    result = runner.invoke(app, ["extract", "-"], input=lines + "\n")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [d["path"] for d in docs] == ["doc-0", "doc-1"]
    assert docs[0]["text"] == "China criticized the United States on Monday."


@pytest.mark.model
def test_ingest_twice_stores_once_and_exports(pipeline, tmp_path):
    db = str(tmp_path / "x.db")
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    first = runner.invoke(app, ["ingest", str(ARTICLES), str(bad), "--db", db, "-q"])
    assert first.exit_code == 0, first.output
    assert "2 stored" in first.output and "1 skipped" in first.output
    assert "empty.txt" in first.output  # the bad file is named with its reason
    again = runner.invoke(app, ["ingest", str(ARTICLES), "--db", db, "-q"])
    assert "0 stored, 2 already stored" in again.output

    stats = runner.invoke(app, ["stats", "--db", db, "--json"])
    assert json.loads(stats.output)["counts"]["documents"] == 2

    exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    docs = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    assert len(docs) == 2

    out_dir = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out_dir)]).exit_code == 0
    assert (out_dir / "events.csv").read_text().startswith("doc_id,id,cluster,type")
    graph = tmp_path / "g.graphml"
    assert runner.invoke(app, ["export", "--db", db, "--format", "graphml", "-o", str(graph)]).exit_code == 0
    assert "<graphml" in graph.read_text()

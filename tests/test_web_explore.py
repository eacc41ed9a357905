"""The web page's answers (``analysis/explore.py`` through ``Corpus`` and ``/api/explore/*``) on the
hand-made corpus of ``test_analysis_data`` plus 60 short articles we write here: China and
Belarus meeting or quarrelling once a month for five years, so a pair has pages to turn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_analysis_data import DOCS, build_store, extraction

from diplograph.analysis.weights import weights
from diplograph.api import Corpus
from diplograph.errors import QueryError
from diplograph.web.app import create_app

MONTHLY = 60


def _monthly_doc(i: int) -> dict:
    year, month = 2019 + i // 12, 1 + i % 12
    quarrel = i % 3 == 0
    verb = "accused" if quarrel else "held talks with"
    return {"path": f"monthly-{i}.txt", "published": f"{year}-{month:02d}-20", "outlet": "media:wire",
            "title": f"Meeting {i}",
            "text": f"Beijing {verb} Minsk on Monday, round {i}. Officials in Belarus said little about it.",
            "events": [("ACCUSE" if quarrel else "CONSULT", "state:CHN", "state:BLR", verb,
                        f"{year}-{month:02d}-18", {})],
            "relations": [("state:CHN", "state:BLR", "partnership", "Officials in Belarus", None)] if i in (5, 40)
            else [],
            "quotes": [], "omissions": []}


@pytest.fixture(scope="module")
def corpus() -> Iterator[Corpus]:
    store = build_store()
    for i in range(MONTHLY):
        store.write(extraction(0, _monthly_doc(i)))
    with Corpus(store=store) as c:
        yield c
    store.close()


def test_suggestions_by_name_alias_and_id(corpus: Corpus) -> None:
    names = [i["id"] for i in corpus.suggest_actors("bel")["items"]]
    assert names[0] == "state:BLR"
    by_alias = corpus.suggest_actors("luka")["items"]
    assert by_alias[0]["id"] == "person:alexander-lukashenko"
    by_alias = corpus.suggest_actors("minsk")["items"]
    assert [(i["id"], i["alias"]) for i in by_alias] == [("state:BLR", "Minsk")]
    assert corpus.suggest_actors("state:c")["items"][0]["id"] == "state:CHN"  # ids, codes in upper case
    assert corpus.suggest_actors("xi")["items"][0] == {
        "id": "person:xi-jinping", "name": "Xi Jinping", "kind": "person", "country": "CHN",
        "mentions": 1, "alias": None}
    assert corpus.suggest_actors("zzz")["items"] == []
    assert corpus.suggest_actors("  ")["items"] == []


def test_overview_months_and_start(corpus: Corpus) -> None:
    o = corpus.explore_overview()
    months = [m["month"] for m in o["months"]]
    assert months == sorted(months) and months[0] == "2019-01" and "2023-08" in months
    assert o["start"]["id"] == "state:BLR"  # the most mentioned state: "Minsk" and "Belarus" every month


def test_ego_network_counts_kinds_and_window(corpus: Corpus) -> None:
    g = corpus.ego_network("China")
    center = next(n for n in g["nodes"] if n["center"])
    assert center["id"] == "state:CHN"
    blr = next(n for n in g["nodes"] if n["id"] == "state:BLR")
    assert blr["events"] == MONTHLY
    edge = next(e for e in g["edges"] if {e["source"], e["target"]} == {"state:CHN", "state:BLR"})
    accusations = len(range(0, MONTHLY, 3))
    w = weights()
    assert edge["count"] == MONTHLY
    assert edge["score"] == round((accusations * w.event("ACCUSE") + (MONTHLY - accusations) * w.event("CONSULT"))
                                  / MONTHLY, 3)
    assert [n["id"] for n in corpus.ego_network("China", limit=1)["nodes"]] == ["state:CHN", "state:BLR"]
    kinds = {n["kind"] for n in corpus.ego_network("China", kinds=["group"])["nodes"] if not n["center"]}
    assert kinds == {"group"}
    # 2019 only: twelve events with Belarus, none with the West (2022)
    window = corpus.ego_network("China", since="2019-01", until="2019-12")
    assert {n["id"]: n["events"] for n in window["nodes"] if not n["center"]} == {"state:BLR": 12}
    assert corpus.ego_network("China", min_events=61)["nodes"] == [center | {"events": 0}]
    with pytest.raises(QueryError):
        corpus.ego_network("China", since="2019")
    with pytest.raises(QueryError):
        corpus.ego_network("China", since="2020-01", until="2019-01")
    with pytest.raises(QueryError):
        corpus.ego_network("China", kinds=["media"])
    with pytest.raises(QueryError):
        corpus.ego_network("China", limit=101)


def test_dyad_pages_types_months_and_relations(corpus: Corpus) -> None:
    first = corpus.dyad_page("China", "Belarus")
    # the monthly meetings and the hand-made corpus's five (persons count for their states)
    assert first["total"] == MONTHLY + 5
    assert len(first["events"]) == 50
    second = corpus.dyad_page("China", "Belarus", offset=50)
    assert len(second["events"]) == first["total"] - 50
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == len(ids)
    dates = [e["date"] for e in first["events"] + second["events"] if e["date"]]
    assert dates == sorted(dates)
    assert sum(first["types"].values()) == first["total"]
    assert sum(m["count"] for m in first["monthly"]) == first["total"]
    accuse = corpus.dyad_page("China", "Belarus", type_="ACCUSE")
    assert accuse["total"] == first["types"]["ACCUSE"] == len(accuse["events"])
    assert {e["type"] for e in accuse["events"]} == {"ACCUSE"}
    month = corpus.dyad_page("China", "Belarus", month="2020-03")
    assert month["total"] == 1 and month["events"][0]["date"].startswith("2020-03")
    assert month["events"][0]["outlet"] == "media:wire"
    partnership = next(r for r in first["relations"] if r["label"] == "Officials in Belarus")
    assert partnership["count"] == 2
    assert (partnership["start"], partnership["end"]) == ("2019-06-20", "2022-05-20")
    assert partnership["sentence"].startswith("Officials in Belarus")
    with pytest.raises(QueryError):
        corpus.dyad_page("China", "Beijing")
    with pytest.raises(QueryError):
        corpus.dyad_page("China", "Belarus", month="2020")


def test_document_view_lists_every_record(corpus: Corpus) -> None:
    doc = extraction(1)
    view = corpus.document_view(doc.document.doc_id)
    assert view["text"] == DOCS[1]["text"]
    kinds = [r["kind"] for r in view["records"]]
    assert kinds.count("event") == 4 and kinds.count("quote") == 1
    assert [r["span"][0] for r in view["records"]] == sorted(r["span"][0] for r in view["records"])
    assert view["names"]["person:qin-gang"] == "Qin Gang"
    with pytest.raises(QueryError):
        corpus.document_view("nope")


def test_routes_are_thin_and_bounded(corpus: Corpus) -> None:
    client = TestClient(create_app(corpus.store, rate=0), base_url="http://localhost")
    assert client.get("/api/explore/suggest", params={"q": "bel"}).json()["items"][0]["id"] == "state:BLR"
    ego = client.get("/api/explore/ego", params={"actor": "China", "kinds": "state,group", "limit": 10}).json()
    assert ego == corpus.ego_network("China", kinds=["state", "group"], limit=10)
    page = client.get("/api/explore/dyad", params={"a": "China", "b": "Belarus", "type": "CONSULT", "offset": 10})
    assert page.json() == corpus.dyad_page("China", "Belarus", type_="CONSULT", offset=10)
    assert client.get("/api/explore/overview").json()["start"]["id"] == "state:BLR"
    doc_id = extraction(2).document.doc_id
    assert client.get(f"/api/explore/document/{doc_id}").json()["doc"] == doc_id
    for path, params, status in [("/api/explore/ego", {"actor": "China", "limit": 101}, 400),
                                 ("/api/explore/ego", {"actor": "China", "since": "2019"}, 400),
                                 ("/api/explore/ego", {"actor": "Atlantis"}, 404),
                                 ("/api/explore/suggest", {"q": "x" * 201}, 400),
                                 ("/api/explore/dyad", {"a": "China", "b": "Belarus", "limit": 0}, 400),
                                 ("/api/explore/document/nope", {}, 404)]:
        answer = client.get(path, params=params)
        assert answer.status_code == status, (path, params, answer.text)
        assert "detail" in answer.json()

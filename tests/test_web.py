"""The REST API in-process (FastAPI TestClient), an in-memory store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from test_analysis_data import build_store, extraction  # noqa: E402

from diplograph.web import app as web_app  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402

LOCAL = "http://localhost"  # the server answers only the Host names it is told (loopback by default)


@pytest.fixture
def client():
    store = build_store()
    with TestClient(create_app(store), base_url=LOCAL) as c:
        yield c
    store.close()


def test_health_and_openapi(client) -> None:
    h = client.get("/api/health").json()
    assert h["status"] == "ok" and h["counts"]["documents"] == 3 and h["read_only"] is True
    spec = client.get("/openapi.json").json()
    for route in ("/api/actors", "/api/actors/{name}", "/api/dyad", "/api/side", "/api/sources", "/api/search",
                  "/api/graph", "/api/documents", "/api/documents/{doc_id}", "/api/ingest", "/api/aliases"):
        assert route in spec["paths"], route
    assert client.get("/docs").status_code == 200


def test_every_api_route_is_documented_in_the_readme(client) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    routes = [(method, path) for path, ops in client.get("/openapi.json").json()["paths"].items() for method in ops]
    assert len(routes) >= 12
    for method, path in routes:
        assert f"`{method.upper()} {path}" in readme, f"README does not document {method.upper()} {path}"


def test_actor_routes(client) -> None:
    page = client.get("/api/actors", params={"limit": 2}).json()
    assert page["total"] == 13 and len(page["items"]) == 2 and page["limit"] == 2
    assert client.get("/api/actors", params={"kind": "person", "q": "li"}).json()["items"][0]["id"] \
        == "person:li-shangfu"
    prof = client.get("/api/actors/Lukashenko").json()
    assert prof["actor"]["id"] == "person:alexander-lukashenko"
    missing = client.get("/api/actors/Nobody%20Atall")
    assert missing.status_code == 404 and "no actor named" in missing.json()["detail"]


def test_dyad_and_side_routes_give_the_cli_json(client) -> None:
    d = client.get("/api/dyad", params={"a": "China", "b": "Belarus"}).json()
    assert set(d) >= {"a", "b", "events", "monthly", "relations"}
    assert [e["date"] for e in d["events"]][:4] == ["2022-09-15", "2023-02-24", "2023-02-28", "2023-08-16"]
    page = client.get("/api/dyad", params={"a": "China", "b": "Belarus", "limit": 1, "offset": 1}).json()
    assert [e["date"] for e in page["events"]] == ["2023-02-24"] and page["total_events"] == 5
    s = client.get("/api/side", params={"actor": "China"}).json()
    assert [x["id"] for x in s["aligned"]][:2] == ["state:BLR", "state:RUS"]
    assert {x["id"] for x in s["opposed"]} == {"state:USA", "group:west"}
    on = client.get("/api/side", params={"actor": "China", "on": "sanctions"}).json()
    assert on["on"]["query"] == "sanctions"
    assert client.get("/api/dyad", params={"a": "China", "b": "China"}).status_code == 400
    assert client.get("/api/dyad", params={"a": "China"}).status_code == 422


def test_sources_search_graph_documents(client) -> None:
    assert client.get("/api/sources").json()["omissions"][0]["outlet"] == "media:wire"
    r = client.get("/api/search", params={"q": "sanctions", "limit": 2}).json()
    assert r["total"] == 4 and len(r["sentences"]) == 2
    assert client.get("/api/search", params={"q": "!!"}).status_code == 400
    g = client.get("/api/graph").json()
    assert len(g["nodes"]) >= 8 and g["edges"]
    docs = client.get("/api/documents", params={"limit": 2, "offset": 1}).json()
    assert docs["total"] == 3 and len(docs["items"]) == 2
    doc_id = docs["items"][0]["doc_id"]
    full = client.get(f"/api/documents/{doc_id}").json()
    assert set(full) >= {"doc_id", "path", "title", "outlet", "published", "text", "actors", "events", "quotes",
                         "claims", "relations", "times"}
    assert full == extraction(1).to_dict() | {"doc_id": doc_id} or full["doc_id"] == doc_id
    assert client.get("/api/documents/" + "0" * 64).status_code == 404


def test_ingest_is_refused_without_a_token_and_checks_it(tmp_path) -> None:
    store = build_store()
    with TestClient(create_app(store), base_url=LOCAL) as c:
        assert c.post("/api/ingest", json={"paths": ["x"]}).status_code == 403
    with TestClient(create_app(store, token="s3cret"), base_url=LOCAL) as c:
        assert c.get("/api/health").json()["read_only"] is False
        assert c.post("/api/ingest", json={"paths": ["x"]}).status_code == 401
        wrong = c.post("/api/ingest", json={"paths": ["x"]}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        # the right token: accepted, and the missing path is reported, not stored
        ok = c.post("/api/ingest", json={"paths": ["no-such-file-here"]}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 202 and ok.json()["stored"] == 0
        assert [e["path"] for e in ok.json()["errors"]] == [str(Path.cwd() / "no-such-file-here")]
    store.close()


def test_page_is_served_and_works_without_built_assets(client, monkeypatch, tmp_path) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "diplograph" in page.text and "assets-missing" in page.text
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "innerHTML" not in js.text
    monkeypatch.setattr(web_app, "STATIC", tmp_path)
    assert web_app.assets_built() is False
    assert client.get("/api/health").json()["assets_built"] is False
    assert client.get("/static/vendor/cytoscape.min.js").status_code in (200, 404)

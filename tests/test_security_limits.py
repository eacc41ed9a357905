"""Server hardening, second round: the Host allow-list (DNS rebinding), forwarded headers believed
only from a named proxy, bounds on every integer and on the search query, a time budget per
search, and the API ingest never following a symlink out of its root. No model; each test < 5 s."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from test_analysis_data import build_store  # noqa: E402

search_module = importlib.import_module("diplograph.analysis.search")  # the function shadows the module
from diplograph.errors import QueryError  # noqa: E402
from diplograph.store.core import Store  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402

LOCAL = "http://localhost"
HUGE = str(2**63)
PAGED = ["/api/actors", "/api/documents", "/api/dyad?a=China&b=Russia", "/api/search?q=sanctions"]


@pytest.fixture
def store() -> Iterator[Store]:
    s = build_store()
    yield s
    s.close()


def test_an_unknown_host_is_refused_and_never_copied_into_a_redirect(store: Store) -> None:
    with TestClient(create_app(store, rate=0), base_url="http://attacker.example") as client:
        r = client.get("/api/health")
        assert r.status_code == 400 and "Host" in r.json()["detail"]
        r = client.get("/api/actors/", follow_redirects=False)
        assert r.status_code == 400 and "attacker" not in r.headers.get("location", "")
    for base in ("http://localhost:8000", "http://127.0.0.1:1234", "http://[::1]:8000", "http://localhost"):
        with TestClient(create_app(store, rate=0), base_url=base) as client:
            assert client.get("/api/health").status_code == 200, base
    app = create_app(store, rate=0, allowed_hosts=["news.example.org"])
    with TestClient(app, base_url="http://news.example.org:8443") as client:
        assert client.get("/api/health").status_code == 200
        r = client.get("/api/actors/", follow_redirects=False)
        assert r.status_code != 200 or "attacker" not in r.headers.get("location", "")


def test_forwarded_headers_do_not_dodge_the_rate_limit(store: Store) -> None:
    with TestClient(create_app(store, rate=3, per=60), base_url=LOCAL) as client:
        codes = [client.get("/api/health", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
                 for n in range(6)]
        assert codes[3:] == [429, 429, 429]
    # behind a named proxy, each forwarded client has its own bucket
    with TestClient(create_app(store, rate=3, per=60, proxies=["testclient"]), base_url=LOCAL) as client:
        codes = [client.get("/api/health", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
                 for n in range(6)]
        assert codes == [200] * 6


def test_serve_takes_allowed_hosts_and_a_proxy_and_never_lets_uvicorn_trust_forwarded_headers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from diplograph.cli import app as cli_app

    runs: list[tuple[object, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: runs.append((app, kw)))
    db = str(tmp_path / "s.db")
    done = CliRunner().invoke(cli_app, ["serve", "--db", db, "--allowed-host", "news.example.org",
                                        "--proxy", "10.1.2.3"])
    assert done.exit_code == 0, done.output
    app, options = runs[-1]
    assert options.get("proxy_headers") is False
    with TestClient(app, base_url="http://news.example.org") as client:  # type: ignore[arg-type]
        assert client.get("/api/health").status_code == 200


@pytest.mark.parametrize("path", PAGED)
@pytest.mark.parametrize("offset", [HUGE, str(2**64 + 5), "1000001"])
def test_huge_offsets_are_a_clear_400(store: Store, path: str, offset: str) -> None:
    with TestClient(create_app(store, rate=0), base_url=LOCAL, raise_server_exceptions=False) as client:
        sep = "&" if "?" in path else "?"
        r = client.get(f"{path}{sep}offset={offset}")
        assert r.status_code == 400, (path, r.status_code, r.text[:200])
        assert "offset" in r.json()["detail"]
        r = client.get(f"{path}{sep}limit={HUGE}")
        assert r.status_code == 400 and "limit" in r.json()["detail"]


def test_huge_queries_are_a_clear_400_and_cost_no_more_than_short_ones(store: Store) -> None:
    with TestClient(create_app(store, rate=0), base_url=LOCAL, raise_server_exceptions=False) as client:
        started = time.perf_counter()
        for size in (600, 60_000):
            r = client.get("/api/search", params={"q": "sanctions " * (size // 10)})
            assert r.status_code == 400 and "q" in r.json()["detail"], r.text[:200]
        assert time.perf_counter() - started < 2
        r = client.get("/api/search", params={"q": " ".join(["a"] * 40)})
        assert r.status_code == 400 and "words" in r.json()["detail"]
        assert client.get("/api/search", params={"q": "sanctions"}).status_code == 200
        assert client.get("/api/actors", params={"q": "x" * 5000}).status_code == 400


def test_search_bounds_in_the_library(store: Store) -> None:
    with pytest.raises(QueryError, match="too long"):
        search_module.search(store, "x" * 50_000)
    with pytest.raises(QueryError, match="offset"):
        search_module.search(store, "sanctions", offset=2**63)


def test_a_search_over_its_time_budget_stops_with_a_query_error(store: Store,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "TIME_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "BUDGET_STEPS", 1)
    with pytest.raises(QueryError, match="took over"):
        search_module.search(store, "sanctions")
    monkeypatch.undo()
    assert search_module.search(store, "sanctions").total >= 0  # the connection works again


def test_api_ingest_never_follows_a_symlink_out_of_its_root(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd.txt").write_text("2024-01-01\nSecret\n\nThe root password of the host is written here.\n")
    root = tmp_path / "root"
    (root / "folder").mkdir(parents=True)
    (root / "folder" / "passwd.txt").symlink_to(secret / "passwd.txt")
    with Store(str(tmp_path / "s.db")) as disk:
        app = create_app(disk, token="t" * 24, ingest_root=root, rate=0)
        with TestClient(app, base_url=LOCAL) as client:
            r = client.post("/api/ingest", json={"paths": ["folder"]}, headers={"Authorization": "Bearer " + "t" * 24})
        assert r.status_code == 202
        assert r.json()["stored"] == 0 and "outside" in r.json()["errors"][0]["reason"]
        assert disk.counts()["documents"] == 0

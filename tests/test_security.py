"""Server security: SQL injection through every API parameter, the token, size and rate limits,
security headers, the binding warning, and URL fetching (SSRF). No model; each test < 5 s."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from test_analysis_data import build_store  # noqa: E402

from diplograph.errors import IngestError  # noqa: E402
from diplograph.store.core import Store  # noqa: E402
from diplograph.web import security  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402

LOCAL = "http://localhost"  # the server answers only the Host names it is told (loopback by default)

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE documents; --",
    "\"; DROP TABLE actors; --",
    "China' UNION SELECT doc_id, text, 1, 1, 1 FROM documents --",
    "1) OR (1=1",
    "%' OR 1=1 --",
    "state:CHN'--",
    "sanctions\" OR \"\"=\"",
    "NEAR(a b) OR * AND -",
    "\\x00'; SELECT sqlite_version(); --",
    "$$; DROP TABLE events; $$",
    "1; UPDATE actors SET name='pwned'",
]
ALLOWED = {200, 400, 404, 422}


def snapshot(store: Store) -> tuple[dict[str, int], list[tuple[str, str]]]:
    from sqlalchemy import select

    from diplograph.store import schema as S

    with store.connect() as conn:
        names = sorted((r.id, r.name) for r in conn.execute(select(S.actors.c.id, S.actors.c.name)))
    return store.counts(), names


@pytest.fixture
def store() -> Iterator[Store]:
    s = build_store()
    yield s
    s.close()


def get_routes(app) -> list[tuple[str, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    """(path, path parameters, query parameters) of every GET route under /api."""
    spec = app.openapi()
    out = []
    for path, ops in spec["paths"].items():
        if "get" in ops and path.startswith("/api"):
            params = ops["get"].get("parameters", [])
            out.append((path, [p["name"] for p in params if p["in"] == "path"],
                        [p["name"] for p in params if p["in"] == "query"]))
    return out


VALID = {"a": "China", "b": "Belarus", "actor": "China", "q": "sanctions", "limit": "5", "offset": "0",
         "semantic": "false", "kind": "state", "on": "sanctions"}


def test_sql_injection_through_every_api_parameter(store: Store) -> None:
    app = create_app(store, rate=0)
    before = snapshot(store)
    tried = 0
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL) as client:
        routes = get_routes(app)
        assert len(routes) >= 9
        for path, path_params, query_params in routes:
            for target in [*path_params, *query_params]:
                for payload in INJECTIONS:
                    url = path
                    for p in path_params:
                        url = url.replace("{" + p + "}", payload if p == target else "China")
                    params = {q: (payload if q == target else VALID.get(q, "China")) for q in query_params
                              if q == target or q in ("a", "b", "actor", "q")}
                    response = client.get(url, params=params)
                    tried += 1
                    assert response.status_code in ALLOWED, (url, params, response.status_code, response.text[:300])
                    if target in ("q", "kind") and path == "/api/actors":
                        assert response.json()["total"] == 0, (payload, response.json())
        assert client.get("/api/health").json()["counts"] == before[0]
    assert tried >= 100
    assert snapshot(store) == before  # nothing dropped, nothing updated


def test_injection_through_the_alias_endpoints_is_refused_or_harmless(store: Store) -> None:
    auth = {"Authorization": "Bearer " + "t" * 32}
    before = snapshot(store)
    with TestClient(create_app(store, token="t" * 32, rate=0), raise_server_exceptions=False, base_url=LOCAL) as client:
        for payload in INJECTIONS:
            for body in ({"surface": payload, "actor_id": payload}, {"surface": "China", "actor_id": payload}):
                assert client.post("/api/aliases", json=body, headers=auth).status_code in ALLOWED
                assert client.delete("/api/aliases", params=body, headers=auth).status_code in ALLOWED
        assert client.get("/api/aliases").json() == {"items": []}
    assert snapshot(store) == before


def test_injection_through_the_ingest_body_is_refused_or_harmless(store: Store, tmp_path: Path) -> None:
    app = create_app(store, token="t" * 32, ingest_root=tmp_path, rate=0)
    auth = {"Authorization": "Bearer " + "t" * 32}
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL) as client:
        for payload in INJECTIONS:
            r = client.post("/api/ingest", json={"paths": [payload]}, headers=auth)
            # outside the root: refused; inside it: a path that does not exist, reported
            assert r.status_code == 403 or (r.status_code == 202 and r.json()["stored"] == 0), r.text
    assert snapshot(store)[0]["documents"] == 3


def test_write_endpoint_needs_the_token_and_stays_under_the_root(store: Store, tmp_path: Path) -> None:
    with TestClient(create_app(store, rate=0), base_url=LOCAL) as client:
        assert client.get("/api/health").json()["read_only"] is True
        assert client.post("/api/ingest", json={"paths": ["a.txt"]}).status_code == 403
    token = "s3cret-token-of-some-length"
    db = tmp_path / "served.db"
    with Store(str(db)) as disk, TestClient(create_app(disk, token=token, ingest_root=tmp_path / "in", rate=0),
                                            base_url=LOCAL) as c:
        (tmp_path / "in").mkdir()
        assert c.post("/api/ingest", json={"paths": ["a.txt"]}).status_code == 401
        bad = c.post("/api/ingest", json={"paths": ["a.txt"]}, headers={"Authorization": f"Bearer {token}x"})
        assert bad.status_code == 401
        auth = {"Authorization": f"Bearer {token}"}
        for outside in ("../served.db", "/etc/passwd", "in/../../x", str(tmp_path)):
            r = c.post("/api/ingest", json={"paths": [outside]}, headers=auth)
            assert r.status_code == 403 and "outside" in r.json()["detail"], outside
        (tmp_path / "in" / "link").symlink_to("/etc")
        assert c.post("/api/ingest", json={"paths": ["link/passwd"]}, headers=auth).status_code == 403
        ok = c.post("/api/ingest", json={"paths": ["missing.txt"]}, headers=auth)
        assert ok.status_code == 202 and ok.json()["errors"][0]["reason"] == "no such file or directory"
        assert c.post("/api/ingest", json={"paths": ["x"] * 1001}, headers=auth).status_code == 422


def test_request_body_limit(store: Store) -> None:
    with TestClient(create_app(store, token="tok", max_body=1024, rate=0), base_url=LOCAL) as client:
        big = {"paths": ["a" * 100] * 20}
        r = client.post("/api/ingest", json=big, headers={"Authorization": "Bearer tok"})
        assert r.status_code == 413 and "1024" in r.json()["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            yield b'{"paths": ["'
            for _ in range(40):
                yield b"a" * 100
            yield b'"]}'

        r = client.post("/api/ingest", content=chunks(),
                        headers={"Authorization": "Bearer tok", "Content-Type": "application/json"})
        assert r.status_code == 413


def test_rate_limit_per_client(store: Store) -> None:
    with TestClient(create_app(store, rate=5, per=60), base_url=LOCAL) as client:
        codes = [client.get("/api/health").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        limited = client.get("/api/health")
        assert int(limited.headers["retry-after"]) >= 1 and "slow down" in limited.json()["detail"]
    buckets = security._Buckets(2, 1.0)
    assert [buckets.take("a"), buckets.take("a"), buckets.take("b")] == [0, 0, 0]
    assert buckets.take("a") > 0


def test_security_headers(store: Store) -> None:
    with TestClient(create_app(store, rate=0), base_url=LOCAL) as client:
        for path in ("/", "/api/health", "/api/actors/nobody-at-all"):
            headers = client.get(path).headers
            assert "script-src 'self'" in headers["content-security-policy"]
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
            assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_binding_warning() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.5"):
        assert security.binding_warning(host, None) is None
    warning = security.binding_warning("0.0.0.0", None)
    assert warning and "0.0.0.0" in warning and "read-only" in warning
    assert "token" in (security.binding_warning("192.168.1.20", "tok") or "")


def test_serve_says_when_it_is_not_on_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from diplograph.cli import app as cli_app

    served: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: served.append(host))
    db = str(tmp_path / "s.db")
    quiet = CliRunner().invoke(cli_app, ["serve", "--db", db])
    assert quiet.exit_code == 0 and served == ["127.0.0.1"] and "warning" not in quiet.output
    loud = CliRunner().invoke(cli_app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert loud.exit_code == 0 and served[-1] == "0.0.0.0"
    assert "warning: listening on 0.0.0.0" in loud.output


# --- URL fetching (SSRF) ------------------------------------------------------------------------
@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8000/api", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/", "http://10.0.0.8/", "http://172.16.3.4/", "http://192.168.0.1/", "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://0x7f000001/", "http://100.64.0.1/",
    "http://224.0.0.1/", "http://[fc00::1]/",
    "file:///etc/passwd", "gopher://127.0.0.1/", "ftp://example.org/", "http://user:pw@example.org/", "http:///x",
])
def test_urls_to_local_or_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(IngestError) as caught:
        security.check_url(url)
    assert caught.value.path == url


def test_public_addresses_pass_the_check() -> None:
    assert security.public_address("93.184.216.34") and security.public_address("2606:4700::1111")
    target = security.check_url("https://93.184.216.34:8443/feed.rss?x=1")
    assert (target.address, target.port, target.path) == ("93.184.216.34", 8443, "/feed.rss?x=1")


class _Redirector(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        _Redirector.hits.append(self.path)
        self.send_response(302)
        self.send_header("Location", "http://10.1.2.3/internal")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def redirector() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Redirector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/feed.rss"
    server.shutdown()
    server.server_close()


def test_a_redirect_to_a_private_address_is_checked_again(redirector: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # pretend this loopback server is public, to see the redirect it answers be refused
    real = security.public_address
    monkeypatch.setattr(security, "public_address", lambda a: a == "127.0.0.1" or real(a))
    with pytest.raises(IngestError) as caught:
        security.fetch_url(redirector, timeout=5)
    assert "10.1.2.3" in caught.value.path and "non-public" in caught.value.reason
    assert _Redirector.hits == ["/feed.rss"]


def test_the_api_fetches_no_url_unless_enabled_and_never_a_local_one(redirector: str, tmp_path: Path) -> None:
    _Redirector.hits.clear()
    auth = {"Authorization": "Bearer tok"}
    with Store(str(tmp_path / "f.db")) as disk:
        with TestClient(create_app(disk, token="tok", ingest_root=tmp_path, rate=0), base_url=LOCAL) as client:
            r = client.post("/api/ingest", json={"urls": [redirector]}, headers=auth)
            assert r.status_code == 403 and "disabled" in r.json()["detail"]
        app = create_app(disk, token="tok", ingest_root=tmp_path, fetch_urls=True, rate=0)
        with TestClient(app, base_url=LOCAL) as client:
            r = client.post("/api/ingest", json={"urls": [redirector, "http://169.254.169.254/"]}, headers=auth)
            assert r.status_code == 202
            reasons = [e["reason"] for e in r.json()["errors"]]
            assert len(reasons) == 2 and all("non-public" in x for x in reasons), reasons
    assert _Redirector.hits == []  # the loopback server was never contacted


@pytest.mark.slow  # a subprocess
def test_dependency_audit_runs_or_says_why_it_cannot() -> None:
    """scripts/audit.sh: pip-audit of the installed (locked) versions; a skip must say so plainly."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(["bash", str(root / "scripts" / "audit.sh")], capture_output=True, text=True, timeout=600,
                          check=False, env={**__import__("os").environ, "PYTHON": sys.executable})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "audit: no known vulnerabilities" in done.stdout or "audit: SKIPPED" in done.stdout, done.stdout

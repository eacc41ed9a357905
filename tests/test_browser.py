"""End to end: the server on a free loopback port, the page in headless Chromium (Playwright).

Needs Debian's chromium (/usr/bin/chromium) and the page's assets (npm). The fixtures install
what they can (``apt-get install -y chromium`` as root, ``python -m diplograph.web.build_assets``)
and skip with the reason only where that is impossible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")

from test_analysis_data import build_store  # noqa: E402

from diplograph.store.core import Store  # noqa: E402
from diplograph.store.pgcluster import free_port  # noqa: E402
from diplograph.web import build_assets  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402

CHROMIUM = Path(os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _install_chromium() -> str | None:
    """None when chromium is there (installing it if we can), else why it cannot be."""
    if CHROMIUM.exists():
        return None
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return f"{CHROMIUM} is missing and apt-get cannot install it here (not root or no apt-get)"
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                              env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        if done.returncode != 0:
            return f"{' '.join(cmd)} failed: {done.stderr.strip()[-300:]}"
    return None if CHROMIUM.exists() else f"chromium installed but {CHROMIUM} is missing"


@pytest.fixture(scope="module")
def chromium_path() -> str:
    reason = _install_chromium()
    if reason:
        pytest.skip(reason)
    return str(CHROMIUM)


@pytest.fixture(scope="module")
def assets() -> None:
    if build_assets.built():
        return
    try:
        build_assets.build()
    except build_assets.BuildError as exc:
        pytest.fail(f"the page's assets could not be built: {exc}")


def _launch(p, chromium_path: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Chromium with a fresh profile (--user-data-dir, which Playwright sets from user_data_dir)."""
    return p.chromium.launch_persistent_context(
        str(tmp_path / "chromium-profile"), executable_path=chromium_path, headless=True, args=FLAGS,
        viewport={"width": 1400, "height": 1000})


@contextmanager
def serving(store: Store, **app_options: object) -> Iterator[str]:
    """The app over ``store`` (``create_app``'s options) served by uvicorn in a thread on a free
    loopback port; its URL."""
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store, **app_options), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture
def server(tmp_path, assets) -> Iterator[str]:
    store = build_store(str(tmp_path / "browser.db"))
    with serving(store) as url:
        yield url
    store.close()


def test_graph_renders_and_a_click_shows_evidence(server, chromium_path, tmp_path) -> None:
    with playwright_api.sync_playwright() as p:
        browser = _launch(p, chromium_path, tmp_path)
        try:
            page = browser.new_page()
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server + "/?actor=state:CHN")
            page.wait_for_selector("body[data-ready=true]", timeout=20_000)
            assert page.is_hidden("#assets-missing")
            assert page.evaluate("window.cy === window.diplo.cy")
            ids = page.evaluate("window.diplo.cy.nodes().map(n => n.id())")
            assert {"state:CHN", "person:alexander-lukashenko"} <= set(ids)  # China's neighbourhood
            assert page.evaluate("window.diplo.cy.edges().length") > 0
            # click the China node where it is drawn
            box = page.locator("#graph").bounding_box()
            pos = page.evaluate("(() => { const p = window.diplo.cy.$id('state:CHN').renderedPosition();"
                                " return [p.x, p.y]; })()")
            page.mouse.click(box["x"] + pos[0], box["y"] + pos[1])
            page.wait_for_function("() => document.getElementById('actor-title').textContent.startsWith('China')",
                                   timeout=10_000)
            page.wait_for_selector("#actor-body .evidence", timeout=10_000)
            sentences = page.locator("#actor-body .evidence .sentence").all_text_contents()
            assert any("partnership" in s for s in sentences)
            # the evidence panel shows the article with the sentence highlighted, as text
            page.locator("#actor-body .evidence").first.click()
            page.wait_for_selector("#evidence-text mark.hl", timeout=10_000)
            highlighted = page.locator("#evidence-text mark.hl").text_content()
            assert highlighted and highlighted in sentences[0] + " ".join(sentences)
            # a double click on a node centres the graph on it (and the URL follows)
            pos = page.evaluate("(() => { const p = window.cy.$id('person:alexander-lukashenko').renderedPosition();"
                                " return [p.x, p.y]; })()")
            page.mouse.dblclick(box["x"] + pos[0], box["y"] + pos[1])
            page.wait_for_function("() => window.cy.$('node.center').id() === 'person:alexander-lukashenko'",
                                   timeout=10_000)
            assert "actor=person%3Aalexander-lukashenko" in page.url
            # the dyad timeline
            page.fill("#dyad-a", "China")
            page.fill("#dyad-b", "Belarus")
            page.click("#dyad-form button")
            page.wait_for_selector("#timeline .vis-item", timeout=10_000)
            page.wait_for_function("() => (document.body.dataset.dyadShown || '').startsWith('state:CHN|state:BLR')",
                                   timeout=10_000)
            assert page.locator("#monthly .evidence").count() >= 4
            page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
            assert (tmp_path / "page.png").stat().st_size > 10_000
            assert not errors, errors
            assert not [u for u in outside if not u.startswith(("data:", "blob:"))], outside
        finally:
            browser.close()


def test_article_text_is_escaped(server, chromium_path, tmp_path) -> None:
    """Markup in an article is shown as text, never run."""
    from test_analysis_data import DOCS, extraction

    from diplograph.store.core import Store

    doc = {**DOCS[0], "path": "evil.txt",
           "text": DOCS[0]["text"] + " <img src=x onerror=\"window.pwned=1\"> Beijing said more."}
    db = Path(tmp_path) / "browser.db"
    with Store(str(db)) as store:
        store.write(extraction(0, doc))
        doc_id = extraction(0, doc).document.doc_id
    with playwright_api.sync_playwright() as p:
        browser = _launch(p, chromium_path, tmp_path)
        try:
            page = browser.new_page()
            page.goto(server + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=20_000)
            page.evaluate(f"window.diplo.showEvidence('{doc_id}', [0, 10])")
            page.wait_for_selector("#evidence-text mark.hl", timeout=10_000)
            assert "<img src=x" in page.locator("#evidence-text").text_content()
            assert page.locator("#evidence-text img").count() == 0
            assert page.evaluate("window.pwned === undefined")
        finally:
            browser.close()

"""Markup in articles and actor names never runs in the page (headless Chromium).

A store holds an article whose text, title, outlet and sentences carry ``<script>`` and
``onerror=`` payloads, and an actor whose name is one. The page shows the actor panel, the
search results, the dyad timeline and the evidence panel; nothing may execute (no dialog, no
``window.pwned``) and no element of the payload may reach the DOM. About 15 s.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")

from test_analysis_data import DOCS, build_store, extraction  # noqa: E402
from test_browser import _launch, assets, chromium_path, serving  # noqa: E402, F401

from diplograph.store import schema as S  # noqa: E402
from diplograph.store.core import Store  # noqa: E402

PAYLOADS = ['<img src=x onerror="window.pwned=1;alert(1)">', "<script>window.pwned=2;alert(2)</script>",
            '<svg onload="window.pwned=3">', '"><iframe src="javascript:window.pwned=4"></iframe>']
EVIL_NAME = '<img src=x onerror="window.pwned=5">Xi'


@pytest.fixture
def evil_server(tmp_path: Path, assets) -> Iterator[tuple[str, str]]:  # noqa: F811
    db = str(tmp_path / "evil.db")
    build_store(db).close()
    doc = {**DOCS[0], "path": "evil<script>.txt", "title": PAYLOADS[1] + " title",
           "text": DOCS[0]["text"] + " " + " ".join(PAYLOADS) + " Beijing rejected the sanctions again."}
    with Store(db) as store:
        store.write(extraction(0, doc))
        with store.engine.begin() as conn:
            conn.execute(S.actors.update().where(S.actors.c.id == "person:xi-jinping").values(name=EVIL_NAME))
    doc_id = extraction(0, doc).document.doc_id
    store = Store(db)
    with serving(store) as url:
        yield url, doc_id
    store.close()


def test_no_payload_runs_anywhere_in_the_page(evil_server, chromium_path: str, tmp_path: Path) -> None:  # noqa: F811
    server, doc_id = evil_server
    with playwright_api.sync_playwright() as p:
        browser = _launch(p, chromium_path, tmp_path)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=20_000)
            page.evaluate("window.diplo.showActor('person:xi-jinping')")
            page.wait_for_function("() => document.getElementById('actor-title').textContent.includes('Xi')",
                                   timeout=10_000)
            assert "<img src=x" in page.locator("#actor-title").text_content()
            page.evaluate(f"window.diplo.showEvidence('{doc_id}', [0, 20])")
            page.wait_for_selector("#evidence-text mark.hl", timeout=10_000)
            shown = page.locator("#evidence-text").text_content() + page.locator("#evidence-meta").text_content()
            assert all(payload in shown for payload in PAYLOADS[:2])
            page.fill("#search-input", "sanctions")
            page.click("#search-form button")
            page.wait_for_function("() => document.getElementById('evidence-title').textContent.startsWith('Search')",
                                   timeout=10_000)
            page.fill("#dyad-a", "China")
            page.fill("#dyad-b", "Belarus")
            page.click("#dyad-form button")
            page.wait_for_selector("#timeline .vis-item", timeout=10_000)
            page.wait_for_timeout(300)
            assert page.evaluate("window.pwned === undefined")
            assert not dialogs, dialogs
            for selector in ("main img", "main svg[onload]", "main iframe", "main script"):
                assert page.locator(selector).count() == 0, selector
        finally:
            browser.close()

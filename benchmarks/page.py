"""How fast the web page answers on a store of the whole corpus (headless Chromium, Playwright).

    diplograph ingest ../shared/corpus/allsides_intl --workers 2 --db /tmp/full.db   # ~11+ minutes
    .venv/bin/python benchmarks/page.py --db /tmp/full.db
    .venv/bin/python benchmarks/page.py --db /tmp/full.db --runs 5 --json out.json

Serves the store on a loopback port and drives the page in Chromium:

* first graph: a fresh browser context (nothing cached) opens ``/`` and the time from the start
  of navigation to the first ego network drawn (assets, the overview, the network, the fCoSE
  layout) is read from the page (``diplo.firstGraphAt``);
* each answer: the page's own functions are called (as its controls call them) and timed from
  the call to the panel drawn: actor suggestions, centring on an actor (network and panel), the
  network with 100 counterparts, the network in a time window, the actor panel, a pair's first
  page (timeline, chart, events), its second page, its events of one type, a document in the
  evidence panel, a sentence search, the whole-store graph. ``request`` is the part spent
  waiting for the server (fetch and JSON).

Each is run ``--runs`` times (20) over a rotation of subjects (the busiest states, their
strongest counterparts, busy persons); p50 and p95 in ms. Goal: first graph < 1500 ms, each
answer < 1000 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SEARCHES = ["sanctions", "ceasefire", "summit", "nuclear talks", "human rights"]
GOAL_FIRST_GRAPH, GOAL_ANSWER = 1500.0, 1000.0

# name -> (JavaScript run in the page with `s` the subject, the request label(s) timed in diplo.timings)
ANSWERS: dict[str, tuple[str, list[str]]] = {
    "suggest": ("await diplo.suggest(s.prefix)", ["suggestions"]),
    "centre on actor": ("await diplo.setActor(s.actor)", ["network", "actor", "alignment"]),
    "network 100": ("document.getElementById('ctl-count').value = '100'; await diplo.loadEgo();"
                    "document.getElementById('ctl-count').value = '30'", ["network"]),
    "network window": ("diplo.applyControls({since: s.since, until: s.until}); await diplo.loadEgo();"
                       "diplo.applyControls({})", ["network"]),
    "actor panel": ("await diplo.showActor(s.other)", ["actor", "alignment"]),
    "pair": ("diplo.dyad = null; await diplo.showDyad(s.actor, s.other)", ["pair"]),
    "pair page 2": ("await diplo.showDyad(s.actor, s.other, {page: 2})", ["pair"]),
    "pair type": ("await diplo.showDyad(s.actor, s.other, {type: s.type})", ["pair"]),
    "evidence": ("docCache.clear(); await diplo.showEvidence(s.doc, s.span)", ["document"]),
    "search": ("await diplo.runSearch(s.search, 1)", ["search"]),
    "whole store": ("await diplo.loadWholeStore()", ["whole store"]),
}


def serve(db: str) -> tuple[str, Any]:
    import uvicorn

    from diplograph.store.core import Store
    from diplograph.store.pgcluster import free_port
    from diplograph.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Store(db), rate=0), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def subjects(url: str, n: int) -> list[dict[str, Any]]:
    """The busiest states and persons, each with its strongest counterpart, a month window,
    the pair's commonest event type and one event's evidence (read through the API, untimed)."""
    import httpx

    with httpx.Client(base_url=url, timeout=120) as http:
        months = [m["month"] for m in http.get("/api/explore/overview").json()["months"]]
        busy = months[len(months) // 2:]  # the store's later half: most documents
        actors = [a["id"] for kind in ("state", "person")
                  for a in http.get("/api/actors", params={"kind": kind, "limit": 8}).json()["items"]]
        out = []
        for i, actor in enumerate(actors):
            ego = http.get("/api/explore/ego", params={"actor": actor, "limit": 10}).json()
            others = [x["id"] for x in ego["nodes"] if not x["center"]]
            if not others:
                continue
            pair = http.get("/api/explore/dyad", params={"a": actor, "b": others[0]}).json()
            if not pair["events"]:
                continue
            ev = pair["events"][0]
            name = next(x["name"] for x in ego["nodes"] if x["center"])
            start = (i * 3) % max(1, len(busy) - 12)  # a year's window, a different one for each subject
            out.append({"actor": actor, "other": others[0], "prefix": name[:3 + i % 3],
                        "since": busy[start], "until": busy[min(len(busy) - 1, start + 11)],
                        "type": max(pair["types"], key=pair["types"].get), "doc": ev["doc"], "span": ev["span"],
                        "search": SEARCHES[i % len(SEARCHES)]})
    return (out * math.ceil(n / max(1, len(out))))[:n]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def run(db: str, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    url, server = serve(db)
    try:
        cases = subjects(url, runs)
        results: dict[str, dict[str, list[float]]] = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
            first: list[float] = []
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                page.goto(url + "/")
                page.wait_for_function("() => window.diplo && window.diplo.firstGraphAt !== undefined", timeout=60_000)
                first.append(page.evaluate("window.diplo.firstGraphAt"))
                # the actor panel is asked after the graph: let it finish before the next run
                page.wait_for_selector("body[data-ready=true]", timeout=60_000)
                context.close()
            results["first graph"] = {"total": first, "request": []}
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            for name, (script, labels) in ANSWERS.items():
                total, request = [], []
                for s in cases:
                    took = page.evaluate(f"""async (s) => {{
                        diplo.timings = {{}};
                        const t0 = performance.now();
                        {script};
                        return [performance.now() - t0, diplo.timings];
                    }}""", s)
                    total.append(took[0])
                    request.append(max((took[1].get(label, 0.0) for label in labels), default=0.0))
                errors = page.locator("#error").text_content() if page.is_visible("#error") else ""
                if errors:
                    raise SystemExit(f"{name}: the page shows an error: {errors}")
                results[name] = {"total": total, "request": request}
            browser.close()
    finally:
        server.should_exit = True
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store of the whole corpus")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", help="write the raw timings here")
    args = parser.parse_args(argv)
    from diplograph.store.core import Store

    with Store(args.db) as store:
        counts = store.counts()
    print(f"store: {counts['documents']} documents, {counts['actors']} actors, {counts['events']} events; "
          f"{args.runs} runs each; {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}")
    results = run(args.db, args.runs)
    print(f"{'':18} {'p50':>8} {'p95':>8} {'max':>8}   {'request p95':>11}   goal")
    failed = False
    for name, r in results.items():
        goal = GOAL_FIRST_GRAPH if name == "first graph" else GOAL_ANSWER
        ok = p95(r["total"]) < goal
        failed |= not ok
        req = f"{p95(r['request']):11.0f}" if r["request"] else f"{'':>11}"
        print(f"{name:18} {statistics.median(r['total']):8.0f} {p95(r['total']):8.0f} {max(r['total']):8.0f}   {req}"
              f"   {'<' if ok else '>='} {goal:.0f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

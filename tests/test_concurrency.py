"""Concurrency: the web server answers while an ingest writes (SQLite WAL and PostgreSQL), and two
ingests of overlapping inputs at once store every document exactly once, without an error.

The store-level tests write hand-made extractions (no model), from threads that each open their
own ``Store`` as separate ingest processes would; each takes a few seconds. The end-to-end test
runs two ``diplograph ingest`` processes on overlapping folders (model; about 30 s on 2 cores).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_analysis_data import DOCS, extraction

from diplograph.model import Extraction
from diplograph.store.core import Store

LOCAL = "http://localhost"  # the server answers only the Host names it is told (loopback by default)

VARIANTS = 12  # copies of each fixture document, each with its own text (so its own doc_id)


def corpus() -> list[Extraction]:
    out = []
    for n, doc in enumerate(DOCS):
        for v in range(VARIANTS):
            out.append(extraction(n, {**doc, "path": f"v{v}-{doc['path']}", "text": f"{doc['text']} Variant {v}."}))
    return out


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "shared.db")  # a file: WAL, several connections
        return
    from backends import reset_database

    url = request.getfixturevalue("postgres_url")
    reset_database(url)
    yield url


def write_all(db: str, items: list[Extraction], results: list[bool], errors: list[BaseException]) -> None:
    try:
        with Store(db) as store:
            for ex in items:
                results.append(store.write(ex))
    except BaseException as exc:  # reported by the test, not lost in the thread
        errors.append(exc)


def test_two_ingests_of_overlapping_inputs_store_each_document_once(db: str) -> None:
    items = corpus()
    first, second = items[: 2 * len(items) // 3], items[len(items) // 3:]
    second = random.Random(8).sample(second, len(second))  # another order, same overlap
    Store(db).close()  # create the schema once, as the first ingest would
    results: list[bool] = []
    errors: list[BaseException] = []
    threads = [threading.Thread(target=write_all, args=(db, part, results, errors)) for part in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert results.count(True) == len(items)  # each document written by exactly one of the two
    with Store(db) as store:
        counts = store.counts()
        assert counts["documents"] == len(items)
        assert counts["events"] == sum(len(ex.events) for ex in items)
        assert counts["quotes"] == sum(len(ex.quotes) for ex in items)
        assert sorted(store.document_ids()) == sorted(ex.document.doc_id for ex in items)


def test_the_server_answers_while_an_ingest_writes(db: str) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from diplograph.web.app import create_app

    items = corpus()
    Store(db).close()
    results: list[bool] = []
    errors: list[BaseException] = []
    writer = threading.Thread(target=write_all, args=(db, items, results, errors))
    seen: list[int] = []
    failures: list[str] = []
    with Store(db) as served, TestClient(create_app(served, rate=0), base_url=LOCAL) as client:
        writer.start()
        queries = ["/api/health", "/api/documents?limit=5", "/api/actors?limit=5", "/api/search?q=sanctions",
                   "/api/graph", "/api/sources", "/api/dyad?a=China&b=Belarus", "/api/side?actor=China"]
        rounds = 0
        while writer.is_alive() or rounds < 2:
            rounds += 1
            for q in queries:
                r = client.get(q)
                # before the first document the dyad/side questions name unknown actors (404); "before"
                # is while the last count seen is 0, not only the first round (a slow writer under load)
                if r.status_code != 200 and not (r.status_code == 404 and not (seen and seen[-1])):
                    failures.append(f"{q}: {r.status_code} {r.text[:200]}")
            seen.append(client.get("/api/health").json()["counts"]["documents"])
        writer.join(120)
        seen.append(client.get("/api/health").json()["counts"]["documents"])
    assert not errors and not failures, (errors, failures[:5])
    assert seen == sorted(seen) and seen[-1] == len(items)  # counts only grow; all stored in the end
    assert rounds >= 2


def _ingest(src: list[Path], db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "diplograph.cli", "ingest", *map(str, src), "--db", str(db), "-q"],
                            env={**os.environ, "DIPLOGRAPH_BATCH_SIZE": "2"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


@pytest.mark.model
@pytest.mark.slow  # subprocesses
def test_two_ingest_processes_on_overlapping_folders(tmp_path: Path) -> None:
    from corpus_tools import write_corpus

    all_docs = tmp_path / "all"
    write_corpus(all_docs, 16)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i, f in enumerate(sorted(all_docs.iterdir())):
        if i < 11:
            (a / f.name).write_bytes(f.read_bytes())
        if i >= 5:
            (b / f.name).write_bytes(f.read_bytes())
    db = tmp_path / "both.db"
    procs = [_ingest([a], db), _ingest([b], db)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err.decode()[-2000:]
        assert b"Traceback" not in err and b"error" not in err.lower(), err.decode()[-2000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (16, 16)
        for table in ("events", "quotes"):
            total, distinct = conn.execute(f"SELECT count(*), count(DISTINCT id) FROM {table}").fetchone()
            assert total == distinct, table
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def _open_store(db: str) -> str:
    from diplograph.store import Store

    try:
        Store(db).close()
        return "ok"
    except Exception as exc:  # reported back to the test, which names it
        return repr(exc)


@pytest.mark.slow  # processes
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_opening_a_new_store_at_once_all_succeed(backend, tmp_path, request):
    """The first opener creates the schema; the others wait for it (a race here once made one
    of two concurrent ingests fail with 'table actors already exists')."""
    import concurrent.futures as cf
    import multiprocessing

    if backend == "postgresql":
        from backends import reset_database

        url = request.getfixturevalue("postgres_url")
        targets = [url] * 3
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=4, mp_context=ctx) as pool:
        for trial in range(3):
            if backend == "postgresql":
                reset_database(url)
            else:
                targets = [str(tmp_path / f"new{trial}.db")] * 4
            results = list(pool.map(_open_store, targets))
            assert results == ["ok"] * len(targets), results

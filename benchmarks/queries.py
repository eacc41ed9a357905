"""Latency of the answers on a large synthetic store.

    .venv/bin/python benchmarks/queries.py                  # 1,000,000 events, SQLite in a temp folder
    .venv/bin/python benchmarks/queries.py --events 200000 --db /tmp/bench.db --keep

Builds a store of synthetic records (documents, actors, mentions, sentences, events, quotes,
relations) written straight into the tables, with a skewed choice of actors so that a few
states (China, Russia, Belarus, the United States) are as busy as they are in real news. Then
times ``actor_profile``, ``dyad`` and ``alignment`` over a rotation of actors and prints p50/p95
(target: p95 under 200 ms each).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplograph.analysis import actor_profile, alignment, dyad  # noqa: E402
from diplograph.kb import load_table  # noqa: E402
from diplograph.model import PLOVER_TYPES, RELATION_KINDS  # noqa: E402
from diplograph.store import schema as S  # noqa: E402
from diplograph.store.core import Store  # noqa: E402

HOT = ["CHN", "RUS", "BLR", "USA", "UKR", "DEU", "FRA", "GBR", "IND", "TUR"]
EVENTS_PER_DOC = 10
SENTENCES_PER_DOC = 6


def _actors(rng: random.Random, persons: int) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    states = [r["iso3"] for r in load_table("countries")]
    rows = [{"id": f"state:{iso}", "name": name, "kind": "state", "country": iso}
            for iso, name in ((r["iso3"], r["name"]) for r in load_table("countries"))]
    rows += [{"id": "group:west", "name": "the West", "kind": "group", "country": None}]
    person_ids = []
    for n in range(persons):
        iso = rng.choice(HOT) if rng.random() < 0.5 else rng.choice(states)
        pid = f"person:synthetic-{n}"
        person_ids.append(pid)
        rows.append({"id": pid, "name": f"Person {n}", "kind": "person", "country": iso})
    rows += [{"id": f"media:outlet-{n}", "name": f"Outlet {n}", "kind": "media", "country": rng.choice(states)}
             for n in range(50)]
    return rows, [f"state:{s}" for s in states], person_ids


def _pick(rng: random.Random, states: list[str], persons: list[str]) -> str:
    x = rng.random()
    if x < 0.45:
        return f"state:{rng.choice(HOT)}"
    if x < 0.75:
        return rng.choice(persons)
    if x < 0.78:
        return "group:west"
    return rng.choice(states)


def build(db: str, n_events: int, seed: int = 7) -> Store:
    rng = random.Random(seed)
    store = Store(db)
    actors, states, persons = _actors(rng, 5000)
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    started = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(S.actors.insert(), actors)
    batch: dict[str, list[dict[str, Any]]] = {t: [] for t in ("documents", "sentences", "mentions", "events",
                                                              "quotes", "relations", "aliases")}
    for d in range(n_docs):
        _document(rng, d, states, persons, batch)
        if len(batch["events"]) >= 50_000 or d == n_docs - 1:
            with store.engine.begin() as conn:
                for name, rows in batch.items():
                    if rows:
                        conn.execute(S.metadata.tables[name].insert(), rows)
                    rows.clear()
            print(f"\r  {d + 1:,}/{n_docs:,} documents", end="", file=sys.stderr, flush=True)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE") if store.dialect == "sqlite" else None
    print(f"\n  built in {time.perf_counter() - started:.0f} s: {store.counts()}", file=sys.stderr)
    return store


def _document(rng: random.Random, d: int, states: list[str], persons: list[str],
              batch: dict[str, list[dict[str, Any]]]) -> None:
    doc_id = hashlib.sha256(f"doc{d}".encode()).hexdigest()
    year, month, day = rng.choice((2021, 2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28)
    published = f"{year}-{month:02d}-{day:02d}"
    sentences, text_parts, pos = [], [], 0
    for s in range(SENTENCES_PER_DOC):
        sent = f"Synthetic sentence {s} of document {d} about sanctions and cooperation."
        sentences.append((pos, pos + len(sent), sent))
        text_parts.append(sent)
        pos += len(sent) + 1
    batch["documents"].append({"doc_id": doc_id, "path": f"synthetic/{d}.txt", "title": f"Document {d}",
                               "url": None, "outlet": f"media:outlet-{rng.randrange(50)}", "published": published,
                               "published_inferred": False, "text": " ".join(text_parts),
                               "ingested_at": "2024-01-01T00:00:00+00:00"})
    batch["sentences"] += [{"doc_id": doc_id, "start": a, "end": b, "text": t} for a, b, t in sentences]
    involved: set[str] = set()
    for e in range(EVENTS_PER_DOC):
        src, tgt = _pick(rng, states, persons), _pick(rng, states, persons)
        if src == tgt:
            tgt = rng.choice(states)
        a, b, sent = sentences[e % SENTENCES_PER_DOC]
        involved.update((src, tgt))
        batch["events"].append({
            "id": f"{doc_id[:16]}-e{e}", "doc_id": doc_id, "cluster": f"{doc_id[:16]}-c{e}",
            "type": rng.choice(PLOVER_TYPES), "mode": None, "cameo": None, "source": src, "target": tgt,
            "date": published if rng.random() < 0.5 else None, "location": None,
            "negated": rng.random() < 0.05, "hypothetical": rng.random() < 0.05,
            "reported_by": None, "sentence": sent, "start": a, "end": b, "trigger": None})
    for actor_id in involved:
        a, b, _ = rng.choice(sentences)
        batch["mentions"].append({"doc_id": doc_id, "actor_id": actor_id, "start": a, "end": a + 5})
    speaker = rng.choice(sorted(involved))
    a, b, _ = sentences[0]
    batch["quotes"].append({"id": f"{doc_id[:16]}-q0", "doc_id": doc_id, "text": "we are friends and partners",
                            "speaker": speaker, "via": None, "direct": True, "start": a, "end": b})
    if rng.random() < 0.2:
        x, y = rng.sample(sorted(involved), 2)
        batch["relations"].append({"doc_id": doc_id, "a": x, "b": y, "kind": rng.choice(RELATION_KINDS),
                                   "label": "ties", "since": None, "speaker": None, "start": a, "end": b})


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(store: Store, repeat: int) -> dict[str, tuple[float, float]]:
    subjects = ["China", "Russia", "Belarus", "United States", "person:synthetic-1", "Germany"]
    pairs = [("China", "Belarus"), ("Russia", "United States"), ("China", "Russia"), ("Belarus", "Ukraine"),
             ("person:synthetic-1", "China"), ("France", "Germany")]
    tasks = {
        "actor profile": lambda i: actor_profile(store, subjects[i % len(subjects)]),
        "dyad timeline": lambda i: dyad(store, *pairs[i % len(pairs)]),
        "alignment": lambda i: alignment(store, subjects[i % len(subjects)]),
    }
    out = {}
    for name, task in tasks.items():
        task(0)  # warm the page cache
        times = []
        for i in range(repeat):
            t0 = time.perf_counter()
            task(i)
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = (statistics.median(times), _pct(times, 95))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="store to build (or reuse with --reuse); default: a temporary file")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db without building")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args(argv)
    tmp = None
    if args.db is None:
        tmp = tempfile.mkdtemp(prefix="diplograph-bench-")
        args.db = str(Path(tmp) / "bench.db")
    if args.reuse:
        store = Store(args.db)
    else:
        if Path(args.db).exists():
            parser.error(f"{args.db} exists: remove it or pass --reuse")
        store = build(args.db, args.events)
    events = store.counts()["events"]
    print(f"store: {args.db} ({events:,} events)")
    worst = 0.0
    for name, (p50, p95) in measure(store, args.repeat).items():
        print(f"{name:15s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
        worst = max(worst, p95)
    store.close()
    if tmp and not args.keep:
        for f in Path(tmp).iterdir():
            f.unlink()
        Path(tmp).rmdir()
    print("target p95 < 200 ms:", "met" if worst < 200 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())

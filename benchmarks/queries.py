"""Latency of the answers on a large synthetic store, on SQLite or PostgreSQL.

    .venv/bin/python benchmarks/queries.py                         # 1,000,000 events, SQLite, temp folder
    .venv/bin/python benchmarks/queries.py --backend postgresql    # the same in a throwaway cluster
    .venv/bin/python benchmarks/queries.py --events 200000 --db /tmp/bench.db --keep
    .venv/bin/python benchmarks/queries.py --db /tmp/bench.db --reuse

Builds a store of synthetic records (documents, actors with aliases and roles, mentions,
sentences drawn from a Zipf vocabulary, events, quotes, relations) loaded straight into the
tables, then ``Store.rebuild_aggregates`` (what ``Store.write`` keeps up one document at a
time). The choice of actors is skewed as in real news: each of ten busy states is a party to
~9% of the events (~90,000 of 1M), 5,000 persons and the other states share the rest.

Then times ``actor_profile``, ``dyad``, ``alignment`` and ``search`` over a rotation of
subjects (busy states, a quiet state, persons by name and by id) and prints p50/p95 over
all calls, and each subject's worst time. The cache is WARM: one untimed pass over every
subject precedes the timed ones (a first question after a cold start is slower). Finally it
times ``Store.write`` of new documents into the big store (aggregates included).
Target: p95 under 200 ms for each answer.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from diplograph.analysis import actor_profile, alignment, dyad, search  # noqa: E402
from diplograph.kb import load_table  # noqa: E402
from diplograph.model import PLOVER_TYPES, RELATION_KINDS, Actor, Document, Event, Extraction, Quote  # noqa: E402
from diplograph.store import schema as S  # noqa: E402
from diplograph.store.core import Store  # noqa: E402

HOT = ["CHN", "RUS", "BLR", "USA", "UKR", "DEU", "FRA", "GBR", "IND", "TUR"]
EVENTS_PER_DOC = 10
SENTENCES_PER_DOC = 6
WORDS_PER_SENTENCE = 12
VOCABULARY = 5000
PERSONS = 5000
SUBJECTS = ["China", "Russia", "Belarus", "United States", "Germany", "Chile", "Person 1", "person:synthetic-7"]
PAIRS = [("China", "Belarus"), ("Russia", "United States"), ("China", "Russia"), ("Belarus", "Ukraine"),
         ("Person 1", "China"), ("France", "Germany"), ("Chile", "Peru"), ("person:synthetic-7", "Person 9")]
# words of rank 1 (in a third of all sentences), 20, 300 and 3000, and two together
SEARCHES = ["w1", "w20", "w300", "w3000", "w20 w300"]
LOAD_TABLES = ("documents", "sentences", "mentions", "aliases", "roles", "events", "quotes", "relations")


def _actors(rng: random.Random) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    countries = list(load_table("countries"))
    states = [r["iso3"] for r in countries]
    rows = [{"id": f"state:{r['iso3']}", "name": r["name"], "kind": "state", "country": r["iso3"]} for r in countries]
    rows += [{"id": "group:west", "name": "the West", "kind": "group", "country": None}]
    persons = []
    for n in range(PERSONS):
        iso = rng.choice(HOT) if rng.random() < 0.5 else rng.choice(states)
        persons.append(f"person:synthetic-{n}")
        rows.append({"id": persons[-1], "name": f"Person {n}", "kind": "person", "country": iso})
    rows += [{"id": f"media:outlet-{n}", "name": f"Outlet {n}", "kind": "media", "country": rng.choice(states)}
             for n in range(50)]
    return rows, [f"state:{s}" for s in states], persons


class Generator:
    """Synthetic documents, one at a time, as rows for every table."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.actor_rows, self.states, self.persons = _actors(self.rng)
        self.names = {a["id"]: a["name"] for a in self.actor_rows}
        self.country = {a["id"]: a["country"] for a in self.actor_rows}
        weights = [1 / r for r in range(1, VOCABULARY + 1)]
        self.cum_weights = list(itertools.accumulate(weights))
        self.words = [f"w{r}" for r in range(1, VOCABULARY + 1)]
        self.has_eff_date = "eff_date" in S.events.c  # absent in stores before the aggregates

    def pick(self) -> str:
        x = self.rng.random()
        if x < 0.45:
            return f"state:{self.rng.choice(HOT)}"
        if x < 0.75:
            return self.rng.choice(self.persons)
        if x < 0.78:
            return "group:west"
        return self.rng.choice(self.states)

    def document(self, d: int) -> dict[str, list[dict[str, Any]]]:
        rng = self.rng
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in LOAD_TABLES}
        doc_id = hashlib.sha256(f"doc{d}".encode()).hexdigest()
        published = f"{rng.choice((2021, 2022, 2023, 2024))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentences, pos = [], 0
        for _ in range(SENTENCES_PER_DOC):
            words = rng.choices(self.words, cum_weights=self.cum_weights, k=WORDS_PER_SENTENCE)
            sent = " ".join(words).capitalize() + "."
            sentences.append((pos, pos + len(sent), sent))
            pos += len(sent) + 1
        rows["documents"].append({
            "doc_id": doc_id, "path": f"synthetic/{d}.txt", "title": f"Document {d}", "url": None,
            "outlet": f"media:outlet-{rng.randrange(50)}", "published": published, "published_inferred": False,
            "published_basis": None, "text": " ".join(s[2] for s in sentences),
            "ingested_at": "2024-01-01T00:00:00+00:00"})
        rows["sentences"] = [{"doc_id": doc_id, "start": a, "end": b, "text": t} for a, b, t in sentences]
        involved: dict[str, None] = {}
        for e in range(EVENTS_PER_DOC):
            src, tgt = self.pick(), self.pick()
            if src == tgt:
                tgt = rng.choice(self.states)
            a, b, sent = sentences[e % SENTENCES_PER_DOC]
            involved.update({src: None, tgt: None})
            date = published if rng.random() < 0.5 else (f"XXXX{published[4:]}" if rng.random() < 0.2 else None)
            row = {"id": f"{doc_id[:16]}-e{e}", "doc_id": doc_id, "cluster": f"{doc_id[:16]}-c{e % 7}",
                   "type": rng.choice(PLOVER_TYPES), "mode": None, "cameo": None, "source": src, "target": tgt,
                   "date": date, "location": None, "negated": rng.random() < 0.05,
                   "hypothetical": rng.random() < 0.05, "reported_by": None, "sentence": sent, "start": a,
                   "end": b, "trigger": None}
            if self.has_eff_date:
                row["eff_date"] = published if date is None else published[:4] + date[4:]
            rows["events"].append(row)
        for actor_id in involved:
            for _ in range(rng.randint(1, 3)):
                a, b, _ = rng.choice(sentences)
                rows["mentions"].append({"doc_id": doc_id, "actor_id": actor_id, "start": a, "end": a + 5})
            rows["aliases"].append({"actor_id": actor_id, "doc_id": doc_id, "alias": self.names[actor_id]})
            if actor_id.startswith("person:"):
                rows["roles"].append({"actor_id": actor_id, "doc_id": doc_id, "title": "Minister",
                                      "of": self.country[actor_id], "date_from": None, "date_to": None})
        a, b, _ = sentences[0]
        rows["quotes"].append({"id": f"{doc_id[:16]}-q0", "doc_id": doc_id, "text": "we are friends and partners",
                               "speaker": rng.choice(list(involved)), "via": None, "direct": True, "start": a,
                               "end": b})
        if rng.random() < 0.2:
            x, y = rng.sample(list(involved), 2)
            rows["relations"].append({"doc_id": doc_id, "a": x, "b": y, "kind": rng.choice(RELATION_KINDS),
                                      "label": "ties", "since": None, "speaker": None, "start": a, "end": b})
        return rows

    def extraction(self, d: int) -> Extraction:
        """A synthetic document as the extractor would hand it to ``Store.write``."""
        rows = self.document(d)
        dr = rows["documents"][0]
        doc = Document(doc_id=hashlib.sha256(f"new{d}".encode()).hexdigest(), path=dr["path"], text=dr["text"],
                       title=dr["title"], published=dr["published"])
        ex = Extraction(document=doc, outlet=dr["outlet"])
        ex.sentences = [(r["start"], r["end"]) for r in rows["sentences"]]
        actors: dict[str, Actor] = {}
        for m in rows["mentions"]:
            a = actors.setdefault(m["actor_id"], Actor(id=m["actor_id"], name=self.names[m["actor_id"]],
                                                       kind=m["actor_id"].split(":")[0],
                                                       country=self.country[m["actor_id"]]))
            a.add_mention(m["start"], m["end"], a.name)
        ex.actors = list(actors.values())
        ex.events = [Event(id=f"{doc.doc_id[:16]}-e{i}", type=r["type"], source=r["source"], target=r["target"],
                           sentence=r["sentence"], span=(r["start"], r["end"]), date=r["date"],
                           negated=r["negated"], hypothetical=r["hypothetical"]) for i, r in enumerate(rows["events"])]
        ex.quotes = [Quote(id=f"{doc.doc_id[:16]}-q0", text=q["text"], span=(q["start"], q["end"]),
                           speaker=q["speaker"]) for q in rows["quotes"]]
        return ex


def _load(store: Store, batch: dict[str, list[dict[str, Any]]]) -> None:
    """Append rows: COPY on PostgreSQL (executemany would take most of an hour), executemany on SQLite."""
    with store.engine.begin() as conn:
        for name in LOAD_TABLES:
            rows = batch[name]
            if not rows:
                continue
            if store.dialect == "postgresql":
                cols = list(rows[0])
                cursor = conn.connection.driver_connection.cursor()
                quoted = ", ".join(f'"{c}"' for c in cols)  # "end" is a reserved word
                with cursor.copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(tuple(r[c] for c in cols))
            else:
                conn.execute(S.metadata.tables[name].insert(), rows)
            rows.clear()


def build(store: Store, n_events: int, seed: int = 7) -> None:
    gen = Generator(seed)
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    started = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(S.actors.insert(), gen.actor_rows)
    batch: dict[str, list[dict[str, Any]]] = {t: [] for t in LOAD_TABLES}
    for d in range(n_docs):
        for name, rows in gen.document(d).items():
            batch[name] += rows
        if len(batch["events"]) >= 50_000 or d == n_docs - 1:
            _load(store, batch)
            print(f"\r  {d + 1:,}/{n_docs:,} documents", end="", file=sys.stderr, flush=True)
    print(f"\n  loaded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if hasattr(store, "rebuild_aggregates"):
        t0 = time.perf_counter()
        store.rebuild_aggregates()
        print(f"  aggregates rebuilt in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    _analyze(store)
    print(f"  built in {time.perf_counter() - started:.0f} s: {store.counts()}", file=sys.stderr)


def _analyze(store: Store) -> None:
    """Planner statistics (and on PostgreSQL the visibility map that index-only scans need), as
    autovacuum would leave them some time after a bulk load."""
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        return
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _timed(task: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    task()
    return (time.perf_counter() - t0) * 1000


def measure(store: Store, repeat: int) -> dict[str, dict[str, Any]]:
    tasks: dict[str, list[tuple[str, Callable[[], Any]]]] = {
        "actor profile": [(s, lambda s=s: actor_profile(store, s)) for s in SUBJECTS],
        "dyad timeline": [(f"{a} / {b}", lambda a=a, b=b: dyad(store, a, b)) for a, b in PAIRS],
        "alignment": [(s, lambda s=s: alignment(store, s)) for s in SUBJECTS],
        "search": [(q, lambda q=q: search(store, q)) for q in SEARCHES],
    }
    out: dict[str, dict[str, Any]] = {}
    for name, subjects in tasks.items():
        for _, task in subjects:  # warm the caches: every subject once, untimed
            task()
        per: dict[str, list[float]] = {label: [] for label, _ in subjects}
        times = []
        for i in range(repeat):
            label, task = subjects[i % len(subjects)]
            times.append(_timed(task))
            per[label].append(times[-1])
        out[name] = {"p50": statistics.median(times), "p95": _pct(times, 95),
                     "worst": {label: max(v) for label, v in per.items() if v}}
    return out


def measure_writes(store: Store, n: int) -> tuple[float, float]:
    """``Store.write`` of ``n`` new documents (numbered past those stored, so that a reused store
    gets new ones too rather than ones it already has)."""
    gen = Generator(seed=11)
    with store.connect() as conn:
        first = conn.execute(select(func.max(S.documents.c.seq))).scalar() or 0
    times = [_timed(lambda d=d: store.write(gen.extraction(d))) for d in range(first, first + n)]
    return statistics.median(times), _pct(times, 95)


@contextlib.contextmanager
def open_store(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Iterator[tuple[Store, bool]]:
    """The store to time, and whether it is new (to be built)."""
    if args.backend == "postgresql" and args.db is None:
        from diplograph.store.pgcluster import throwaway_cluster

        existing = os.environ.get("DIPLOGRAPH_BENCH_PG")
        with throwaway_cluster({"shared_buffers": args.pg_shared_buffers}, existing=existing) as url:
            reset = create_engine(url)
            with reset.begin() as conn:  # DIPLOGRAPH_BENCH_PG may point at a used database
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            reset.dispose()
            store = Store(url)
            yield store, True
            store.close()
        return
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        if args.reuse:
            store = Store(db)
            yield store, False
        else:
            if "://" not in db and Path(db).exists():
                parser.error(f"{db} exists: remove it or pass --reuse")
            store = Store(db)
            yield store, True
        store.close()
        if args.keep and args.db is None:
            kept = Path(tempfile.gettempdir()) / f"diplograph-bench-{int(time.time())}.db"
            Path(db).replace(kept)
            print(f"kept the store as {kept}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="postgresql without --db: a throwaway cluster (needs the server binaries)")
    parser.add_argument("--db", help="store to build (or reuse with --reuse): a path or a URL; default temporary")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db without building")
    parser.add_argument("--repeat", type=int, default=40, help="timed calls per answer (rotating subjects)")
    parser.add_argument("--writes", type=int, default=100, help="documents written through Store.write")
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite store")
    parser.add_argument("--pg-shared-buffers", default="512MB", help="of the throwaway cluster")
    args = parser.parse_args(argv)
    with open_store(args, parser) as (store, new):
        if new:
            build(store, args.events)
        events = store.counts()["events"]
        print(f"backend {store.dialect}, {events:,} events; machine: {platform.machine()} "
              f"{platform.processor() or ''} {_cpus()} CPUs, Python {platform.python_version()}; warm cache")
        worst = 0.0
        for name, m in measure(store, args.repeat).items():
            slowest = max(m["worst"].items(), key=lambda x: x[1])
            print(f"{name:15s} p50 {m['p50']:7.1f} ms   p95 {m['p95']:7.1f} ms   "
                  f"(slowest: {slowest[0]} {slowest[1]:.0f} ms)")
            worst = max(worst, m["p95"])
        if args.writes:
            p50, p95 = measure_writes(store, args.writes)
            print(f"{'Store.write':15s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   "
                  f"(a document of {EVENTS_PER_DOC} events)")
    print("target p95 < 200 ms:", "met" if worst < 200 else "NOT met")
    return 0


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    sys.exit(main())

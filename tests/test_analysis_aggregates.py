"""The answers read aggregate tables; here they are checked against the same answers computed
from the raw records in Python, on SQLite and PostgreSQL, on the hand-made corpus plus
synthetic documents written through ``Store.write`` (the benchmark's generator: busy states,
many persons, year-less and missing dates)."""

from __future__ import annotations

import importlib
import importlib.util
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from test_analysis_data import DOCS, extraction

from diplograph.analysis import actor_profile, alignment, dyad, graph
from diplograph.analysis import profiles as profiles_module
from diplograph.analysis.common import ActorRef, principal, resolve_actor, side_of
from diplograph.analysis.weights import weights
from diplograph.store import Store
from diplograph.store import schema as S

# the package exports the function ``alignment`` under the module's name
alignment_module = importlib.import_module("diplograph.analysis.alignment")
ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_DOCS = 120


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("bench_queries", ROOT / "benchmarks" / "queries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Generator(seed=3)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store(request):
    """One store per backend for the module (the tests only read): like conftest's ``store_url``."""
    if request.param == "sqlite":
        url = ":memory:"
    else:
        from backends import reset_database

        url = request.getfixturevalue("postgres_url")
        reset_database(url)
    s = Store(url)
    for n in range(len(DOCS)):
        s.write(extraction(n))
    gen = _generator()
    with s.engine.begin() as conn:  # the generator's actors exist before its documents name them
        known = {r[0] for r in conn.execute(S.actors.select().with_only_columns(S.actors.c.id))}
        conn.execute(S.actors.insert(), [a for a in gen.actor_rows if a["id"] not in known])
    for d in range(SYNTHETIC_DOCS):
        s.write(gen.extraction(d))
    yield s
    s.close()


def _raw(store: Store) -> tuple[list[Any], dict[str, str | None]]:
    with store.connect() as conn:
        events = list(conn.execute(S.events.select()))
        published = {r.doc_id: r.published for r in conn.execute(select_published())}
    return events, published


def select_published() -> Any:
    return S.documents.select().with_only_columns(S.documents.c.doc_id, S.documents.c.published)


def _effective(date: str | None, published: str | None) -> str | None:
    """The effective date as the SQL of the answers before the aggregates computed it."""
    if date and date[0].isdigit():
        return date
    if date and date.startswith("XXXX") and published:
        return published[:4] + date[4:]
    return published


def _sides(store: Store, a: str, b: str) -> tuple[set[str], set[str]]:
    with store.connect() as conn:
        sa, sb = side_of(conn, resolve_actor(conn, a)), side_of(conn, resolve_actor(conn, b))
    ida, idb = set(sa.ids), set(sb.ids)
    overlap = (ida & idb) - {sa.actor.id, sb.actor.id}
    return (ida - overlap - {sb.actor.id}) | {sa.actor.id}, (idb - overlap - {sa.actor.id}) | {sb.actor.id}


PAIRS = [("China", "Belarus"), ("Russia", "United States"), ("Person 1", "China"), ("France", "Germany")]


@pytest.mark.parametrize("a,b", PAIRS)
def test_dyad_total_order_and_monthly_equal_the_raw_events(store, a, b) -> None:
    events, published = _raw(store)
    ida, idb = _sides(store, a, b)
    mine = [e for e in events if (e.source in ida and e.target in idb) or (e.source in idb and e.target in ida)]
    d = dyad(store, a, b, limit=100_000)
    assert d.total_events == len(mine)
    shown = [e.id for e in d.events]  # the first report of each cluster
    key = {e.id: (_effective(e.date, published[e.doc_id]) is None, _effective(e.date, published[e.doc_id]) or "",
                  e.doc_id, e.start) for e in mine}
    assert [key[i] for i in shown] == sorted(key[i] for i in shown)
    assert [e.date for e in d.events] == [_effective(e.date, published[e.doc_id])
                                          for e in sorted(mine, key=lambda e: key[e.id]) if e.id in set(shown)]
    w = weights()
    sums: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for e in mine:
        m = (_effective(e.date, published[e.doc_id]) or "")[:7]
        if len(m) == 7 and m[4] == "-" and m[5:7].isdigit():
            sums[m] += w.event(e.type, bool(e.negated), bool(e.hypothetical))
            counts[m] += 1
    assert d.monthly == [{"month": m, "score": round(sums[m] / counts[m], 3), "count": counts[m]}
                         for m in sorted(counts)]


@pytest.mark.parametrize("name", ["China", "Belarus", "Person 1", "person:synthetic-7", "Lukashenko"])
def test_direct_event_scores_equal_the_raw_events(store, name, monkeypatch) -> None:
    for part in ("_relations", "_balance"):  # direct events only
        monkeypatch.setattr(alignment_module, part, lambda *args: None)
    events, _ = _raw(store)
    al = alignment(store, name, limit=10_000)
    with store.connect() as conn:
        side = side_of(conn, resolve_actor(conn, name))
        refs = {r.id: r for r in conn.execute(S.actors.select())}
    ids = set(side.ids)
    own = ids | ({f"state:{side.actor.country}"} if side.actor.country else set())
    w = weights()
    score: dict[str, float] = defaultdict(float)
    n: Counter[str] = Counter()
    for e in events:
        for mine, other in ((e.source, e.target), (e.target, e.source)):
            if mine in ids and other and other not in ids:
                ref = refs.get(other)
                key = principal(ActorRef(ref.id, ref.name, ref.kind, ref.country)) if ref else other
                if key in own or other in own:
                    continue
                score[key] += w.event(e.type, bool(e.negated), bool(e.hypothetical)) / 10
                n[key] += 1
    got = {p.actor.id: (round(p.score, 6), p.counts["events"]) for p in al.aligned + al.opposed}
    want = {k: (round(v, 6), n[k]) for k, v in score.items() if round(v, 3) != 0}
    assert got == want
    for p in al.aligned + al.opposed:  # evidence: events of the counterpart, weighing its way
        for ev in p.evidence:
            assert ev.kind == "event" and ev.weight * p.score > 0


def test_full_alignment_has_evidence_for_busy_actors(store) -> None:
    al = alignment(store, "China")
    assert len(al.aligned) == 20 and len(al.opposed) == 20  # the default limit, filled on both sides
    assert [p.actor.id for p in al.aligned[:5] + al.opposed[:5] if len(p.evidence) == 0] == []


@pytest.mark.parametrize("name", ["China", "Person 1", "state:CHL", "Lukashenko"])
def test_profile_counts_and_documents_equal_the_raw_records(store, name, monkeypatch) -> None:
    events, published = _raw(store)
    with store.connect() as conn:
        actor = resolve_actor(conn, name)
        mentions = list(conn.execute(S.mentions.select().where(S.mentions.c.actor_id == actor.id)))
        seq = {r.doc_id: r.seq for r in conn.execute(S.documents.select())}
    as_source = Counter(e.type for e in events if e.source == actor.id and not (e.negated or e.hypothetical))
    as_target = Counter(e.type for e in events if e.target == actor.id and not (e.negated or e.hypothetical))
    docs = Counter(m.doc_id for m in mentions)
    # NULL dates sort last on SQLite, first on PostgreSQL (both: ORDER BY published DESC)
    nulls_first = store.dialect == "postgresql"
    order = sorted(docs, key=lambda d: ((published[d] is None) != nulls_first, published[d] or "", seq[d]),
                   reverse=True)
    answers = []
    with store.connect() as conn:  # quotations by others with a mention of the actor inside
        quotes = list(conn.execute(S.quotes.select()))
    about = {q.id: q for q in quotes for m in mentions
             if m.doc_id == q.doc_id and q.start <= m.start and m.end <= q.end and q.speaker != actor.id}
    about_order = sorted(about, key=lambda i: ((published[about[i].doc_id] is None) == nulls_first,
                                               published[about[i].doc_id] or "", about[i].start, i))
    for cost in (0, 10**9):  # sorting the actor's documents, walking all documents from the latest
        monkeypatch.setattr(profiles_module, "SORT_COST", cost)
        p = actor_profile(store, name)
        assert p.events_as_source == dict(sorted(as_source.items(), key=lambda x: (-x[1], x[0])))
        assert p.events_as_target == dict(sorted(as_target.items(), key=lambda x: (-x[1], x[0])))
        assert p.document_count == len(docs)
        assert [d["doc"] for d in p.documents] == order[:50]
        assert [d["mentions"] for d in p.documents] == [docs[d] for d in order[:50]]
        assert [q["id"] for q in p.quotes_about] == about_order[:50]
        answers.append(p.to_dict())
    assert answers[0] == answers[1]


def test_graph_edges_equal_the_raw_events(store) -> None:
    events, _ = _raw(store)
    g = graph(store, limit=40)
    keep = {n["id"] for n in g.nodes}
    w = weights()
    sums: dict[tuple[str, str], float] = defaultdict(float)
    counts: Counter[tuple[str, str]] = Counter()
    degree: Counter[str] = Counter()
    for e in events:
        if e.target and e.source != e.target:
            degree[e.source] += 1
            degree[e.target] += 1
            if e.source in keep and e.target in keep:
                key = (min(e.source, e.target), max(e.source, e.target))
                sums[key] += w.event(e.type, bool(e.negated), bool(e.hypothetical))
                counts[key] += 1
    edges = {(x["source"], x["target"]): (x["count"], x["score"]) for x in g.edges if x["count"]}
    assert edges == {k: (n, round(sums[k] / n, 3)) for k, n in counts.items()}
    assert all(n["events"] >= degree[n["id"]] for n in g.nodes)  # relations add to the degree


def test_names_are_found_whatever_their_case_and_spacing(store) -> None:
    with store.connect() as conn:
        assert resolve_actor(conn, "  the  WESTERN   governments ").id == "group:west"
        assert resolve_actor(conn, "person 12").id == "person:synthetic-12"
        assert resolve_actor(conn, "BEIJING").id == "state:CHN"

"""Network: actors as nodes, the events between each pair as one edge.

An edge's ``score`` is the mean cooperation-conflict weight of the pair's events (see
``weights.py``; -10 conflict .. +10 cooperation) and ``count`` the number of events; stated
relations between a pair are counted in ``relations``. ``limit`` keeps the actors with the
most events (and the edges between them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from ..store.records import NO_TARGET
from .common import actor_refs, ref_or_state
from .weights import weights


@dataclass
class Graph:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges}


def graph(store: Store, limit: int = 150) -> Graph:
    """The actor network of the whole store (the ``limit`` busiest actors)."""
    if limit <= 0:
        raise QueryError("limit must be positive")
    P, R, w = S.event_pairs, S.relations, weights()
    sums: dict[tuple[str, str], float] = defaultdict(float)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    rels: dict[tuple[str, str], list[str]] = defaultdict(list)
    degree: dict[str, int] = defaultdict(int)
    between = and_(P.c.target != NO_TARGET, P.c.source != P.c.target)
    with store.connect() as conn:
        # the busiest actors first (one row per actor), then only the pairs among them
        for col in (P.c.source, P.c.target):
            for actor_id, n in conn.execute(select(col, func.sum(P.c.n)).where(between).group_by(col)):
                degree[actor_id] += int(n)
        for a, b, kind in conn.execute(select(R.c.a, R.c.b, R.c.kind).where(R.c.a != R.c.b).distinct()):
            key = (min(a, b), max(a, b))
            if kind not in rels[key]:
                rels[key].append(kind)
            degree[a] += 1
            degree[b] += 1
        keep = set(sorted(degree, key=lambda i: (-degree[i], i))[:limit])
        kept = sorted(keep)
        for i in range(0, len(kept), 500):
            q = (select(P.c.source, P.c.target, P.c.type, P.c.negated, P.c.hypothetical, P.c.n)
                 .where(between, P.c.source.in_(kept[i:i + 500]), P.c.target.in_(kept)))
            for r in conn.execute(q):
                key = (min(r.source, r.target), max(r.source, r.target))
                sums[key] += w.event(r.type, bool(r.negated), bool(r.hypothetical)) * r.n
                counts[key] += r.n
        refs = actor_refs(conn, keep)
    nodes = [{**ref_or_state(refs, i).to_dict(), "events": degree[i]} for i in sorted(keep)]
    edges = []
    for key in sorted(set(counts) | set(rels)):
        a, b = key
        if a in keep and b in keep:
            n = counts.get(key, 0)
            edges.append({"source": a, "target": b, "count": n,
                          "score": round(sums[key] / n, 3) if n else 0.0, "relations": rels.get(key, [])})
    return Graph(nodes=nodes, edges=edges)

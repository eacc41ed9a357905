"""GraphML: actors as nodes; one edge per ordered actor pair with event counts by type and
the relations stated between them (for Gephi, Cytoscape desktop, networkx)."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import TextIO

import networkx as nx

from ..store import Store


def build_graph(store: Store) -> tuple[nx.MultiDiGraph, int]:
    g = nx.MultiDiGraph()
    event_types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    n = 0
    for ex in store.iter_extractions():
        n += 1
        for actor in ex.actors:
            if actor.id not in g:
                g.add_node(actor.id, name=actor.name, kind=actor.kind, country=actor.country or "")
        for e in ex.events:
            if e.target and e.realized:  # an edge counts what happened
                event_types[(e.source, e.target)][e.type] += 1
        for r in ex.relations:
            relations[(r.a, r.b)].add(r.kind)
    for (s, t), types in event_types.items():
        attrs = {f"n_{k.lower()}": v for k, v in types.items()}
        g.add_edge(s, t, kind="events", count=sum(types.values()), **attrs)
    for (a, b), kinds in relations.items():
        g.add_edge(a, b, kind="relation", relations="|".join(sorted(kinds)))
    return g, n


def write_graphml(store: Store, out: str | Path | TextIO) -> int:
    g, n = build_graph(store)
    if isinstance(out, str | Path):
        nx.write_graphml(g, str(out))
    else:
        out.write("\n".join(nx.generate_graphml(g)) + "\n")
    return n

"""Sources: who reported what, what an outlet is said to have left out, who credits whom.

For every outlet (a media actor, or any actor credited as a reporter): the documents it
published (``documents.outlet``), the events credited to it (``events.reported_by``), the
quotes and claims credited to it (``via``), and how often documents of *other* outlets credit
it. Omissions come from the ``omissions`` table: the outlet said to have left something out,
what, the sentence that says so, and the outlet the same document credits most (the one
that did report it), if any.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from ..store import schema as S
from ..store.core import Store
from .common import actor_refs, ref_or_state

OMISSION_LIMIT = 500


@dataclass
class OutletRow:
    id: str
    name: str
    kind: str
    country: str | None
    documents: int = 0
    events: int = 0
    quotes: int = 0
    claims: int = 0
    credited_by_others: int = 0
    credited_in_documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SourcesReport:
    outlets: list[OutletRow] = field(default_factory=list)
    omissions: list[dict[str, Any]] = field(default_factory=list)
    credits: list[dict[str, Any]] = field(default_factory=list)  # citing outlet -> credited outlet, count

    def to_dict(self) -> dict[str, Any]:
        return {"outlets": [o.to_dict() for o in self.outlets], "omissions": self.omissions,
                "credits": self.credits}


def sources(store: Store) -> SourcesReport:
    """The reporting picture of the whole store."""
    with store.connect() as conn:
        stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        D = S.documents
        for outlet, n in conn.execute(select(D.c.outlet, func.count()).where(D.c.outlet.is_not(None))
                                      .group_by(D.c.outlet)):
            stats[outlet]["documents"] = n
        credits = _credits(conn, stats)
        omissions = _omissions(conn)
        refs = actor_refs(conn, set(stats) | {c["by"] for c in credits if c["by"]})
        rows = []
        for outlet, s in stats.items():
            ref = ref_or_state(refs, outlet)
            rows.append(OutletRow(id=outlet, name=ref.name, kind=ref.kind, country=ref.country, **s))
        rows.sort(key=lambda o: (-(o.credited_by_others + o.documents), o.id))
        for c in credits:
            c["by_name"] = ref_or_state(refs, c["by"]).name if c["by"] else None
            c["outlet_name"] = ref_or_state(refs, c["outlet"]).name
    return SourcesReport(outlets=rows, omissions=omissions, credits=credits)


def _credits(conn: Connection, stats: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    """Count credits per outlet, and per (citing document's outlet, credited outlet)."""
    D, E, Q, C = S.documents, S.events, S.quotes, S.claims
    pairs: Counter[tuple[str | None, str]] = Counter()
    docs_crediting: dict[str, set[str]] = defaultdict(set)
    for table, col, kind in ((E, E.c.reported_by, "events"), (Q, Q.c.via, "quotes"), (C, C.c.via, "claims")):
        q = (select(col.label("credited"), D.c.outlet, table.c.doc_id, func.count().label("n"))
             .join(D, D.c.doc_id == table.c.doc_id).where(col.is_not(None))
             .group_by(col, D.c.outlet, table.c.doc_id))
        for r in conn.execute(q):
            stats[r.credited][kind] += r.n
            if r.outlet != r.credited:
                stats[r.credited]["credited_by_others"] += r.n
                pairs[(r.outlet, r.credited)] += r.n
            docs_crediting[r.credited].add(r.doc_id)
    for outlet, docs in docs_crediting.items():
        stats[outlet]["credited_in_documents"] = len(docs)
    return [{"by": by, "outlet": outlet, "count": n}
            for (by, outlet), n in sorted(pairs.items(), key=lambda x: (-x[1], x[0][1], x[0][0] or ""))]


def _omissions(conn: Connection) -> list[dict[str, Any]]:
    Om, D, E, Q = S.omissions, S.documents, S.events, S.quotes
    q = (select(Om, D.c.outlet.label("doc_outlet"), D.c.published, D.c.title)
         .join(D, D.c.doc_id == Om.c.doc_id).order_by(D.c.published, Om.c.start).limit(OMISSION_LIMIT))
    rows = list(conn.execute(q))
    if not rows:
        return []
    doc_ids = sorted({r.doc_id for r in rows})
    credited: dict[str, Counter[str]] = defaultdict(Counter)
    for table, col in ((E, E.c.reported_by), (Q, Q.c.via)):
        for doc_id, who, n in conn.execute(select(table.c.doc_id, col, func.count())
                                           .where(table.c.doc_id.in_(doc_ids), col.is_not(None))
                                           .group_by(table.c.doc_id, col)):
            credited[doc_id][who] += n
    refs = actor_refs(conn, {r.outlet for r in rows} | {w for c in credited.values() for w in c})
    out = []
    for r in rows:
        others = [(who, n) for who, n in credited[r.doc_id].most_common() if who != r.outlet]
        reported_by = others[0][0] if others else None
        out.append({"outlet": r.outlet, "outlet_name": ref_or_state(refs, r.outlet).name, "what": r.what,
                    "reported_by": reported_by,
                    "reported_by_name": ref_or_state(refs, reported_by).name if reported_by else None,
                    "doc": r.doc_id, "doc_outlet": r.doc_outlet, "published": r.published,
                    "sentence": r.sentence, "span": [r.start, r.end]})
    return out

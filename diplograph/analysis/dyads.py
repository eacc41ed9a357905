"""Dyad: how the ties between two sides developed.

``dyad(store, "China", "Belarus")`` gives the events between the two sides in date order
(a state's side counts its persons and organisations: Lukashenko acts for Belarus), a
monthly cooperation-conflict score (the mean weight of the month's events, see
``weights.py``), and the relations stated between them with their labels over time.

An event's date is its own (``2023-02-24``; a year-less ``XXXX-08-16`` takes the year of
its document) or else its document's publication date. Records of the same real-world
event (one ``cluster``) on the same page are shown once, with the other reports as ``also``;
the monthly score counts every record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, String, and_, func, literal, select, union_all

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from .common import (
    ActorRef,
    Side,
    actor_refs,
    check_offset,
    effective_date,
    either_side,
    ids_filter,
    principal,
    ref_or_state,
    resolve_actor,
    sentences_of,
    side_of,
)
from .weights import weights

TIMELINE_LIMIT = 1000


@dataclass
class DyadEvent:
    date: str | None
    type: str
    source: str
    target: str
    sentence: str
    doc: str
    span: tuple[int, int]
    id: str = ""
    cluster: str | None = None
    mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    weight: float = 0.0
    also: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "type": self.type, "source": self.source, "target": self.target,
                "sentence": self.sentence, "doc": self.doc, "span": list(self.span), "id": self.id,
                "cluster": self.cluster, "mode": self.mode, "negated": self.negated,
                "hypothetical": self.hypothetical, "reported_by": self.reported_by,
                "weight": round(self.weight, 3), "also": self.also}


@dataclass
class Dyad:
    a: ActorRef
    b: ActorRef
    events: list[DyadEvent] = field(default_factory=list)
    monthly: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # actor id -> display name, for tables
    total_events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "events": [e.to_dict() for e in self.events],
                "monthly": self.monthly, "relations": self.relations, "names": self.names,
                "total_events": self.total_events}


def dyad(store: Store, a: str, b: str, *, limit: int = TIMELINE_LIMIT, offset: int = 0) -> Dyad:
    """The timeline, monthly score and relations between the sides ``a`` and ``b`` name."""
    if limit < 0:
        raise QueryError("limit must not be negative")
    check_offset(offset)
    with store.connect() as conn:
        side_a, side_b = side_of(conn, resolve_actor(conn, a)), side_of(conn, resolve_actor(conn, b))
        if side_a.actor.id == side_b.actor.id:
            raise QueryError(f"{a!r} and {b!r} are the same actor ({side_a.actor.id})")
        _drop_overlap(side_a, side_b)
        events, total = _events(conn, side_a, side_b, limit, offset)
        result = Dyad(a=side_a.actor, b=side_b.actor, events=events, total_events=total)
        result.monthly = _monthly(conn, side_a, side_b)
        result.relations = _relations(conn, side_a, side_b)
        ids = {x for e in result.events for x in (e.source, e.target, e.reported_by) if x}
        ids |= {x for r in result.relations for x in (r["a"], r["b"])}
        refs = actor_refs(conn, ids)
        result.names = {i: ref_or_state(refs, i).name for i in sorted(ids)}
    return result


def _drop_overlap(side_a: Side, side_b: Side) -> None:
    """An actor asked about by name is never also counted as a member of the other side."""
    side_a.members.pop(side_b.actor.id, None)
    side_b.members.pop(side_a.actor.id, None)
    for k in set(side_a.members) & set(side_b.members):
        side_a.members.pop(k)
        side_b.members.pop(k)


def _directions(table: Any, side_a: Side, side_b: Side, conn: Connection | None = None) -> list[Any]:
    """A to B, B to A: the sides share no actor (``_drop_overlap``), so no row is in both."""
    return [and_(ids_filter(table.c.source, a, conn), ids_filter(table.c.target, b, conn))
            for a, b in ((side_a.ids, side_b.ids), (side_b.ids, side_a.ids))]


def _principal_sides(side_a: Side, side_b: Side) -> tuple[Side, Side] | None:
    """The two sides as single ids of the side aggregates (``side_pairs``, ``side_events``) when
    each is all its principal counts (a state with its persons and organisations, or an actor
    counted under itself), else None (then the sides' members are read one by one)."""
    if all(principal(s.actor) == s.actor.id for s in (side_a, side_b)):
        return Side(side_a.actor), Side(side_b.actor)
    return None


def _events(conn: Connection, side_a: Side, side_b: Side, limit: int, offset: int) -> tuple[list[DyadEvent], int]:
    """One page of the timeline, sorted and paged in SQL on the stored effective date
    (``events.eff_date``, the ``effective_date`` of the event; ties in document order, then by
    id); records of one cluster on the page shown once. The page's ids come from ``side_events``
    (a range of its index each way) for two principal sides, else from the events indexes; the
    total comes from the pair aggregates."""
    E = S.events
    total = _total(conn, side_a, side_b)
    principals = _principal_sides(side_a, side_b)
    T, a, b = (S.side_events, *principals) if principals else (E, side_a, side_b)
    # the page's ids first, sorted on narrow rows read from the covering indexes; then its rows
    keys = union_all(*(select(T.c.id, T.c.eff_date, T.c.doc_id, T.c.start).where(where)
                       for where in _directions(T, a, b, conn))).subquery()
    q = (select(keys.c.id)
         .order_by(keys.c.eff_date.is_(None), keys.c.eff_date, keys.c.doc_id, keys.c.start, keys.c.id)
         .limit(limit).offset(offset))
    ids = [r[0] for r in conn.execute(q)]
    found: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        found.update((r.id, r) for r in conn.execute(select(E).where(ids_filter(E.c.id, ids[i:i + 500], conn))))
    w = weights()
    by_cluster: dict[str, DyadEvent] = {}
    out: list[DyadEvent] = []
    for r in (found[i] for i in ids):
        ev = DyadEvent(date=r.eff_date, type=r.type, source=r.source, target=r.target,
                       sentence=r.sentence, doc=r.doc_id, span=(r.start, r.end), id=r.id, cluster=r.cluster,
                       mode=r.mode, negated=bool(r.negated), hypothetical=bool(r.hypothetical),
                       reported_by=r.reported_by, weight=w.event(r.type, bool(r.negated), bool(r.hypothetical)))
        first = by_cluster.get(r.cluster) if r.cluster else None
        if first is not None:
            first.also.append({"doc": ev.doc, "sentence": ev.sentence, "span": list(ev.span), "date": ev.date})
            continue
        if r.cluster:
            by_cluster[r.cluster] = ev
        out.append(ev)
    return out, int(total)


def _total(conn: Connection, side_a: Side, side_b: Side) -> int:
    """The number of events between the sides, from ``side_pairs`` for two principal sides
    (``_principal_sides``), else from their members' ``event_pairs``."""
    principals = _principal_sides(side_a, side_b)
    P, a, b = (S.side_pairs, *principals) if principals else (S.event_pairs, side_a, side_b)
    # one query per direction: an OR of both makes SQLite gather and de-duplicate row keys
    return sum(conn.execute(select(func.coalesce(func.sum(P.c.n), 0)).where(where)).scalar_one()
               for where in _directions(P, a, b, conn))


def _monthly(conn: Connection, side_a: Side, side_b: Side) -> list[dict[str, Any]]:
    """Mean event weight and event count per month (events dated to a year only are left out):
    for two principal sides a count over the range of ``side_events`` the timeline reads, else
    from the monthly aggregate (``event_months``) of their members."""
    w, rows = weights(), list[Row[Any]]()
    principals = _principal_sides(side_a, side_b)
    if principals:
        T = S.side_events
        month = func.coalesce(func.substr(T.c.eff_date, 1, 7, type_=String), literal("", String))
        for where in _directions(T, *principals):
            rows += conn.execute(select(month.label("month"), T.c.type, T.c.negated, T.c.hypothetical,
                                        func.count().label("n"))
                                 .where(where).group_by(month, T.c.type, T.c.negated, T.c.hypothetical))
    else:
        M = S.event_months
        for where in _directions(M, side_a, side_b, conn):
            month = func.coalesce(M.c.month, "")  # not an index's order: see alignment._group_key
            rows += conn.execute(select(month.label("month"), M.c.type, M.c.negated, M.c.hypothetical,
                                        func.sum(M.c.n).label("n"))
                                 .where(where).group_by(month, M.c.type, M.c.negated, M.c.hypothetical))
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        m = r.month
        if m and len(m) == 7 and m[4] == "-" and m[5:7].isdigit():
            sums[m] += w.event(r.type, bool(r.negated), bool(r.hypothetical)) * int(r.n)
            counts[m] += int(r.n)
    return [{"month": m, "score": round(sums[m] / counts[m], 3), "count": counts[m]} for m in sorted(counts)]


def _relations(conn: Connection, side_a: Side, side_b: Side) -> list[dict[str, Any]]:
    R, D = S.relations, S.documents
    q = (select(R, D.c.published).join(D, D.c.doc_id == R.c.doc_id)
         .where(either_side(R.c.a, R.c.b, side_a.ids, side_b.ids, conn)))
    rows = list(conn.execute(q))
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        by_doc[r.doc_id].append((r.start, r.end))
    sentences = sentences_of(conn, by_doc)
    w = weights()
    out = []
    for r in rows:
        ev = sentences[(r.doc_id, (r.start, r.end))]
        out.append({"a": r.a, "b": r.b, "kind": r.kind, "label": r.label, "since": r.since,
                    "date": effective_date(r.since, r.published), "speaker": r.speaker,
                    "weight": w.relation(r.kind), "doc": r.doc_id, "sentence": ev.sentence,
                    "span": list(ev.span)})
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["doc"]))
    return out

"""Exploration: the questions the web page asks while a user walks through a large store.

Each answer reads a bounded number of rows, through an index or an aggregate table, so that it
comes back in well under a second on a store of the whole corpus (tens of thousands of actors
and events):

* ``overview``: the store's months (the page's time-window slider) and the actor to start from
  (the most mentioned state).
* ``suggest_actors``: actors whose name, alias or id starts with what the user typed, most
  mentioned first (range scans of ``ix_actors_name_lower``, ``ix_actor_aliases_key`` and the
  actors' primary key; never a scan of the table).
* ``ego_network``: one actor, its strongest counterparts by event count (from ``event_pairs``,
  or ``event_months`` when a time window is set) and the edges among them.
* ``dyad_page``: two sides' events grouped by month and type (the timeline, the monthly score,
  the type filter), one page of their events, and their relations as spans over time.
* ``document_view``: a document's text and every record read from it (the evidence panel).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, and_, func, literal, or_, select, union_all

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from ..store.records import NO_TARGET, name_key
from .common import (
    ActorRef,
    Side,
    actor_refs,
    effective_date,
    ids_filter,
    principal,
    ref_or_state,
    resolve_actor,
    sentences_of,
    side_of,
)
from .weights import weights

KINDS = ("state", "person", "organization", "group")  # the page's kind filter
MAX_COUNTERPARTS = 100
MAX_SUGGESTIONS = 25
PAGE = 50
PREFIX_END = "\U0010ffff"  # the largest code point: [p, p + PREFIX_END) is every text starting with p
ID_KINDS = ("state", "person", "org", "organization", "group", "media", "place")


@dataclass
class Answer:
    """A plain JSON answer (the page reads it as is)."""

    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return self.data


def _prefix(col: Any, text: str) -> Any:
    """``col`` starts with ``text``, as a range an index on ``col`` answers (LIKE would not use it)."""
    return and_(col >= text, col < text + PREFIX_END)


def _counts(conn: Connection, ids: list[str]) -> dict[str, tuple[int, int]]:
    """Actor id -> (mentions, documents) from ``actor_counts``."""
    C = S.actor_counts
    out: dict[str, tuple[int, int]] = {}
    for i in range(0, len(ids), 500):
        q = select(C.c.actor_id, C.c.mentions, C.c.documents).where(ids_filter(C.c.actor_id, ids[i:i + 500], conn))
        out.update((r.actor_id, (int(r.mentions), int(r.documents))) for r in conn.execute(q))
    return out


def _mentions(conn: Connection, ids: list[str]) -> dict[str, int]:
    return {i: m for i, (m, _) in _counts(conn, ids).items()}


def _month(value: str | None) -> str | None:
    """``YYYY-MM`` of a date, or None when it has no month."""
    if value and len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
        return value[:7]
    return None


def _check_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    for value in (since, until):
        if value is not None and _month(value) != value:
            raise QueryError(f"{value!r} is not a month (YYYY-MM)")
    if since and until and since > until:
        raise QueryError(f"the window starts ({since}) after it ends ({until})")
    return since, until


# --- overview --------------------------------------------------------------------------------
def overview(store: Store) -> Answer:
    """The months the store has documents of (with their number: the time-window slider steps
    through these) and the most mentioned state, where the page starts."""
    D = S.documents
    with store.connect() as conn:
        month = func.substr(D.c.published, 1, 7, type_=String)
        per_month = conn.execute(select(month.label("month"), func.count().label("n"))
                                 .where(D.c.published.is_not(None)).group_by(month).order_by(month))
        months = [{"month": r.month, "documents": int(r.n)} for r in per_month if _month(r.month) == r.month]
        top = start_actor(conn)
    return Answer({"months": months, "start": top.to_dict() if top else None, "counts": store.counts(),
                   "kinds": list(KINDS)})


def start_actor(conn: Connection) -> ActorRef | None:
    """The most mentioned state (else the most mentioned actor): where the page starts."""
    A, C = S.actors, S.actor_counts
    q = select(A.c.id, A.c.name, A.c.kind, A.c.country).join(C, C.c.actor_id == A.c.id)
    top = conn.execute(q.where(A.c.kind == "state").order_by(C.c.mentions.desc(), A.c.id).limit(1)).first()
    if top is None:
        top = conn.execute(q.order_by(C.c.mentions.desc(), A.c.id).limit(1)).first()
    return ActorRef(id=top.id, name=top.name, kind=top.kind, country=top.country) if top else None


# --- actor suggestions -----------------------------------------------------------------------
def suggest_actors(store: Store, text: str, limit: int = 10) -> Answer:
    """Actors whose name, one of whose aliases, or whose id starts with ``text`` (case-insensitive),
    each with the alias that matched when it was not the name. Ranked by the documents the
    matching name was seen in: the actor's for its name or id, the alias's own for an alias (a
    wrong alias seen in two documents does not lift a busy actor above the one named so)."""
    key = name_key(text or "")
    if not key:
        return Answer({"query": text, "items": []})
    limit = max(1, min(limit, MAX_SUGGESTIONS))
    A, AA = S.actors, S.actor_aliases
    scan = limit * 20  # candidates read from each index before ranking by mentions
    by_name: set[str] = set()
    by_alias: dict[str, tuple[str, int]] = {}  # actor id -> (its best matching alias, its documents)
    with store.connect() as conn:
        for start in (key, f"the {key}"):  # "russ" finds "the Russian Embassy" too
            by_name.update(r.id for r in conn.execute(select(A.c.id).where(_prefix(func.lower(A.c.name), start))
                                                      .limit(scan)))
        slug = key.replace(" ", "-")
        for p in _id_prefixes(slug):
            by_name.update(r.id for r in conn.execute(select(A.c.id).where(_prefix(A.c.id, p)).limit(scan)))
        for r in conn.execute(select(AA.c.actor_id, AA.c.alias, AA.c.documents).where(_prefix(AA.c.key, key))
                              .limit(scan)):
            if r.actor_id not in by_alias or r.documents > by_alias[r.actor_id][1]:
                by_alias[r.actor_id] = (r.alias, int(r.documents))
        counts = _counts(conn, list(by_name | set(by_alias)))

        def weight(i: str) -> int:
            return max(counts.get(i, (0, 0))[1] if i in by_name else 0, by_alias.get(i, ("", 0))[1])

        best = sorted(by_name | set(by_alias), key=lambda i: (-weight(i), -counts.get(i, (0, 0))[0], i))[:limit]
        refs = actor_refs(conn, best)
    items = []
    for i in best:
        ref = ref_or_state(refs, i)
        alias = by_alias[i][0] if i in by_alias and i not in by_name else None
        if alias and name_key(alias) == name_key(ref.name):
            alias = None
        items.append({**ref.to_dict(), "mentions": counts.get(i, (0, 0))[0], "alias": alias})
    return Answer({"query": text, "items": items})


def _id_prefixes(slug: str) -> list[str]:
    """The id prefixes a typed text may stand for: itself when it names a kind (``state:ch``),
    else each kind's (``person:xi``); state codes are upper case (``state:CHN``)."""
    prefixes = [slug] if ":" in slug else [f"{kind}:{slug}" for kind in ID_KINDS]
    return prefixes + [f"state:{p[6:].upper()}" for p in prefixes if p.startswith("state:") and p[6:]]


# --- ego network -----------------------------------------------------------------------------
def _pair_counts(conn: Connection, sources: list[str], targets: list[str] | None,
                 since: str | None, until: str | None) -> list[Any]:
    """(source, target, type, negated, hypothetical, n) rows of events from ``sources`` (to
    ``targets`` when given), from ``event_pairs``, or ``event_months`` within a window."""
    if since or until:
        T = S.event_months
        where = [T.c.month >= (since or ""), T.c.month <= (until or "9999-99")]
    else:
        T = S.event_pairs
        where = []
    where += [T.c.target != NO_TARGET, T.c.source != T.c.target]
    rows: list[Any] = []
    for i in range(0, len(sources), 500):
        cond = [ids_filter(T.c.source, sources[i:i + 500], conn), *where]
        if targets is not None:
            cond.append(ids_filter(T.c.target, targets, conn))
        rows += conn.execute(select(T.c.source, T.c.target, T.c.type, T.c.negated, T.c.hypothetical,
                                    func.sum(T.c.n).label("n"))
                             .where(*cond).group_by(T.c.source, T.c.target, T.c.type, T.c.negated,
                                                    T.c.hypothetical))
    return rows


def _incoming(conn: Connection, center: str, since: str | None, until: str | None) -> list[Any]:
    """The rows of events whose target is ``center`` (read through the target index)."""
    T = S.event_months if since or until else S.event_pairs
    where = [T.c.target == center, T.c.source != center]
    if since or until:
        where += [T.c.month >= (since or ""), T.c.month <= (until or "9999-99")]
    return list(conn.execute(select(T.c.source, T.c.target, T.c.type, T.c.negated, T.c.hypothetical,
                                    func.sum(T.c.n).label("n"))
                             .where(*where).group_by(T.c.source, T.c.target, T.c.type, T.c.negated,
                                                     T.c.hypothetical)))


def ego_network(store: Store, actor: str | None, *, limit: int = 30, kinds: list[str] | None = None,
                since: str | None = None, until: str | None = None, min_events: int = 1) -> Answer:
    """``actor`` (None: ``start_actor``) and its ``limit`` strongest counterparts by the number of
    events between them (of the ``kinds`` given, within the months ``since``..``until``, at least
    ``min_events``), with the edges among them: each edge's event count and mean
    cooperation-conflict score."""
    if not 1 <= limit <= MAX_COUNTERPARTS:
        raise QueryError(f"limit must be between 1 and {MAX_COUNTERPARTS}")
    if min_events < 1:
        raise QueryError("min_events must be at least 1")
    kinds = list(kinds or KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise QueryError(f"unknown kind {unknown[0]!r}: one of {', '.join(KINDS)}")
    since, until = _check_window(since, until)
    w = weights()
    with store.connect() as conn:
        center = resolve_actor(conn, actor) if actor else start_actor(conn)
        if center is None:
            raise QueryError("no actor in the store yet: ingest some articles first")
        by_other: dict[str, int] = defaultdict(int)
        rows = _pair_counts(conn, [center.id], None, since, until) + _incoming(conn, center.id, since, until)
        for r in rows:
            by_other[r.target if r.source == center.id else r.source] += int(r.n)
        candidates = [i for i, n in by_other.items() if n >= min_events]
        refs = actor_refs(conn, candidates + [center.id])
        wanted = [i for i in candidates if ref_or_state(refs, i).kind in kinds]
        wanted.sort(key=lambda i: (-by_other[i], i))
        kept = wanted[:limit]
        members = [center.id, *kept]
        # the edges among the counterparts too: a neighbourhood, not a star
        edge_rows = _pair_counts(conn, kept, members, since, until) + [
            r for r in rows if (r.target if r.source == center.id else r.source) in set(kept)]
        mentions = _mentions(conn, members)
    sums: dict[tuple[str, str], float] = defaultdict(float)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    seen: set[tuple[Any, ...]] = set()
    for r in edge_rows:
        ident = (r.source, r.target, r.type, bool(r.negated), bool(r.hypothetical))
        if ident in seen:  # an edge between center and a counterpart is read from both lists
            continue
        seen.add(ident)
        key = (min(r.source, r.target), max(r.source, r.target))
        sums[key] += w.event(r.type, bool(r.negated), bool(r.hypothetical)) * int(r.n)
        counts[key] += int(r.n)
    nodes = [{**ref_or_state(refs, i).to_dict(), "mentions": mentions.get(i, 0),
              "events": by_other.get(i, 0), "center": i == center.id} for i in members]
    edges = [{"source": a, "target": b, "count": n, "score": round(sums[(a, b)] / n, 3)}
             for (a, b), n in sorted(counts.items()) if n >= (min_events if center.id in (a, b) else 1)]
    return Answer({"center": center.to_dict(), "nodes": nodes, "edges": edges, "since": since, "until": until,
                   "limit": limit, "kinds": kinds, "min_events": min_events,
                   "available": len(wanted)})


# --- dyad ------------------------------------------------------------------------------------
def _sides(conn: Connection, a: str, b: str) -> tuple[Side, Side, bool]:
    """The two sides (a state with its persons and organisations), no actor on both; and whether
    both are principals, so their events are read from ``side_events``."""
    side_a, side_b = side_of(conn, resolve_actor(conn, a)), side_of(conn, resolve_actor(conn, b))
    if side_a.actor.id == side_b.actor.id:
        raise QueryError(f"{a!r} and {b!r} are the same actor ({side_a.actor.id})")
    side_a.members.pop(side_b.actor.id, None)
    side_b.members.pop(side_a.actor.id, None)
    for k in set(side_a.members) & set(side_b.members):
        side_a.members.pop(k)
        side_b.members.pop(k)
    both_principal = all(principal(s.actor) == s.actor.id for s in (side_a, side_b))
    return side_a, side_b, both_principal


def _directions(T: Any, a_ids: list[str], b_ids: list[str], conn: Connection) -> list[Any]:
    return [and_(ids_filter(T.c.source, x, conn), ids_filter(T.c.target, y, conn))
            for x, y in ((a_ids, b_ids), (b_ids, a_ids))]


def _month_groups(conn: Connection, T: Any, directions: list[Any]) -> list[Any]:
    """(month, type, negated, hypothetical, n) over both directions of a pair."""
    month = func.coalesce(func.substr(T.c.eff_date, 1, 7, type_=String), literal("", String))
    rows: list[Any] = []
    for where in directions:
        rows += conn.execute(select(month.label("month"), T.c.type, T.c.negated, T.c.hypothetical,
                                    func.count().label("n"))
                             .where(where).group_by(month, T.c.type, T.c.negated, T.c.hypothetical))
    return rows


def dyad_page(store: Store, a: str, b: str, *, offset: int = 0, limit: int = PAGE, type_: str | None = None,
              month: str | None = None) -> Answer:
    """Between the sides ``a`` and ``b``: the events per month (count and mean score, for the
    timeline and the score chart), the count per event type (the filter), one page of events
    (of ``type_`` and ``month`` when given) in date order, and the relations as spans."""
    if offset < 0 or not 1 <= limit <= 500:
        raise QueryError("offset must not be negative and limit between 1 and 500")
    if month is not None and _month(month) != month and month != "undated":
        raise QueryError(f"{month!r} is not a month (YYYY-MM)")
    w = weights()
    with store.connect() as conn:
        side_a, side_b, both_principal = _sides(conn, a, b)
        T = S.side_events if both_principal else S.events
        a_ids = [side_a.actor.id] if both_principal else side_a.ids
        b_ids = [side_b.actor.id] if both_principal else side_b.ids
        directions = _directions(T, a_ids, b_ids, conn)
        groups = _month_groups(conn, T, directions)
        months: dict[str, dict[str, float]] = {}
        types: dict[str, int] = defaultdict(int)
        total = 0
        for r in groups:
            m = _month(r.month) or "undated"
            n = int(r.n)
            types[r.type] += n
            if type_ and r.type != type_:
                continue
            total += n if month in (None, m) else 0
            g = months.setdefault(m, {"count": 0, "sum": 0.0})
            g["count"] += n
            g["sum"] += w.event(r.type, bool(r.negated), bool(r.hypothetical)) * n
        filters = []
        if type_:
            filters.append(T.c.type == type_)
        if month == "undated":
            filters.append(or_(T.c.eff_date.is_(None), func.length(T.c.eff_date) < 7))
        elif month:
            filters.append(_prefix(T.c.eff_date, month))
        keys = union_all(*(select(T.c.id, T.c.eff_date, T.c.doc_id, T.c.start).where(d, *filters)
                           for d in directions)).subquery()
        ids = [r[0] for r in conn.execute(
            select(keys.c.id).order_by(keys.c.eff_date.is_(None), keys.c.eff_date, keys.c.doc_id, keys.c.start,
                                       keys.c.id).limit(limit).offset(offset))]
        events = _event_rows(conn, ids)
        relations = _relation_spans(conn, side_a, side_b)
        names_for = {x for e in events for x in (e["source"], e["target"])} | {
            x for r in relations for x in (r["a"], r["b"])}
        refs = actor_refs(conn, names_for)
    for e in events:
        e["weight"] = round(w.event(e["type"], e["negated"], e["hypothetical"]), 3)
    monthly = [{"month": m, "count": int(g["count"]), "score": round(g["sum"] / g["count"], 3)}
               for m, g in sorted(months.items()) if g["count"]]
    return Answer({"a": side_a.actor.to_dict(), "b": side_b.actor.to_dict(), "type": type_, "month": month,
                   "offset": offset, "limit": limit, "total": total, "types": dict(sorted(types.items())),
                   "monthly": monthly, "events": events, "relations": relations,
                   "names": {i: ref_or_state(refs, i).name for i in sorted(names_for)}})


def _event_rows(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    E, D = S.events, S.documents
    found: dict[str, dict[str, Any]] = {}
    if ids:
        q = (select(E.c.id, E.c.type, E.c.source, E.c.target, E.c.eff_date, E.c.negated, E.c.hypothetical,
                    E.c.sentence, E.c.doc_id, E.c.start, E.c.end, D.c.outlet, D.c.title)
             .join(D, D.c.doc_id == E.c.doc_id).where(ids_filter(E.c.id, ids, conn)))
        for r in conn.execute(q):
            found[r.id] = {"id": r.id, "type": r.type, "source": r.source, "target": r.target, "date": r.eff_date,
                           "negated": bool(r.negated), "hypothetical": bool(r.hypothetical),
                           "sentence": r.sentence, "doc": r.doc_id, "span": [r.start, r.end],
                           "outlet": r.outlet, "title": r.title}
    return [found[i] for i in ids if i in found]


def _relation_spans(conn: Connection, side_a: Side, side_b: Side) -> list[dict[str, Any]]:
    """Relations stated between the sides, grouped by kind and label: each from the first date it
    was stated (its ``since`` or its document's date) to the last, with its first statement as
    evidence."""
    R, D = S.relations, S.documents
    a_ids, b_ids = side_a.ids, side_b.ids
    where = or_(and_(ids_filter(R.c.a, a_ids, conn), ids_filter(R.c.b, b_ids, conn)),
                and_(ids_filter(R.c.a, b_ids, conn), ids_filter(R.c.b, a_ids, conn)))
    rows = list(conn.execute(select(R.c.a, R.c.b, R.c.kind, R.c.label, R.c.since, R.c.doc_id, R.c.start, R.c.end,
                                    D.c.published).join(D, D.c.doc_id == R.c.doc_id).where(where).limit(2000)))
    spans: dict[tuple[str, str], dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (effective_date(r.since, r.published) or "9999", r.doc_id, r.start)):
        date = effective_date(r.since, r.published)
        span = spans.get((r.kind, r.label))
        if span is None:
            spans[(r.kind, r.label)] = {"kind": r.kind, "label": r.label, "a": r.a, "b": r.b, "start": date,
                                        "end": date, "count": 1, "doc": r.doc_id, "span": [r.start, r.end]}
            continue
        span["count"] += 1
        if date and (span["end"] is None or date > span["end"]):
            span["end"] = date
    found = sentences_of(conn, {s["doc"]: [tuple(s["span"])] for s in spans.values()}) if spans else {}
    w = weights()
    for s in spans.values():
        ev = found.get((s["doc"], tuple(s["span"])))
        if ev is not None:
            s["sentence"], s["span"] = ev.sentence, list(ev.span)
        s["weight"] = w.relation(s["kind"])
    return sorted(spans.values(), key=lambda s: (s["start"] or "9999", s["kind"], s["label"]))


# --- a document and its records --------------------------------------------------------------
def document_view(store: Store, doc_id: str) -> Answer:
    """The document (metadata and text) and every event, relation and quotation read from it,
    in text order, each with its span and the names of the actors it names."""
    D, E, R, Q = S.documents, S.events, S.relations, S.quotes
    with store.connect() as conn:
        doc = conn.execute(select(D.c.doc_id, D.c.title, D.c.outlet, D.c.published, D.c.url, D.c.path, D.c.text)
                           .where(D.c.doc_id == doc_id)).first()
        if doc is None:
            raise QueryError(f"no document {doc_id!r} in the store")
        records: list[dict[str, Any]] = []
        for r in conn.execute(select(E.c.id, E.c.type, E.c.source, E.c.target, E.c.eff_date, E.c.negated,
                                     E.c.start, E.c.end).where(E.c.doc_id == doc_id)):
            records.append({"kind": "event", "id": r.id, "label": r.type, "source": r.source, "target": r.target,
                            "date": r.eff_date, "negated": bool(r.negated), "span": [r.start, r.end]})
        for rel in conn.execute(select(R.c.seq, R.c.kind, R.c.label, R.c.a, R.c.b, R.c.since, R.c.start, R.c.end)
                                .where(R.c.doc_id == doc_id)):
            records.append({"kind": "relation", "id": f"r{rel.seq}", "label": f"{rel.kind}: {rel.label}",
                            "source": rel.a, "target": rel.b, "date": effective_date(rel.since, doc.published),
                            "span": [rel.start, rel.end]})
        for quo in conn.execute(select(Q.c.id, Q.c.speaker, Q.c.start, Q.c.end).where(Q.c.doc_id == doc_id)):
            records.append({"kind": "quote", "id": quo.id, "label": "quote", "source": quo.speaker, "target": None,
                            "date": doc.published, "span": [quo.start, quo.end]})
        refs = actor_refs(conn, {x for rec in records for x in (rec["source"], rec["target"]) if x})
    records.sort(key=lambda rec: (rec["span"][0], rec["kind"], rec["id"]))
    names = {i: ref_or_state(refs, i).name for i in sorted(refs)}
    return Answer({"doc": doc.doc_id, "title": doc.title, "outlet": doc.outlet, "published": doc.published,
                   "url": doc.url, "path": doc.path, "text": doc.text, "records": records, "names": names})

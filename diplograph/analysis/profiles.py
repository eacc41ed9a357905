"""Actor profile: who an actor is and everything the store holds about it.

``actor_profile(store, "Lukashenko")`` gives the canonical name, aliases, kind, country,
dated roles, event counts by type as source and as target, quotes by the actor and about it
(quotations that mention it), the relations it is party to, and the documents that mention it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, or_, select

from ..store import schema as S
from ..store.core import Store
from .common import ActorRef, actor_refs, ref_or_state, resolve_actor, sentence_spans

LIST_LIMIT = 50
SORT_COST = 4  # reading and sorting one document of an actor, against probing one while walking


@dataclass
class ActorProfile:
    actor: ActorRef
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    events_as_source: dict[str, int] = field(default_factory=dict)
    events_as_target: dict[str, int] = field(default_factory=dict)
    quotes_by: list[dict[str, Any]] = field(default_factory=list)
    quotes_about: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    document_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor.to_dict(), "aliases": self.aliases, "roles": self.roles,
            "events_as_source": self.events_as_source, "events_as_target": self.events_as_target,
            "quotes_by": self.quotes_by, "quotes_about": self.quotes_about, "relations": self.relations,
            "documents": self.documents, "document_count": self.document_count,
        }


def actor_profile(store: Store, name: str) -> ActorProfile:
    """The profile of the actor ``name`` stands for (``QueryError`` with suggestions if none)."""
    with store.connect() as conn:
        actor = resolve_actor(conn, name)
        p = ActorProfile(actor=actor)
        p.aliases = sorted({r[0] for r in conn.execute(
            select(S.actor_aliases.c.alias).where(S.actor_aliases.c.actor_id == actor.id))} - {actor.name})
        p.roles = _roles(conn, actor.id)
        p.events_as_source = _type_counts(conn, "source", actor.id)
        p.events_as_target = _type_counts(conn, "target", actor.id)
        p.quotes_by = _quotes_by(conn, actor.id)
        p.quotes_about = _quotes_about(conn, actor.id)
        p.relations = _relations(conn, actor.id)
        p.documents, p.document_count = _documents(conn, actor.id)
    return p


def _roles(conn: Connection, actor_id: str) -> list[dict[str, Any]]:
    R, D = S.roles, S.documents
    q = (select(R.c.title, R.c.of, R.c.date_from, R.c.date_to, func.min(D.c.published).label("first_seen"),
                func.max(D.c.published).label("last_seen"))
         .join(D, D.c.doc_id == R.c.doc_id).where(R.c.actor_id == actor_id)
         .group_by(R.c.title, R.c.of, R.c.date_from, R.c.date_to))
    rows = [{"title": r.title, "of": r.of, "from": r.date_from, "to": r.date_to,
             "first_seen": r.first_seen, "last_seen": r.last_seen} for r in conn.execute(q)]
    return sorted(rows, key=lambda r: (r["from"] or r["first_seen"] or "", r["title"]))


def _type_counts(conn: Connection, role: str, actor_id: str) -> dict[str, int]:
    """Events by type with the actor as ``role`` (source or target), from ``actor_event_types``."""
    T = S.actor_event_types
    q = select(T.c.type, T.c.n).where(T.c.actor_id == actor_id, T.c.role == role, T.c.n > 0)
    return dict(sorted(((t, int(n)) for t, n in conn.execute(q)), key=lambda x: (-x[1], x[0])))


def _quote_dict(r: Any, names: dict[str, ActorRef]) -> dict[str, Any]:
    return {"id": r.id, "doc": r.doc_id, "text": r.text, "span": [r.start, r.end], "direct": bool(r.direct),
            "speaker": r.speaker, "speaker_name": ref_or_state(names, r.speaker).name if r.speaker else None,
            "via": r.via, "published": r.published}


def _quotes_by(conn: Connection, actor_id: str) -> list[dict[str, Any]]:
    Q, D = S.quotes, S.documents
    q = (select(Q, D.c.published).join(D, D.c.doc_id == Q.c.doc_id).where(Q.c.speaker == actor_id)
         .order_by(D.c.published, Q.c.start).limit(LIST_LIMIT))
    rows = list(conn.execute(q))
    names = actor_refs(conn, [actor_id])
    return [_quote_dict(r, names) for r in rows]


def _quotes_about(conn: Connection, actor_id: str) -> list[dict[str, Any]]:
    """Quotations (by others) whose words mention the actor, the earliest first: a page of the
    ``quote_actors`` aggregate, in its index's order."""
    QA, Q = S.quote_actors, S.quotes
    page = (select(QA.c.quote_id, QA.c.published).where(QA.c.actor_id == actor_id)
            .order_by(QA.c.published, QA.c.start, QA.c.quote_id).limit(LIST_LIMIT)).subquery()
    rows = list(conn.execute(select(Q, page.c.published).join(page, page.c.quote_id == Q.c.id)
                             .order_by(page.c.published, Q.c.start, Q.c.id)))
    names = actor_refs(conn, [r.speaker for r in rows if r.speaker])
    return [_quote_dict(r, names) for r in rows]


def _relations(conn: Connection, actor_id: str) -> list[dict[str, Any]]:
    R, D = S.relations, S.documents
    q = (select(R, D.c.published).join(D, D.c.doc_id == R.c.doc_id)
         .where(or_(R.c.a == actor_id, R.c.b == actor_id)).order_by(D.c.published, R.c.start).limit(LIST_LIMIT))
    rows = list(conn.execute(q))
    names = actor_refs(conn, [x for r in rows for x in (r.a, r.b)])
    out = []
    for r in rows:
        other = r.b if r.a == actor_id else r.a
        ev = sentence_spans(conn, r.doc_id, [(r.start, r.end)])[(r.start, r.end)]
        out.append({"other": other, "other_name": ref_or_state(names, other).name, "kind": r.kind,
                    "label": r.label, "since": r.since, "date": r.since or r.published, "doc": r.doc_id,
                    "sentence": ev.sentence, "span": list(ev.span)})
    return out


def _busy(conn: Connection, actor_id: str, total: int | None = None) -> bool:
    """Whether walking all documents from one end finds a page of the actor's sooner than
    sorting all of its documents: it is named in a large share of them."""
    C, D = S.actor_counts, S.documents
    if total is None:
        total = conn.execute(select(C.c.documents).where(C.c.actor_id == actor_id)).scalar() or 0
    stored = conn.execute(select(func.max(D.c.seq))).scalar() or 0  # about the number of documents
    # walking visits about LIST_LIMIT * stored / total documents; sorting reads and sorts ``total``
    return LIST_LIMIT * stored < SORT_COST * total * total


def _documents(conn: Connection, actor_id: str) -> tuple[list[dict[str, Any]], int]:
    """The latest documents that mention the actor, with the total (from ``actor_counts``).

    For an actor named in many documents, walking the documents from the latest (an index on
    ``published``) finds a page long before all its documents are sorted (``_busy``); for one
    named in few, sorting those is cheaper. The page is the same either way."""
    M, D, C = S.mentions, S.documents, S.actor_counts
    total = conn.execute(select(C.c.documents).where(C.c.actor_id == actor_id)).scalar() or 0
    if not total:
        return [], 0
    order = (D.c.published.desc(), D.c.seq.desc())
    if _busy(conn, actor_id, total):
        mentioned = select(M.c.doc_id).where(M.c.actor_id == actor_id, M.c.doc_id == D.c.doc_id).exists()
        page = (select(D.c.doc_id, D.c.title, D.c.path, D.c.outlet, D.c.published).where(mentioned)
                .order_by(*order).limit(LIST_LIMIT))
    else:
        ids = select(M.c.doc_id).where(M.c.actor_id == actor_id).distinct().subquery()
        page = (select(D.c.doc_id, D.c.title, D.c.path, D.c.outlet, D.c.published)
                .join(ids, ids.c.doc_id == D.c.doc_id).order_by(*order).limit(LIST_LIMIT))
    rows = list(conn.execute(page))
    counts: dict[str, int] = dict(conn.execute(select(M.c.doc_id, func.count()).where(
        M.c.actor_id == actor_id, M.c.doc_id.in_([r.doc_id for r in rows])).group_by(M.c.doc_id)).all())
    docs = [{"doc": r.doc_id, "title": r.title, "path": r.path, "outlet": r.outlet, "published": r.published,
             "mentions": counts.get(r.doc_id, 0)} for r in rows]
    return docs, int(total)

"""Catalogue pages: the stored actors (most mentioned first) and documents (in ingest order),
a page at a time, with the total. The web page lists them; ``Corpus.actors`` and
``Corpus.documents`` return them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from .common import check_offset


@dataclass
class Page:
    """One page of a listing: ``items`` from ``offset`` on, at most ``limit``, of ``total``."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def _check_page(limit: int, offset: int) -> None:
    if limit <= 0:
        raise QueryError("limit must be positive")
    check_offset(offset)


def actors_page(store: Store, q: str | None = None, kind: str | None = None, *,
                limit: int = 50, offset: int = 0) -> Page:
    """Actors, most mentioned first (then by id); ``q`` keeps those with it in the name (any
    case) or the id, ``kind`` those of that kind."""
    _check_page(limit, offset)
    A, M = S.actors, S.mentions
    counts = select(M.c.actor_id, func.count().label("mentions")).group_by(M.c.actor_id).subquery()
    mentions = func.coalesce(counts.c.mentions, 0)
    stmt = select(A, mentions.label("mentions")).outerjoin(counts, counts.c.actor_id == A.c.id)
    if q:
        stmt = stmt.where(or_(func.lower(A.c.name).contains(q.lower()), A.c.id.contains(q.lower())))
    if kind:
        stmt = stmt.where(A.c.kind == kind)
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(mentions.desc(), A.c.id).limit(limit).offset(offset))
        items = [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "mentions": r.mentions}
                 for r in rows]
    return Page(total, limit, offset, items)


def documents_page(store: Store, *, limit: int = 50, offset: int = 0) -> Page:
    """Stored documents in ingest order, without their text."""
    _check_page(limit, offset)
    D = S.documents
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(D)).scalar_one()
        rows = conn.execute(select(D.c.doc_id, D.c.path, D.c.title, D.c.outlet, D.c.published)
                            .order_by(D.c.seq).limit(limit).offset(offset))
        items = [dict(r._mapping) for r in rows]
    return Page(total, limit, offset, items)

"""The short report printed by ``diplograph stats`` and after ``make demo``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select

from ..store import Store
from ..store import schema as S


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts, events by type, most mentioned actors and the busiest dyads."""
    out: dict[str, Any] = {"counts": store.counts()}
    e, a = S.events, S.actors
    # events the text reports as done (not those flagged negated or hypothetical)
    realized = and_(e.c.negated.is_(False), e.c.hypothetical.is_(False))
    with store.connect() as conn:
        out["events_by_type"] = {t: n for t, n in conn.execute(
            select(e.c.type, func.count()).where(realized).group_by(e.c.type).order_by(func.count().desc()))}
        out["top_actors"] = [
            {"id": r.id, "name": r.name, "kind": r.kind, "mentions": r.n}
            for r in conn.execute(
                select(a.c.id, a.c.name, a.c.kind, func.count().label("n"))
                .join(S.mentions, S.mentions.c.actor_id == a.c.id)
                .group_by(a.c.id, a.c.name, a.c.kind).order_by(func.count().desc(), a.c.id).limit(top))
        ]
        src, tgt = a.alias("src"), a.alias("tgt")
        out["top_dyads"] = [
            {"source": r.sname, "target": r.tname, "events": r.n}
            for r in conn.execute(
                select(src.c.name.label("sname"), tgt.c.name.label("tname"), func.count().label("n"))
                .select_from(e.join(src, src.c.id == e.c.source).join(tgt, and_(tgt.c.id == e.c.target)))
                .where(realized).group_by(src.c.name, tgt.c.name).order_by(func.count().desc(), src.c.name).limit(top))
        ]
    return out

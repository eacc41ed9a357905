"""The user's alias rules, kept in the store: "this surface form is always actor X" (force) or
"is never actor X" (forbid).

They are the alias file's rules (``DIPLOGRAPH_ALIASES``) made editable over the CLI and the
REST API: the actor linker reads both on every ingest. A new force rule also corrects what is
stored already: every stored person or organisation whose canonical name is the surface
form is merged into the rule's actor (its records re-pointed, the aggregates recomputed).
A forbid rule only steers later ingests: which stored mentions were the wrong actor cannot
be told apart afterwards, so nothing stored is split.

The table is part of every new store; a store made before it existed gets it on the first
rule added (reading the rules of such a store finds none), so no migration is needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Boolean, Column, Connection, Table, Text, delete, insert, select, update

from ..errors import QueryError
from . import schema as S
from .records import rebuild_aggregates

alias_rules = Table(
    "alias_rules", S.metadata,
    Column("key", Text, primary_key=True),  # the surface form normalised (link.actors.alias_key)
    Column("actor_id", Text, primary_key=True),
    Column("surface", Text, nullable=False),  # as the user wrote it
    Column("forbid", Boolean, nullable=False),
    Column("created", Text, nullable=False),
)

# every column that holds an actor id, by table (outlets in ``via``/``outlet`` never merge)
ACTOR_COLUMNS: dict[str, tuple[str, ...]] = {
    "mentions": ("actor_id",), "roles": ("actor_id",), "events": ("source", "target", "reported_by"),
    "quotes": ("speaker",), "claims": ("speaker", "about"), "relations": ("a", "b", "speaker"),
}
MERGEABLE_KINDS = ("person", "organization")


@dataclass(frozen=True)
class AliasRule:
    surface: str
    actor_id: str
    forbid: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"surface": self.surface, "actor_id": self.actor_id, "forbid": self.forbid}


def _exists(conn: Connection) -> bool:
    return conn.dialect.has_table(conn, alias_rules.name)


def list_rules(conn: Connection) -> list[AliasRule]:
    if not _exists(conn):
        return []
    q = select(alias_rules.c.surface, alias_rules.c.actor_id, alias_rules.c.forbid).order_by(
        alias_rules.c.key, alias_rules.c.actor_id)
    return [AliasRule(r.surface, r.actor_id, bool(r.forbid)) for r in conn.execute(q)]


# as the web API bounds them (web/app.py AliasRequest)
MAX_SURFACE = 200
MAX_ACTOR_ID = 500


def add_rule(conn: Connection, rule: AliasRule) -> list[str]:
    """Store ``rule`` (replacing any rule for the same surface and actor); a force rule also
    merges the stored actors named ``surface`` into its actor. Returns the merged ids."""
    from ..link.actors import alias_key

    if len(rule.surface) > MAX_SURFACE or len(rule.actor_id) > MAX_ACTOR_ID:
        raise QueryError(f"alias rule: a name is at most {MAX_SURFACE} characters and an actor id at most "
                         f"{MAX_ACTOR_ID}")
    key = alias_key(rule.surface)
    if not key:
        raise QueryError(f"alias rule: {rule.surface!r} has no letters to match on")
    target = conn.execute(select(S.actors.c.id).where(S.actors.c.id == rule.actor_id)).first()
    if target is None:
        raise QueryError(f"no actor with id {rule.actor_id!r} in the store (alias rule for {rule.surface!r})")
    alias_rules.create(conn, checkfirst=True)
    if not rule.forbid:  # a surface is forced to one actor at a time
        conn.execute(delete(alias_rules).where(alias_rules.c.key == key, alias_rules.c.forbid.is_(False)))
    conn.execute(delete(alias_rules).where(alias_rules.c.key == key, alias_rules.c.actor_id == rule.actor_id))
    conn.execute(insert(alias_rules).values(key=key, actor_id=rule.actor_id, surface=rule.surface.strip(),
                                            forbid=rule.forbid, created=dt.datetime.now(dt.UTC).isoformat()))
    if rule.forbid:
        return []
    named = select(S.actors.c.id, S.actors.c.name).where(S.actors.c.kind.in_(MERGEABLE_KINDS),
                                                        S.actors.c.id != rule.actor_id)
    merged = [r.id for r in conn.execute(named) if alias_key(r.name) == key]
    for old in merged:
        merge_actor(conn, old, rule.actor_id)
    if merged:
        rebuild_aggregates(conn)
    return merged


def remove_rule(conn: Connection, surface: str, actor_id: str) -> bool:
    """Forget the rule; what it merged stays merged. False when there was no such rule."""
    from ..link.actors import alias_key

    if not _exists(conn):
        return False
    done = conn.execute(delete(alias_rules).where(alias_rules.c.key == alias_key(surface),
                                                  alias_rules.c.actor_id == actor_id))
    return bool(done.rowcount)


def merge_actor(conn: Connection, old: str, new: str) -> None:
    """Re-point every record of actor ``old`` to ``new`` and drop ``old``; ``old``'s name
    becomes an alias of ``new`` in the documents that mentioned it."""
    A, M = S.aliases, S.mentions
    name = conn.execute(select(S.actors.c.name).where(S.actors.c.id == old)).scalar_one()
    wanted = {(r.doc_id, r.alias) for r in conn.execute(select(A.c.doc_id, A.c.alias).where(A.c.actor_id == old))}
    wanted |= {(r.doc_id, name) for r in conn.execute(select(M.c.doc_id).where(M.c.actor_id == old).distinct())}
    have = {(r.doc_id, r.alias) for r in conn.execute(select(A.c.doc_id, A.c.alias).where(A.c.actor_id == new))}
    for table_name, columns in ACTOR_COLUMNS.items():
        table = S.metadata.tables[table_name]
        for col in columns:
            conn.execute(update(table).where(table.c[col] == old).values({col: new}))
    conn.execute(delete(A).where(A.c.actor_id == old))
    fresh = [{"actor_id": new, "doc_id": d, "alias": al} for d, al in sorted(wanted - have)]
    if fresh:
        conn.execute(insert(A), fresh)
    conn.execute(delete(S.actors).where(S.actors.c.id == old))

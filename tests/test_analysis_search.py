"""Full-text search on a store with more matches than one ranking block (both backends)."""

from __future__ import annotations

import importlib

import pytest

from diplograph.analysis import search
from diplograph.store import Store
from diplograph.store import schema as S
from records import sample_extraction

search_module = importlib.import_module("diplograph.analysis.search")  # the package exports the function


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    for n in range(11):
        words = "grain grain exports" if n % 2 else "grain"
        s.write(sample_extraction(text=f"Report {n}: China and Belarus agreed on {words} today.", path=f"{n}.txt"))
    s.write(sample_extraction(text="China and Belarus agreed on oil today.", path="oil.txt"))
    yield s
    s.close()


def test_matches_are_ranked_in_blocks_of_the_latest(store, monkeypatch) -> None:
    monkeypatch.setattr(search_module, "RANK_BLOCK", 3)
    monkeypatch.setattr(search_module, "COUNT_CAP", 100)
    with store.connect() as conn:
        text = {r.id: r.text for r in conn.execute(S.sentences.select())}
    matches = sorted((i for i, t in text.items() if "grain" in t), reverse=True)
    pages = [search(store, "grain", limit=2, offset=o) for o in range(0, 12, 2)]
    got = [s["id"] for p in pages for s in p.sentences]
    assert sorted(got, reverse=True) == matches  # every match once, across the pages
    for k in range(0, len(matches), 3):  # each block: the next three latest matches
        assert set(got[k:k + 3]) == set(matches[k:k + 3])
    block = got[:3]  # within a block the best first: two "grain"s before one
    assert [text[i].count("grain") for i in block] == sorted((text[i].count("grain") for i in block), reverse=True)
    assert all(p.total == 11 and p.total_exact for p in pages)


def test_a_total_past_the_cap_is_an_estimate(store, monkeypatch) -> None:
    monkeypatch.setattr(search_module, "RANK_BLOCK", 3)
    monkeypatch.setattr(search_module, "COUNT_CAP", 5)
    r = search(store, "grain")
    assert not r.total_exact and r.total >= 6 and len(r.sentences) == 11
    assert search(store, "exports").total_exact and search(store, "exports").total == 5
    assert r.to_dict()["total_exact"] is False

"""A small hand-made corpus (our own sentences) stored without the NLP model, for the answer tests.

``build_store()`` gives an in-memory store of three documents about China, Belarus, Russia,
the United States and the West. Records are written as an extractor would: actors with
their mentions, events with sentence and span, quotes, relations and an omission.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from diplograph.model import Actor, Document, Event, Extraction, Omission, Quote, Relation, Role
from diplograph.store.core import Store

ACTORS: dict[str, dict[str, Any]] = {
    "state:CHN": {"name": "China", "kind": "state", "country": "CHN", "aliases": ["China", "Beijing", "Chinese"]},
    "state:BLR": {"name": "Belarus", "kind": "state", "country": "BLR",
                  "aliases": ["Belarus", "Minsk", "Belarusian"]},
    "state:RUS": {"name": "Russia", "kind": "state", "country": "RUS", "aliases": ["Russia", "Moscow"]},
    "state:USA": {"name": "United States", "kind": "state", "country": "USA",
                  "aliases": ["United States", "Washington"]},
    "group:west": {"name": "the West", "kind": "group", "aliases": ["Western governments"]},
    "person:xi-jinping": {"name": "Xi Jinping", "kind": "person", "country": "CHN", "aliases": ["Xi Jinping"],
                          "roles": [Role("President", "CHN")]},
    "person:alexander-lukashenko": {"name": "Alexander Lukashenko", "kind": "person", "country": "BLR",
                                    "aliases": ["Alexander Lukashenko", "Lukashenko"],
                                    "roles": [Role("President", "BLR")]},
    "person:qin-gang": {"name": "Qin Gang", "kind": "person", "country": "CHN", "aliases": ["Qin Gang"],
                        "roles": [Role("Foreign Minister", "CHN", "2022-12-30", "2023-07-25")]},
    "person:sergei-aleinik": {"name": "Sergei Aleinik", "kind": "person", "country": "BLR",
                              "aliases": ["Sergei Aleinik"], "roles": [Role("Foreign Minister", "BLR")]},
    "person:li-shangfu": {"name": "Li Shangfu", "kind": "person", "country": "CHN", "aliases": ["Li Shangfu", "Li"],
                          "roles": [Role("Defense Minister", "CHN")]},
    "person:viktor-khrenin": {"name": "Viktor Khrenin", "kind": "person", "country": "BLR",
                              "aliases": ["Viktor Khrenin"], "roles": [Role("Defense Minister", "BLR")]},
    "media:wire": {"name": "Global Wire", "kind": "media", "country": "GBR", "aliases": ["Global Wire"]},
    "media:dispatch": {"name": "The Dispatch", "kind": "media", "country": "USA", "aliases": ["Dispatch"]},
}

DOCS: list[dict[str, Any]] = [
    {
        "path": "partnership.txt", "published": "2022-09-16", "outlet": "media:wire", "title": "A new partnership",
        "text": (
            "Chinese President Xi Jinping and Belarusian President Alexander Lukashenko agreed on Thursday to "
            "raise relations to an all-weather comprehensive strategic partnership. "
            "Western governments have imposed sanctions on Belarus over its support for Russia. "
            "Beijing rejected the sanctions and called them illegal interference in the affairs of Belarus."),
        "events": [("AGREE", "person:xi-jinping", "person:alexander-lukashenko", "agreed", "2022-09-15", {}),
                   ("SANCTION", "group:west", "state:BLR", "imposed sanctions", None, {}),
                   ("REJECT", "state:CHN", "group:west", "rejected", None, {})],
        "relations": [("state:CHN", "state:BLR", "partnership", "all-weather comprehensive strategic partnership",
                       "2022-09-15"),
                      ("group:west", "state:BLR", "sanctions", "imposed sanctions", None)],
        "quotes": [], "omissions": [],
    },
    {
        "path": "visit.txt", "published": "2023-02-28", "outlet": "media:dispatch", "title": "Lukashenko in Beijing",
        "text": (
            "Foreign Minister Qin Gang spoke by phone with his Belarusian counterpart Sergei Aleinik on Friday. "
            "Lukashenko began a state visit to China on Tuesday, the Global Wire reported. "
            "\"China is our old friend and reliable partner,\" Lukashenko told the Global Wire. "
            "The United States accused Beijing of helping Moscow evade sanctions. "
            "China and Russia pledged to deepen their cooperation. "
            "The Global Wire did not mention the accusation."),
        "events": [("CONSULT", "person:qin-gang", "person:sergei-aleinik", "spoke by phone", "2023-02-24",
                    {"mode": "phone"}),
                   ("CONSULT", "person:alexander-lukashenko", "state:CHN", "began a state visit", "2023-02-28",
                    {"mode": "visit", "reported_by": "media:wire"}),
                   ("ACCUSE", "state:USA", "state:CHN", "accused", None, {}),
                   ("AGREE", "state:CHN", "state:RUS", "pledged to deepen", None, {})],
        "relations": [],
        "quotes": [("China is our old friend and reliable partner", "person:alexander-lukashenko", "media:wire")],
        "omissions": [("media:wire", "the accusation")],
    },
    {
        "path": "defense.txt", "published": "2023-08-18", "outlet": "media:wire", "title": "Defense talks in Minsk",
        "text": (
            "Chinese Defense Minister Li Shangfu arrived in Minsk on Aug. 16 for talks with Belarusian Defense "
            "Minister Viktor Khrenin. "
            "Li praised the fraternal relations between China and Belarus, the Dispatch reported. "
            "Li also criticised Washington for its military pressure in the region. "
            "China did not join the sanctions against Russia."),
        "events": [("CONSULT", "person:li-shangfu", "person:viktor-khrenin", "arrived", "XXXX-08-16",
                    {"mode": "visit", "location": "Minsk"}),
                   ("SUPPORT", "person:li-shangfu", "state:BLR", "praised", None, {"reported_by": "media:dispatch"}),
                   ("ACCUSE", "person:li-shangfu", "state:USA", "criticised", None, {}),
                   ("SANCTION", "state:CHN", "state:RUS", "join the sanctions", None, {"negated": True})],
        "relations": [("state:CHN", "state:BLR", "friendship", "fraternal relations", None)],
        "quotes": [], "omissions": [],
    },
]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?]\"))\s+(?=[A-Z\"])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _sentence_with(text: str, phrase: str) -> tuple[int, int]:
    pos = text.index(phrase)
    return next((s, e) for s, e in sentence_spans(text) if s <= pos < e)


def extraction(n: int, doc: dict[str, Any] | None = None) -> Extraction:
    doc = doc or DOCS[n]
    text = doc["text"]
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    ex = Extraction(document=Document(doc_id=doc_id, path=doc["path"], text=text, title=doc["title"],
                                      published=doc["published"]), outlet=doc["outlet"])
    ex.sentences = sentence_spans(text)
    used: set[str] = {doc["outlet"]}
    for i, (type_, src, tgt, trigger, date, extra) in enumerate(doc["events"]):
        s, e = _sentence_with(text, trigger)
        ex.events.append(Event(id=f"{doc_id[:8]}-e{i}", type=type_, source=src, target=tgt, sentence=text[s:e],
                               span=(s, e), date=date, trigger=trigger, cluster=f"c-{doc_id[:8]}-{i}", **extra))
        used.update(x for x in (src, tgt, extra.get("reported_by")) if x)
    for a, b, kind, label, since in doc["relations"]:
        pos = text.index(label)
        ex.relations.append(Relation(a=a, b=b, kind=kind, label=label, span=(pos, pos + len(label)), since=since))
        used.update((a, b))
    for i, (words, speaker, via) in enumerate(doc["quotes"]):
        pos = text.index(words)
        ex.quotes.append(Quote(id=f"{doc_id[:8]}-q{i}", text=words, span=(pos, pos + len(words)),
                               speaker=speaker, via=via))
        used.update(x for x in (speaker, via) if x)
    for outlet, what in doc["omissions"]:
        s, e = _sentence_with(text, what)
        ex.omissions.append(Omission(outlet=outlet, what=what, sentence=text[s:e], span=(s, e)))
        used.add(outlet)
    for actor_id, info in ACTORS.items():
        actor = Actor(id=actor_id, name=info["name"], kind=info["kind"], country=info.get("country"),
                      roles=list(info.get("roles", [])))
        for alias in info["aliases"]:
            for m in re.finditer(r"\b" + re.escape(alias) + r"\b", text):
                actor.add_mention(m.start(), m.end(), alias)
        if actor.mentions or actor_id in used:
            ex.actors.append(actor)
    return ex


def build_store(db: str = ":memory:") -> Store:
    store = Store(db)
    for n in range(len(DOCS)):
        store.write(extraction(n))
    return store


def test_fixture_corpus_is_consistent() -> None:
    for n in range(len(DOCS)):
        ex = extraction(n)
        ids = {a.id for a in ex.actors}
        assert ex.referenced_ids() <= ids
        for e in ex.events:
            assert ex.document.text[e.span[0]:e.span[1]] == e.sentence


def test_fixture_store_counts() -> None:
    store = build_store()
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["events"] == 11

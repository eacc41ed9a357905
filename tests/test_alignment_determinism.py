"""The alignment answer is the same on every call and on SQLite and PostgreSQL, when its bounded
scans (relations and balance) have more rows than ``SCAN_LIMIT``; and
the rows they keep are the most recent (or, for balance, the strongest)."""

from __future__ import annotations

import hashlib

import pytest

from diplograph.analysis import alignment
from diplograph.model import Actor, Document, Event, Extraction, Quote, Relation
from diplograph.store import Store

STATES = (("ZEM", "Zembla"), ("RUR", "Ruritania"), ("FRE", "Freedonia"), ("OST", "Ostland"), ("KAR", "Karnia"))
DAYS = 9
# written in an order that is not the order the scans choose (the most recent first)
WRITE_ORDER = [3, 7, 0, 5, 8, 1, 6, 2, 4]
LIMIT = 3


def _extraction(day: int) -> Extraction:
    text = (f"Zembla and Ruritania signed pact {day}. "
            f"Zembla imposed sanctions on Freedonia over Ruritania {day}. "
            f"Freedonia imposed sanctions on Ruritania {day}. "
            f"Ostland sanctioned Ruritania {day}. "
            f"Zembla said Ruritania is a reliable partner and friend {day}.")
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    actors = []
    for code, name in STATES:
        actor = Actor(id=f"state:{code}", name=name, kind="state", country=code)
        for s, _ in sentences:
            pos = text.find(name, s)
            if pos >= 0:
                actor.add_mention(pos, pos + len(name), name)
        actors.append(actor)
    person = Actor(id=f"person:zem-{day}", name=f"Envoy {day}", kind="person", country="ZEM")
    actors.append(person)

    def event(n: int, type_: str, source: str, target: str) -> Event:
        s, e = sentences[n]
        return Event(id=f"{doc_id[:12]}:e{n}", type=type_, source=source, target=target,
                     sentence=text[s:e], span=(s, e), date=f"2024-03-{day + 1:02d}")

    events = [event(0, "COOPERATE", "state:ZEM", "state:RUR"),
              event(1, "SANCTION", f"person:zem-{day}" if day % 2 else "state:ZEM", "state:FRE"),
              event(2, "SANCTION", "state:FRE", "state:RUR"),
              event(3, "SANCTION", "state:OST", "state:RUR")]
    label = f"signed pact {day}"
    pos = text.index(label)
    relations = [Relation(a="state:ZEM", b="state:RUR", kind="alliance", label=label, span=(pos, pos + len(label))),
                 Relation(a="state:KAR", b="state:RUR", kind="rivalry", label=label, span=(pos, pos + len(label)))]
    words = f"Ruritania is a reliable partner and friend {day}"
    pos = text.index(words)
    quotes = [Quote(id=f"{doc_id[:12]}:q0", text=words, span=(pos, pos + len(words)), speaker="state:ZEM")]
    return Extraction(document=Document(doc_id=doc_id, path=f"d{day}.txt", text=text,
                                        published=f"2024-03-{day + 1:02d}"),
                      actors=actors, events=events, relations=relations, quotes=quotes, sentences=sentences)


def _answer(url: str) -> list[dict]:
    store = Store(url)
    for day in WRITE_ORDER:
        store.write(_extraction(day))
    answers = [alignment(store, "Zembla").to_dict(), alignment(store, "Zembla").to_dict()]
    answers.append(alignment(store, "Zembla", on="Ruritania").to_dict())
    store.close()
    return answers


@pytest.fixture
def small_scans(monkeypatch):
    import importlib

    module = importlib.import_module("diplograph.analysis.alignment")
    monkeypatch.setattr(module, "SCAN_LIMIT", LIMIT)


def test_bounded_scans_keep_the_most_recent_rows_on_every_call(small_scans):
    first, again, on_topic = _answer(":memory:")
    assert first == again
    aligned = {c["id"]: c for c in first["aligned"]}
    ruritania = aligned["state:RUR"]
    # LIMIT of the DAYS relations are read: the latest documents; a quotation naming Ruritania is
    # co-mention, never counted
    assert ruritania["counts"]["relations"] == LIMIT
    assert "quotes" not in ruritania["counts"]
    dates = sorted({e["date"] for e in ruritania["evidence"] if e["kind"] == "relation"}, reverse=True)
    assert dates[0] == f"2024-03-{DAYS:02d}"  # the latest document's evidence is shown
    assert all(d >= f"2024-03-{DAYS - LIMIT + 1:02d}" for d in dates)
    assert [c["id"] for c in on_topic["aligned"]] == ["state:RUR"]


@pytest.mark.slow  # PostgreSQL
def test_the_answer_is_the_same_on_sqlite_and_postgresql(small_scans, postgres_url):
    from backends import reset_database

    reset_database(postgres_url)
    assert _answer(":memory:") == _answer(postgres_url)

"""Structural balance in the alignment answer: the adversary of a strong ally counts against
the side (at a discount), with the hostile event as indirect evidence, when the alliance is
stated (a positive relation between the side and the ally) in at least two documents, never from
co-operation events alone nor from one document's word."""

from __future__ import annotations

import hashlib

from diplograph.analysis import alignment
from diplograph.model import Actor, Document, Event, Extraction, Relation
from diplograph.store import Store

TEXT = ("Zembla and Ruritania signed a defence pact. Zembla agreed to deepen ties with Ruritania. "
        "Freedonia imposed sanctions on Ruritania. Freedonia praised Zembla's farm policy.")
SECOND = "Ruritania remains the closest ally of Zembla."


def _store(with_praise: bool, stated: bool = True, documents: int = 2) -> Store:
    doc_id = hashlib.sha256(TEXT.encode()).hexdigest()
    actors = [Actor(id=f"state:{c}", name=n, kind="state", country=c, aliases=[n], mentions=[(0, 1)])
              for c, n in (("ZEM", "Zembla"), ("RUR", "Ruritania"), ("FRE", "Freedonia"))]
    sentences = TEXT.split(". ")

    def event(n: int, type_: str, source: str, target: str) -> Event:
        return Event(id=f"{doc_id[:12]}:e{n}", type=type_, source=f"state:{source}", target=f"state:{target}",
                     sentence=sentences[n], span=(0, 10), date="2024-01-02")

    events = [event(0, "COOPERATE", "ZEM", "RUR"), event(1, "AGREE", "ZEM", "RUR"),
              event(2, "SANCTION", "FRE", "RUR")]
    if with_praise:
        events.append(event(3, "SUPPORT", "FRE", "ZEM"))
    pact = TEXT.index("defence pact")
    relations = [Relation(a="state:ZEM", b="state:RUR", kind="alliance", label="defence pact",
                          span=(pact, pact + len("defence pact")))] if stated else []
    store = Store(":memory:")
    store.write(Extraction(document=Document(doc_id=doc_id, path="balance.txt", text=TEXT, published="2024-01-02"),
                           actors=actors, events=events, relations=relations, sentences=[(0, len(TEXT))]))
    if stated and documents > 1:  # a second document states the alliance
        ally = SECOND.index("closest ally")
        store.write(Extraction(
            document=Document(doc_id=hashlib.sha256(SECOND.encode()).hexdigest(), path="second.txt", text=SECOND,
                              published="2024-01-03"),
            actors=actors[:2], relations=[Relation(a="state:ZEM", b="state:RUR", kind="alliance", label="closest ally",
                                                   span=(ally, ally + len("closest ally")))],
            sentences=[(0, len(SECOND))]))
    return store


def test_the_adversary_of_a_strong_ally_is_opposed_with_indirect_evidence():
    answer = alignment(_store(with_praise=False), "Zembla").to_dict()
    assert [a["id"] for a in answer["aligned"]] == ["state:RUR"]
    (freedonia,) = answer["opposed"]
    assert freedonia["id"] == "state:FRE"
    assert freedonia["evidence"][0]["kind"] == "indirect"
    assert "sanctions" in freedonia["evidence"][0]["sentence"]
    assert freedonia["evidence"][0]["label"] == ("SANCTION: Freedonia -> Ruritania "
                                                 "(an ally: 2 documents state the alliance)")
    # a discount: far weaker than a direct sanction on the side itself (weight -7 / 10)
    assert -0.7 < freedonia["score"] < 0


def test_direct_friendship_outweighs_the_indirect_hostility():
    answer = alignment(_store(with_praise=True), "Zembla").to_dict()
    assert "state:FRE" in {a["id"] for a in answer["aligned"]}


def test_no_indirect_hostility_without_a_stated_alliance():
    answer = alignment(_store(with_praise=False, stated=False), "Zembla").to_dict()
    assert [a["id"] for a in answer["aligned"]] == ["state:RUR"]
    assert answer["opposed"] == []


def test_no_indirect_hostility_from_one_documents_alliance():
    """One document calling the two allies (an op-ed's "attack-dog ally") is no solid alliance."""
    answer = alignment(_store(with_praise=False, documents=1), "Zembla").to_dict()
    assert [a["id"] for a in answer["aligned"]] == ["state:RUR"]
    assert answer["opposed"] == []

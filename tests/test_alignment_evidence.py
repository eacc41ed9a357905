"""The side answer counts and shows only records whose parties are the two sides, names the
parties on every evidence line, and never lists a place as a counterpart (issue 14 item 6)."""

from __future__ import annotations

import hashlib

from diplograph.analysis import alignment
from diplograph.analysis.alignment import is_place
from diplograph.analysis.common import ActorRef
from diplograph.model import Actor, Document, Event, Extraction, Quote, Relation
from diplograph.store import Store

TEXT = ("Zembla and Ruritania signed a defence pact. Zembla police cleared Harbour Square. "
        "Zembla condemned Ostland over its raid on Freedonia. "
        "“Freedonia is a fine neighbour,” Zembla said.")


def _store() -> Store:
    doc_id = hashlib.sha256(TEXT.encode()).hexdigest()
    actors = [Actor(id=f"state:{c}", name=n, kind="state", country=c, aliases=[n], mentions=[(0, 1)])
              for c, n in (("ZEM", "Zembla"), ("RUR", "Ruritania"), ("OST", "Ostland"), ("FRE", "Freedonia"))]
    actors.append(Actor(id="org:harbour-square", name="Harbour Square", kind="organization", mentions=[(0, 1)]))
    sentences = TEXT.split(". ")

    def event(n: int, type_: str, source: str, target: str) -> Event:
        start = TEXT.index(sentences[n])
        return Event(id=f"{doc_id[:12]}:e{n}", type=type_, source=source, target=target,
                     sentence=sentences[n], span=(start, start + len(sentences[n])), date="2024-01-02")

    events = [event(0, "COOPERATE", "state:ZEM", "state:RUR"),
              event(1, "ASSAULT", "state:ZEM", "org:harbour-square"),
              event(2, "ACCUSE", "state:ZEM", "state:OST"),
              event(2, "ASSAULT", "state:OST", "state:FRE")]
    events[3].id += "b"
    pact = TEXT.index("defence pact")
    relations = [Relation(a="state:ZEM", b="state:RUR", kind="alliance", label="defence pact",
                          span=(pact, pact + len("defence pact")))]
    words = "Freedonia is a fine neighbour"
    at = TEXT.index(words)
    quotes = [Quote(id=f"{doc_id[:12]}:q0", text=words, span=(at, at + len(words)), speaker="state:ZEM")]
    store = Store(":memory:")
    store.write(Extraction(document=Document(doc_id=doc_id, path="evidence.txt", text=TEXT, published="2024-01-02"),
                           actors=actors, events=events, relations=relations, quotes=quotes,
                           sentences=[(0, len(TEXT))]))
    return store


def test_only_the_two_sides_records_count_and_each_line_names_its_parties() -> None:
    answer = alignment(_store(), "Zembla").to_dict()
    aligned = {c["id"]: c for c in answer["aligned"]}
    opposed = {c["id"]: c for c in answer["opposed"]}
    # Freedonia is only named beside Zembla (in its statement on Ostland, in its quotation): never counted
    assert "state:FRE" not in aligned and "state:FRE" not in opposed
    assert set(aligned) == {"state:RUR"} and set(opposed) == {"state:OST"}
    labels = {e["label"] for c in answer["aligned"] + answer["opposed"] for e in c["evidence"]}
    assert "alliance: Zembla – Ruritania (defence pact)" in labels
    assert "ACCUSE: Zembla -> Ostland" in labels


def test_a_place_is_never_a_counterpart() -> None:
    answer = alignment(_store(), "Zembla").to_dict()
    assert "org:harbour-square" not in {c["id"] for c in answer["aligned"] + answer["opposed"]}


def test_place_names() -> None:
    assert is_place(ActorRef("org:tiananmen-square", "Tiananmen Square", "organization"))
    assert is_place(ActorRef("person:x", "Helmand Province", "person"))
    assert not is_place(ActorRef("person:stuart-hall", "Stuart Hall", "person"))  # a family name
    assert not is_place(ActorRef("state:ZEM", "Zembla", "state"))
    assert not is_place(ActorRef("org:red-sea-fleet", "Red Sea Fleet", "organization"))


def test_a_stated_relation_of_the_counterparts_sign_is_shown_first() -> None:
    """A stated relation that points the counterpart's way comes before a stronger single event
    (events are the less reliable records); one pointing the other way does not."""
    from diplograph.analysis.alignment import Counterpart
    from diplograph.analysis.common import Evidence

    part = Counterpart(ActorRef("state:RUR", "Ruritania", "state", "RUR"), score=-3.0)
    assault = Evidence("d1", "Ruritania shelled Zembla.", (0, 5), "event", "ASSAULT: Ruritania -> Zembla", -10.0)
    rivalry = Evidence("d2", "Zembla and Ruritania are bitter rivals.", (0, 5), "relation", "rivalry: ...", -5.0)
    alliance = Evidence("d3", "Zembla and Ruritania are allies.", (0, 5), "relation", "alliance: ...", 8.0)
    part.evidence = [assault, alliance, rivalry]
    assert [e.doc for e in part.shown()] == ["d2", "d1", "d3"]
    part.score = 3.0  # aligned: the alliance first
    assert [e.doc for e in part.shown()][0] == "d3"


def test_the_unnamed_attackers_of_an_unclaimed_attack_are_no_counterpart() -> None:
    """"Gunmen stormed the Zembla embassy in Ostland": the attackers are coded as a group of the
    state where it happened (a source for the event records), but nobody a side is against."""
    store = _store()
    text = "Gunmen stormed the Zembla embassy in Ostland."
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    group = "group:ost-unidentified-attackers"
    actors = [Actor(id="state:ZEM", name="Zembla", kind="state", country="ZEM", aliases=["Zembla"],
                    mentions=[(19, 25)]),
              Actor(id=group, name="Unidentified attackers (Ostland)", kind="group", country="OST", mentions=[(0, 6)])]
    events = [Event(id=f"{doc_id[:12]}:e0", type="ASSAULT", source=group, target="state:ZEM", sentence=text,
                    span=(0, len(text)), date="2024-01-03")]
    store.write(Extraction(document=Document(doc_id=doc_id, path="embassy.txt", text=text, published="2024-01-03"),
                           actors=actors, events=events, sentences=[(0, len(text))]))
    answer = alignment(store, "Zembla").to_dict()
    assert group not in {c["id"] for c in answer["aligned"] + answer["opposed"]}
    assert {c["id"] for c in answer["opposed"]} == {"state:OST"}  # the side's other opponent stays

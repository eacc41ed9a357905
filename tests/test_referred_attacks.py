"""An attack told again by a definite noun is the attack the document named before, with its
author (``events/referred_attacks.py``). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import find_events
from diplograph.nlp.extensions import LOCATIONS
from docs import parse

H, S, R = "state:HUN", "state:SRB", "state:ROU"
P = "person:laszlo-kiss"
KNOWN = {H: Actor(H, "Hungary", "state", "HUN"), S: Actor(S, "Serbia", "state", "SRB"),
         R: Actor(R, "Romania", "state", "ROU"), P: Actor(P, "Laszlo Kiss", "person", "HUN")}
UNIDENTIFIED = "group:hun-unidentified-attackers"


def _doc(authors: list[str], det: str = "the"):
    """"<A> ordered the raid. [<B> ordered the raid.] Kiss was killed in <det> raid in Budapest.\""""
    rows: list[tuple] = []
    actors: dict[int, str] = {}
    starts: list[int] = []
    for a in authors:
        n = len(rows)
        starts.append(n)
        actors[n] = a
        rows += [("Belgrade", "Belgrade", "PROPN", "nsubj", n + 1), ("ordered", "order", "VERB", "ROOT", n + 1),
                 ("the", "the", "DET", "det", n + 3), ("raid", "raid", "NOUN", "dobj", n + 1),
                 (".", ".", "PUNCT", "punct", n + 1)]
    m = len(rows)
    starts.append(m)
    actors[m] = P
    actors[m + 7] = H
    rows += [("Kiss", "Kiss", "PROPN", "nsubjpass", m + 2), ("was", "be", "AUX", "auxpass", m + 2),
             ("killed", "kill", "VERB", "ROOT", m + 2), ("in", "in", "ADP", "prep", m + 2),
             (det, det, "DET", "det", m + 5), ("raid", "raid", "NOUN", "pobj", m + 3),
             ("in", "in", "ADP", "prep", m + 2), ("Budapest", "Budapest", "PROPN", "pobj", m + 6),
             (".", ".", "PUNCT", "punct", m + 2)]
    doc = parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in starts for i in range(len(rows))])
    doc.user_data[LOCATIONS] = {m + 7: "capital"}
    return doc


def _killings(doc) -> set[tuple[str, str | None]]:
    return {(e.source, e.target) for e in find_events(doc) if e.type == "ASSAULT" and e.target == P}


def test_killed_in_the_raid_an_earlier_sentence_says_who_ordered_is_that_author_s():
    assert _killings(_doc([S])) == {(S, P)}


def test_an_indefinite_raid_or_two_earlier_authors_leave_the_attackers_unidentified():
    assert _killings(_doc([S], det="a")) == {(UNIDENTIFIED, P)}
    assert _killings(_doc([S, R])) == {(UNIDENTIFIED, P)}
    assert _killings(_doc([])) == {(UNIDENTIFIED, P)}

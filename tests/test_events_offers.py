"""The source's own side named as whose help an offer gives is never its recipient
(events/offers.own_gift, through roles.other_side). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import offers, roles
from diplograph.nlp.events.lexicon import Trigger, lexicon
from docs import parse

F, D, H, B = "state:FRA", "state:DEU", "state:HUN", "person:anna-berg"
KNOWN = {
    F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
    H: Actor(H, "Hungary", "state", "HUN"), B: Actor(B, "Anna Berg", "person", "DEU"),
}


def _offered(giver: str) -> list[tuple]:
    # "Berg offered France the help of Germany ."
    return [("Berg", "Berg", "PROPN", "nsubj", 1), ("offered", "offer", "VERB", "ROOT", 1),
            ("France", "France", "PROPN", "dative", 1), ("the", "the", "DET", "det", 4),
            ("help", "help", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
            (giver, giver, "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 1)]


def _case(doc, type_: str) -> roles.VerbCase:
    trig = Trigger("offer", "V", type_, None, "030", (), frozenset(), frozenset({"target"}))
    return roles.VerbCase(doc[1], trig, lexicon(), doc._.mentions, [B])


def test_the_speakers_own_state_whose_help_is_offered_is_no_recipient():
    doc = parse(_offered("Germany"), {0: B, 2: F, 6: D}, KNOWN, mentions=True)
    assert offers.givers_named(doc[1]) == {D}
    # Berg is German: the help of Germany is hers to give; France is whom it is offered to
    assert roles.other_side(_case(doc, "AGREE"), [F, D]) == [F]
    assert roles.other_side(_case(doc, "AID"), [D]) == []


def test_another_giver_or_another_act_keeps_its_party():
    # "Berg offered France the help of Hungary": Hungary is no side of Berg's
    other = parse(_offered("Hungary"), {0: B, 2: F, 6: H}, KNOWN, mentions=True)
    assert roles.other_side(_case(other, "AGREE"), [F, H]) == [F, H]
    # an accusation is no gift: "Berg criticized the help of Germany" is aimed at Germany
    doc = parse(_offered("Germany"), {0: B, 2: F, 6: D}, KNOWN, mentions=True)
    assert roles.other_side(_case(doc, "ACCUSE"), [F, D]) == [F, D]

"""Rows of kb/events.tsv added for recall (issue 13), with their sense checks. Consultations beyond
"met" and "talks": a briefing of another party ("briefed the president on the talks") and a meal
with one ("had dinner with X"): the one briefed is a party, not reporters or an outlet (object
class ``party``); a meal is a meeting only as the object of a light verb, not as the circumstance
of a clause. Arms held back: "suspended/halted/froze the sale/delivery/shipment of X to Y" is a
SANCTION. Trade penalties: raising tariffs or duties, or laying duties or levies "on" goods, is a SANCTION
on the side the goods come from. Hand-built parses of our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

KNOWN = {"person:ivo-vance": Actor("person:ivo-vance", "Vance", "person", "SRB"),
         "state:AUT": Actor("state:AUT", "Austria", "state", "AUT"),
         "media:daily-planet": Actor("media:daily-planet", "Planet", "media", "AUT")}


def _briefed(obj: str, lemma: str, pos: str) -> object:
    # "Vance briefed OBJ on the talks"
    doc = parse([("Vance", "Vance", "PROPN", "nsubj", 1), ("briefed", "brief", "VERB", "ROOT", 1),
                 (obj, lemma, pos, "dobj", 1), ("on", "on", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                 ("talks", "talk", "NOUN", "pobj", 3)],
                {0: "person:ivo-vance", **({2: KNOWN_IDS[obj]} if obj in KNOWN_IDS else {})}, KNOWN)
    return lexicon().match(doc[1])


KNOWN_IDS = {"Austria": "state:AUT", "Planet": "media:daily-planet"}


def test_a_briefing_of_a_party_is_a_consultation():
    trig = _briefed("Austria", "Austria", "PROPN")
    assert trig is not None and trig.type == "CONSULT" and trig.lemma == "brief"


def test_briefing_reporters_or_an_outlet_names_no_counterpart():
    assert _briefed("reporters", "reporter", "NOUN") is None
    assert _briefed("Planet", "Planet", "PROPN") is None  # an outlet briefed: an interview, no CONSULT


def test_a_meal_is_a_meeting_only_as_the_object_of_a_light_verb():
    # "Vance had dinner with Austria"
    had = parse([("Vance", "Vance", "PROPN", "nsubj", 1), ("had", "have", "VERB", "ROOT", 1),
                 ("dinner", "dinner", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 2),
                 ("Austria", "Austria", "PROPN", "pobj", 3)], {0: "person:ivo-vance", 4: "state:AUT"}, KNOWN)
    trig = lexicon().match(had[2])
    assert trig is not None and trig.type == "CONSULT" and trig.lemma == "dinner"
    # "At the dinner, Vance named Austria": the circumstance of a clause is no meeting with whom it names
    at = parse([("At", "at", "ADP", "prep", 4), ("the", "the", "DET", "det", 2),
                ("dinner", "dinner", "NOUN", "pobj", 0), (",", ",", "PUNCT", "punct", 4),
                ("Vance", "Vance", "PROPN", "nsubj", 5),
                ("named", "name", "VERB", "ROOT", 5), ("Austria", "Austria", "PROPN", "dobj", 5)],
               {4: "person:ivo-vance", 6: "state:AUT"}, KNOWN)
    assert lexicon().match(at[2]) is None


def test_a_halted_arms_sale_is_a_sanction():
    # "Austria halted the sale of rifles to Serbia" / "Austria halted the production of rifles"
    for noun in ("sale", "delivery", "shipment"):
        doc = parse([("Austria", "Austria", "PROPN", "nsubj", 1), ("halted", "halt", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), (noun, noun, "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
                     ("rifles", "rifle", "NOUN", "pobj", 4)], {0: "state:AUT"}, KNOWN)
        trig = lexicon().match(doc[1])
        assert trig is not None and trig.type == "SANCTION", noun
    made = parse([("Austria", "Austria", "PROPN", "nsubj", 1), ("halted", "halt", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), ("production", "production", "NOUN", "dobj", 1)],
                 {0: "state:AUT"}, KNOWN)
    assert lexicon().match(made[1]) is None


def test_a_meeting_scheduled_or_set_up_is_not_yet_held():
    # "Vance scheduled a meeting with Austria" (frames.arrange on an event noun object) /
    # "Vance held a meeting with Austria"
    from diplograph.nlp.events import find_events

    def coded(verb: str, lemma: str) -> list[tuple[str, bool]]:
        doc = parse([("Vance", "Vance", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                     ("a", "a", "DET", "det", 3), ("meeting", "meeting", "NOUN", "dobj", 1),
                     ("with", "with", "ADP", "prep", 3), ("Austria", "Austria", "PROPN", "pobj", 4)],
                    {0: "person:ivo-vance", 5: "state:AUT"}, KNOWN, mentions=True)
        return [(e.type, e.hypothetical) for e in find_events(doc)]

    assert coded("scheduled", "schedule") == [("CONSULT", True)]
    assert coded("held", "hold") == [("CONSULT", False)]


def _disputed(noun: str) -> object:
    # "Vance disputed the NOUN"
    doc = parse([("Vance", "Vance", "PROPN", "nsubj", 1), ("disputed", "dispute", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), (noun, noun, "NOUN", "dobj", 1)],
                {0: "person:ivo-vance"}, KNOWN)
    return lexicon().match(doc[1])


def test_disputing_a_claim_rejects_it_and_disputing_a_border_does_not():
    trig = _disputed("claim")
    assert trig is not None and trig.type == "REJECT" and trig.lemma == "dispute"
    assert _disputed("border") is None


# Trade penalties raised or laid (CAMEO 163, PLOVER SANCTION): "raised tariffs on X", "slapped duties on X".
KNOWN_TRADE = {**KNOWN, "state:SRB": Actor("state:SRB", "Serbia", "state", "SRB")}


def _trade_events(rows: list, actors: dict) -> list[tuple[str, str | None, str | None]]:
    from diplograph.nlp.events import find_events
    doc = parse(rows, actors, KNOWN_TRADE, mentions=True)
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def test_raising_a_trade_penalty_is_a_sanction_and_raising_prices_is_not():
    # "Austria raised tariffs on Serbian wine" / "Austria raised prices on Serbian wine"
    def raised(noun: str, lemma: str) -> list:
        return _trade_events([("Austria", "Austria", "PROPN", "nsubj", 1), ("raised", "raise", "VERB", "ROOT", 1),
                              (noun, lemma, "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
                              ("Serbian", "Serbian", "ADJ", "amod", 5), ("wine", "wine", "NOUN", "pobj", 3)],
                             {0: "state:AUT", 4: "state:SRB"})
    assert raised("tariffs", "tariff") == [("SANCTION", "state:AUT", "state:SRB")]
    assert raised("duties", "duty") == [("SANCTION", "state:AUT", "state:SRB")]
    assert raised("prices", "price") == []


def test_duties_laid_on_goods_are_a_sanction_on_the_side_they_come_from():
    # "Austria slapped duties on wine from Serbia": the "from" phrase names the goods' origin, the target
    events = _trade_events([("Austria", "Austria", "PROPN", "nsubj", 1), ("slapped", "slap", "VERB", "ROOT", 1),
                            ("duties", "duty", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
                            ("wine", "wine", "NOUN", "pobj", 3), ("from", "from", "ADP", "prep", 2),
                            ("Serbia", "Serbia", "PROPN", "pobj", 5)], {0: "state:AUT", 6: "state:SRB"})
    assert events == [("SANCTION", "state:AUT", "state:SRB")]


def test_a_duty_done_is_no_sanction():
    # "Austria did its duty in Serbia": the other sense of "duty"
    assert _trade_events([("Austria", "Austria", "PROPN", "nsubj", 1), ("did", "do", "VERB", "ROOT", 1),
                          ("its", "its", "PRON", "poss", 3), ("duty", "duty", "NOUN", "dobj", 1),
                          ("in", "in", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)],
                         {0: "state:AUT", 5: "state:SRB"}) == []

"""Backing a fighting force is material aid (PLOVER AID, CAMEO 072), not the verbal SUPPORT of
kb/events.tsv's plain "back"/"support"/"backing" rows. Sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, H = "state:FRA", "state:HUN"
KNOWN = {F: Actor(F, "France", "state", "FRA"), H: Actor(H, "Hungary", "state", "HUN")}


def _backed(verb: str, lemma: str, noun: str, noun_lemma: str):
    # "France <verb> the border militia."
    doc = parse([("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 4), ("border", "border", "NOUN", "compound", 4),
                 (noun, noun_lemma, "NOUN", "dobj", 1)], {0: F}, KNOWN)
    return lexicon().match(doc[1])


def test_backing_a_fighting_force_is_military_aid():
    for verb, lemma in (("backed", "back"), ("supported", "support")):
        for noun, noun_lemma in (("militia", "militia"), ("rebels", "rebel"), ("forces", "force")):
            trigger = _backed(verb, lemma, noun, noun_lemma)
            assert trigger is not None and (trigger.type, trigger.mode) == ("AID", "military"), (verb, noun)


def test_backing_a_measure_or_a_state_stays_support():
    # "France backed the border resolution." / "France supported Hungary."
    for verb, lemma in (("backed", "back"), ("supported", "support")):
        trigger = _backed(verb, lemma, "resolution", "resolution")
        assert trigger is not None and trigger.type == "SUPPORT", verb
        doc = parse([("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                     ("Hungary", "Hungary", "PROPN", "dobj", 1)], {0: F, 2: H}, KNOWN)
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "SUPPORT", verb


def test_passive_backing_of_a_force_is_military_aid():
    # "The militias were backed by France."
    doc = parse([("The", "the", "DET", "det", 1), ("militias", "militia", "NOUN", "nsubjpass", 3),
                 ("were", "be", "AUX", "auxpass", 3), ("backed", "back", "VERB", "ROOT", 3),
                 ("by", "by", "ADP", "agent", 3), ("France", "France", "PROPN", "pobj", 4)], {5: F}, KNOWN)
    trigger = lexicon().match(doc[3])
    assert trigger is not None and trigger.type == "AID"


def test_the_backing_of_rebels_is_military_aid():
    # "France ended its backing of the rebels." / "... its backing of Hungary." (SUPPORT)
    def backing(noun: str, noun_lemma: str, pos: str):
        doc = parse([("France", "France", "PROPN", "nsubj", 1), ("ended", "end", "VERB", "ROOT", 1),
                     ("its", "its", "PRON", "poss", 3), ("backing", "backing", "NOUN", "dobj", 1),
                     ("of", "of", "ADP", "prep", 3), (noun, noun_lemma, pos, "pobj", 4)],
                    {0: F, 5: H} if pos == "PROPN" else {0: F}, KNOWN)
        return lexicon().match(doc[3])
    trigger = backing("rebels", "rebel", "NOUN")
    assert trigger is not None and trigger.type == "AID"
    trigger = backing("Hungary", "Hungary", "PROPN")
    assert trigger is None or trigger.type == "SUPPORT"


def _looks(adverb: bool):
    # "France looks (forward) to working with Hungary."
    from diplograph.nlp.events.drafts import Draft
    from diplograph.nlp.events.frames import apply_frames

    rows = [("France", "France", "PROPN", "nsubj", 1), ("looks", "look", "VERB", "ROOT", 1, "VBZ")]
    if adverb:
        rows.append(("forward", "forward", "ADV", "advmod", 1))
    to = len(rows)
    rows += [("to", "to", "ADP", "prep", 1), ("working", "work", "VERB", "pcomp", to, "VBG"),
             ("with", "with", "ADP", "prep", to + 1), ("Hungary", "Hungary", "PROPN", "pobj", to + 2)]
    doc = parse(rows, {0: F, to + 3: H}, KNOWN)
    d = Draft(type="COOPERATE", mode=None, cameo="060", sources=[F], targets=[H], anchor=doc[to + 1],
              words="work with", base="COOPERATE")
    return apply_frames(d, doc[to + 1], lexicon(), doc._.mentions, doc._.actors)


def test_looking_forward_to_working_with_is_an_intent_to_cooperate():
    # kb/event_frames.tsv "look forward to": PLOVER AGREE (CAMEO 030), not the cooperation itself
    d = _looks(adverb=True)
    assert d is not None and d.type == "AGREE"
    # "France looks to working with Hungary": no "forward", no frame
    d = _looks(adverb=False)
    assert d is not None and d.type == "COOPERATE"


def _sent(purpose: str | None, on_object: bool = False):
    # "France sent troops to Hungary (to <purpose>)."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1, "VBD"),
            ("troops", "troop", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
            ("Hungary", "Hungary", "PROPN", "pobj", 3)]
    if purpose is not None:
        rows += [("to", "to", "PART", "aux", 6), (purpose, purpose, "VERB", "relcl" if on_object else "advcl",
                                                   2 if on_object else 1, "VB")]
    return lexicon().match(parse(rows, {0: F, 4: H}, KNOWN)[1])


def test_troops_sent_to_help_are_aid():
    # "France sent troops to Hungary to help." / "... to assist." (the infinitive on the verb or its object)
    for purpose in ("help", "assist"):
        for on_object in (False, True):
            trigger = _sent(purpose, on_object)
            assert trigger is not None and trigger.type == "AID", (purpose, on_object)
    # "France sent troops to Hungary." / "... to patrol.": a show of force
    for purpose in (None, "patrol"):
        trigger = _sent(purpose)
        assert trigger is not None and trigger.type == "MOBILIZE", purpose


def test_support_for_an_irregular_armed_side_is_military_aid():
    # "France's support for the insurgents worried Hungary." (AID) / "... for the army" / "... for Hungary" (SUPPORT)
    def support_for(noun: str, noun_lemma: str, pos: str):
        doc = parse([("France", "France", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                     ("support", "support", "NOUN", "nsubj", 6), ("for", "for", "ADP", "prep", 2),
                     ("the", "the", "DET", "det", 5), (noun, noun_lemma, pos, "pobj", 3),
                     ("worried", "worry", "VERB", "ROOT", 6)], {0: F, 5: H} if pos == "PROPN" else {0: F}, KNOWN)
        return lexicon().match(doc[2])
    for noun, lemma in (("insurgents", "insurgent"), ("separatists", "separatist"), ("militias", "militia")):
        trigger = support_for(noun, lemma, "NOUN")
        assert trigger is not None and (trigger.type, trigger.mode) == ("AID", "military"), noun
    # a state's own army, or a state: popular or political support stays SUPPORT
    for noun, lemma, pos in (("army", "army", "NOUN"), ("Hungary", "Hungary", "PROPN")):
        trigger = support_for(noun, lemma, pos)
        assert trigger is not None and trigger.type == "SUPPORT", noun

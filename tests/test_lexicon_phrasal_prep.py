"""A phrasal verb whose particle takes its own preposition ("pull out of"): the
parser hangs the preposition on the particle (pulled -> out -> of -> pact), and the row's object
check of kb/events.tsv reads that preposition's complement. Quitting an agreement is PLOVER REJECT
(CAMEO 127); quitting a room or a race is not. Hand-built parses of our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

KNOWN = {"state:NOR": Actor("state:NOR", "Norway", "state", "NOR")}


def _quit(verb: str, lemma: str, particle: str, particle_pos: str, particle_dep: str, prep: str,
          noun: str, noun_lemma: str) -> object:
    # "Norway VERB PARTICLE PREP the fishing NOUN"
    doc = parse([("Norway", "Norway", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                 (particle, particle, particle_pos, particle_dep, 1), (prep, prep, "ADP", "prep", 2),
                 ("the", "the", "DET", "det", 6), ("fishing", "fishing", "NOUN", "compound", 6),
                 (noun, noun_lemma, "NOUN", "pobj", 3)], {0: "state:NOR"}, KNOWN)
    return lexicon().match(doc[1])


def test_pulling_out_of_a_pact_is_a_rejection():
    trig = _quit("pulled", "pull", "out", "ADP", "prep", "of", "pact", "pact")
    assert trig is not None and trig.type == "REJECT" and trig.needs == ("out",)


def test_out_parsed_as_a_particle_still_leads_to_the_treaty():
    trig = _quit("pulled", "pull", "out", "ADP", "prt", "of", "treaty", "treaty")
    assert trig is not None and trig.type == "REJECT" and trig.needs == ("out",)


def test_quitting_a_place_is_no_rejection():
    assert _quit("pulled", "pull", "out", "ADP", "prep", "of", "harbour", "harbour") is None
    assert _quit("pulled", "pull", "out", "ADP", "prt", "of", "race", "race") is None

"""A definite group noun repeats the head of the phrase that named the body before
(speech/group_nouns.py)."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.speech.attribution import Attribution, speaker_of_cue
from docs import parse

KNOWN = {"org:nor-fisheries-ministry": Actor(id="org:nor-fisheries-ministry", name="Norwegian Fisheries Ministry",
                                             kind="organization", country="NOR"),
         "state:CHL": Actor(id="state:CHL", name="Chile", kind="state", country="CHL")}
# "The Norwegian Fisheries Ministry protested . Chile agreed . The ministry said it would act ."
ROWS = [("The", "the", "DET", "det", 3), ("Norwegian", "Norwegian", "PROPN", "compound", 3),
        ("Fisheries", "Fisheries", "PROPN", "compound", 3), ("Ministry", "Ministry", "PROPN", "nsubj", 4),
        ("protested", "protest", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4),
        ("Chile", "Chile", "PROPN", "nsubj", 7), ("agreed", "agree", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
        ("The", "the", "DET", "det", 10), ("ministry", "ministry", "NOUN", "nsubj", 11),
        ("said", "say", "VERB", "ROOT", 11), ("it", "it", "PRON", "nsubj", 14),
        ("would", "would", "AUX", "aux", 14), ("act", "act", "VERB", "ccomp", 11), (".", ".", "PUNCT", "punct", 11)]
STARTS = [i in (0, 6, 9) for i in range(len(ROWS))]


def test_the_ministry_is_the_ministry_named_before_not_the_last_state():
    actors = {1: "org:nor-fisheries-ministry", 2: "org:nor-fisheries-ministry", 3: "org:nor-fisheries-ministry",
              6: "state:CHL"}
    doc = parse(ROWS, actors, KNOWN, mentions=True, sent_starts=STARTS)
    assert speaker_of_cue(doc, doc[11], Attribution()) == "org:nor-fisheries-ministry"


def test_a_phrase_that_names_no_body_leaves_the_description_as_before():
    # the first sentence names no actor: "the ministry" is read like a pronoun, as before
    doc = parse(ROWS, {6: "state:CHL"}, KNOWN, mentions=True, sent_starts=STARTS)
    assert speaker_of_cue(doc, doc[11], Attribution()) == "state:CHL"

"""The act a speech tells takes the day of the speech (``events/speaking_day.py``), read by the
news peg: hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.peg import peg_date
from docs import PEG_LEAD, PEG_LEAD_ACTORS, shifted, states_doc

N = len(PEG_LEAD)  # a third sentence after "Serbia warned France on Monday . France replied ."


def _peg_of(rows: list[tuple], anchor: int, actors: dict[int, str]) -> str | None:
    """The peg date of the token ``anchor`` (counted within ``rows``) of a third sentence."""
    every = [*PEG_LEAD, *shifted(rows, N)]
    ids = {**PEG_LEAD_ACTORS, **{i + N: a for i, a in actors.items()}}
    doc = states_doc(every, ids, (0, 6, N), published="2020-01-14")
    span = doc[4:5]
    doc._.times = [TimeExpr(text=span.text, value="2020-01-13", span=(span.start_char, span.end_char))]
    return peg_date(doc, doc[anchor + N], ["state:SRB", "state:AUT"])


def test_an_act_in_the_content_of_a_simple_past_speech_takes_the_speechs_day():
    # Serbia said it will back Austria .
    rows = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("it", "it", "PRON", "nsubj", 4), ("will", "will", "AUX", "aux", 4, "MD"),
            ("back", "back", "VERB", "ccomp", 1, "VB"), ("Austria", "austria", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert _peg_of(rows, 4, {0: "state:SRB", 5: "state:AUT"}) == "2020-01-13"
    # a content clause in the past perfect tells an act of its own time: "Serbia said it had backed Austria ."
    perfect = [*rows[:3], ("had", "have", "AUX", "aux", 4, "VBD"), ("backed", "back", "VERB", "ccomp", 1, "VBN"),
               *rows[5:]]
    assert _peg_of(perfect, 4, {0: "state:SRB", 5: "state:AUT"}) is None
    # a belief is no speech: "Serbia thinks it will back Austria ." ("thought": no day of its own)
    belief = [rows[0], ("thought", "think", "VERB", "ROOT", 1, "VBD"), *rows[2:]]
    assert _peg_of(belief, 4, {0: "state:SRB", 5: "state:AUT"}) is None


def test_a_participle_of_speech_takes_the_day_of_the_verb_it_accompanies():
    # Serbia replied , calling on Austria to talk .
    rows = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("replied", "reply", "VERB", "ROOT", 1, "VBD"),
            (",", ",", "PUNCT", "punct", 1), ("calling", "call", "VERB", "advcl", 1, "VBG"),
            ("on", "on", "ADP", "prep", 3), ("Austria", "austria", "PROPN", "pobj", 4),
            ("to", "to", "PART", "aux", 7, "TO"), ("talk", "talk", "VERB", "xcomp", 3, "VB"),
            (".", ".", "PUNCT", "punct", 1)]
    assert _peg_of(rows, 3, {0: "state:SRB", 5: "state:AUT"}) == "2020-01-13"
    # a participle of another act may tell a time of its own: "Visiting Austria , Serbia replied ."
    visiting = [("Visiting", "visit", "VERB", "advcl", 3, "VBG"), ("Austria", "austria", "PROPN", "dobj", 0),
                (",", ",", "PUNCT", "punct", 3), ("Serbia", "serbia", "PROPN", "nsubj", 4),
                ("replied", "reply", "VERB", "ROOT", 4, "VBD"), (".", ".", "PUNCT", "punct", 4)]
    assert _peg_of(visiting, 0, {1: "state:AUT", 3: "state:SRB"}) is None


def test_an_act_done_during_an_occasion_takes_the_pegs_day_and_a_period_does_not():
    # Serbia pledged support during a visit to Austria .
    rows = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("pledged", "pledge", "VERB", "ROOT", 1, "VBD"),
            ("support", "support", "NOUN", "dobj", 1), ("during", "during", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 5), ("visit", "visit", "NOUN", "pobj", 3), ("to", "to", "ADP", "prep", 5),
            ("Austria", "austria", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 1)]
    assert _peg_of(rows, 1, {0: "state:SRB", 7: "state:AUT"}) == "2020-01-13"
    # a period is background: "Serbia pledged support during a war with Austria ."
    war = [*rows[:5], ("war", "war", "NOUN", "pobj", 3), ("with", "with", "ADP", "prep", 5), *rows[7:]]
    assert _peg_of(war, 1, {0: "state:SRB", 7: "state:AUT"}) is None
    # an occasion of another verb says nothing of the act: "Serbia backed Austria , it said during a visit ."
    other = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("backed", "back", "VERB", "ccomp", 4, "VBD"),
             ("Austria", "austria", "PROPN", "dobj", 1), ("it", "it", "PRON", "nsubj", 4),
             ("said", "say", "VERB", "ROOT", 4, "VBD"), ("during", "during", "ADP", "prep", 4),
             ("a", "a", "DET", "det", 7), ("visit", "visit", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 4)]
    assert _peg_of(other, 1, {0: "state:SRB", 2: "state:AUT"}) is None

"""An act told in a participle or a gerund of means along with a verb shares that verb's time for
the news peg (``events/speaking_day.ACCOMPANYING_RULES``): hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.peg import peg_date
from diplograph.nlp.events.speaking_day import accompanying_participle, means_gerund
from docs import WARNED_ON_MONDAY, shifted, states_doc


def _peg(last: list[tuple], anchor: int):
    """Serbia warned France on Monday . <last>: the peg's day for the act at ``anchor`` of ``last``."""
    n = len(WARNED_ON_MONDAY)
    rows = [*WARNED_ON_MONDAY, *shifted(last, n)]
    ids = {0: "state:SRB", 2: "state:FRA", **{n + i: f"state:{w[:3].upper()}" for i, (w, *_) in enumerate(last)
                                              if w[0].isupper()}}
    doc = states_doc(rows, ids, (0, n), published="2020-01-14")
    doc._.times = [TimeExpr(text="Monday", value="2020-01-13", span=(doc[4].idx, doc[4].idx + 6))]
    return doc, peg_date(doc, doc[n + anchor], ["state:SRB", "state:AUS"])


def test_a_participle_after_a_verb_told_in_the_simple_past_shares_its_day():
    # Serbia met France , courting Austria .
    last = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1, "VBD"),
            ("France", "france", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
            ("courting", "court", "VERB", "advcl", 1, "VBG"), ("Austria", "austria", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    doc, day = _peg(last, 4)
    assert accompanying_participle(doc[10]) is not None and day == "2020-01-13"
    # Serbia met France after courting Austria . (a clause of order: another time)
    ordered = [*last[:3], ("after", "after", "SCONJ", "mark", 4), *last[4:]]
    assert _peg(ordered, 4)[1] is None


def test_a_gerund_of_means_shares_the_day_of_its_verb_but_a_gerund_of_cause_does_not():
    # Serbia opened the talks by courting Austria .
    last = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3), ("talks", "talk", "NOUN", "dobj", 1),
            ("by", "by", "ADP", "prep", 1), ("courting", "court", "VERB", "pcomp", 4, "VBG"),
            ("Austria", "austria", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 1)]
    doc, day = _peg(last, 5)
    assert means_gerund(doc[11]) is not None and day == "2020-01-13"
    # Serbia thanked France for courting Austria . (the courting came before the thanks)
    cause = [last[0], ("thanked", "thank", "VERB", "ROOT", 1, "VBD"), ("France", "france", "PROPN", "dobj", 1),
             ("for", "for", "ADP", "prep", 1), ("courting", "court", "VERB", "pcomp", 3, "VBG"),
             ("Austria", "austria", "PROPN", "dobj", 4), (".", ".", "PUNCT", "punct", 1)]
    assert _peg(cause, 4)[1] is None


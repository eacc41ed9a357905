"""The time of an occasion the act is done at dates the act (``events/occasion_day.py``):
hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from diplograph.nlp.syntax import clause_tokens
from docs import make_doc

# Norway criticized Chile at a Monday press briefing .
WORDS = ["Norway", "criticized", "Chile", "at", "a", "Monday", "press", "briefing", "."]
POS = ["PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"]
DEPS = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "compound", "pobj", "punct"]


def _date(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str] | None = None,
          anchor: int = 1) -> str | None:
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    k = words.index("Monday")
    doc._.times = [TimeExpr(text="Monday", value="2021-03-01", span=(doc[k].idx, doc[k].idx + 6))]
    return event_date(doc, doc[anchor], clause_tokens(doc[anchor]))


def test_the_day_of_the_occasion_the_act_is_done_at_is_its_day():
    heads = [1, 1, 1, 1, 7, 6, 7, 3, 1]
    assert _date(WORDS, heads, DEPS, POS) == "2021-03-01"
    # ... during Monday 's visit to Oslo .
    words = ["Norway", "criticized", "Chile", "during", "Monday", "'s", "visit", "."]
    assert _date(words, [1, 1, 1, 1, 6, 4, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "poss", "case", "pobj", "punct"],
                 ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]) == "2021-03-01"


def test_a_dated_noun_that_is_no_occasion_or_hangs_elsewhere_dates_nothing():
    # Norway criticized Chile at a Monday press decision . (no gathering: the decision's day)
    words = [*WORDS[:7], "decision", "."]
    assert _date(words, [1, 1, 1, 1, 7, 6, 7, 3, 1], DEPS, POS) is None
    # Norway criticized the plan unveiled at a Monday press briefing . (the briefing of the unveiling)
    words = ["Norway", "criticized", "the", "plan", "unveiled", "at", "a", "Monday", "press", "briefing", "."]
    heads = [1, 1, 3, 1, 3, 4, 9, 8, 9, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "det", "compound", "compound", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos) is None


def test_only_the_act_done_or_said_at_the_occasion_takes_its_day():
    # Norway told Chile at a Monday briefing that it would sanction Peru . (said there: the briefing's day)
    words = ["Norway", "told", "Chile", "at", "a", "Monday", "briefing", "that", "it", "would", "sanction", "Peru", "."]
    heads = [1, 1, 1, 1, 6, 6, 3, 10, 10, 10, 1, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "mark", "nsubj", "aux", "ccomp", "dobj",
            "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "PROPN", "PUNCT"]
    assert _date(words, heads, deps, pos, anchor=10) == "2021-03-01"
    # Norway recalled the war that Chile waged , at a Monday briefing . (an act of a noun's clause: not dated)
    words = ["Norway", "recalled", "the", "war", "that", "Chile", "waged", ",", "at", "a", "Monday", "briefing", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 1, 1, 11, 11, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl", "punct", "prep", "det", "compound", "pobj",
            "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PRON", "PROPN", "VERB", "PUNCT", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos, anchor=6) is None

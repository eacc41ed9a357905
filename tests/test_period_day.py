"""The time of an event whose period holds the act dates the act (``events/period_day.py``):
hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from diplograph.nlp.syntax import clause_tokens
from docs import make_doc


def _date(words: list[str], heads: list[int], deps: list[str], pos: list[str], anchor: int = 1) -> str | None:
    doc = make_doc(words, heads=heads, deps=deps, pos=pos)
    k = words.index("1879")
    doc._.times = [TimeExpr(text="1879", value="1879", span=(doc[k].idx, doc[k].idx + 4))]
    return event_date(doc, doc[anchor], clause_tokens(doc[anchor]))


def test_the_year_of_the_war_an_act_is_done_in_is_its_year():
    # Chile seized the port from Peru in the 1879 war .
    words = ["Chile", "seized", "the", "port", "from", "Peru", "in", "the", "1879", "war", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 9, 9, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos) == "1879"
    # ... during the 1879 election campaign . (the compound's head is the event)
    words = ["Chile", "courted", "Peru", "during", "the", "1879", "election", "campaign", "."]
    heads = [1, 1, 1, 1, 7, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "nummod", "compound", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "NUM", "NOUN", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos) == "1879"


def test_a_dated_event_that_holds_no_act_dates_nothing():
    # Chile praised the treaty signed in the 1879 war . (the war holds the signing, not the praise)
    words = ["Chile", "praised", "the", "treaty", "signed", "in", "the", "1879", "war", "."]
    heads = [1, 1, 3, 1, 3, 4, 8, 8, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos) is None
    # Chile praised Peru after the 1879 war . (an act ordered after the event: not within it)
    words = ["Chile", "praised", "Peru", "after", "the", "1879", "war", "."]
    heads = [1, 1, 1, 1, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    assert _date(words, heads, deps, pos) is None


def test_what_is_said_about_a_dated_event_is_not_dated_by_it():
    # Chile denied any role in the 1879 war . (said later: the phrase tells the content)
    words = ["Chile", "denied", "any", "role", "in", "the", "1879", "war", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words[:1]] + ["deny"]
                   + [w.lower() for w in words[2:]])
    doc._.times = [TimeExpr(text="1879", value="1879", span=(doc[6].idx, doc[6].idx + 4))]
    assert event_date(doc, doc[1], clause_tokens(doc[1])) is None
    # Chile seized Peru and denied any role in the 1879 war . (the phrase is on the joined verb only)
    words = ["Chile", "seized", "Peru", "and", "denied", "any", "role", "in", "the", "1879", "war", "."]
    heads = [1, 1, 1, 1, 1, 6, 4, 4, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj", "prep", "det", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "DET", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"]
    lemmas = ["chile", "seize", "peru", "and", "deny", "any", "role", "in", "the", "1879", "war", "."]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc._.times = [TimeExpr(text="1879", value="1879", span=(doc[9].idx, doc[9].idx + 4))]
    assert event_date(doc, doc[1], clause_tokens(doc[1])) is None

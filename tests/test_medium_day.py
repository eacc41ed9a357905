"""The time of a medium the act is done in dates the act (``events/medium_day.py``): hand-built
parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from diplograph.nlp.events.medium_day import medium_of_the_act
from diplograph.nlp.syntax import clause_tokens
from docs import make_doc


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str] | None = None):
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)
    k = words.index("1921")
    doc._.times = [TimeExpr(text="1921", value="1921", span=(doc[k].idx, doc[k].idx + 4))]
    return doc


def test_the_year_of_the_letter_an_act_is_done_in_is_its_year():
    # In a 1921 letter , Norway urged Sweden .
    words = ["In", "a", "1921", "letter", ",", "Norway", "urged", "Sweden", "."]
    heads = [6, 3, 3, 0, 6, 6, 6, 6, 6]
    deps = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert medium_of_the_act(doc[3], doc[2], doc[6], doc[6])
    assert event_date(doc, doc[6], clause_tokens(doc[6])) == "1921"


def test_a_dated_medium_dates_no_past_act_it_reports_nor_a_word_that_is_no_medium():
    # Norway said in a 1921 report that Sweden invaded Finland . (the invasion came before the report)
    words = ["Norway", "said", "in", "a", "1921", "report", "that", "Sweden", "invaded", "Finland", "."]
    heads = [1, 1, 1, 5, 5, 2, 8, 8, 1, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "nummod", "pobj", "mark", "nsubj", "ccomp", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NUM", "NOUN", "SCONJ", "PROPN", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "DT", "CD", "NN", "IN", "NNP", "VBD", "NNP", "."]
    doc = _doc(words, heads, deps, pos, tags)
    assert event_date(doc, doc[8], clause_tokens(doc[8])) is None
    # In a 1921 dispute , Norway urged Sweden . (a dispute is no medium of speech)
    words = ["In", "a", "1921", "dispute", ",", "Norway", "urged", "Sweden", "."]
    heads = [6, 3, 3, 0, 6, 6, 6, 6, 6]
    deps = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert event_date(doc, doc[6], clause_tokens(doc[6])) is None

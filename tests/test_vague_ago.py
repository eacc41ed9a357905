"""A vague count back from the story's date dates an act by the month or year holding it
(``events/vague_ago.py``): hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from diplograph.nlp.events.vague_ago import vague_period
from diplograph.nlp.syntax import clause_tokens
from docs import make_doc


def test_the_stretch_a_vague_count_back_can_mean_is_dated_by_its_month_or_year():
    assert vague_period("a few days ago", "2021-06-25") == "2021-06"
    assert vague_period("several weeks ago", "2021-06-25") == "2021"
    assert vague_period("a couple of months ago", "2021-06-25") == "2021"
    assert vague_period("a few weeks ago", "2021-01-10") == "2020"  # all of them in the year before
    assert vague_period("a few weeks ago", "2021-01-25") is None  # back into 2020 or not: unknown
    assert vague_period("a few weeks ago", None) is None
    assert vague_period("in recent weeks", "2021-06-25") is None  # no count back


def _date(published: str | None) -> str | None:
    # Chile expelled two Peruvian envoys a few days ago .
    words = ["Chile", "expelled", "two", "Peruvian", "envoys", "a", "few", "days", "ago", "."]
    heads = [1, 1, 4, 4, 1, 6, 7, 8, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "amod", "dobj", "det", "amod", "npadvmod", "advmod", "punct"]
    pos = ["PROPN", "VERB", "NUM", "ADJ", "NOUN", "DET", "ADJ", "NOUN", "ADV", "PUNCT"]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos)
    doc._.published = published
    start = doc[5].idx
    doc._.times = [TimeExpr(text="a few days ago", value="PAST_REF", span=(start, doc[8].idx + 3))]
    return event_date(doc, doc[1], clause_tokens(doc[1]))


def test_an_act_told_a_few_days_ago_takes_the_month_holding_those_days():
    assert _date("2021-06-25") == "2021-06"
    assert _date(None) is None  # no story date to count back from

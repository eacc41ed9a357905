"""A clause of order measured in days ties two acts' days together (``events/offset_day.py``):
hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.offset_day import offset_date
from docs import parse

# Serbia recalled its envoy on Monday ,
MAIN = [("Serbia", "serbia", "PROPN", "nsubj", 1), ("recalled", "recall", "VERB", "ROOT", 1, "VBD"),
        ("its", "its", "PRON", "poss", 3), ("envoy", "envoy", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
        ("Monday", "monday", "PROPN", "pobj", 4), (",", ",", "PUNCT", "punct", 1)]


def _doc(rows: list[tuple], times: dict[str, str]):
    doc = parse(rows, published="2020-01-20")
    found = []
    for words, value in times.items():
        first = words.split()[0]
        start = next(t for t in doc if t.text == first)
        span = doc[start.i:start.i + len(words.split())]
        found.append(TimeExpr(text=words, value=value, span=(span.start_char, span.end_char)))
    doc._.times = found
    return doc


# Serbia recalled its envoy on Monday , two days after Austria insulted Serbia .
TWO_DAYS_AFTER = [*MAIN, ("two", "two", "NUM", "nummod", 8), ("days", "day", "NOUN", "npadvmod", 11, "NNS"),
                  ("after", "after", "SCONJ", "mark", 11), ("Austria", "austria", "PROPN", "nsubj", 11),
                  ("insulted", "insult", "VERB", "advcl", 1, "VBD"), ("Serbia", "serbia", "PROPN", "dobj", 11),
                  (".", ".", "PUNCT", "punct", 1)]


def test_the_act_of_a_measured_clause_of_order_counts_back_from_its_governor():
    # Serbia recalled its envoy on Monday , two days after Austria insulted Serbia .
    rows = TWO_DAYS_AFTER
    doc = _doc(rows, {"Monday": "2020-01-13", "two days": "P2D"})
    assert offset_date(doc, doc[11]) == "2020-01-11"
    assert offset_date(doc, doc[1]) is None  # the governor keeps the day of its own clause


def test_a_gerund_after_a_measured_preposition_and_a_governor_before_a_dated_clause():
    # Serbia recalled its envoy on Monday , a day after accusing Austria .
    rows = [*MAIN, ("a", "a", "DET", "det", 8), ("day", "day", "NOUN", "npadvmod", 9, "NN"),
            ("after", "after", "ADP", "prep", 1), ("accusing", "accuse", "VERB", "pcomp", 9, "VBG"),
            ("Austria", "austria", "PROPN", "dobj", 10), (".", ".", "PUNCT", "punct", 1)]
    doc = _doc(rows, {"Monday": "2020-01-13", "a day": "P1D"})
    assert offset_date(doc, doc[10]) == "2020-01-12"
    # Two days before Austria met Hungary on Friday , Serbia warned France .
    rows = [("Two", "two", "NUM", "nummod", 1), ("days", "day", "NOUN", "npadvmod", 4, "NNS"),
            ("before", "before", "SCONJ", "mark", 4), ("Austria", "austria", "PROPN", "nsubj", 4),
            ("met", "meet", "VERB", "advcl", 10, "VBD"), ("Hungary", "hungary", "PROPN", "dobj", 4),
            ("on", "on", "ADP", "prep", 4), ("Friday", "friday", "PROPN", "pobj", 6), (",", ",", "PUNCT", "punct", 10),
            ("Serbia", "serbia", "PROPN", "nsubj", 10), ("warned", "warn", "VERB", "ROOT", 10, "VBD"),
            ("France", "france", "PROPN", "dobj", 10), (".", ".", "PUNCT", "punct", 10)]
    doc = _doc(rows, {"Two days": "P2D", "Friday": "2020-01-17"})
    assert offset_date(doc, doc[10]) == "2020-01-15"


def test_no_day_from_a_vague_measure_or_an_undated_governor():
    # Serbia recalled its envoy on Monday , about two days after Austria insulted Serbia .
    rows = [*MAIN, ("about", "about", "ADV", "advmod", 8), ("two", "two", "NUM", "nummod", 9),
            ("days", "day", "NOUN", "npadvmod", 12, "NNS"), ("after", "after", "SCONJ", "mark", 12),
            ("Austria", "austria", "PROPN", "nsubj", 12), ("insulted", "insult", "VERB", "advcl", 1, "VBD"),
            ("Serbia", "serbia", "PROPN", "dobj", 12), (".", ".", "PUNCT", "punct", 1)]
    doc = _doc(rows, {"Monday": "2020-01-13", "two days": "P2D"})
    assert offset_date(doc, doc[12]) is None
    # Serbia recalled its envoy in January , two days after Austria insulted Serbia . (no day to count from)
    rows = [*MAIN[:4], ("in", "in", "ADP", "prep", 1), ("January", "january", "PROPN", "pobj", 4), MAIN[6],
            ("two", "two", "NUM", "nummod", 8), ("days", "day", "NOUN", "npadvmod", 11, "NNS"),
            ("after", "after", "SCONJ", "mark", 11), ("Austria", "austria", "PROPN", "nsubj", 11),
            ("insulted", "insult", "VERB", "advcl", 1, "VBD"), ("Serbia", "serbia", "PROPN", "dobj", 11),
            (".", ".", "PUNCT", "punct", 1)]
    doc = _doc(rows, {"January": "2020-01", "two days": "P2D"})
    assert offset_date(doc, doc[11]) is None


def test_a_happening_that_comes_after_an_act_is_the_news_of_the_report():
    # The strikes come two days after Austria attacked Serbia . (a verb of occurrence with no time: the report's day)
    rows = [("The", "the", "DET", "det", 1), ("strikes", "strike", "NOUN", "nsubj", 2),
            ("come", "come", "VERB", "ROOT", 2, "VBP"), ("two", "two", "NUM", "nummod", 4),
            ("days", "day", "NOUN", "npadvmod", 2, "NNS"), ("after", "after", "SCONJ", "mark", 7),
            ("Austria", "austria", "PROPN", "nsubj", 7), ("attacked", "attack", "VERB", "advcl", 2, "VBD"),
            ("Serbia", "serbia", "PROPN", "dobj", 7), (".", ".", "PUNCT", "punct", 2)]
    doc = _doc(rows, {"two days": "P2D"})
    assert offset_date(doc, doc[7]) == "2020-01-18"
    # The strikes come two days after the attacks on Serbia . (the act named by a noun)
    rows = [*rows[:5], ("after", "after", "ADP", "prep", 2), ("the", "the", "DET", "det", 7),
            ("attacks", "attack", "NOUN", "pobj", 5, "NNS"), ("on", "on", "ADP", "prep", 7),
            ("Serbia", "serbia", "PROPN", "pobj", 8), (".", ".", "PUNCT", "punct", 2)]
    doc = _doc(rows, {"two days": "P2D"})
    assert offset_date(doc, doc[7]) == "2020-01-18"
    # The strikes came two days after ... : told in the past with no news peg, no day to count from
    past = [*rows[:2], ("came", "come", "VERB", "ROOT", 2, "VBD"), *rows[3:]]
    doc = _doc(past, {"two days": "P2D"})
    assert offset_date(doc, doc[7]) is None


def test_a_past_act_is_not_counted_past_the_document_s_date():
    # Serbia recalled its envoy on Monday , two days after Austria insulted Serbia . (Monday misread a year late)
    rows = TWO_DAYS_AFTER
    doc = _doc(rows, {"Monday": "2021-01-11", "two days": "P2D"})
    assert offset_date(doc, doc[11]) is None

"""Event dates on hand-built parses (no model): the event's own clause, a "when" clause of the
same time, never a deadline, a time of another clause, or a year that dates a noun."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.dating import event_date
from docs import make_doc


def time_at(doc, first: int, last: int, value: str) -> TimeExpr:
    span = doc[first:last + 1]
    return TimeExpr(text=span.text, value=value, span=(span.start_char, span.end_char))


def date_of(words, heads, deps, pos, anchor: int, times: list[tuple[int, int, str]]) -> str | None:
    doc = make_doc(words, heads=heads, deps=deps, pos=pos)
    doc._.times = [time_at(doc, a, b, v) for a, b, v in times]
    from diplograph.nlp.syntax import clause_tokens

    return event_date(doc, doc[anchor], clause_tokens(doc[anchor]))


def test_the_event_takes_the_date_of_its_own_clause():
    # France sanctioned Serbia on Monday .
    words = ["France", "sanctioned", "Serbia", "on", "Monday", "."]
    assert date_of(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], 1, [(4, 4, "2020-01-13")]) == "2020-01-13"


def test_a_deadline_never_dates_the_event():
    # France demanded a withdrawal by the end of 2025 .
    words = ["France", "demanded", "a", "withdrawal", "by", "the", "end", "of", "2025", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "NUM", "PUNCT"]
    assert date_of(words, heads, deps, pos, 1, [(8, 8, "2025")]) is None
    assert date_of(words, heads, deps, pos, 1, [(5, 8, "2025")]) is None  # "the end of 2025" as one expression


def test_a_time_of_a_relative_clause_is_not_the_main_events():
    # Russia , which invaded Crimea in 2014 , threatened Ukraine .
    words = ["Russia", ",", "which", "invaded", "Crimea", "in", "2014", ",", "threatened", "Ukraine", "."]
    heads = [8, 0, 3, 0, 3, 3, 5, 0, 8, 8, 8]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "ADP", "NUM", "PUNCT", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 8, [(6, 6, "2014")]) is None
    assert date_of(words, heads, deps, pos, 3, [(6, 6, "2014")]) == "2014"


def test_a_year_that_dates_a_noun_does_not_date_the_clause():
    # After the 2018 summit , Serbia accused France .
    words = ["After", "the", "2018", "summit", ",", "Serbia", "accused", "France", "."]
    heads = [6, 3, 3, 0, 6, 6, 6, 6, 6]
    deps = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 6, [(2, 2, "2018")]) is None
    assert date_of(words, heads, deps, pos, 3, [(2, 2, "2018")]) == "2018"  # the summit itself


def test_a_participle_modifier_keeps_its_time():
    # The talks , first held in 2017 , ended .
    words = ["The", "talks", ",", "first", "held", "in", "2017", ",", "ended", "."]
    heads = [1, 8, 1, 4, 1, 4, 5, 1, 8, 8]
    deps = ["det", "nsubj", "punct", "advmod", "acl", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "ADV", "VERB", "ADP", "NUM", "PUNCT", "VERB", "PUNCT"]
    assert date_of(words, heads, deps, pos, 8, [(6, 6, "2017")]) is None


def test_a_when_clause_dates_its_governor():
    # When Serbia and France met last year , they announced a partnership .
    words = ["When", "Serbia", "and", "France", "met", "last", "year", ",", "they", "announced", "a", "partnership",
             "."]
    heads = [4, 4, 1, 1, 9, 6, 4, 9, 9, 9, 11, 9, 9]
    deps = ["advmod", "nsubj", "cc", "conj", "advcl", "amod", "npadvmod", "punct", "nsubj", "ROOT", "det", "dobj",
            "punct"]
    pos = ["SCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    assert date_of(words, heads, deps, pos, 9, [(5, 6, "2019")]) == "2019"
    words[0] = "After"  # an "after" clause puts the event on the other side of its date
    assert date_of(words, heads, deps, pos, 9, [(5, 6, "2019")]) is None

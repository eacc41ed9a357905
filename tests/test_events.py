"""The event coder on hand-built parses (no model): roles, passives, negation, compounds,
nominal events, dating, deduplication."""

from __future__ import annotations

import pytest

from diplograph.model import Actor, Event, TimeExpr
from diplograph.nlp.events import deduplicate, find_events
from diplograph.nlp.time import date_compatible, more_specific
from docs import annotate, make_doc

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
    "state:HUN": Actor("state:HUN", "Hungary", "state", "HUN"),
    "state:ROU": Actor("state:ROU", "Romania", "state", "ROU"),
    "state:SRB": Actor("state:SRB", "Serbia", "state", "SRB"),
    "person:anna-berg": Actor("person:anna-berg", "Anna Berg", "person", "DEU"),
}


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
           actors: dict[int, str], times: list[TimeExpr] = ()):
    return annotate(make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas), actors, ACTORS, times=times)


def coded(doc) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def test_active_verb_subject_is_source_object_is_target():
    doc = parsed(["France", "criticized", "Germany", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                 ["PROPN", "VERB", "PROPN", "PUNCT"], ["France", "criticize", "Germany", "."],
                 {0: "state:FRA", 2: "state:DEU"})
    assert coded(doc) == [("ACCUSE", "state:FRA", "state:DEU")]


def test_passive_agent_is_source():
    # "Serbia was attacked by France"
    doc = parsed(["Serbia", "was", "attacked", "by", "France", "."], [2, 2, 2, 2, 3, 2],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                 ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], ["Serbia", "be", "attack", "by", "France", "."],
                 {0: "state:SRB", 4: "state:FRA"})
    assert coded(doc) == [("ASSAULT", "state:FRA", "state:SRB")]


def test_negated_event_is_flagged():
    # "France did not attack Serbia"
    doc = parsed(["France", "did", "not", "attack", "Serbia"], [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj"],
                 ["PROPN", "AUX", "PART", "VERB", "PROPN"], ["France", "do", "not", "attack", "Serbia"],
                 {0: "state:FRA", 4: "state:SRB"})
    (event,) = find_events(doc)
    assert event.negated and event.type == "ASSAULT"


def test_compound_subject_gives_two_sources():
    # "Hungarian and Romanian officials condemned Serbia"
    doc = parsed(["Hungarian", "and", "Romanian", "officials", "condemned", "Serbia"], [3, 0, 0, 4, 4, 4],
                 ["amod", "cc", "conj", "nsubj", "ROOT", "dobj"], ["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PROPN"],
                 ["hungarian", "and", "romanian", "official", "condemn", "Serbia"],
                 {0: "state:HUN", 2: "state:ROU", 5: "state:SRB"})
    assert coded(doc) == [("ACCUSE", "state:HUN", "state:SRB"), ("ACCUSE", "state:ROU", "state:SRB")]


def test_nominal_event_with_possessor_and_target():
    # "Berg's visit to Paris ended." -- a nominal subject describes, so it needs a light verb:
    # "Berg began a visit to France on Monday"
    times = [TimeExpr("on Monday", "2024-05-06", (29, 38))]
    doc = parsed(["Berg", "began", "a", "visit", "to", "France", "on", "Monday"], [1, 1, 3, 1, 3, 4, 1, 6],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                 ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN"],
                 ["Berg", "begin", "a", "visit", "to", "France", "on", "Monday"],
                 {0: "person:anna-berg", 5: "state:FRA"}, times)
    (event,) = find_events(doc)
    assert (event.type, event.mode, event.source, event.target) == ("CONSULT", "visit", "person:anna-berg", "state:FRA")
    assert event.date == "2024-05-06"


def test_refusal_recodes_the_inner_event_as_reject():
    # "Germany refused to sanction Serbia"
    doc = parsed(["Germany", "refused", "to", "sanction", "Serbia"], [1, 1, 3, 1, 3],
                 ["nsubj", "ROOT", "aux", "xcomp", "dobj"], ["PROPN", "VERB", "PART", "VERB", "PROPN"],
                 ["Germany", "refuse", "to", "sanction", "Serbia"], {0: "state:DEU", 4: "state:SRB"})
    assert coded(doc) == [("REJECT", "state:DEU", "state:SRB")]


def test_event_without_a_named_actor_is_not_coded():
    doc = parsed(["Troops", "attacked", "Serbia"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "PROPN"],
                 ["troop", "attack", "Serbia"], {2: "state:SRB"})
    assert coded(doc) == []


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2023-03", "2023-03-01", True), ("2023", "2023-08-16", True), ("XXXX-08-16", "2023-08", True),
    ("2023-02", "2023-03-01", False), ("2022-FA", "2022-10-03", True), (None, "2023", True),
    ("2023-W33", "2023-08-16", True),
])
def test_date_compatibility(a, b, ok):
    assert date_compatible(a, b) is ok


def test_more_specific_prefers_days_and_known_years():
    assert more_specific("2023", "2023-08-16") == "2023-08-16"
    assert more_specific("2023-08-16", "XXXX-08-16") == "2023-08-16"


def _event(n: int, type_: str, source: str, target: str | None, date: str | None) -> Event:
    return Event(id=f"d:e{n}", type=type_, source=source, target=target, sentence=f"s{n}", span=(0, 1), date=date)


def test_deduplicate_merges_repeated_mentions_and_keeps_the_specific_date():
    a = _event(1, "CONSULT", "person:anna-berg", "state:FRA", None)
    b = _event(2, "CONSULT", "state:DEU", "state:FRA", "2024-05-06")  # the person stands for her state
    c = _event(3, "CONSULT", "person:anna-berg", "state:FRA", "2021")  # another year: another visit
    kept = deduplicate([a, b, c], ACTORS)
    assert kept == [a, c] and a.date == "2024-05-06"


def test_deduplicate_shows_the_mention_that_names_the_target():
    # "Germany vowed to talk." ... "Germany held talks with France on Monday.": the record's
    # target must come with the sentence that names it, never with the first, targetless one
    a = _event(1, "CONSULT", "state:DEU", None, None)
    b = _event(2, "CONSULT", "state:DEU", "state:FRA", "2024-05-06")
    c = _event(3, "CONSULT", "state:DEU", None, "2024")
    kept = deduplicate([a, b, c], ACTORS)
    assert kept == [b] and b.sentence == "s2" and b.target == "state:FRA" and b.date == "2024-05-06"

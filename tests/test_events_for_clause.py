"""A request "for" an infinitive clause whose subject is the one asked, "called for X to leave",
when the parser makes "for" the clause's mark (hand-built parses, no model). Our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import find_events
from docs import parse

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
}


def coded(doc) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def _asked(verb: str, lemma: str) -> list[tuple[str, str, str | None]]:
    # "Germany <verb> for France to withdraw its troops."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                 ("for", "for", "SCONJ", "mark", 5), ("France", "France", "PROPN", "nsubj", 5),
                 ("to", "to", "PART", "aux", 5), ("withdraw", "withdraw", "VERB", "advcl", 1),
                 ("its", "its", "PRON", "poss", 7), ("troops", "troop", "NOUN", "dobj", 5),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 3: "state:FRA"}, ACTORS)
    return coded(doc)


def test_call_for_a_clause_asks_its_subject():
    assert ("REQUEST", "state:DEU", "state:FRA") in _asked("called", "call")


def test_appeal_for_a_clause_is_addressed_to_its_subject():
    assert ("REQUEST", "state:DEU", "state:FRA") in _asked("appealed", "appeal")


def test_passive_clause_subject_is_not_the_one_asked():
    # "Germany called for France to be punished." (whoever should punish is not named)
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                 ("for", "for", "SCONJ", "mark", 6), ("France", "France", "PROPN", "nsubjpass", 6),
                 ("to", "to", "PART", "aux", 6), ("be", "be", "AUX", "auxpass", 6),
                 ("punished", "punish", "VERB", "advcl", 1), (".", ".", "PUNCT", "punct", 1)],
                {0: "state:DEU", 3: "state:FRA"}, ACTORS)
    assert ("REQUEST", "state:DEU", "state:FRA") not in coded(doc)


def test_push_for_a_clause_asks_for_the_act_not_reports_it():
    # "Germany pushed for France to withdraw its troops." (the withdrawal is asked for, not done)
    events = _asked("pushed", "push")
    assert ("REQUEST", "state:DEU", "state:FRA") in events
    assert not any(t == "RETREAT" for t, _, _ in events)


def test_the_act_asked_for_stays_hypothetical(spacy_model):
    # the model's own parse of a request "for" a clause: a request of France, the aid not given
    from test_events_table import tag

    events = find_events(tag(spacy_model("Germany has called for France to send aid to Serbia.")))
    assert {(e.type, e.source, e.target, e.hypothetical) for e in events} == {
        ("REQUEST", "state:DEU", "state:FRA", False), ("AID", "state:FRA", "state:SRB", True)}

"""A speaker's own state named as the subject of the clause a threat or pledge reports is the side
that acts, never its target (events/speaker_side, through roles.other_side and
roles.complement_clause_targets). The sentences are our own."""

from __future__ import annotations

import pytest

from diplograph.model import Actor
from diplograph.nlp.events import roles, speaker_side
from diplograph.nlp.events.lexicon import Trigger, lexicon
from docs import parse

D, S, B = "state:DEU", "state:SRB", "person:anna-berg"
KNOWN = {
    D: Actor(D, "Germany", "state", "DEU"), S: Actor(S, "Serbia", "state", "SRB"),
    B: Actor(B, "Anna Berg", "person", "DEU"),
}


def _case(doc, type_: str) -> roles.VerbCase:
    trig = Trigger("warn", "V", type_, None, "130", (), frozenset(), frozenset())
    return roles.VerbCase(doc[1], trig, lexicon(), doc._.mentions, [B])


def _warned(subject: str, that: bool) -> list[tuple]:
    # "Berg cautioned (that) Germany would punish Serbia ." (parsed with and without "that": without it
    # the parser may hang the clause's subject on "cautioned" as its object)
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("cautioned", "caution", "VERB", "ROOT", 1)]
    if that:
        rows += [("that", "that", "SCONJ", "mark", 5), (subject, subject, "PROPN", "nsubj", 5)]
    else:
        rows += [(subject, subject, "PROPN", "dobj", 1)]
    verb = len(rows) + 1
    rows += [("would", "would", "AUX", "aux", verb), ("punish", "punish", "VERB", "ccomp", 1),
             ("Serbia", "Serbia", "PROPN", "dobj", verb), (".", ".", "PUNCT", "punct", 1)]
    return rows


def _parsed(subject: str, that: bool):
    rows = _warned(subject, that)
    named = {0: B, len(rows) - 2: S} | ({3 if that else 2: D} if subject == "Germany" else {})
    return parse(rows, named, KNOWN, mentions=True)


def test_the_speakers_own_state_in_the_reported_clause_is_not_the_target():
    for that in (True, False):
        doc = _parsed("Germany", that)
        case = _case(doc, "THREATEN")
        assert speaker_side.speaker_side_subjects(doc[1], "THREATEN", [B], doc._.mentions) == {D}
        assert roles.complement_clause_targets(case) == [S]
        assert roles.other_side(case, [D]) == []
        assert roles.other_side(case, [S]) == [S]


def test_another_state_in_the_reported_clause_or_a_demand_keeps_it():
    # "Berg cautioned that Serbia would strike": the clause's subject is no side of Berg's, so it
    # is whom the warning is about
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("cautioned", "caution", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5), ("Serbia", "Serbia", "PROPN", "nsubj", 5),
            ("would", "would", "AUX", "aux", 5), ("strike", "strike", "VERB", "ccomp", 1)]
    doc = parse(rows, {0: B, 3: S}, KNOWN, mentions=True)
    assert speaker_side.speaker_side_subjects(doc[1], "THREATEN", [B], doc._.mentions) == set()
    assert roles.complement_clause_targets(_case(doc, "THREATEN")) == [S]
    # "Berg demanded that Germany punish Serbia": a demand of one's own government is addressed to it
    doc = _parsed("Germany", True)
    assert speaker_side.speaker_side_subjects(doc[1], "REQUEST", [B], doc._.mentions) == set()
    assert roles.complement_clause_targets(_case(doc, "REQUEST")) == [D]


@pytest.mark.model
def test_a_recoded_threat_of_the_speakers_own_side_is_aimed_at_the_clauses_party(pipeline):
    # the threat word governs the act it reports (frames._recode): its target is whom the act hits
    doc = pipeline.nlp("Italian Prime Minister Giuseppe Conte threatened that Italy would expel Austrian diplomats.")
    threats = {(e.source, e.target) for e in doc._.events if e.type == "THREATEN"}
    assert ("person:giuseppe-conte", "state:AUT") in threats
    assert not any(t == "state:ITA" for _, t in threats)

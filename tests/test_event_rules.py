"""Each named rule of the event coder on its own hand-built parse (no model): the verb's target
rules, the noun's rejections and party rules, the frame rules and the noun-phrase readings.
The sentences are our own. The last test checks that every rule in the tuples has a test here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplograph.model import Actor
from diplograph.nlp.events import captives, declared, frames, noun_roles, outcomes, parties, roles, weapons
from diplograph.nlp.events import lexicon as lexicon_module
from diplograph.nlp.events.drafts import Climb, Draft, Step
from diplograph.nlp.events.lexicon import Frame, Trigger, lexicon
from diplograph.nlp.events.noun_roles import NounCase
from diplograph.nlp.events.roles import VerbCase
from diplograph.nlp.events.warnings import told_as_fact
from diplograph.nlp.extensions import LOCATIONS
from docs import parse

F, D, H, S, B = "state:FRA", "state:DEU", "state:HUN", "state:SRB", "person:anna-berg"
KNOWN = {
    F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
    H: Actor(H, "Hungary", "state", "HUN"), S: Actor(S, "Serbia", "state", "SRB"),
    B: Actor(B, "Anna Berg", "person", "DEU"),
}
TESTED: set[str] = set()


def rule_test(*names: str):
    """Mark a test as the test of the named rules (see ``test_every_rule_has_a_test``)."""
    TESTED.update(names)
    return lambda fn: fn


def trig(type_: str = "ACCUSE", *, pos: str = "V", mode: str | None = None, needs: tuple[str, ...] = (),
         objects: frozenset[str] = frozenset(), flags: frozenset[str] = frozenset()) -> Trigger:
    return Trigger("x", pos, type_, mode, None, needs, objects, flags)


def verb_case(doc, i: int, trigger: Trigger, sources: list[str]) -> VerbCase:
    return VerbCase(doc[i], trigger, lexicon(), doc._.mentions, sources)


# ---------------------------------------------------------------- verbal triggers
@rule_test("direct_object_targets")
def test_direct_object_is_the_target():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1)], {0: F, 2: D}, KNOWN)
    assert roles.direct_object_targets(verb_case(doc, 1, trig(), [F])) == [D]
    assert roles.direct_object_targets(verb_case(doc, 1, trig(flags=frozenset({"thing"})), [F])) == []


@rule_test("without_cause")
def test_the_cause_of_a_resignation_or_a_sanction_is_not_its_target():
    # "Berg resigned over the Serbian deal": why she resigned, not to whom
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("resigned", "resign", "VERB", "ROOT", 1),
            ("over", "over", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
            ("Serbian", "serbian", "ADJ", "amod", 5), ("deal", "deal", "NOUN", "pobj", 2)]
    doc = parse(rows, {0: B, 4: S}, KNOWN)
    assert roles.prepositional_targets(verb_case(doc, 1, trig("RETREAT"), [B])) == []
    assert roles.prepositional_targets(verb_case(doc, 1, trig("PROTEST"), [B])) == [S]  # protested over it
    # "France sanctioned ten officials over the Serbian deal" (the phrase hung on the object)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("sanctioned", "sanction", "VERB", "ROOT", 1),
            ("ten", "ten", "NUM", "nummod", 3), ("officials", "official", "NOUN", "dobj", 1),
            ("over", "over", "ADP", "prep", 3), ("the", "the", "DET", "det", 7),
            ("Serbian", "serbian", "ADJ", "amod", 7), ("deal", "deal", "NOUN", "pobj", 4)]
    doc = parse(rows, {0: F, 6: S}, KNOWN)
    assert roles.multiword_object_targets(verb_case(doc, 1, trig("SANCTION"), [F])) == []
    assert roles.multiword_object_targets(verb_case(doc, 1, trig("COERCE"), [F])) == [S]
    # "Berg fought for France": the side she fought on, not whom she fought; "against" names that
    for prep, expected in (("for", []), ("against", [F])):
        rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1),
                (prep, prep, "ADP", "prep", 1), ("France", "France", "PROPN", "pobj", 2)]
        doc = parse(rows, {0: B, 3: F}, KNOWN)
        assert roles.prepositional_targets(verb_case(doc, 1, trig("ASSAULT"), [B])) == expected


@rule_test("wrapped_event_targets")
def test_party_of_the_rejected_event_noun():
    # "France rejected the invasion by Serbia"
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("invasion", "invasion", "NOUN", "dobj", 1),
                 ("by", "by", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)], {0: F, 5: S}, KNOWN)
    assert roles.wrapped_event_targets(verb_case(doc, 1, trig("REJECT"), [F])) == [S]
    assert roles.wrapped_event_targets(verb_case(doc, 1, trig("ACCUSE"), [F])) == []


@rule_test("evaluated_event_authors")
def test_an_evaluated_act_is_addressed_to_its_author_not_its_patient():
    # "France condemned the Serbian invasion of Hungary": Serbia, not Hungary
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 4), ("Serbian", "serbian", "ADJ", "amod", 4),
                 ("invasion", "invasion", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
                 ("Hungary", "Hungary", "PROPN", "pobj", 5)], {0: F, 3: S, 6: H}, KNOWN)
    case = verb_case(doc, 1, trig("ACCUSE"), [F])
    assert roles.evaluated_event_authors(case) == [S]
    assert roles.verb_roles(doc[1], trig("ACCUSE"), lexicon(), doc._.mentions)[1] == [S]
    # "France condemned the invasion of Hungary": no author named, and the patient is not the target
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("invasion", "invasion", "NOUN", "dobj", 1),
                 ("of", "of", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4)], {0: F, 5: H}, KNOWN)
    assert roles.evaluated_event_authors(verb_case(doc, 1, trig("ACCUSE"), [F])) == []
    assert roles.verb_roles(doc[1], trig("ACCUSE"), lexicon(), doc._.mentions)[1] == []
    # a demand is not an evaluation: "demanded the withdrawal of Serbia" keeps its own rule
    assert roles.evaluated_event_authors(verb_case(doc, 1, trig("REQUEST"), [F])) == []


@rule_test("governed_clause_subjects")
def test_subject_of_the_governed_clause_when_the_object_is_an_actor():
    # "France allowed Serbia to attend" (parsed here with Serbia as the clause's subject)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("allowed", "allow", "VERB", "ROOT", 1),
                 ("Serbia", "Serbia", "PROPN", "nsubj", 4), ("to", "to", "PART", "aux", 4),
                 ("attend", "attend", "VERB", "ccomp", 1)], {0: F, 2: S}, KNOWN)
    assert roles.governed_clause_subjects(verb_case(doc, 1, trig(objects=frozenset({"actor"})), [F])) == [S]
    assert roles.governed_clause_subjects(verb_case(doc, 1, trig(), [F])) == []


@rule_test("for_clause_subjects")
def test_a_request_for_a_clause_asks_its_subject():
    # "France appealed for Serbia to attend" ("for" parsed as the clause's mark)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("appealed", "appeal", "VERB", "ROOT", 1),
                 ("for", "for", "SCONJ", "mark", 5), ("Serbia", "Serbia", "PROPN", "nsubj", 5),
                 ("to", "to", "PART", "aux", 5), ("attend", "attend", "VERB", "advcl", 1)], {0: F, 3: S}, KNOWN)
    assert roles.for_clause_subjects(verb_case(doc, 1, trig("REQUEST"), [F])) == [S]
    assert roles.for_clause_subjects(verb_case(doc, 1, trig(), [F])) == []


@rule_test("grievance_targets")
def test_what_a_complaint_is_over():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("complained", "complain", "VERB", "ROOT", 1),
                 ("over", "over", "ADP", "prep", 1), ("Serbian", "serbian", "ADJ", "amod", 4),
                 ("raids", "raid", "NOUN", "pobj", 2)], {0: F, 3: S}, KNOWN)
    assert roles.grievance_targets(verb_case(doc, 1, trig(flags=frozenset({"about"})), [F])) == [S]
    assert roles.grievance_targets(verb_case(doc, 1, trig(), [F])) == []


@rule_test("prepositional_targets")
def test_prepositional_complement_of_the_verb():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("talked", "talk", "VERB", "ROOT", 1),
                 ("with", "with", "ADP", "prep", 1), ("Germany", "Germany", "PROPN", "pobj", 2)], {0: F, 3: D}, KNOWN)
    assert roles.prepositional_targets(verb_case(doc, 1, trig("CONSULT"), [F])) == [D]
    assert roles.prepositional_targets(verb_case(doc, 1, trig("CONSULT", mode="visit"), [F])) == []  # to/in only
    # "France and Germany met at the Serbian embassy": where a meeting is held names no party to it
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                 ("at", "at", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                 ("Serbian", "serbian", "ADJ", "amod", 5),
                 ("embassy", "embassy", "NOUN", "pobj", 2)], {0: F, 4: S}, KNOWN)
    assert roles.prepositional_targets(verb_case(doc, 1, trig("CONSULT", flags=frozenset({"recip"})), [F])) == []
    assert roles.prepositional_targets(verb_case(doc, 1, trig("ASSAULT"), [F])) == [S]  # "fired at the embassy"
    # "France met Serbia's envoy on Hungary": what a meeting is about names no party to it
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                 ("on", "on", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 2)], {0: F, 3: H}, KNOWN)
    assert roles.prepositional_targets(verb_case(doc, 1, trig("CONSULT", flags=frozenset({"recip"})), [F])) == []
    assert roles.prepositional_targets(verb_case(doc, 1, trig("SANCTION"), [F])) == [H]  # "sanctions on Hungary"


@rule_test("object_prep_targets")
def test_recipient_on_the_object():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                 ("troops", "troop", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 2),
                 ("Serbia", "Serbia", "PROPN", "pobj", 3)], {0: F, 4: S}, KNOWN)
    assert roles.prepositional_targets(verb_case(doc, 1, trig("MOBILIZE"), [F])) == []
    assert roles.object_prep_targets(verb_case(doc, 1, trig("MOBILIZE"), [F])) == [S]


@rule_test("multiword_object_targets")
def test_target_on_the_multiword_object():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                 ("shots", "shot", "NOUN", "dobj", 1), ("at", "at", "ADP", "prep", 2),
                 ("Germany", "Germany", "PROPN", "pobj", 3)], {0: F, 4: D}, KNOWN)
    assert roles.multiword_object_targets(verb_case(doc, 1, trig(needs=("shot",)), [F])) == [D]
    assert roles.multiword_object_targets(verb_case(doc, 1, trig(needs=("shot",)), [F, D])) == []


@rule_test("object_owner_targets")
def test_owner_of_the_object():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                 ("plan", "plan", "NOUN", "dobj", 1)], {0: F, 2: D}, KNOWN)
    assert roles.object_owner_targets(verb_case(doc, 1, trig(), [F])) == [D]
    assert roles.object_owner_targets(verb_case(doc, 1, trig(flags=frozenset({"thing"})), [F])) == []


@rule_test("complement_clause_targets")
def test_subject_of_a_demanded_clause():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("demanded", "demand", "VERB", "ROOT", 1),
                 ("that", "that", "SCONJ", "mark", 4), ("Serbia", "Serbia", "PROPN", "nsubj", 4),
                 ("withdraw", "withdraw", "VERB", "ccomp", 1)], {0: F, 3: S}, KNOWN)
    assert roles.complement_clause_targets(verb_case(doc, 1, trig("REQUEST"), [F])) == [S]


def test_an_addressee_named_but_unknown_is_not_replaced_by_the_infinitive_s_party():
    # "France urged the ministers to impose sanctions on Serbia": addressed to the ministers
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("ministers", "minister", "NOUN", "dobj", 1),
                 ("to", "to", "PART", "aux", 5), ("impose", "impose", "VERB", "xcomp", 1),
                 ("sanctions", "sanction", "NOUN", "dobj", 5), ("on", "on", "ADP", "prep", 5),
                 ("Serbia", "Serbia", "PROPN", "pobj", 7)], {0: F, 8: S}, KNOWN)
    assert roles.complement_clause_targets(verb_case(doc, 1, trig("REQUEST"), [F])) == []
    # "France sent soldiers to fight Serbia": the object is a thing sent, the infinitive's party stays
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                 ("soldiers", "soldier", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                 ("fight", "fight", "VERB", "xcomp", 1), ("Serbia", "Serbia", "PROPN", "dobj", 4)],
                {0: F, 5: S}, KNOWN)
    sent = trig("MOBILIZE", objects=frozenset({"soldier"}))
    assert roles.complement_clause_targets(verb_case(doc, 1, sent, [F])) == [S]
    # "France threatened to fight Serbia": no addressee, the infinitive's party is the target
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                 ("to", "to", "PART", "aux", 3), ("fight", "fight", "VERB", "xcomp", 1),
                 ("Serbia", "Serbia", "PROPN", "dobj", 3)], {0: F, 4: S}, KNOWN)
    assert roles.complement_clause_targets(verb_case(doc, 1, trig("THREATEN"), [F])) == [S]


@rule_test("invitation_targets")
def test_accepting_an_invitation_answers_the_party_it_invites_to_meet():
    # "France accepted an invitation to meet with Serbia": an agreement with Serbia
    rows = [("France", "France", "PROPN", "nsubj", 1), ("accepted", "accept", "VERB", "ROOT", 1),
            ("an", "an", "DET", "det", 3), ("invitation", "invitation", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5), ("meet", "meet", "VERB", "acl", 3),
            ("with", "with", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6)]
    doc = parse(rows, {0: F, 7: S}, KNOWN)
    assert roles.invitation_targets(verb_case(doc, 1, trig("AGREE"), [F])) == [S]
    assert roles.invitation_targets(verb_case(doc, 1, trig("ACCUSE"), [F])) == []  # no answer to an invitation
    # "France accepted a plan to meet with Serbia": no invitation, nobody invited France
    plan = [*rows[:3], ("plan", "plan", "NOUN", "dobj", 1), *rows[4:]]
    doc = parse(plan, {0: F, 7: S}, KNOWN)
    assert roles.invitation_targets(verb_case(doc, 1, trig("AGREE"), [F])) == []


@rule_test("carried_targets")
def test_recipient_on_the_noun_the_preposition_governs():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("reneged", "renege", "VERB", "ROOT", 1),
                 ("on", "on", "ADP", "prep", 1), ("its", "its", "PRON", "poss", 4),
                 ("pledge", "pledge", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 4),
                 ("Hungary", "Hungary", "PROPN", "pobj", 5)], {0: F, 6: H}, KNOWN)
    assert roles.carried_targets(verb_case(doc, 1, trig("REJECT"), [F])) == [H]


@rule_test("purpose_targets")
def test_object_of_a_purpose_clause():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("border", "border", "NOUN", "dobj", 1),
                 ("to", "to", "PART", "aux", 5), ("help", "help", "VERB", "advcl", 1),
                 ("Hungary", "Hungary", "PROPN", "dobj", 5)], {0: F, 6: H}, KNOWN)
    assert roles.purpose_targets(verb_case(doc, 1, trig("RETREAT"), [F])) == [H]


def test_the_first_target_rule_that_finds_one_wins_and_a_passive_swaps_roles():
    # "France criticized Germany in Serbia": the object, not the place
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                 ("Serbia", "Serbia", "PROPN", "pobj", 3)], {0: F, 2: D, 4: S}, KNOWN)
    assert roles.verb_roles(doc[1], trig(flags=frozenset({"inplace"})), lexicon(), []) == ([F], [D])
    # "Germany was criticized by France"
    doc = parse([("Germany", "Germany", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("criticized", "criticize", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                 ("France", "France", "PROPN", "pobj", 3)], {0: D, 4: F}, KNOWN)
    assert roles.verb_roles(doc[2], trig(), lexicon(), []) == ([F], [D])


# ---------------------------------------------------------------- nominal triggers
def noun_case(doc, i: int, trigger: Trigger, gov: int | None = None, frame: Frame | None = None,
              governed: bool = False, sources=(), modifiers=(), targets=()) -> NounCase:
    return NounCase(doc[i], trigger, lexicon(), doc._.mentions, list(sources), list(modifiers), list(targets),
                    doc[gov] if gov is not None else None, frame, governed)


@rule_test("describes_a_state")
def test_an_event_noun_as_subject_describes_a_state():
    doc = parse([("The", "the", "DET", "det", 1), ("cooperation", "cooperation", "NOUN", "nsubj", 2),
                 ("intensified", "intensify", "VERB", "ROOT", 2)], {}, KNOWN)
    assert noun_roles.describes_a_state(noun_case(doc, 1, trig("COOPERATE", pos="N")), lexicon())
    assert noun_roles.noun_roles(doc[1], trig("COOPERATE", pos="N"), lexicon(), []) is None


def test_an_event_noun_subject_naming_both_parties_reports_the_act():
    # "Serbian shelling of Hungary killed two." (events/subject_events.names_both_parties)
    rows = [("Serbian", "serbian", "ADJ", "amod", 1), ("shelling", "shelling", "NOUN", "nsubj", 4),
            ("of", "of", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 2),
            ("killed", "kill", "VERB", "ROOT", 4), ("two", "two", "NUM", "dobj", 4)]
    doc = parse(rows, {0: S, 3: H}, KNOWN)
    assault = trig("ASSAULT", pos="N")
    assert noun_roles.noun_roles(doc[1], assault, lexicon(), doc._.mentions) == ([S], [H])
    # "Serbian shelling killed two": no other party named, a state of affairs as before
    bare = parse([rows[0], ("shelling", "shelling", "NOUN", "nsubj", 2), ("killed", "kill", "VERB", "ROOT", 2),
                  ("two", "two", "NUM", "dobj", 2)], {0: S}, KNOWN)
    assert noun_roles.noun_roles(bare[1], assault, lexicon(), bare._.mentions) is None
    # "Serbian shelling of Hungary seemed likely": a predicate describes it; "could kill two": foreseen
    seemed = parse([*rows[:4], ("seemed", "seem", "VERB", "ROOT", 4), ("likely", "likely", "ADJ", "acomp", 4)],
                   {0: S, 3: H}, KNOWN)
    assert noun_roles.noun_roles(seemed[1], assault, lexicon(), seemed._.mentions) is None
    could = parse([*rows[:4], ("could", "could", "AUX", "aux", 5, "MD"), ("kill", "kill", "VERB", "ROOT", 5, "VB"),
                   ("two", "two", "NUM", "dobj", 5)], {0: S, 3: H}, KNOWN)
    assert noun_roles.noun_roles(could[1], assault, lexicon(), could._.mentions) is None


@rule_test("ungoverned_light_noun")
def test_a_light_noun_needs_a_governing_frame():
    doc = parse([("a", "a", "DET", "det", 1), ("withdrawal", "withdrawal", "NOUN", "ROOT", 1)], {}, KNOWN)
    light = trig("RETREAT", pos="N", flags=frozenset({"light"}))
    assert noun_roles.ungoverned_light_noun(noun_case(doc, 1, light), lexicon())
    assert not noun_roles.ungoverned_light_noun(noun_case(doc, 1, light, governed=True), lexicon())


@rule_test("content_of_outer_event")
def test_the_object_of_another_trigger_is_its_content():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("invasion", "invasion", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    assert noun_roles.content_of_outer_event(noun_case(doc, 3, trig("ASSAULT", pos="N"), gov=1), lexicon())


@rule_test("of_object_recipient")
def test_recipient_on_what_the_act_is_of():
    doc = parse([("a", "a", "DET", "det", 1), ("suspension", "suspension", "NOUN", "ROOT", 1),
                 ("of", "of", "ADP", "prep", 1), ("flights", "flight", "NOUN", "pobj", 2),
                 ("to", "to", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)], {5: S}, KNOWN)
    case = noun_case(doc, 1, trig("SANCTION", pos="N"))
    noun_roles.of_object_recipient(case)
    assert case.targets == [S]


@rule_test("of_object_author")
def test_author_of_what_the_criticism_is_of():
    doc = parse([("criticism", "criticism", "NOUN", "ROOT", 0), ("of", "of", "ADP", "prep", 0),
                 ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "pobj", 1),
                 ("by", "by", "ADP", "prep", 3), ("Germany", "Germany", "PROPN", "pobj", 4)], {5: D}, KNOWN)
    case = noun_case(doc, 0, trig(pos="N"))
    noun_roles.of_object_author(case)
    assert case.targets == [D]


@rule_test("modifiers_as_parties")
def test_a_modifier_is_the_source_or_else_the_target():
    doc = parse([("sanctions", "sanction", "NOUN", "ROOT", 0)], {}, KNOWN)
    case = noun_case(doc, 0, trig("SANCTION", pos="N"), modifiers=[F])
    noun_roles.modifiers_as_parties(case)
    assert (case.sources, case.targets) == ([F], [])
    case = noun_case(doc, 0, trig("SANCTION", pos="N"), sources=[F], modifiers=[F, D])
    noun_roles.modifiers_as_parties(case)
    assert (case.sources, case.targets) == ([F], [D])


@rule_test("governing_subject_source")
def test_subject_of_the_light_verb_is_the_source():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
                 ("talks", "talk", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    case = noun_case(doc, 2, trig("CONSULT", pos="N"), gov=1, governed=True)
    noun_roles.governing_subject_source(case)
    assert case.sources == [F]


def test_an_event_a_clause_only_follows_is_not_its_subject_s():
    # "France closed its border after the bombings": the bombings are someone else's; "France
    # spoke after the talks" took part in them (noun_roles.sequence_not_own)
    def after(noun: str, lemma: str):
        return parse([("France", "France", "PROPN", "nsubj", 1), ("closed", "close", "VERB", "ROOT", 1),
                      ("borders", "border", "NOUN", "dobj", 1), ("after", "after", "ADP", "prep", 1),
                      ("the", "the", "DET", "det", 5), (noun, lemma, "NOUN", "pobj", 3)], {0: F}, KNOWN)
    case = noun_case(after("bombings", "bombing"), 5, trig("ASSAULT", pos="N"), gov=1, governed=True)
    noun_roles.governing_subject_source(case)
    noun_roles.governing_verb_targets(case)
    assert case.sources == [] and case.targets == []
    case = noun_case(after("talks", "talk"), 5, trig("CONSULT", pos="N"), gov=1, governed=True)
    noun_roles.governing_subject_source(case)
    assert case.sources == [F]


def test_the_possessor_of_a_captor_is_the_captive():
    # "Anna Berg's kidnappers accused Serbia": the kidnappers, not Berg; "Serbian jailers" are
    # still Serbia's (events/captives.py, kb/captor_nouns.tsv)
    doc = parse([("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                 ("kidnappers", "kidnapper", "NOUN", "nsubj", 3), ("accused", "accuse", "VERB", "ROOT", 3),
                 ("Serbia", "Serbia", "PROPN", "dobj", 3)], {0: B, 4: S}, KNOWN)
    assert parties.modifier_parties(doc[2], [], 0) == []
    assert roles.verb_roles(doc[3], trig("ACCUSE"), lexicon(), [])[0] == []
    doc = parse([("Serbian", "serbian", "ADJ", "amod", 1), ("jailers", "jailer", "NOUN", "nsubj", 2),
                 ("accused", "accuse", "VERB", "ROOT", 2), ("Berg", "Berg", "PROPN", "dobj", 2)],
                {0: S, 3: B}, KNOWN)
    assert parties.modifier_parties(doc[1], [], 0) == [S]


@rule_test("taken_by_armed_group")
def test_a_person_seized_by_an_armed_group_is_abducted():
    # "Anna Berg was seized by gunmen": abducted (PLOVER ASSAULT abduct); "Serbia seized Anna Berg": an
    # arrest by a state's forces stays COERCE (events/captives.py, kb/armed_groups.tsv, row flag captors)
    doc = parse([("Berg", "Berg", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                 ("seized", "seize", "VERB", "ROOT", 2, "VBN"), ("by", "by", "ADP", "agent", 2),
                 ("gunmen", "gunman", "NOUN", "pobj", 3)], {0: B}, KNOWN)
    assert captives.taken_by_armed_group(doc[2])
    trigger = lexicon().match(doc[2])
    assert trigger is not None and (trigger.type, trigger.mode) == ("ASSAULT", "abduct")
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1, "VBD"),
                 ("Berg", "Berg", "PROPN", "dobj", 1)], {0: S, 2: B}, KNOWN)
    assert not captives.taken_by_armed_group(doc[1])
    trigger = lexicon().match(doc[1])
    assert trigger is not None and trigger.type == "COERCE"


@rule_test("light_verb_agent_source")
def test_agent_of_the_passive_light_verb_is_the_source():
    # "the attack was carried out by France"; "the attack was condemned by France" says nothing of who attacked
    def attack(verb: str, lemma: str):
        return parse([("the", "the", "DET", "det", 1), ("attack", "attack", "NOUN", "nsubjpass", 3),
                      ("was", "be", "AUX", "auxpass", 3), (verb, lemma, "VERB", "ROOT", 3, "VBN"),
                      ("by", "by", "ADP", "agent", 3), ("France", "France", "PROPN", "pobj", 4)], {5: F}, KNOWN)
    doc = attack("carried", "carry")
    case = noun_case(doc, 1, trig("ASSAULT", pos="N"), gov=3, governed=True)
    noun_roles.light_verb_agent_source(case)
    assert case.sources == [F]
    doc = attack("condemned", "condemn")
    case = noun_case(doc, 1, trig("ASSAULT", pos="N"), gov=3, governed=True)
    noun_roles.light_verb_agent_source(case)
    assert case.sources == []


@rule_test("under_event_undergoer")
def test_who_is_under_an_authored_event_undergoes_it():
    # "Serbia is under French sanctions"; "Serbia is under sanctions" names no sanctioner
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                 ("under", "under", "ADP", "prep", 1), ("French", "french", "ADJ", "amod", 4),
                 ("sanctions", "sanction", "NOUN", "pobj", 2)], {0: S, 3: F}, KNOWN)
    case = noun_case(doc, 4, trig("SANCTION", pos="N"), gov=1, sources=[F])
    noun_roles.under_event_undergoer(case)
    assert case.targets == [S]
    case = noun_case(doc, 4, trig("SANCTION", pos="N"), gov=1)
    noun_roles.under_event_undergoer(case)
    assert case.targets == []


def test_one_actor_named_by_several_words_is_one_party():
    # "Anna Berg meeting with generals": not a meeting of Berg with herself
    doc = parse([("Anna", "Anna", "PROPN", "compound", 2), ("Berg", "Berg", "PROPN", "nmod", 2),
                 ("meeting", "meeting", "NOUN", "ROOT", 2), ("with", "with", "ADP", "prep", 2),
                 ("generals", "general", "NOUN", "pobj", 3)], {0: B, 1: B}, KNOWN)
    consult = trig("CONSULT", pos="N", flags=frozenset({"recip"}))
    assert noun_roles.noun_roles(doc[2], consult, lexicon(), []) == ([B], [])


@rule_test("undergoer_target")
def test_who_is_subject_to_an_event_undergoes_it():
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                 ("subject", "subject", "ADJ", "acomp", 1), ("to", "to", "ADP", "prep", 2),
                 ("sanctions", "sanction", "NOUN", "pobj", 3)], {0: S}, KNOWN)
    case = noun_case(doc, 4, trig("SANCTION", pos="N"), gov=2, frame=Frame("subject", "undergo", None, None))
    noun_roles.undergoer_target(case)
    assert case.targets == [S]


@rule_test("governing_verb_targets")
def test_other_party_on_the_governing_verb():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("engaged", "engage", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                 ("a", "a", "DET", "det", 5), ("firefight", "firefight", "NOUN", "pobj", 3)], {0: F, 2: D}, KNOWN)
    case = noun_case(doc, 5, trig("ASSAULT", pos="N"), gov=1, governed=True, sources=[F])
    noun_roles.governing_verb_targets(case)
    assert case.targets == [D]


# ---------------------------------------------------------------- frames
def draft(doc, i: int, type_: str = "ASSAULT", **kw) -> Draft:
    return Draft(type=type_, mode=None, cameo="190", sources=[F], targets=[D], anchor=doc[i], words="x",
                 base=type_, **kw)


def climb(doc, i: int, type_: str = "ASSAULT", **kw) -> Climb:
    return Climb(draft(doc, i, type_, **kw), doc[i], lexicon(), doc._.mentions, doc._.actors)


ATTACK = [("France", "France", "PROPN", "nsubj", 2), ("may", "may", "AUX", "aux", 2),
          ("attack", "attack", "VERB", "ROOT", 2), ("Germany", "Germany", "PROPN", "dobj", 2)]


@rule_test("speculative_trigger", "modal_trigger")
def test_modal_on_the_trigger():
    doc = parse(ATTACK, {0: F, 3: D}, KNOWN)
    assert frames.speculative_trigger(climb(doc, 2)) is Step.DROP
    doc = parse([ATTACK[0], ("will", "will", "AUX", "aux", 2), *ATTACK[2:]], {0: F, 3: D}, KNOWN)
    c = climb(doc, 2)
    assert frames.speculative_trigger(c) is None and frames.modal_trigger(c) is None and c.d.hypothetical


@rule_test("purpose_of_negated")
def test_purpose_of_a_negated_act_is_not_reported():
    doc = parse([("France", "France", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
                 ("not", "not", "PART", "neg", 3), ("act", "act", "VERB", "ROOT", 3), ("to", "to", "PART", "aux", 5),
                 ("help", "help", "VERB", "advcl", 3), ("Serbia", "Serbia", "PROPN", "dobj", 5)], {0: F, 6: S}, KNOWN)
    assert frames.purpose_of_negated(climb(doc, 5, "AID")) is Step.DROP
    assert frames.purpose_of_negated(climb(doc, 3, "AID")) is None


@rule_test("without_gerund")
def test_act_done_without_is_negated():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
                 ("without", "without", "ADP", "prep", 1), ("offering", "offer", "VERB", "pcomp", 2, "VBG"),
                 ("aid", "aid", "NOUN", "dobj", 3)], {0: F}, KNOWN)
    c = climb(doc, 3, "AID")
    frames.without_gerund(c)
    assert c.d.negated


@rule_test("named_not_reported")
def test_an_event_only_named_is_not_reported():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("invasion", "invasion", "NOUN", "dobj", 1),
                 ("a", "a", "DET", "det", 5), ("crime", "crime", "NOUN", "oprd", 1)], {0: F}, KNOWN)
    frame = lexicon().frame(doc[1])
    assert frame is not None
    assert frames.named_not_reported(climb(doc, 3), doc[1], doc[3], frame) is Step.DROP


@rule_test("named_not_requested")
def test_an_event_a_naming_verb_takes_directly_is_not_requested():
    # "France called the Serbian visit a provocation", parsed with the name as a second object
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 4), ("Serbian", "serbian", "ADJ", "amod", 4),
                 ("visit", "visit", "NOUN", "xcomp", 1), ("a", "a", "DET", "det", 6),
                 ("provocation", "provocation", "NOUN", "dobj", 4)], {0: F, 3: S}, KNOWN)
    frame = lexicon().frame(doc[1])
    assert frame is not None and frame.effect == "request"
    assert frames.named_not_requested(climb(doc, 4), doc[1], doc[4], frame) is Step.DROP
    # "France called for talks": asked for through "for"
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                 ("for", "for", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 2)], {0: F}, KNOWN)
    assert frames.named_not_requested(climb(doc, 3), doc[1], doc[3], frame) is None


@rule_test("pushed_for")
def test_an_act_pushed_for_is_requested_of_its_other_party():
    # "France pushed for talks with Serbia": a REQUEST of Serbia, the talks not held
    rows = [("France", "France", "PROPN", "nsubj", 1), ("pushed", "push", "VERB", "ROOT", 1),
            ("for", "for", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 2),
            ("with", "with", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)]
    doc = parse(rows, {0: F, 5: S}, KNOWN)
    frame = lexicon().frame(doc[1], via=doc[3])
    assert frame is not None and frame.effect == "request" and frame.needs == ("for",)
    talks = Draft(type="CONSULT", mode=None, cameo="040", sources=[F], targets=[S], anchor=doc[3], words="talk")
    c = Climb(talks, doc[3], lexicon(), doc._.mentions, doc._.actors)
    assert frames.pushed_for(c, doc[1], doc[3], frame) is Step.DONE
    assert (c.result.type, c.result.sources, c.result.targets) == ("REQUEST", [F], [S])
    # with no one to ask ("France pushed for talks"), neither a request nor the talks
    doc = parse(rows[:4], {0: F}, KNOWN)
    c = Climb(replace(talks, targets=[], anchor=doc[3]), doc[3], lexicon(), doc._.mentions, doc._.actors)
    assert frames.pushed_for(c, doc[1], doc[3], frame) is Step.DROP
    # "France pushed back against talks": no frame through another preposition
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("pushed", "push", "VERB", "ROOT", 1),
                 ("back", "back", "ADV", "advmod", 1), ("against", "against", "ADP", "prep", 1),
                 ("talks", "talk", "NOUN", "pobj", 3)], {0: F}, KNOWN)
    assert lexicon().frame(doc[1], via=doc[4]) is None


@rule_test("pressure_received")
def test_the_one_pressed_is_not_the_one_pressing():
    # "Hungary faced pressure from France to resign": a REQUEST of France to Hungary
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("faced", "face", "VERB", "ROOT", 1),
            ("pressure", "pressure", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 2),
            ("France", "France", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
            ("resign", "resign", "VERB", "acl", 2)]
    doc = parse(rows, {0: H, 4: F}, KNOWN)
    frame = lexicon().frame(doc[2], via=doc[6])
    assert frame is not None and frame.effect == "request"
    resign = Draft(type="RETREAT", mode=None, cameo="", sources=[H], targets=[], anchor=doc[6], words="resign")
    c = Climb(resign, doc[6], lexicon(), doc._.mentions, doc._.actors)
    assert frames.pressure_received(c, doc[2], doc[6], frame) is Step.DONE
    assert (c.result.type, c.result.sources, c.result.targets) == ("REQUEST", [F], [H])
    # "Hungary is under pressure to resign": no one pressing is named, no record
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
            ("under", "under", "ADP", "prep", 1), ("pressure", "pressure", "NOUN", "pobj", 2),
            ("to", "to", "PART", "aux", 5), ("resign", "resign", "VERB", "acl", 3)]
    doc = parse(rows, {0: H}, KNOWN)
    c = Climb(replace(resign, anchor=doc[5]), doc[5], lexicon(), doc._.mentions, doc._.actors)
    assert frames.pressure_received(c, doc[3], doc[5], frame) is Step.DROP
    # "France put pressure on Hungary to resign": pressure applied, not received (the frame decides)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("put", "put", "VERB", "ROOT", 1),
            ("pressure", "pressure", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
            ("Hungary", "Hungary", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
            ("resign", "resign", "VERB", "acl", 2)]
    doc = parse(rows, {0: F, 4: H}, KNOWN)
    c = Climb(replace(resign, anchor=doc[6]), doc[6], lexicon(), doc._.mentions, doc._.actors)
    assert frames.pressure_received(c, doc[2], doc[6], frame) is None


@rule_test("warned_against")
def test_an_act_warned_against_is_not_reported():
    # "France warned against an attack" / "France warned of an attack"
    for prep, dropped in (("against", True), ("of", False)):
        doc = parse([("France", "France", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
                     (prep, prep, "ADP", "prep", 1), ("an", "an", "DET", "det", 4),
                     ("attack", "attack", "NOUN", "pobj", 2)], {0: F}, KNOWN)
        step = frames.warned_against(climb(doc, 4), doc[1], doc[4], None)
        assert (step is Step.DROP) is dropped


@rule_test("plain_governor")
def test_speech_and_other_events_stop_the_climb_and_a_light_modal_counts():
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "nsubj", 3), ("attacked", "attack", "VERB", "ccomp", 1)],
                {0: F, 2: D}, KNOWN)
    assert frames.plain_governor(climb(doc, 3), doc[1], doc[3], None) is Step.STOP
    doc = parse([("France", "France", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                 ("hold", "hold", "VERB", "ROOT", 2), ("talks", "talk", "NOUN", "dobj", 2)], {0: F}, KNOWN)
    c = climb(doc, 3, "CONSULT")
    assert frames.plain_governor(c, doc[2], doc[3], lexicon().frame(doc[2])) is None and c.d.hypothetical


@rule_test("frame_effect", "speculate", "negate", "arrange", "intend", "recode")
def test_frame_effects():
    # "France refused to attack Germany": a refusal by France
    rows = [("France", "France", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1),
            ("Germany", "Germany", "PROPN", "dobj", 3)]
    doc = parse(rows, {0: F, 4: D}, KNOWN)
    c = climb(doc, 3)
    assert frames.frame_effect(c, doc[1], doc[3], lexicon().frame(doc[1])) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.sources, c.result.targets) == ("REJECT", [F], [D])
    # the same parse under other frame words
    for lemma, check in (("hope", lambda c, step: step is Step.DROP),
                         ("fail", lambda c, step: step is None and c.d.negated),
                         ("schedule", lambda c, step: step is None and c.d.arranged and c.d.hypothetical),
                         ("plan", lambda c, step: step is None and c.d.hypothetical and not c.d.negated)):
        doc = parse([rows[0], (lemma + "ed", lemma, "VERB", "ROOT", 1), *rows[2:]], {0: F, 4: D}, KNOWN)
        frame = lexicon().frame(doc[1])
        assert frame is not None
        c = climb(doc, 3)
        assert check(c, frames.frame_effect(c, doc[1], doc[3], frame)), lemma
    c = climb(doc, 3)
    assert frames.intend(c, doc[1], doc[3], Frame("prepare", "intend", "MOBILIZE", "150")) is None
    assert (c.d.type, c.d.hypothetical, c.d.shown) == ("MOBILIZE", True, True)
    # "France unveiled plans to station troops": a disclosed deployment plan is a force posture shown;
    # "France has no plans to station troops": not intended (and no refusal)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("unveiled", "unveil", "VERB", "ROOT", 1, "VBD"),
            ("plans", "plan", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
            ("station", "station", "VERB", "acl", 2), ("troops", "troop", "NOUN", "dobj", 4)]
    plan = Frame("plan", "intend", None, None)
    doc = parse(rows, {0: F}, KNOWN)
    c = climb(doc, 4, "MOBILIZE")
    assert frames.intend(c, doc[2], doc[4], plan) is None and c.d.shown and not c.d.negated
    doc = parse([rows[0], ("has", "have", "VERB", "ROOT", 1, "VBZ"), ("no", "no", "DET", "det", 3),
                 ("plans", "plan", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 5),
                 ("station", "station", "VERB", "acl", 3), ("troops", "troop", "NOUN", "dobj", 5)], {0: F}, KNOWN)
    c = climb(doc, 5, "MOBILIZE")
    assert frames.intend(c, doc[3], doc[5], plan) is None and not c.d.shown and c.d.negated and c.d.not_yet


@rule_test("governing_verb_modality")
def test_modality_of_the_governing_verb():
    rows = [("France", "France", "PROPN", "nsubj", 2), ("might", "might", "AUX", "aux", 2),
            ("want", "want", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
            ("attack", "attack", "VERB", "xcomp", 2)]
    doc = parse(rows, {0: F}, KNOWN)
    assert frames.governing_verb_modality(climb(doc, 4), doc[2], doc[4], None) is Step.DROP
    doc = parse([rows[0], ("not", "not", "PART", "neg", 2), *rows[2:]], {0: F}, KNOWN)
    c = climb(doc, 4)
    assert frames.governing_verb_modality(c, doc[2], doc[4], None) is None and c.d.negated


@rule_test("compound_victims")
def test_a_place_or_victim_before_an_attack_noun_is_not_its_author():
    # "the Belgrade bombing": the state of the place is attacked, not the attacker
    doc = parse([("the", "the", "DET", "det", 2), ("Belgrade", "Belgrade", "PROPN", "compound", 2),
                 ("bombing", "bombing", "NOUN", "ROOT", 2)], {1: S}, KNOWN)
    doc.user_data[LOCATIONS] = {1: "capital"}
    assault = trig("ASSAULT", pos="N")
    assert noun_roles.compound_victims(doc[1], doc[2], assault, [], lexicon()) == [S]
    # "the Anna Berg killing": a person before a noun of violence done to a person is its victim
    doc = parse([("the", "the", "DET", "det", 2), ("Berg", "Berg", "PROPN", "compound", 2),
                 ("killing", "killing", "NOUN", "ROOT", 2)], {1: B}, KNOWN)
    assert noun_roles.compound_victims(doc[1], doc[2], assault, [], lexicon()) == [B]
    # "the French strikes", "the Serbia attack" with no place marked: the compound is the author
    doc = parse([("the", "the", "DET", "det", 2), ("Serbia", "Serbia", "PROPN", "compound", 2),
                 ("attack", "attack", "NOUN", "ROOT", 2)], {1: S}, KNOWN)
    assert noun_roles.compound_victims(doc[1], doc[2], assault, [], lexicon()) is None
    assert noun_roles.compound_victims(doc[1], doc[2], trig("SANCTION", pos="N"), [], lexicon()) is None


@rule_test("compound_venue")
def test_a_city_before_a_meeting_or_an_agreement_noun_is_its_venue():
    # "Hungary left the Belgrade agreement": Belgrade is where it was signed, not a party
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("Belgrade", "Belgrade", "PROPN", "compound", 4),
            ("agreement", "agreement", "NOUN", "dobj", 1)]
    doc = parse(rows, {0: H, 3: S}, KNOWN)
    doc.user_data[LOCATIONS] = {3: "capital"}
    meeting = trig("CONSULT", pos="N", flags=frozenset({"recip"}))
    assert noun_roles.compound_venue(doc[3], doc[4], meeting, [], lexicon()) == []
    assert parties.np_actors(doc[4], []) == []
    assert roles.object_owner_targets(verb_case(doc, 1, trig("REJECT"), [H])) == []
    # the same words with no place marked ("the Serbia agreement"): the compound names a party
    doc = parse(rows, {0: H, 3: S}, KNOWN)
    assert noun_roles.compound_venue(doc[3], doc[4], meeting, [], lexicon()) is None
    assert parties.np_actors(doc[4], []) == [S]
    assert roles.object_owner_targets(verb_case(doc, 1, trig("REJECT"), [H])) == [S]


@rule_test("struck_place_targets", "struck_place_target")
def test_fire_at_a_distance_hits_the_state_of_the_place():
    aerial = Trigger("bomb", "V", "ASSAULT", "heavy-weapons", "195", (), frozenset(), frozenset())
    # "France bombed in Serbia": the state of the place is hit
    rows = [("France", "France", "PROPN", "nsubj", 1), ("bombed", "bomb", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1), ("Serbia", "Serbia", "PROPN", "pobj", 2)]
    doc = parse(rows, {0: F, 3: S}, KNOWN)
    assert roles.struck_place_targets(verb_case(doc, 1, aerial, [F])) == [S]
    assert roles.verb_roles(doc[1], aerial, lexicon(), [])[1] == [S]
    # not a state's fire at home, nor an act that is no fire at a distance
    assert roles.struck_place_targets(verb_case(doc, 1, aerial, [S])) == []
    assert roles.struck_place_targets(verb_case(doc, 1, replace(aerial, cameo="190"), [F])) == []
    # "France bombed in Serbia against the depots": the text names what was hit
    doc = parse([*rows, ("against", "against", "ADP", "prep", 1), ("depots", "depot", "NOUN", "pobj", 4)],
                {0: F, 3: S}, KNOWN)
    assert roles.struck_place_targets(verb_case(doc, 1, aerial, [F])) == []
    # "France carried out airstrikes in Serbia": on the noun a light verb carries out
    strikes = Trigger("airstrike", "N", "ASSAULT", "heavy-weapons", "195", (), frozenset(), frozenset())
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("carried", "carry", "VERB", "ROOT", 1),
                 ("out", "out", "ADP", "prt", 1), ("airstrikes", "airstrike", "NOUN", "dobj", 1),
                 ("in", "in", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)], {0: F, 5: S}, KNOWN)
    gov = doc[1]
    case = NounCase(doc[3], strikes, lexicon(), [], [F], [], [], gov, lexicon().frame(gov), True)
    noun_roles.struck_place_target(case)
    assert case.targets == [S]


def test_an_ally_or_a_nominee_is_not_the_actor_named_before_it():
    # "Anna Berg's nominee denied": the nominee, not Berg; "Berg's ministers" are hers
    rows = [("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("nominee", "nominee", "NOUN", "nsubj", 3), ("denied", "deny", "VERB", "ROOT", 3)]
    doc = parse(rows, {0: B}, KNOWN)
    assert parties.modifier_parties(doc[2], [], 0) == [] and parties.np_actors(doc[2], []) == []
    doc = parse([*rows[:2], ("ministers", "minister", "NOUN", "nsubj", 3), rows[3]], {0: B}, KNOWN)
    assert parties.modifier_parties(doc[2], [], 0) == [B]
    # "Serbia's allies accused Hungary": not Serbia
    doc = parse([("Serbia", "Serbia", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                 ("allies", "ally", "NOUN", "nsubj", 3), ("accused", "accuse", "VERB", "ROOT", 3),
                 ("Hungary", "Hungary", "PROPN", "dobj", 3)], {0: S, 4: H}, KNOWN)
    assert roles.verb_roles(doc[3], trig("ACCUSE"), lexicon(), [])[0] == []



def test_a_relative_is_not_the_person_named_before_it():
    # "Anna Berg's widower thanked Serbia": the widower, not Berg; likewise "Berg's brother",
    # "her parents" (kb/other_party_nouns.tsv, the kinship nouns)
    for noun, lemma in (("widower", "widower"), ("brother", "brother"), ("parents", "parent")):
        doc = parse([("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                     (noun, lemma, "NOUN", "nsubj", 3), ("thanked", "thank", "VERB", "ROOT", 3),
                     ("Serbia", "Serbia", "PROPN", "dobj", 3)], {0: B, 4: S}, KNOWN)
        assert parties.modifier_parties(doc[2], [], 0) == [], noun
        assert roles.verb_roles(doc[3], trig("SUPPORT"), lexicon(), [])[0] == [], noun

def test_the_of_phrase_of_a_relational_noun_names_the_other_party():
    # "Critics of Berg attacked Serbia": the critics, not Berg; "the widower of Berg", "opponents
    # of Berg" likewise (kb/other_party_nouns.tsv); "ministers of Serbia" are Serbia's, and
    # "supporters of Berg" take Berg's side (kb/side_nouns.tsv)
    for noun, lemma in (("Critics", "critic"), ("widower", "widower"), ("opponents", "opponent")):
        doc = parse([(noun, lemma, "NOUN", "nsubj", 3), ("of", "of", "ADP", "prep", 0),
                     ("Berg", "Berg", "PROPN", "pobj", 1), ("attacked", "attack", "VERB", "ROOT", 3),
                     ("Serbia", "Serbia", "PROPN", "dobj", 3)], {2: B, 4: S}, KNOWN)
        assert parties.located_parties(doc[0], [], 0) == [], noun
        assert roles.verb_roles(doc[3], trig("ASSAULT"), lexicon(), [])[0] == [], noun
    doc = parse([("ministers", "minister", "NOUN", "nsubj", 3), ("of", "of", "ADP", "prep", 0),
                 ("Serbia", "Serbia", "PROPN", "pobj", 1), ("met", "meet", "VERB", "ROOT", 3)], {2: S}, KNOWN)
    assert parties.located_parties(doc[0], [], 0) == [S]
    doc = parse([("Supporters", "supporter", "NOUN", "nsubj", 3), ("of", "of", "ADP", "prep", 0),
                 ("Berg", "Berg", "PROPN", "pobj", 1), ("protested", "protest", "VERB", "ROOT", 3)], {2: B}, KNOWN)
    assert parties.located_parties(doc[0], [], 0) == [B]


def test_a_bare_participle_with_a_subject_is_a_passive_small_clause():
    from diplograph.nlp.syntax import is_small_clause_passive
    # "the report counts Serbian soldiers killed": the soldiers are killed, they kill no one
    rows = [("report", "report", "NOUN", "nsubj", 1), ("counts", "count", "VERB", "ROOT", 1),
            ("Serbian", "serbian", "ADJ", "amod", 3), ("soldiers", "soldier", "NOUN", "nsubj", 4),
            ("killed", "kill", "VERB", "ccomp", 1, "VBN")]
    doc = parse(rows, {2: S, 3: S}, KNOWN)
    assert is_small_clause_passive(doc[4])
    assert roles.verb_roles(doc[4], trig("ASSAULT"), lexicon(), []) == ([], [S])
    # "the report says Serbian soldiers killed Hungarians": an object, a finite clause
    doc = parse([*rows[:4], ("killed", "kill", "VERB", "ccomp", 1, "VBD"),
                 ("Hungarians", "Hungarian", "PROPN", "dobj", 4)], {2: S, 3: S, 5: H}, KNOWN)
    assert not is_small_clause_passive(doc[4])
    assert roles.verb_roles(doc[4], trig("ASSAULT"), lexicon(), []) == ([S], [H])
    # "the report alleges Serbian soldiers retreated" (tagged a participle): what speech reports is finite
    doc = parse([rows[0], ("alleges", "allege", "VERB", "ROOT", 1), *rows[2:4],
                 ("retreated", "retreat", "VERB", "ccomp", 1, "VBN")], {2: S, 3: S}, KNOWN)
    assert roles.verb_roles(doc[4], trig("RETREAT"), lexicon(), [])[0] == [S]


@rule_test("envoy_at_a_place")
def test_envoys_are_where_they_are_not_of_the_state_there():
    # "negotiators in Belgrade announced ...", one mention of Serbia over the three words
    rows = [("negotiators", "negotiator", "NOUN", "nsubj", 3), ("in", "in", "ADP", "prep", 0),
            ("Belgrade", "Belgrade", "PROPN", "pobj", 1), ("announced", "announce", "VERB", "ROOT", 3)]
    doc = parse(rows, {0: S, 1: S, 2: S}, KNOWN)
    assert parties.envoy_at_a_place(doc[0], [], 0) == [] and parties.np_actors(doc[0], []) == []
    # "officials in Belgrade" are Serbia's
    doc = parse([("officials", "official", *rows[0][2:]), *rows[1:]], {0: S, 1: S, 2: S}, KNOWN)
    assert parties.envoy_at_a_place(doc[0], [], 0) is None and parties.np_actors(doc[0], []) == [S]
    # "Serbian negotiators in Belgrade": the adjective names the state
    doc = parse([("Serbian", "serbian", "ADJ", "amod", 1), ("negotiators", "negotiator", "NOUN", "nsubj", 4),
                 ("in", "in", "ADP", "prep", 1), ("Belgrade", "Belgrade", "PROPN", "pobj", 2),
                 ("announced", "announce", "VERB", "ROOT", 4)], {0: S, 1: S, 2: S, 3: S}, KNOWN)
    assert parties.envoy_at_a_place(doc[1], [], 0) is None and parties.np_actors(doc[1], []) == [S]


@rule_test("people_at_a_place", "of_a_stateless_people")
def test_a_stateless_people_at_a_place_is_not_the_state_there():
    # "Hungary shelled Kurdish units in Serbia": the actors layer tags "units in Serbia" as Serbia
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
            ("Kurdish", "kurdish", "ADJ", "amod", 3), ("units", "unit", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)]
    doc = parse(rows, {0: H, 3: S, 4: S, 5: S}, KNOWN)
    assert parties.of_a_stateless_people(doc[3])
    assert parties.people_at_a_place(doc[3], [], 0) == [] and parties.np_actors(doc[3], []) == []
    # untagged head: the description does not take the place either
    doc = parse(rows, {0: H, 5: S}, KNOWN)
    assert parties.located_parties(doc[3], [], 0) == []
    # "Serbian units in Serbia": the adjective names the state (an actor), so it stays
    serbian = [*rows[:2], ("Serbian", "serbian", "ADJ", "amod", 3), *rows[3:]]
    doc = parse(serbian, {0: H, 2: S, 3: S, 4: S, 5: S}, KNOWN)
    assert not parties.of_a_stateless_people(doc[3]) and parties.np_actors(doc[3], []) == [S]
    # "armed units in Serbia", without a people's adjective, are the state's
    armed = [*rows[:2], ("armed", "armed", "ADJ", "amod", 3), *rows[3:]]
    doc = parse(armed, {0: H, 3: S, 4: S, 5: S}, KNOWN)
    assert parties.people_at_a_place(doc[3], [], 0) is None and parties.np_actors(doc[3], []) == [S]
    # a group of the place's population ("Militants (Serbia)") stays
    g = "group:srb-militants"
    known = {**KNOWN, g: Actor(g, "Militants (Serbia)", "group", "SRB")}
    doc = parse(rows, {0: H, 3: g, 4: g, 5: g}, known)
    assert parties.people_at_a_place(doc[3], [], 0) is None and parties.np_actors(doc[3], []) == [g]


def test_a_summit_in_a_city_is_held_there():
    # "a summit in Belgrade between Hungary and France": where the meeting is held, its parties named
    rows = [("a", "a", "DET", "det", 1), ("summit", "summit", "NOUN", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1), ("Belgrade", "Belgrade", "PROPN", "pobj", 2),
            ("between", "between", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 4)]
    doc = parse(rows, {3: S, 5: H}, KNOWN)
    assert parties.is_event_noun(doc[1]) and parties.located_parties(doc[1], [], 0) == []
    # "a summit in Belgrade" naming no party: the host is the other party (the PETRARCH convention)
    doc = parse(rows[:4], {3: S}, KNOWN)
    assert not parties.is_event_noun(doc[1]) and parties.np_actors(doc[1], []) == [S]


@rule_test("declared_withdrawal")
def test_a_withdrawal_announced_or_decided_is_a_declared_yield():
    # "France announced the withdrawal of its troops": a verbal yield (CONCEDE), not the material RETREAT
    rows = [("France", "France", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("withdrawal", "withdrawal", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3), ("its", "its", "PRON", "poss", 6), ("troops", "troop", "NOUN", "pobj", 4)]
    doc = parse(rows, {0: F}, KNOWN)
    d = replace(draft(doc, 3, "RETREAT"), mode="withdraw")
    assert declared.declared_withdrawal(d, doc[3], lexicon()) and (d.type, d.cameo) == ("CONCEDE", "080")
    # "France announced the withdrawal of its ambassador": no forces moved, the rule leaves it
    doc = parse([*rows[:6], ("ambassador", "ambassador", "NOUN", "pobj", 4)], {0: F}, KNOWN)
    assert not declared.declared_withdrawal(replace(draft(doc, 3, "RETREAT"), mode="withdraw"), doc[3], lexicon())
    # "France withdrew its troops": done, no word of declaring governs it
    doc = parse([rows[0], ("withdrew", "withdraw", "VERB", "ROOT", 1), ("its", "its", "PRON", "poss", 3),
                 ("troops", "troop", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    assert not declared.declared_withdrawal(replace(draft(doc, 1, "RETREAT"), mode="withdraw"), doc[1], lexicon())


@rule_test("weapon_test")
def test_a_ballistic_missile_launched_at_no_party_is_a_weapons_test():
    # "France launched a short-range ballistic missile": a show of force, not an attack
    rows = [("France", "France", "PROPN", "nsubj", 1), ("launched", "launch", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 6), ("short", "short", "ADJ", "amod", 5), ("-", "-", "PUNCT", "punct", 5),
            ("range", "range", "NOUN", "compound", 6), ("ballistic", "ballistic", "ADJ", "amod", 7),
            ("missile", "missile", "NOUN", "dobj", 1)]
    doc = parse(rows[:6] + [("ballistic", "ballistic", "ADJ", "amod", 7), ("missile", "missile", "NOUN", "dobj", 1)],
                {0: F}, KNOWN)
    d = replace(draft(doc, 1), targets=[])
    assert weapons.weapon_test(d, doc[1], lexicon()) and (d.type, d.cameo) == ("MOBILIZE", "150")
    assert not weapons.weapon_test(draft(doc, 1), doc[1], lexicon())  # "... at Germany": a target, an attack
    # "France launched a cruise missile": no missile class of a test; "missiles, which hit the base"
    doc = parse([rows[0], rows[1], ("a", "a", "DET", "det", 4), ("cruise", "cruise", "NOUN", "compound", 4),
                 ("missile", "missile", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    assert not weapons.weapon_test(replace(draft(doc, 1), targets=[]), doc[1], lexicon())
    doc = parse(rows[:6] + [("ballistic", "ballistic", "ADJ", "amod", 7), ("missile", "missile", "NOUN", "dobj", 1),
                            ("that", "that", "PRON", "nsubj", 9), ("hit", "hit", "VERB", "relcl", 7),
                            ("bases", "base", "NOUN", "dobj", 9)], {0: F}, KNOWN)
    assert not weapons.weapon_test(replace(draft(doc, 1), targets=[]), doc[1], lexicon())


def test_a_launch_into_the_sea_over_a_state_or_failed_is_a_weapons_test():
    fired = [("France", "France", "PROPN", "nsubj", 1), ("fired", "fire", "VERB", "ROOT", 1),
             ("a", "a", "DET", "det", 3), ("missile", "missile", "NOUN", "dobj", 1)]
    # "France fired a missile into the sea": lands nowhere
    doc = parse([*fired, ("into", "into", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
                 ("sea", "sea", "NOUN", "pobj", 4)], {0: F}, KNOWN)
    d = replace(draft(doc, 1), targets=[])
    assert weapons.weapon_test(d, doc[1], lexicon()) and d.type == "MOBILIZE"
    # "France fired a missile over Germany": a show of force against Germany; "at Germany" hits it
    for prep, tested in (("over", True), ("at", False)):
        doc = parse([*fired, (prep, prep, "ADP", "prep", 1), ("Germany", "Germany", "PROPN", "pobj", 4)],
                    {0: F, 5: D}, KNOWN)
        d = replace(draft(doc, 1), targets=[D])
        assert weapons.weapon_test(d, doc[1], lexicon()) is tested and d.targets == [D]
    # "France test-fired a missile"
    doc = parse([("France", "France", "PROPN", "nsubj", 3), ("test", "test", "NOUN", "npadvmod", 3),
                 ("-", "-", "PUNCT", "punct", 3), ("fired", "fire", "VERB", "ROOT", 3), ("a", "a", "DET", "det", 5),
                 ("missile", "missile", "NOUN", "dobj", 3)], {0: F}, KNOWN)
    assert weapons.weapon_test(replace(draft(doc, 3), targets=[]), doc[3], lexicon())
    # "after talks failed, France fired a missile": the failure is the talks', not the launch's
    doc = parse([("after", "after", "SCONJ", "mark", 2), ("talks", "talk", "NOUN", "nsubj", 2),
                 ("failed", "fail", "VERB", "advcl", 4), ("France", "France", "PROPN", "nsubj", 4),
                 ("fired", "fire", "VERB", "ROOT", 4), ("a", "a", "DET", "det", 6),
                 ("missile", "missile", "NOUN", "dobj", 4)], {3: F}, KNOWN)
    assert not weapons.weapon_test(replace(draft(doc, 4), targets=[]), doc[4], lexicon())


@rule_test("conditional_threat", "refusal", "intended_cooperation", "announced_hostility", "show_of_force")
def test_outcomes():
    # "France will withdraw unless Germany pays"
    doc = parse([("France", "France", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                 ("withdraw", "withdraw", "VERB", "ROOT", 2), ("unless", "unless", "SCONJ", "mark", 5),
                 ("Germany", "Germany", "PROPN", "nsubj", 5), ("pays", "pay", "VERB", "advcl", 2)], {0: F, 4: D}, KNOWN)
    d = draft(doc, 2, "RETREAT", hypothetical=True)
    assert outcomes.conditional_threat(d, doc[2], lexicon()) and (d.type, d.hypothetical) == ("THREATEN", False)
    d = draft(doc, 2, "AGREE", negated=True)
    assert outcomes.refusal(d, doc[2], lexicon()) and (d.type, d.negated) == ("REJECT", False)
    d = draft(doc, 2, "CONSULT", hypothetical=True)
    assert outcomes.intended_cooperation(d, doc[2], lexicon()) and (d.type, d.cameo) == ("AGREE", "036")
    assert not d.hypothetical  # the expressed intention is what the text reports
    d = draft(doc, 2, "CONSULT", hypothetical=True, irrealis="belief:fear")
    assert not outcomes.intended_cooperation(d, doc[2], lexicon()) and d.hypothetical  # a conjecture
    d = draft(doc, 2, "CONSULT", hypothetical=True, irrealis="future:will+intent:want")
    assert not outcomes.intended_cooperation(d, doc[2], lexicon())  # "will want to meet": a forecast
    d = draft(doc, 2, "CONSULT", hypothetical=True, irrealis="modal:would")
    assert not outcomes.intended_cooperation(d, doc[2], lexicon())  # "questioned why X would work with Y"
    d = draft(doc, 2, "CONSULT", hypothetical=True, irrealis="modal:would", announced=True)
    assert outcomes.intended_cooperation(d, doc[2], lexicon())  # "said it would meet": its own word
    d = draft(doc, 2, "MOBILIZE", hypothetical=True, shown=True)
    assert outcomes.show_of_force(d, doc[2], lexicon()) and not d.hypothetical
    d = draft(doc, 2, "MOBILIZE", hypothetical=True)
    assert not outcomes.show_of_force(d, doc[2], lexicon())  # "will deploy troops": a plan
    d = draft(doc, 2, "SANCTION", hypothetical=True)
    assert not outcomes.announced_hostility(d, doc[2], lexicon())  # nobody announced it
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                 ("it", "it", "PRON", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
                 ("boycott", "boycott", "VERB", "ccomp", 1)], {0: F}, KNOWN)
    d = draft(doc, 4, "SANCTION", hypothetical=True, announced=True)
    assert outcomes.announced_hostility(d, doc[4], lexicon()) and (d.type, d.hypothetical) == ("THREATEN", False)
    d = draft(doc, 4, "SANCTION", hypothetical=True)  # announced by someone else: still to come
    assert outcomes.announced_hostility(d, doc[4], lexicon()) and (d.type, d.hypothetical) == ("THREATEN", True)


@rule_test("attempted_force")
def test_an_attempt_at_force_is_force_used_but_an_attempted_deal_is_no_deal():
    # "France tried to raid the German consulate."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("tried", "try", "VERB", "ROOT", 1, "VBD"),
            ("to", "to", "PART", "aux", 3), ("raid", "raid", "VERB", "xcomp", 1, "VB"),
            ("the", "the", "DET", "det", 6), ("German", "german", "ADJ", "amod", 6),
            ("consulate", "consulate", "NOUN", "dobj", 3)]
    doc = parse(rows, {0: F}, KNOWN)
    d = draft(doc, 3, "ASSAULT", hypothetical=True, irrealis="attempt:try")
    assert not outcomes.attempted_force(d, doc[3], lexicon()) and not d.hypothetical  # the next rules still read
    d = draft(doc, 3, "AGREE", hypothetical=True, irrealis="attempt:try")  # "tried to seal a pact": none
    assert not outcomes.attempted_force(d, doc[3], lexicon()) and d.hypothetical
    # "France tried to hire gunmen to raid the consulate": the raid is two steps from the attempt
    rows = [("France", "France", "PROPN", "nsubj", 1), ("tried", "try", "VERB", "ROOT", 1, "VBD"),
            ("to", "to", "PART", "aux", 3), ("hire", "hire", "VERB", "xcomp", 1, "VB"),
            ("gunmen", "gunman", "NOUN", "dobj", 3), ("to", "to", "PART", "aux", 6),
            ("raid", "raid", "VERB", "advcl", 3, "VB"), ("the", "the", "DET", "det", 8),
            ("consulate", "consulate", "NOUN", "dobj", 6)]
    doc = parse(rows, {0: F}, KNOWN)
    d = draft(doc, 6, "ASSAULT", hypothetical=True, irrealis="attempt:try")
    assert not outcomes.attempted_force(d, doc[6], lexicon()) and d.hypothetical


@rule_test("inferred_hostility")
def test_a_hostile_plan_found_or_believed_by_others_is_no_threat():
    from diplograph.nlp.events import inferred

    # "Intelligence showed that France was planning to attack Germany."
    rows = [("Intelligence", "intelligence", "NOUN", "nsubj", 1), ("showed", "show", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 5), ("France", "France", "PROPN", "nsubj", 5),
            ("was", "be", "AUX", "aux", 5), ("planning", "plan", "VERB", "ccomp", 1, "VBG"),
            ("to", "to", "PART", "aux", 7), ("attack", "attack", "VERB", "xcomp", 5, "VB"),
            ("Germany", "Germany", "PROPN", "dobj", 7)]
    doc = parse(rows, {3: F, 8: D}, KNOWN)
    d = draft(doc, 7, "ASSAULT", hypothetical=True, announced=True)
    assert inferred.inferred_hostility(d, doc[7], lexicon()) and (d.type, d.hypothetical) == ("ASSAULT", True)
    # "The envoy believes France will attack Germany." (a verb of belief over the clause)
    believes = parse([("The", "the", "DET", "det", 1), ("envoy", "envoy", "NOUN", "nsubj", 2),
                      ("believes", "believe", "VERB", "ROOT", 2, "VBZ"), ("France", "France", "PROPN", "nsubj", 5),
                      ("will", "will", "AUX", "aux", 5), ("attack", "attack", "VERB", "ccomp", 2, "VB"),
                      ("Germany", "Germany", "PROPN", "dobj", 5)], {3: F, 6: D}, KNOWN)
    assert inferred.inferred_hostility(draft(believes, 5, hypothetical=True), believes[5], lexicon())
    # "France said it was planning to attack Germany.": its own words, left to announced_hostility
    said = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                  *rows[2:]], {0: F, 3: F, 8: D}, KNOWN)
    assert not inferred.inferred_hostility(draft(said, 7, hypothetical=True), said[7], lexicon())


@rule_test("standing_position", "opinion_poll")
def test_a_standing_position_a_habit_or_a_poll_share_is_no_event():
    # "France has long opposed Germany."  /  "France opposed Germany."
    rows = [("France", "France", "PROPN", "nsubj", 3), ("has", "have", "AUX", "aux", 3),
            ("long", "long", "ADV", "advmod", 3), ("opposed", "oppose", "VERB", "ROOT", 3, "VBN"),
            ("Germany", "Germany", "PROPN", "dobj", 3)]
    doc = parse(rows, {0: F, 4: D}, KNOWN)
    assert frames.standing_position(climb(doc, 3, "REJECT")) is Step.DROP
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("opposed", "oppose", "VERB", "ROOT", 1, "VBD"),
                 ("Germany", "Germany", "PROPN", "dobj", 1)],
                {0: F, 2: D}, KNOWN)
    assert frames.standing_position(climb(doc, 1, "REJECT")) is None
    # "France routinely criticizes Germany."  /  "France left long before Germany attacked." (no perfect)
    doc = parse([("France", "France", "PROPN", "nsubj", 2), ("routinely", "routinely", "ADV", "advmod", 2),
                 ("criticizes", "criticize", "VERB", "ROOT", 2),
                 ("Germany", "Germany", "PROPN", "dobj", 2)], {0: F, 3: D}, KNOWN)
    assert frames.standing_position(climb(doc, 2, "ACCUSE")) is Step.DROP
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1, "VBD"),
                 ("long", "long", "ADV", "advmod", 1), ("ago", "ago", "ADV", "advmod", 1)], {0: F}, KNOWN)
    assert frames.standing_position(climb(doc, 1)) is None
    # "62 percent of Frenchmen oppose Germany"  /  "France opposes Germany"
    doc = parse([("62", "62", "NUM", "nummod", 1), ("percent", "percent", "NOUN", "nsubj", 4),
                 ("of", "of", "ADP", "prep", 1), ("Frenchmen", "Frenchman", "NOUN", "pobj", 2),
                 ("oppose", "oppose", "VERB", "ROOT", 4), ("Germany", "Germany", "PROPN", "dobj", 4)],
                {3: F, 5: D}, KNOWN)
    assert frames.opinion_poll(climb(doc, 4, "REJECT")) is Step.DROP
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("opposes", "oppose", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1)], {0: F, 2: D}, KNOWN)
    assert frames.opinion_poll(climb(doc, 1, "REJECT")) is None


def _paragraphs_before(count: int) -> list:
    """``count`` short paragraphs ("Serbia spoke." and a blank line) before the sentence a test reads."""
    out: list = []
    for n in range(count):
        root = 4 * n + 1
        out += [("Serbia", "Serbia", "PROPN", "nsubj", root, "NNP"), ("spoke", "speak", "VERB", "ROOT", root, "VBD"),
                (".", ".", "PUNCT", "punct", root, "."), ("\n\n", "\n\n", "SPACE", "dep", root, "_SP")]
    return out


@rule_test("stance_relative")
def test_a_stance_in_a_relative_clause_describes_its_noun():
    # "Berg praised the Serbian rebels who oppose Hungary."  /  "... who opposed Hungary."
    def rows(verb: str, tag: str) -> list:
        return [("Berg", "Berg", "PROPN", "nsubj", 1, "NNP"), ("praised", "praise", "VERB", "ROOT", 1, "VBD"),
                ("the", "the", "DET", "det", 4, "DT"), ("Serbian", "serbian", "ADJ", "amod", 4, "JJ"),
                ("rebels", "rebel", "NOUN", "dobj", 1, "NNS"), ("who", "who", "PRON", "nsubj", 6, "WP"),
                (verb, "oppose", "VERB", "relcl", 4, tag), ("Hungary", "Hungary", "PROPN", "dobj", 6, "NNP")]
    doc = parse(rows("oppose", "VBP"), {0: B, 3: S, 7: H}, KNOWN)
    assert frames.stance_relative(climb(doc, 6, "REJECT")) is Step.DROP
    doc = parse(rows("opposed", "VBD"), {0: B, 3: S, 7: H}, KNOWN)  # a past act may be told
    assert frames.stance_relative(climb(doc, 6, "REJECT")) is None
    # "Serbia opposes Hungary": a main clause is not a description of a noun
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1, "NNP"), ("opposes", "oppose", "VERB", "ROOT", 1, "VBZ"),
                 ("Hungary", "Hungary", "PROPN", "dobj", 1, "NNP")], {0: S, 2: H}, KNOWN)
    assert frames.stance_relative(climb(doc, 1, "REJECT")) is None
    # "Serbia levelled a charge Hungary denies." in the third paragraph: a denial as it stands; not
    # "... a charge Hungary denied." (a past act), nor in the lead (the day's news)
    def denial(verb: str, tag: str, paragraphs: int = 2):
        head = _paragraphs_before(paragraphs)
        k = len(head)
        rows = [("Serbia", "Serbia", "PROPN", "nsubj", k + 1, "NNP"),
                ("levelled", "level", "VERB", "ROOT", k + 1, "VBD"), ("a", "a", "DET", "det", k + 3, "DT"),
                ("charge", "charge", "NOUN", "dobj", k + 1, "NN"),
                ("Hungary", "Hungary", "PROPN", "nsubj", k + 5, "NNP"), (verb, "deny", "VERB", "relcl", k + 3, tag)]
        return parse(head + rows, {k: S, k + 4: H}, KNOWN), k + 5
    doc, i = denial("denies", "VBZ")
    assert frames.stance_relative(climb(doc, i, "REJECT")) is Step.DROP
    doc, i = denial("denied", "VBD")
    assert frames.stance_relative(climb(doc, i, "REJECT")) is None
    doc, i = denial("denies", "VBZ", paragraphs=1)
    assert frames.stance_relative(climb(doc, i, "REJECT")) is None


@rule_test("standing_present")
def test_a_stance_or_charge_in_the_present_past_the_lead_is_background():
    # "Serbia accuses Hungary of arming the militia." in the third paragraph: a standing charge
    def doc_of(paragraphs: int, verb: str = "accuses", tag: str = "VBZ", then: bool = False):
        head = _paragraphs_before(paragraphs)
        k, a = len(head), int(then)
        v = k + 1 + a
        adverb = [("then", "then", "ADV", "advmod", v, "RB")] if then else []
        words = [("Serbia", "Serbia", "PROPN", "nsubj", v, "NNP"), *adverb, (verb, "accuse", "VERB", "ROOT", v, tag),
                 ("Hungary", "Hungary", "PROPN", "dobj", v, "NNP"), ("of", "of", "ADP", "prep", v, "IN"),
                 ("arming", "arm", "VERB", "pcomp", v + 2, "VBG"), ("the", "the", "DET", "det", v + 5, "DT"),
                 ("militia", "militia", "NOUN", "dobj", v + 3, "NN"), (".", ".", "PUNCT", "punct", v, ".")]
        return parse(head + words, {k: S, v + 1: H}, KNOWN), v
    doc, i = doc_of(2)
    assert frames.standing_present(climb(doc, i, "ACCUSE")) is Step.DROP
    doc, i = doc_of(1)  # the lead may tell the day's news in a headline's present
    assert frames.standing_present(climb(doc, i, "ACCUSE")) is None
    doc, i = doc_of(2, "accused", "VBD")  # a past act is told
    assert frames.standing_present(climb(doc, i, "ACCUSE")) is None
    doc, i = doc_of(2, then=True)  # a chronology told in the historic present
    assert frames.standing_present(climb(doc, i, "ACCUSE")) is None


@rule_test("stance_progressive")
def test_a_stance_in_the_present_progressive_is_a_standing_side():
    # "Serbia is backing Hungary."  /  "Serbia is backing down."  /  "Serbia was backing Hungary."
    def rows(aux: str, aux_tag: str, last: tuple) -> list:
        return [("Serbia", "Serbia", "PROPN", "nsubj", 2, "NNP"), (aux, "be", "AUX", "aux", 2, aux_tag),
                ("backing", "back", "VERB", "ROOT", 2, "VBG"), last]
    doc = parse(rows("is", "VBZ", ("Hungary", "Hungary", "PROPN", "dobj", 2, "NNP")), {0: S, 3: H}, KNOWN)
    assert frames.stance_progressive(climb(doc, 2, "SUPPORT")) is Step.DROP
    doc = parse(rows("is", "VBZ", ("down", "down", "ADP", "prt", 2, "RP")), {0: S}, KNOWN)
    assert frames.stance_progressive(climb(doc, 2, "SUPPORT")) is None  # a phrasal verb, no stance
    doc = parse(rows("was", "VBD", ("Hungary", "Hungary", "PROPN", "dobj", 2, "NNP")), {0: S, 3: H}, KNOWN)
    assert frames.stance_progressive(climb(doc, 2, "SUPPORT")) is None  # not the present
    # "Serbia is shelling Hungary": a material act in the progressive stays an event
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 2, "NNP"), ("is", "be", "AUX", "aux", 2, "VBZ"),
                 ("shelling", "shell", "VERB", "ROOT", 2, "VBG"), ("Hungary", "Hungary", "PROPN", "dobj", 2, "NNP")],
                {0: S, 3: H}, KNOWN)
    assert frames.stance_progressive(climb(doc, 2, "ASSAULT")) is None


def test_a_standing_tie_in_a_relative_clause_describes_its_noun():
    # "Berg visited the Serbian bases that host Hungarian troops."  /  "... that hosted ..."
    def rows(verb: str, tag: str) -> list:
        return [("Berg", "Berg", "PROPN", "nsubj", 1, "NNP"), ("visited", "visit", "VERB", "ROOT", 1, "VBD"),
                ("the", "the", "DET", "det", 4, "DT"), ("Serbian", "serbian", "ADJ", "amod", 4, "JJ"),
                ("bases", "base", "NOUN", "dobj", 1, "NNS"), ("that", "that", "PRON", "nsubj", 6, "WDT"),
                (verb, "host", "VERB", "relcl", 4, tag), ("Hungarian", "hungarian", "ADJ", "amod", 8, "JJ"),
                ("troops", "troop", "NOUN", "dobj", 6, "NNS")]
    doc = parse(rows("host", "VBP"), {0: B, 3: S, 7: H}, KNOWN)
    assert frames.stance_relative(climb(doc, 6, "CONSULT")) is Step.DROP
    doc = parse(rows("hosted", "VBD"), {0: B, 3: S, 7: H}, KNOWN)  # a past visit may be told
    assert frames.stance_relative(climb(doc, 6, "CONSULT")) is None


@rule_test("population_stance")
def test_a_stance_of_a_share_of_a_population_is_an_opinion():
    # "A majority of Serbs oppose Hungary."  /  "A majority of Serbs opposed Hungary." (a vote may be told)
    def rows(verb: str, tag: str) -> list:
        return [("A", "a", "DET", "det", 1, "DT"), ("majority", "majority", "NOUN", "nsubj", 4, "NN"),
                ("of", "of", "ADP", "prep", 1, "IN"), ("Serbs", "Serb", "PROPN", "pobj", 2, "NNPS"),
                (verb, "oppose", "VERB", "ROOT", 4, tag), ("Hungary", "Hungary", "PROPN", "dobj", 4, "NNP")]
    doc = parse(rows("oppose", "VBP"), {3: S, 5: H}, KNOWN)
    assert frames.population_stance(climb(doc, 4, "REJECT")) is Step.DROP
    doc = parse(rows("opposed", "VBD"), {3: S, 5: H}, KNOWN)
    assert frames.population_stance(climb(doc, 4, "REJECT")) is None
    # "Many Serbs back Hungary."  /  "Serbia backs Hungary."
    doc = parse([("Many", "many", "ADJ", "amod", 1, "JJ"), ("Serbs", "Serb", "PROPN", "nsubj", 2, "NNPS"),
                 ("back", "back", "VERB", "ROOT", 2, "VBP"), ("Hungary", "Hungary", "PROPN", "dobj", 2, "NNP")],
                {1: S, 3: H}, KNOWN)
    assert frames.population_stance(climb(doc, 2, "SUPPORT")) is Step.DROP
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1, "NNP"), ("backs", "back", "VERB", "ROOT", 1, "VBZ"),
                 ("Hungary", "Hungary", "PROPN", "dobj", 1, "NNP")], {0: S, 2: H}, KNOWN)
    assert frames.population_stance(climb(doc, 1, "SUPPORT")) is None


@rule_test("own_conduct")
def test_a_defence_of_ones_own_conduct_is_no_support_of_another():
    # "Berg defended her government's deal with Serbia."  /  "Berg defended Serbia."
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1, "NNP"), ("defended", "defend", "VERB", "ROOT", 1, "VBD"),
                 ("her", "her", "PRON", "poss", 3, "PRP$"), ("government", "government", "NOUN", "poss", 5, "NN"),
                 ("'s", "'s", "PART", "case", 3, "POS"), ("deal", "deal", "NOUN", "dobj", 1, "NN"),
                 ("with", "with", "ADP", "prep", 5, "IN"), ("Serbia", "Serbia", "PROPN", "pobj", 6, "NNP")],
                {0: B, 7: S}, KNOWN)
    assert frames.own_conduct(climb(doc, 1, "SUPPORT")) is Step.DROP
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1, "NNP"), ("defended", "defend", "VERB", "ROOT", 1, "VBD"),
                 ("Serbia", "Serbia", "PROPN", "dobj", 1, "NNP")], {0: B, 2: S}, KNOWN)
    assert frames.own_conduct(climb(doc, 1, "SUPPORT")) is None


def _asked(complement: list, verb: str = "asked", tag: str = "VBD", dep: str = "ROOT") -> object:
    """"France asked Germany <complement>" (the complement's heads counted from index 3)."""
    return parse([("France", "France", "PROPN", "nsubj", 1), (verb, "ask", "VERB", dep, 1, tag),
                  ("Germany", "Germany", "PROPN", "dobj", 1), *complement], {0: F, 2: D}, KNOWN)


# "... whether Serbia had attacked"  /  "... to attack Serbia"  /  "... if it could attack"
_WHETHER = [("whether", "whether", "SCONJ", "mark", 6, "IN"), ("Serbia", "Serbia", "PROPN", "nsubj", 6),
            ("had", "have", "AUX", "aux", 6, "VBD"), ("attacked", "attack", "VERB", "ccomp", 1, "VBN")]
_TO = [("to", "to", "PART", "aux", 4), ("attack", "attack", "VERB", "xcomp", 1, "VB"),
       ("Serbia", "Serbia", "PROPN", "dobj", 4)]
_IF_IT_COULD = [("if", "if", "SCONJ", "mark", 6, "IN"), ("it", "it", "PRON", "nsubj", 6, "PRP"),
                ("could", "could", "AUX", "aux", 6, "MD"), ("attack", "attack", "VERB", "ccomp", 1, "VB")]


# "Hungary offered to send doctors to help Serbia ." / "... is ready to send ..." / "... sent ..."
def _offered_help(governing: list[tuple]) -> list[tuple]:
    n = len(governing)
    return [("Hungary", "Hungary", "PROPN", "nsubj", 1), *governing,
            ("to", "to", "PART", "aux", n + 2), ("send", "send", "VERB", "xcomp", n),
            ("doctors", "doctor", "NOUN", "dobj", n + 2), ("to", "to", "PART", "aux", n + 5),
            ("help", "help", "VERB", "advcl", n + 2), ("Serbia", "Serbia", "PROPN", "dobj", n + 5)]


@rule_test("offered_purpose")
def test_the_aim_of_an_offered_act_is_offered_not_given():
    offered = parse(_offered_help([("offered", "offer", "VERB", "ROOT", 1)]), {0: H, 7: S}, KNOWN)
    c = Climb(replace(draft(offered, 6, "AID"), sources=[H], targets=[S]), offered[6], lexicon(),
              offered._.mentions, offered._.actors)
    assert frames.offered_purpose(c) is None and (c.d.type, c.d.cameo) == ("AGREE", "033")
    ready = parse(_offered_help([("is", "be", "AUX", "ROOT", 1), ("ready", "ready", "ADJ", "acomp", 1)]),
                  {0: H, 8: S}, KNOWN)
    c = Climb(replace(draft(ready, 7, "AID"), sources=[H], targets=[S]), ready[7], lexicon(),
              ready._.mentions, ready._.actors)
    frames.offered_purpose(c)
    assert c.d.type == "AGREE"
    # "Hungary sent doctors to help Serbia": help given; "offered ... to help" no one named: no offer
    sent = parse([("Hungary", "Hungary", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                  ("doctors", "doctor", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                  ("help", "help", "VERB", "advcl", 1), ("Serbia", "Serbia", "PROPN", "dobj", 4)], {0: H, 5: S}, KNOWN)
    c = Climb(replace(draft(sent, 4, "AID"), sources=[H], targets=[S]), sent[4], lexicon(),
              sent._.mentions, sent._.actors)
    frames.offered_purpose(c)
    assert c.d.type == "AID"
    c = Climb(replace(draft(offered, 6, "AID"), sources=[H], targets=[]), offered[6], lexicon(),
              offered._.mentions, offered._.actors)
    frames.offered_purpose(c)
    assert c.d.type == "AID"


@rule_test("asked_a_question", "question_content")
def test_a_question_asked_is_no_request_and_reports_nothing():
    doc = _asked(_WHETHER)
    assert frames.asked_a_question(climb(doc, 1, "REQUEST")) is Step.DROP
    assert frames.question_content(climb(doc, 6), doc[1], doc[6], None) is Step.DROP
    doc = _asked(_TO)  # a request of an act
    assert frames.asked_a_question(climb(doc, 1, "REQUEST")) is None
    assert frames.question_content(climb(doc, 4), doc[1], doc[4], None) is None
    doc = _asked(_IF_IT_COULD)  # "asked Germany if it could attack": a polite request
    assert frames.asked_a_question(climb(doc, 1, "REQUEST")) is None
    # "France asked Germany about the attack."
    doc = _asked([("about", "about", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                  ("attack", "attack", "NOUN", "pobj", 3)])
    assert frames.asked_a_question(climb(doc, 1, "REQUEST")) is Step.DROP
    # "When asked, Germany said no.": the question an answer follows
    doc = parse([("When", "when", "SCONJ", "advmod", 1, "WRB"), ("asked", "ask", "VERB", "advcl", 4, "VBN"),
                 (",", ",", "PUNCT", "punct", 4), ("Germany", "Germany", "PROPN", "nsubj", 4),
                 ("said", "say", "VERB", "ROOT", 4, "VBD"), ("no", "no", "INTJ", "intj", 4)], {3: D}, KNOWN)
    assert frames.asked_a_question(climb(doc, 1, "REQUEST")) is Step.DROP


@rule_test("opinion_agreement")
def test_agreeing_with_a_view_is_no_agreement_and_agreeing_on_an_act_is():
    # "Germany agrees."  /  "Germany agreed that the situation was dire."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("agrees", "agree", "VERB", "ROOT", 1, "VBZ"),
                 (".", ".", "PUNCT", "punct", 1)], {0: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is Step.DROP
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 5), ("the", "the", "DET", "det", 4),
            ("situation", "situation", "NOUN", "nsubj", 5), ("was", "be", "AUX", "ccomp", 1, "VBD"),
            ("dire", "dire", "ADJ", "acomp", 5)]
    assert frames.opinion_agreement(climb(parse(rows, {0: D}, KNOWN), 1, "AGREE")) is Step.DROP
    # "Germany agreed that the troops would leave."  /  "Germany agreed to leave."  /  "... agreed a deal"
    doc = parse([*rows[:3], ("the", "the", "DET", "det", 4), ("troops", "troop", "NOUN", "nsubj", 6),
                 ("would", "would", "AUX", "aux", 6), ("leave", "leave", "VERB", "ccomp", 1)], {0: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    doc = parse([*rows[:2], ("to", "to", "PART", "aux", 3), ("leave", "leave", "VERB", "xcomp", 1)], {0: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    doc = parse([*rows[:2], ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1)], {0: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    # "France said Germany agreed.": an acceptance reported
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                 ("Germany", "Germany", "PROPN", "nsubj", 3), ("agreed", "agree", "VERB", "ccomp", 1, "VBD")],
                {0: F, 2: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 3, "AGREE")) is None
    # "A deal was agreed.": the passive names what was agreed
    doc = parse([("A", "a", "DET", "det", 1), ("deal", "deal", "NOUN", "nsubjpass", 3),
                 ("was", "be", "AUX", "auxpass", 3), ("agreed", "agree", "VERB", "ROOT", 3, "VBN")], {}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 3, "AGREE")) is None


@rule_test("opinion_agreement")
def test_agreeing_that_something_ought_to_be_is_a_view_not_an_agreement():
    # "Germany agreed that the envoy should resign."  (the troops "would" leave stays, above)
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 6), ("the", "the", "DET", "det", 4),
            ("envoy", "envoy", "NOUN", "nsubj", 6), ("should", "should", "AUX", "aux", 6),
            ("resign", "resign", "VERB", "ccomp", 1)]
    assert frames.opinion_agreement(climb(parse(rows, {0: D}, KNOWN), 1, "AGREE")) is Step.DROP
    # "Germany agreed that we should meet.": what the agreeing parties owe each other stays
    doc = parse([*rows[:2], ("that", "that", "SCONJ", "mark", 5), ("we", "we", "PRON", "nsubj", 5),
                 ("should", "should", "AUX", "aux", 5),
                 ("meet", "meet", "VERB", "ccomp", 1)], {0: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None


@rule_test("opinion_agreement")
def test_agreeing_with_someone_or_a_view_is_no_agreement_but_agreeing_with_a_party_on_an_act_is():
    # "France said it agreed with Germany's analysis."  /  "France agrees with Germany."
    said = [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("it", "it", "PRON", "nsubj", 3), ("agreed", "agree", "VERB", "ccomp", 1, "VBD"),
            ("with", "with", "ADP", "prep", 3), ("Germany", "Germany", "PROPN", "poss", 7),
            ("'s", "'s", "PART", "case", 5), ("analysis", "analysis", "NOUN", "pobj", 4)]
    assert frames.opinion_agreement(climb(parse(said, {0: F, 2: F, 5: D}, KNOWN), 3, "AGREE")) is Step.DROP
    bare = [("France", "France", "PROPN", "nsubj", 1), ("agrees", "agree", "VERB", "ROOT", 1, "VBZ"),
            ("with", "with", "ADP", "prep", 1), ("Germany", "Germany", "PROPN", "pobj", 2)]
    assert frames.opinion_agreement(climb(parse(bare, {0: F, 3: D}, KNOWN), 1, "AGREE")) is Step.DROP
    # "France agrees with Germany to leave."  /  "... on a truce"  /  "... with the truce"  /  "does not agree"
    doc = parse([*bare, ("to", "to", "PART", "aux", 5), ("leave", "leave", "VERB", "xcomp", 1)], {0: F, 3: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    doc = parse([*bare, ("on", "on", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
                 ("truce", "truce", "NOUN", "pobj", 4)], {0: F, 3: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    doc = parse([*bare[:3], ("the", "the", "DET", "det", 4), ("truce", "truce", "NOUN", "pobj", 2)], {0: F}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None
    doc = parse([bare[0], ("does", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
                 ("agree", "agree", "VERB", "ROOT", 3, "VB"), ("with", "with", "ADP", "prep", 3),
                 ("Germany", "Germany", "PROPN", "pobj", 4)], {0: F, 5: D}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 3, "AGREE")) is None


@rule_test("opinion_agreement")
def test_agreeing_while_saying_something_is_a_view_but_agreeing_while_saying_what_will_be_done_is_not():
    # "France agreed, calling it a fair point."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
            (",", ",", "PUNCT", "punct", 1), ("calling", "call", "VERB", "advcl", 1, "VBG"),
            ("it", "it", "PRON", "dobj", 3), ("a", "a", "DET", "det", 7), ("fair", "fair", "ADJ", "amod", 7),
            ("point", "point", "NOUN", "oprd", 3)]
    assert frames.opinion_agreement(climb(parse(rows, {0: F}, KNOWN), 1, "AGREE")) is Step.DROP
    # "France agreed, saying it would leave.": the terms of an acceptance
    doc = parse([*rows[:3], ("saying", "say", "VERB", "advcl", 1, "VBG"), ("it", "it", "PRON", "nsubj", 6),
                 ("would", "would", "AUX", "aux", 6), ("leave", "leave", "VERB", "ccomp", 3)], {0: F}, KNOWN)
    assert frames.opinion_agreement(climb(doc, 1, "AGREE")) is None


@rule_test("counterfactive")
def test_an_act_denied_or_stopped_short_of_is_not_done_nor_refused():
    # "France denied attacking Germany."  /  "France denied requests by Germany."
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
                 ("attacking", "attack", "VERB", "xcomp", 1, "VBG"), ("Germany", "Germany", "PROPN", "dobj", 2)],
                {0: F, 3: D}, KNOWN)
    c = climb(doc, 2)
    assert frames.counterfactive(c, doc[1], doc[2], None) is None and c.d.negated and c.d.not_yet
    assert frames.apply_frames(draft(doc, 2), doc[2], lexicon(), [], doc._.actors).negated
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
                 ("requests", "request", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
                 ("Germany", "Germany", "PROPN", "pobj", 3)], {0: F, 4: D}, KNOWN)
    c = climb(doc, 2, "REQUEST")
    assert frames.counterfactive(c, doc[1], doc[2], None) is None and not c.d.negated
    # "France stopped short of endorsing Germany."  /  "France stopped endorsing Germany."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("stopped", "stop", "VERB", "ROOT", 1, "VBD"),
            ("short", "short", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 2),
            ("endorsing", "endorse", "VERB", "pcomp", 3, "VBG"), ("Germany", "Germany", "PROPN", "dobj", 4)]
    doc = parse(rows, {0: F, 5: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 4, "SUPPORT"), doc[4], lexicon(), [], doc._.actors)
    assert d is not None and d.negated and d.type == "SUPPORT"
    doc = parse([*rows[:2], ("endorsing", "endorse", "VERB", "xcomp", 1, "VBG"),
                 ("Germany", "Germany", "PROPN", "dobj", 2)], {0: F, 3: D}, KNOWN)
    c = climb(doc, 2, "SUPPORT")
    assert frames.counterfactive(c, doc[1], doc[2], None) is None and not c.d.negated


@rule_test("agreed_to_act")
def test_a_cooperative_act_agreed_to_is_the_agreement_not_the_act():
    # "France agreed to help Germany.": AGREE by France (kb/event_frames.tsv: agree is light and promise)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
            ("to", "to", "PART", "aux", 3), ("help", "help", "VERB", "xcomp", 1, "VB"),
            ("Germany", "Germany", "PROPN", "dobj", 3)]
    doc = parse(rows, {0: F, 4: D}, KNOWN)
    lex = lexicon()
    c = climb(doc, 3, "AID")
    assert frames.agreed_to_act(c, doc[1], doc[3], lex.frame(doc[1])) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.sources, c.result.anchor.i) == ("AGREE", [F], 1)
    d = frames.apply_frames(draft(doc, 3, "AID"), doc[3], lex, doc._.mentions, doc._.actors)
    assert d is not None and d.type == "AGREE" and d.anchor.i == 1
    # "France agreed to help Germany and Hungary.": the agreement is with every party of the act
    d = frames.apply_frames(replace(draft(doc, 3, "AID"), targets=[D, H]), doc[3], lex, doc._.mentions, doc._.actors)
    assert d is not None and d.type == "AGREE" and d.targets == [D, H]
    # "France agreed to attack Germany.": a hostile act agreed to is left to the other rules
    c = climb(doc, 3, "ASSAULT")
    assert frames.agreed_to_act(c, doc[1], doc[3], lex.frame(doc[1])) is None
    # "France agreed a deal.": the light sense, the deal is what was agreed
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
                 ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    assert frames.agreed_to_act(climb(doc, 3, "AGREE"), doc[1], doc[3], lex.frame(doc[1])) is None


@rule_test("narrated_meeting")
def test_a_meeting_the_writer_reports_as_to_come_is_not_held_nor_an_intent():
    # "France will meet Germany."  /  "France said it will meet Germany."
    doc = parse([("France", "France", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                 ("meet", "meet", "VERB", "ROOT", 2), ("Germany", "Germany", "PROPN", "dobj", 2)], {0: F, 3: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 2, "CONSULT"), doc[2], lexicon(), [], doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("CONSULT", True)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                 ("it", "it", "PRON", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
                 ("meet", "meet", "VERB", "ccomp", 1), ("Germany", "Germany", "PROPN", "dobj", 4)], {0: F, 5: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 4, "CONSULT"), doc[4], lexicon(), [], doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("AGREE", False)
    # "France plans to meet Germany.": a plan the writer reports is a schedule, not France's
    # expression of intent (no AGREE), and no meeting yet
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("plans", "plan", "VERB", "ROOT", 1, "VBZ"),
                 ("to", "to", "PART", "aux", 3), ("meet", "meet", "VERB", "xcomp", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 3)], {0: F, 4: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 3, "CONSULT"), doc[3], lexicon(), [], doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("CONSULT", True)


@rule_test("narrated_wish")
def test_a_cooperation_the_writer_says_is_wanted_is_no_intent_but_said_wanted_is():
    # "France wants to support Germany." (the writer's) / "France said it wants to support Germany."
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1, "VBZ"),
                 ("to", "to", "PART", "aux", 3), ("support", "support", "VERB", "xcomp", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 3)], {0: F, 4: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 3, "SUPPORT"), doc[3], lexicon(), [], doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("SUPPORT", True)
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                 ("it", "it", "PRON", "nsubj", 3), ("wants", "want", "VERB", "ccomp", 1, "VBZ"),
                 ("to", "to", "PART", "aux", 5), ("support", "support", "VERB", "xcomp", 3),
                 ("Germany", "Germany", "PROPN", "dobj", 5)], {0: F, 6: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 5, "SUPPORT"), doc[5], lexicon(), [], doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("AGREE", False)


def test_the_realis_check_flags_a_conjectured_event_and_keeps_an_announced_one():
    # "France fears that Germany attacked": conjecture; "France said that Germany attacked": reported
    rows = [("France", "France", "PROPN", "nsubj", 1), ("fears", "fear", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4), ("Germany", "Germany", "PROPN", "nsubj", 4),
            ("attacked", "attack", "VERB", "ccomp", 1, "VBD")]
    doc = parse(rows, {0: F, 3: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 4), doc[4], lexicon(), doc._.mentions, doc._.actors)
    assert d is not None and d.hypothetical and d.irrealis == "belief:fear"
    doc = parse([rows[0], ("said", "say", "VERB", "ROOT", 1, "VBD"), *rows[2:]], {0: F, 3: D}, KNOWN)
    d = frames.apply_frames(draft(doc, 4), doc[4], lexicon(), doc._.mentions, doc._.actors)
    assert d is not None and not d.hypothetical and d.irrealis is None
    # "France said it would boycott Germany": announced by its own agent, the threat is made
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
                 ("it", "it", "PRON", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
                 ("boycott", "boycott", "VERB", "ccomp", 1), ("Germany", "Germany", "PROPN", "dobj", 4)],
                {0: F, 2: F, 5: D}, KNOWN, mentions=True)
    d = frames.apply_frames(draft(doc, 4, "SANCTION"), doc[4], lexicon(), doc._.mentions, doc._.actors)
    assert d is not None and (d.type, d.hypothetical) == ("THREATEN", False)


# ---------------------------------------------------------------- noun phrases
@rule_test("own_mention")
def test_own_mention_and_a_coordinated_modifier():
    # "French and German forces": "German forces" is Germany's mention, "French" coordinated with it
    doc = parse([("French", "french", "ADJ", "amod", 3), ("and", "and", "CCONJ", "cc", 0),
                 ("German", "german", "ADJ", "conj", 0), ("forces", "force", "NOUN", "ROOT", 3)],
                {0: F, 2: D, 3: D}, KNOWN)
    assert parties.own_mention(doc[3], [], 0) == [D, F]
    assert parties.own_mention(doc[1], [], 0) is None


@rule_test("relative_pronoun")
def test_relative_pronoun_stands_for_its_noun():
    doc = parse([("Serbia", "Serbia", "PROPN", "ROOT", 0), (",", ",", "PUNCT", "punct", 0),
                 ("which", "which", "PRON", "nsubj", 3), ("attacked", "attack", "VERB", "relcl", 0)], {0: S}, KNOWN)
    assert parties.relative_pronoun(doc[2], [], 0) == [S]
    assert parties.np_actors(doc[2], []) == [S]


def test_relative_pronoun_after_a_preposition_stands_for_its_noun():
    # "the Serbian accord, from which France withdrew": the accord (Serbia's), not France
    doc = parse([("the", "the", "DET", "det", 2), ("Serbian", "serbian", "ADJ", "amod", 2),
                 ("accord", "accord", "NOUN", "ROOT", 2), (",", ",", "PUNCT", "punct", 2),
                 ("from", "from", "ADP", "prep", 7), ("which", "which", "PRON", "pobj", 4),
                 ("France", "France", "PROPN", "nsubj", 7), ("withdrew", "withdraw", "VERB", "relcl", 2)],
                {1: S, 6: F}, KNOWN)
    assert parties.np_actors(doc[5], []) == [S]
    # "the accord, the text of which Serbia published": the preposition is the noun's ("the text of"),
    # the pronoun stands for no clause's noun here
    doc = parse([("the", "the", "DET", "det", 1), ("accord", "accord", "NOUN", "ROOT", 1),
                 (",", ",", "PUNCT", "punct", 1), ("the", "the", "DET", "det", 4),
                 ("text", "text", "NOUN", "dobj", 8), ("of", "of", "ADP", "prep", 4),
                 ("which", "which", "PRON", "pobj", 5), ("Serbia", "Serbia", "PROPN", "nsubj", 8),
                 ("published", "publish", "VERB", "relcl", 1)], {7: S}, KNOWN)
    assert parties.relative_pronoun(doc[6], [], 0) is None


@rule_test("pronoun")
def test_pronoun_reads_its_antecedent():
    doc = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                 ("it", "it", "PRON", "nsubj", 3), ("left", "leave", "VERB", "ccomp", 1)], {0: S}, KNOWN, mentions=True)
    assert parties.pronoun(doc[2], doc._.mentions, 0) == [S]
    assert parties.pronoun(doc[0], doc._.mentions, 0) is None


@rule_test("the_two_parties")
def test_the_two_countries_are_the_pair_just_named():
    # "France met Germany and the two countries agreed": the last two states named before
    met = [("France", "France", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
           ("Germany", "Germany", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 1),
           ("the", "the", "DET", "det", 6), ("two", "two", "NUM", "nummod", 6),
           ("countries", "country", "NOUN", "nsubj", 7), ("agreed", "agree", "VERB", "conj", 1)]
    doc = parse(met, {0: F, 2: D}, KNOWN, mentions=True)
    assert parties.the_two_parties(doc[6], doc._.mentions, 0) == [F, D]
    assert parties.np_actors(doc[6], doc._.mentions) == [F, D]
    # "two countries agreed" (no "the") is any two; "the two ministers" are persons, not these states
    any_two = parse([*met[:4], ("then", "then", "ADV", "advmod", 7), *met[5:]], {0: F, 2: D}, KNOWN, mentions=True)
    assert parties.the_two_parties(any_two[6], any_two._.mentions, 0) == []
    persons = parse([*met[:6], ("ministers", "minister", "NOUN", "nsubj", 7), met[7]], {0: F, 2: D}, KNOWN,
                    mentions=True)
    assert parties.the_two_parties(persons[6], persons._.mentions, 0) == []
    # "France met Germany and Hungary and the two countries agreed": which two is not said
    three = parse([*met[:2], ("Germany", "Germany", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
                   ("Hungary", "Hungary", "PROPN", "conj", 2), ("and", "and", "CCONJ", "cc", 1),
                   ("the", "the", "DET", "det", 8), ("two", "two", "NUM", "nummod", 8),
                   ("countries", "country", "NOUN", "nsubj", 9), ("agreed", "agree", "VERB", "conj", 1)],
                  {0: F, 2: D, 4: H}, KNOWN, mentions=True)
    assert parties.the_two_parties(three[8], three._.mentions, 0) == []


@rule_test("apposition_name")
def test_an_appositive_noun_names_the_name_it_describes():
    # "Serbia, a country that France criticized, left": the relative clause hangs on "country",
    # which names what "Serbia" names
    rows = [("Serbia", "Serbia", "PROPN", "nsubj", 8), (",", ",", "PUNCT", "punct", 0),
            ("a", "a", "DET", "det", 3), ("country", "country", "NOUN", "appos", 0),
            ("that", "that", "PRON", "dobj", 6), ("France", "France", "PROPN", "nsubj", 6),
            ("criticized", "criticize", "VERB", "relcl", 3), (",", ",", "PUNCT", "punct", 0),
            ("left", "leave", "VERB", "ROOT", 8)]
    doc = parse(rows, {0: S, 5: F}, KNOWN, mentions=True)
    assert parties.apposition_name(doc[3], doc._.mentions, 0) == [S]
    assert parties.np_actors(doc[3], doc._.mentions) == [S]
    # "the country that France criticized" with no name before it names no one
    bare = parse([("the", "the", "DET", "det", 1), ("country", "country", "NOUN", "nsubj", 5),
                  ("that", "that", "PRON", "dobj", 4), ("France", "France", "PROPN", "nsubj", 4),
                  ("criticized", "criticize", "VERB", "relcl", 1), ("left", "leave", "VERB", "ROOT", 5)],
                 {3: F}, KNOWN, mentions=True)
    assert parties.apposition_name(bare[1], bare._.mentions, 0) == []
    assert parties.np_actors(bare[1], bare._.mentions) == []


@rule_test("definite_description")
def test_the_president_is_the_office_holder_named_most():
    # "Berg met Lund. Lund praised Berg. A senator accused the president": two presidents named,
    # Berg more often, so "the president" is Berg; a person holding no such office never fits
    from diplograph.model import Role

    lund, roe = "person:eva-lund", "person:tom-roe"
    known = {B: Actor(B, "Anna Berg", "person", "DEU", roles=[Role("President", "DEU")]),
             lund: Actor(lund, "Eva Lund", "person", "SWE", roles=[Role("President", "SWE")]),
             roe: Actor(roe, "Tom Roe", "person", "DEU")}
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
            ("Lund", "Lund", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            ("Lund", "Lund", "PROPN", "nsubj", 5), ("praised", "praise", "VERB", "ROOT", 5),
            ("Berg", "Berg", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 5),
            ("Roe", "Roe", "PROPN", "nsubj", 9), ("accused", "accuse", "VERB", "ROOT", 9),
            ("the", "the", "DET", "det", 11), ("president", "president", "NOUN", "dobj", 9, "NN"),
            (".", ".", "PUNCT", "punct", 9)]
    starts = [i in (0, 4, 8) for i in range(len(rows))]
    tagged = {0: B, 2: lund, 4: lund, 6: B, 8: roe}
    doc = parse(rows, tagged, known, mentions=True, sent_starts=starts)
    assert parties.definite_description(doc[11], doc._.mentions, 0) == [B]
    assert parties.np_actors(doc[11], doc._.mentions) == [B]
    # named as often, the latest named wins
    once = parse(rows, {0: B, 2: lund, 8: roe}, known, mentions=True, sent_starts=starts)
    assert parties.definite_description(once[11], once._.mentions, 0) == [lund]
    # a role that had ended by the document's date does not fit
    ended = {**known, B: Actor(B, "Anna Berg", "person", "DEU", roles=[Role("President", "DEU", None, "2001-01-01")])}
    dated = parse(rows, {0: B, 6: B, 8: roe}, ended, mentions=True, sent_starts=starts, published="2010-05-01")
    assert parties.definite_description(dated[11], dated._.mentions, 0) == []
    # "a president" is anyone; "the former president" says more than the office
    generic = parse([*rows[:10], ("a", "a", "DET", "det", 11), *rows[11:]], tagged, known, mentions=True,
                    sent_starts=starts)
    assert parties.definite_description(generic[11], generic._.mentions, 0) == []
    former = parse([*rows[:10], ("former", "former", "ADJ", "amod", 11), *rows[11:]], tagged, known,
                   mentions=True, sent_starts=starts)
    assert parties.definite_description(former[11], former._.mentions, 0) == []
    # "Berg said the president would resign": the subject that names Berg is not who is meant
    said = parse([("Berg", "Berg", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), ("president", "president", "NOUN", "nsubj", 4, "NN"),
                  ("resigned", "resign", "VERB", "ccomp", 1)], {0: B}, known, mentions=True)
    assert parties.definite_description(said[3], said._.mentions, 0) == []


@rule_test("_reproached_act")
def test_the_president_accused_of_a_gerund_is_still_the_office_holder():
    # "Berg met Lund. Roe blamed the president of stalling.": the parser hangs the verb's "of" on the
    # noun; a gerund there says what is reproached, not whose president, so "the president" is Berg
    from diplograph.model import Role

    roe = "person:tom-roe"
    known = {B: Actor(B, "Anna Berg", "person", "DEU", roles=[Role("President", "DEU")]),
             roe: Actor(roe, "Tom Roe", "person", "DEU")}
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
            ("voters", "voter", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            ("Roe", "Roe", "PROPN", "nsubj", 5), ("blamed", "blame", "VERB", "ROOT", 5),
            ("the", "the", "DET", "det", 7), ("president", "president", "NOUN", "dobj", 5, "NN"),
            ("of", "of", "ADP", "prep", 7), ("stalling", "stall", "VERB", "pcomp", 8, "VBG"),
            (".", ".", "PUNCT", "punct", 5)]
    starts = [i in (0, 4) for i in range(len(rows))]
    doc = parse(rows, {0: B, 4: roe}, known, mentions=True, sent_starts=starts)
    assert parties.definite_description(doc[7], doc._.mentions, 0) == [B]
    # "the president of Norway" names its own office: it refers back to no one
    place = parse([*rows[:9], ("Norway", "Norway", "PROPN", "pobj", 8), rows[10]], {0: B, 4: roe}, known,
                  mentions=True, sent_starts=starts)
    assert parties.definite_description(place[7], place._.mentions, 0) == []


def test_the_company_is_the_listed_company_named_before():
    # "Lund pressed Samsung and the UN. The company refused.": "the company" is a company of kb/companies.tsv
    # named before it, never an organisation that is no company
    sam, un = "org:samsung", "org:un"
    known = {sam: Actor(sam, "Samsung", "organization", "KOR"), un: Actor(un, "United Nations", "organization")}
    rows = [("Lund", "Lund", "PROPN", "nsubj", 1), ("pressed", "press", "VERB", "ROOT", 1),
            ("Samsung", "Samsung", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
            ("the", "the", "DET", "det", 5), ("UN", "UN", "PROPN", "conj", 2), (".", ".", "PUNCT", "punct", 1),
            ("The", "the", "DET", "det", 8), ("company", "company", "NOUN", "nsubj", 9, "NN"),
            ("refused", "refuse", "VERB", "ROOT", 9), (".", ".", "PUNCT", "punct", 9)]
    starts = [i in (0, 7) for i in range(len(rows))]
    doc = parse(rows, {2: sam, 5: un}, known, mentions=True, sent_starts=starts)
    assert parties.definite_description(doc[8], doc._.mentions, 0) == [sam]
    no_company = parse(rows, {5: un}, known, mentions=True, sent_starts=starts)
    assert parties.definite_description(no_company[8], no_company._.mentions, 0) == []
    # of two companies, the one named last: "Lund pressed Samsung and Nokia. The company refused."
    nok = "org:nokia"
    two = parse(rows, {2: sam, 5: nok}, {**known, nok: Actor(nok, "Nokia", "organization", "FIN")}, mentions=True,
                sent_starts=starts)
    assert parties.definite_description(two[8], two._.mentions, 0) == [nok]


def test_the_presidents_plan_is_owned_by_the_office_holder():
    # "Berg spoke. Roe criticized the president's plan": the owner of the described thing
    from diplograph.model import Role

    roe = "person:tom-roe"
    known = {B: Actor(B, "Anna Berg", "person", "DEU", roles=[Role("President", "DEU")]),
             roe: Actor(roe, "Tom Roe", "person", "DEU")}
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
                 (".", ".", "PUNCT", "punct", 1), ("Roe", "Roe", "PROPN", "nsubj", 4),
                 ("criticized", "criticize", "VERB", "ROOT", 4), ("the", "the", "DET", "det", 6),
                 ("president", "president", "NOUN", "poss", 8, "NN"), ("'s", "'s", "PART", "case", 6),
                 ("plan", "plan", "NOUN", "dobj", 4, "NN")],
                {0: B, 3: roe}, known, mentions=True, sent_starts=[i in (0, 3) for i in range(9)])
    assert parties.np_actors(doc[8], doc._.mentions) == [B]


@rule_test("description", "title_holder", "modifier_parties", "located_parties")
def test_what_a_common_noun_names():
    # "the president, Anna Berg": the named holder
    doc = parse([("the", "the", "DET", "det", 1), ("president", "president", "NOUN", "ROOT", 1),
                 (",", ",", "PUNCT", "punct", 1), ("Berg", "Berg", "PROPN", "appos", 1)], {3: B}, KNOWN)
    assert parties.title_holder(doc[1], [], 0) == [B] and parties.description(doc[1], [], 0) == [B]
    doc = parse([("Hungarian", "hungarian", "ADJ", "amod", 1), ("officials", "official", "NOUN", "ROOT", 1)],
                {0: H}, KNOWN)
    assert parties.title_holder(doc[1], [], 0) == [] and parties.modifier_parties(doc[1], [], 0) == [H]
    # "Berg's envoy, Tom Lee, resigned": a person's titled aide is the one named, though no country is known
    lee = "person:tom-lee"
    known = {**KNOWN, lee: Actor(lee, "Tom Lee", "person")}
    doc = parse([("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                 ("envoy", "envoy", "NOUN", "nsubj", 6), (",", ",", "PUNCT", "punct", 2),
                 ("Lee", "Lee", "PROPN", "appos", 2), (",", ",", "PUNCT", "punct", 2),
                 ("resigned", "resign", "VERB", "ROOT", 6)], {0: B, 4: lee}, known)
    assert parties.title_holder(doc[2], [], 0) == [lee] and parties.np_actors(doc[2], []) == [lee]
    # "Hungary's envoy, Tom Lee": a state's title with a holder of no known country keeps the state
    doc = parse([("Hungary", "Hungary", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                 ("envoy", "envoy", "NOUN", "ROOT", 2), (",", ",", "PUNCT", "punct", 2),
                 ("Lee", "Lee", "PROPN", "appos", 2)], {0: H, 4: lee}, known)
    assert parties.title_holder(doc[2], [], 0) == [] and parties.np_actors(doc[2], []) == [H]
    # "the regime in Belgrade"; "positions near Novi" (a place names its state only after "near")
    doc = parse([("the", "the", "DET", "det", 1), ("regime", "regime", "NOUN", "ROOT", 1),
                 ("in", "in", "ADP", "prep", 1), ("Belgrade", "Belgrade", "PROPN", "pobj", 2)], {3: S}, KNOWN)
    assert parties.located_parties(doc[1], [], 0) == [S] and parties.description(doc[1], [], 0) == [S]
    doc = parse([("positions", "position", "NOUN", "ROOT", 0), ("near", "near", "ADP", "prep", 0),
                 ("Novi", "Novi", "PROPN", "pobj", 1)], {2: S}, KNOWN)
    assert parties.located_parties(doc[0], [], 0) == []
    doc.user_data[LOCATIONS] = {2: "place"}
    assert parties.located_parties(doc[0], [], 0) == [S]
    # "a meeting in Belgrade", "the attack near Novi": an event noun's place is where it happened
    doc = parse([("a", "a", "DET", "det", 1), ("meeting", "meeting", "NOUN", "ROOT", 1),
                 ("in", "in", "ADP", "prep", 1), ("Belgrade", "Belgrade", "PROPN", "pobj", 2)], {3: S}, KNOWN)
    assert parties.is_event_noun(doc[1]) and parties.located_parties(doc[1], [], 0) == []
    doc = parse([("the", "the", "DET", "det", 1), ("attack", "attack", "NOUN", "ROOT", 1),
                 ("near", "near", "ADP", "prep", 1), ("Novi", "Novi", "PROPN", "pobj", 2)], {3: S}, KNOWN)
    doc.user_data[LOCATIONS] = {3: "place"}
    assert parties.located_parties(doc[1], [], 0) == []
    # "a protest in Belgrade" is done to the state there
    doc = parse([("a", "a", "DET", "det", 1), ("protest", "protest", "NOUN", "ROOT", 1),
                 ("in", "in", "ADP", "prep", 1), ("Belgrade", "Belgrade", "PROPN", "pobj", 2)], {3: S}, KNOWN)
    assert not parties.is_event_noun(doc[1]) and parties.located_parties(doc[1], [], 0) == [S]


@rule_test("_takes_no_complement")
def test_demonstrate_is_a_protest_only_without_an_object():
    # "Serbians demonstrated against Hungary." / "Serbia demonstrated a willingness." / "... to Hungary"
    protest = parse([("Serbians", "Serbian", "PROPN", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "ROOT", 1),
                     ("against", "against", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 2)],
                    {0: S, 3: H}, KNOWN)
    trigger = lexicon().match(protest[1])
    assert trigger is not None and trigger.type == "PROTEST"
    shown = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "ROOT", 1),
                   ("a", "a", "DET", "det", 3), ("willingness", "willingness", "NOUN", "dobj", 1)], {0: S}, KNOWN)
    assert lexicon().match(shown[1]) is None
    shown_to = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "ROOT", 1),
                      ("to", "to", "ADP", "prep", 1), ("Hungary", "Hungary", "PROPN", "pobj", 2)], {0: S, 3: H}, KNOWN)
    assert lexicon().match(shown_to[1]) is None


@rule_test("has_to_complement")
def test_commit_is_a_pledge_only_with_a_to_complement():
    # "France committed to a truce." / "Serbia committed atrocities."
    pledge = parse([("France", "France", "PROPN", "nsubj", 1), ("committed", "commit", "VERB", "ROOT", 1),
                    ("to", "to", "ADP", "prep", 1), ("truce", "truce", "NOUN", "pobj", 2)], {0: F}, KNOWN)
    trigger = lexicon().match(pledge[1])
    assert trigger is not None and trigger.type == "AGREE"
    crime = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("committed", "commit", "VERB", "ROOT", 1),
                   ("atrocities", "atrocity", "NOUN", "dobj", 1)], {0: S}, KNOWN)
    assert lexicon().match(crime[1]) is None


def test_committed_act_is_done_not_pledged():
    # "Serbia committed an invasion of Hungary." / "France committed to a visit to Germany."
    done = parse([("Serbia", "Serbia", "PROPN", "nsubj", 1), ("committed", "commit", "VERB", "ROOT", 1),
                  ("an", "an", "DET", "det", 3), ("invasion", "invasion", "NOUN", "dobj", 1),
                  ("of", "of", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4)], {0: S, 5: H}, KNOWN)
    frame = lexicon().frame(done[1])
    assert frame is not None and frame.effect == "promise" and frames.perpetrated(done[1], frame)
    pledged = parse([("France", "France", "PROPN", "nsubj", 1), ("committed", "commit", "VERB", "ROOT", 1),
                     ("to", "to", "ADP", "prep", 1), ("a", "a", "DET", "det", 4), ("visit", "visit", "NOUN", "pobj", 2),
                     ("to", "to", "ADP", "prep", 4), ("Germany", "Germany", "PROPN", "pobj", 5)], {0: F, 6: D}, KNOWN)
    assert not frames.perpetrated(pledged[1], frame)


@rule_test("declined_comment")
def test_a_refusal_to_discuss_with_no_party_declines_comment():
    # "Berg declined to discuss the budget." / "Berg declined to discuss the budget with Serbia."
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("declined", "decline", "VERB", "ROOT", 1, "VBD"),
            ("to", "to", "PART", "aux", 3), ("discuss", "discuss", "VERB", "xcomp", 1, "VB"),
            ("the", "the", "DET", "det", 5), ("budget", "budget", "NOUN", "dobj", 3)]
    doc = parse(rows, {0: B}, KNOWN)
    frame = lexicon().frame(doc[1], via=doc[3])
    talk = replace(draft(doc, 3, "CONSULT"), sources=[B], targets=[], flags=frozenset({"target", "recip"}))
    c = Climb(talk, doc[3], lexicon(), doc._.mentions, doc._.actors)
    assert frame is not None and frame.effect == "reject"
    assert frames.declined_comment(c, doc[1], doc[3], frame) is Step.DROP
    doc = parse([*rows, ("with", "with", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 6)],
                {0: B, 7: S}, KNOWN)
    with_party = replace(talk, anchor=doc[3], targets=[S])
    c = Climb(with_party, doc[3], lexicon(), doc._.mentions, doc._.actors)
    assert frames.declined_comment(c, doc[1], doc[3], frame) is None


@rule_test("inquiry_target")
def test_an_inquiry_is_into_the_party_of_its_into_phrase():
    # "Germany opened an inquiry into France." ("into" parsed as the verb's) / "Germany began an
    # investigation into whether France paid the rebels."
    misattached = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                         ("an", "an", "DET", "det", 3), ("inquiry", "inquiry", "NOUN", "dobj", 1),
                         ("into", "into", "ADP", "prep", 1), ("France", "France", "PROPN", "pobj", 4)],
                        {0: D, 5: F}, KNOWN)
    question = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                      ("an", "an", "DET", "det", 3), ("investigation", "investigation", "NOUN", "dobj", 1),
                      ("into", "into", "ADP", "prep", 3), ("whether", "whether", "SCONJ", "mark", 7),
                      ("France", "France", "PROPN", "nsubj", 7), ("paid", "pay", "VERB", "pcomp", 4),
                      ("the", "the", "DET", "det", 9), ("rebels", "rebel", "NOUN", "dobj", 7)], {0: D, 6: F}, KNOWN)
    for doc in (misattached, question):
        noun = doc[3]
        trigger = lexicon().match(noun)
        assert trigger is not None and trigger.mode == "investigate"
        c = NounCase(noun, trigger, lexicon(), doc._.mentions, [D], [], [], doc[1], None, True)
        noun_roles.inquiry_target(c)
        assert c.targets == [F]


@rule_test("inquired_dealing_targets")
def test_an_inquiry_into_a_dealing_is_into_the_parties_between():
    # "Germany is probing secret talks between France and Serbia."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
                 ("probing", "probe", "VERB", "ROOT", 2), ("secret", "secret", "ADJ", "amod", 4),
                 ("dealings", "dealing", "NOUN", "dobj", 2), ("between", "between", "ADP", "prep", 4),
                 ("France", "France", "PROPN", "pobj", 5), ("and", "and", "CCONJ", "cc", 6),
                 ("Serbia", "Serbia", "PROPN", "conj", 6)], {0: D, 6: F, 8: S}, KNOWN)
    trigger = lexicon().match(doc[2])
    assert trigger is not None and trigger.mode == "investigate"
    assert roles.inquired_dealing_targets(verb_case(doc, 2, trigger, [D])) == [F, S]
    # "Germany is criticizing secret dealings between France and Serbia." is no inquiry: another rule's
    assert roles.inquired_dealing_targets(verb_case(doc, 2, trig(), [D])) == []


@rule_test("referred_deal_targets")
def test_a_deal_named_before_by_its_state_is_left_to_that_state():
    # "Hungary signed the Serbia pact . France pulled out of the pact ."
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("signed", "sign", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("Serbia", "Serbia", "PROPN", "compound", 4),
            ("pact", "pact", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            ("France", "France", "PROPN", "nsubj", 7), ("pulled", "pull", "VERB", "ROOT", 7),
            ("out", "out", "ADP", "prt", 7), ("of", "of", "ADP", "prep", 8),
            ("the", "the", "DET", "det", 11), ("pact", "pact", "NOUN", "pobj", 9), (".", ".", "PUNCT", "punct", 7)]
    doc = parse(rows, {0: H, 3: S, 6: F}, KNOWN, sent_starts=[i in (0, 6) for i in range(len(rows))])
    assert roles.referred_deal_targets(verb_case(doc, 7, trig("REJECT"), [F])) == [S]
    assert roles.referred_deal_targets(verb_case(doc, 7, trig("ACCUSE"), [F])) == []


@rule_test("conditioned_party_targets")
def test_a_threat_on_a_condition_is_made_to_the_party_the_condition_is_on():
    # "Hungary warned that it would strike back unless France withdrew."
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5), ("it", "it", "PRON", "nsubj", 5),
            ("would", "would", "AUX", "aux", 5), ("strike", "strike", "VERB", "ccomp", 1),
            ("back", "back", "ADV", "advmod", 5), ("unless", "unless", "SCONJ", "mark", 9),
            ("France", "France", "PROPN", "nsubj", 9), ("withdrew", "withdraw", "VERB", "advcl", 5, "VBD"),
            (".", ".", "PUNCT", "punct", 1)]
    doc = parse(rows, {0: H, 8: F}, KNOWN)
    assert roles.conditioned_party_targets(verb_case(doc, 1, trig("THREATEN"), [H])) == [F]
    # the same condition in an accusation is not what it is addressed to
    assert roles.conditioned_party_targets(verb_case(doc, 1, trig("ACCUSE"), [H])) == []


def test_every_rule_has_a_test():
    tuples = (tuple(f for _, f in lexicon_module.COMPLEMENT_RULES),
              roles.VERB_TARGET_RULES, noun_roles.NOUN_REJECTIONS, noun_roles.NOUN_PARTY_RULES, frames.TRIGGER_RULES,
              frames.GOVERNOR_RULES, tuple(frames.FRAME_EFFECTS.values()), outcomes.OUTCOME_RULES,
              parties.NP_READINGS, parties.DESCRIPTION_RULES, noun_roles.COMPOUND_RULES)
    names = {rule.__name__ for rules in tuples for rule in rules}
    assert names - TESTED == set()


@pytest.mark.parametrize("lemma", ["refuse", "threaten", "urge"])
def test_recoding_frames_are_in_the_table(lemma: str):
    doc = parse([(lemma, lemma, "VERB", "ROOT", 0)], {}, KNOWN)
    frame = lexicon().frame(doc[0])
    assert frame is not None and frames.FRAME_EFFECTS[frame.effect] is frames.recode


def test_aid_delivered_in_a_place_goes_to_its_state():
    # "France suspended aid deliveries in Iraq." (an event noun's "in X" is only where it happened,
    # but aid, like a protest, is done to the place it is in)
    from diplograph.nlp.events import find_events

    irq = "state:IRQ"
    known = {**KNOWN, irq: Actor(irq, "Iraq", "state", "IRQ")}
    rows = [("France", "France", "PROPN", "nsubj", 1), ("suspended", "suspend", "VERB", "ROOT", 1),
            ("aid", "aid", "NOUN", "compound", 3), ("deliveries", "delivery", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 3), ("Iraq", "Iraq", "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)]
    events = find_events(parse(rows, {0: F, 5: irq}, known))
    assert [(e.type, e.source, e.target) for e in events] == [("SANCTION", F, irq)]


def test_the_failure_to_act_negates_the_act():
    # "France's failure to help Iraq angered Germany." (kb/event_frames.tsv: failure negate)
    from diplograph.nlp.events import find_events

    irq = "state:IRQ"
    known = {**KNOWN, irq: Actor(irq, "Iraq", "state", "IRQ")}
    rows = [("France", "France", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("failure", "failure", "NOUN", "nsubj", 6), ("to", "to", "PART", "aux", 4),
            ("help", "help", "VERB", "acl", 2), ("Iraq", "Iraq", "PROPN", "dobj", 4),
            ("angered", "anger", "VERB", "ROOT", 6), ("Germany", "Germany", "PROPN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 6)]
    events = find_events(parse(rows, {0: F, 5: irq}, known))
    assert [(e.type, e.source, e.target, e.negated) for e in events if e.type == "AID"] == [("AID", F, irq, True)]


@rule_test("eased_measure_recipient")
def test_an_eased_measure_is_conceded_to_whom_it_hits():
    # "the easing of German sanctions on Serbia": to Serbia, not to Germany (the "of" phrase)
    doc = parse([("the", "the", "DET", "det", 1), ("easing", "easing", "NOUN", "ROOT", 1),
                 ("of", "of", "ADP", "prep", 1), ("German", "german", "ADJ", "amod", 4),
                 ("sanctions", "sanction", "NOUN", "pobj", 2), ("on", "on", "ADP", "prep", 4),
                 ("Serbia", "Serbia", "PROPN", "pobj", 5)], {3: D, 6: S}, KNOWN)
    case = noun_case(doc, 1, trig("CONCEDE", pos="N"), targets=[D])
    noun_roles.eased_measure_recipient(case)
    assert case.targets == [S]
    other = noun_case(doc, 1, trig("SANCTION", pos="N"), targets=[D])
    noun_roles.eased_measure_recipient(other)
    assert other.targets == [D]


def test_a_states_neighbors_are_not_the_state():
    # "Berg reached a deal with Germany's neighbors": not with Germany (Berg's own state)
    doc = parse([("Berg", "Berg", "PROPN", "nsubj", 1), ("reached", "reach", "VERB", "ROOT", 1),
                 ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1),
                 ("with", "with", "ADP", "prep", 3), ("Germany", "Germany", "PROPN", "poss", 7),
                 ("'s", "'s", "PART", "case", 5), ("neighbors", "neighbor", "NOUN", "pobj", 4)], {0: B, 5: D}, KNOWN)
    assert parties.np_actors(doc[7], []) == []
    assert parties.modifier_parties(doc[7], [], 0) == []


@rule_test("answered_accuser")
def test_a_denial_answers_the_earlier_accuser():
    # "Britain blamed Russia for the attack. Moscow denied the accusations.": the cases are in test_events_denials
    from test_events_denials import test_a_denial_answers_the_earlier_accuser_of_the_denier as answered
    from test_events_denials import test_an_accusation_of_someone_else_names_no_recipient as unanswered
    answered()
    unanswered()


@rule_test("answered_request")
def test_a_reply_answers_the_earlier_request():
    # "Seoul asked Tokyo to lift the curbs. Tokyo refused.": the cases are in test_events_responses
    from test_events_responses import test_a_refusal_answers_the_request_made_of_the_refuser as answered
    from test_events_responses import test_a_request_made_of_someone_else_is_not_the_one_answered as unanswered
    answered()
    unanswered()


# ---------------------------------------------------------------- acts done in an attack (events/instruments.py)
# "Berg was killed in a French raid." / "the assassination of Berg in a French raid"
_KILLED_IN_A_RAID = [("Berg", "Berg", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                     ("killed", "kill", "VERB", "ROOT", 2, "VBN"), ("in", "in", "ADP", "prep", 2),
                     ("a", "a", "DET", "det", 6), ("French", "french", "ADJ", "amod", 6),
                     ("raid", "raid", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 2)]


@rule_test("instrument_victim_target")
def test_an_attack_is_done_to_whom_it_killed():
    # "Berg died in a French raid."
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 5),
            ("French", "french", "ADJ", "amod", 5), ("raid", "raid", "NOUN", "pobj", 2)]
    doc = parse(rows, {0: B, 4: F}, KNOWN)
    case = noun_case(doc, 5, trig("ASSAULT", pos="N"), sources=[F])
    noun_roles.instrument_victim_target(case)
    assert case.targets == [B]
    case = noun_case(doc, 5, trig("ASSAULT", pos="N"))  # an attack with no author names no victim of it
    noun_roles.instrument_victim_target(case)
    assert case.targets == []
    # "Berg was killed in a French raid": the verb of violence reports the act itself (one record)
    killed = parse(_KILLED_IN_A_RAID, {0: B, 5: F}, KNOWN)
    case = noun_case(killed, 6, trig("ASSAULT", pos="N"), sources=[F])
    noun_roles.instrument_victim_target(case)
    assert case.targets == []


@rule_test("instrument_author_source")
def test_an_act_of_violence_is_done_by_the_author_of_the_attack_it_was_done_in():
    rows = [("the", "the", "DET", "det", 1), ("assassination", "assassination", "NOUN", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1), ("Berg", "Berg", "PROPN", "pobj", 2),
            ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 7),
            ("French", "french", "ADJ", "amod", 7), ("raid", "raid", "NOUN", "pobj", 4)]
    doc = parse(rows, {3: B, 6: F}, KNOWN)
    case = noun_case(doc, 1, trig("ASSAULT", pos="N"), targets=[B])
    noun_roles.instrument_author_source(case)
    assert case.sources == [F]


def test_a_victim_killed_in_a_raid_named_with_its_author():
    from diplograph.nlp.events import find_events

    events = find_events(parse(_KILLED_IN_A_RAID, {0: B, 5: F}, KNOWN))
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", F, B)]


# ---------------------------------------------------------------- claims of responsibility (events/responsibility.py)
def _claimed_raid(negated: bool = False) -> list[tuple]:
    # "Berg claimed responsibility for the raid in Serbia." / "Berg did not claim responsibility ..."
    head = [("Berg", "Berg", "PROPN", "nsubj", 3 if negated else 1)]
    verb = [("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3), ("claim", "claim", "VERB", "ROOT", 3)] \
        if negated else [("claimed", "claim", "VERB", "ROOT", 1)]
    n = len(head) + len(verb)
    rest = [("responsibility", "responsibility", "NOUN", "dobj", n - 1), ("for", "for", "ADP", "prep", n),
            ("the", "the", "DET", "det", n + 3), ("raid", "raid", "NOUN", "pobj", n + 1),
            ("in", "in", "ADP", "prep", n + 3), ("Serbia", "Serbia", "PROPN", "pobj", n + 4)]
    return head + verb + rest


@rule_test("claimant_source")
def test_a_claimed_attack_is_the_claimant_s():
    doc = parse(_claimed_raid(), {0: B, 7: S}, KNOWN)
    case = noun_case(doc, 5, trig("ASSAULT", pos="N"))
    noun_roles.claimant_source(case)
    assert (case.sources, case.targets) == ([B], [S])
    doc = parse(_claimed_raid(negated=True), {0: B, 9: S}, KNOWN)
    case = noun_case(doc, 7, trig("ASSAULT", pos="N"))
    noun_roles.claimant_source(case)
    assert case.sources == []


def test_an_attack_claimed_in_the_passive_is_the_agent_s():
    # "The raid on Hungary was claimed by France."
    from diplograph.nlp.events import find_events

    rows = [("The", "the", "DET", "det", 1), ("raid", "raid", "NOUN", "nsubjpass", 5), ("on", "on", "ADP", "prep", 1),
            ("Hungary", "Hungary", "PROPN", "pobj", 2), ("was", "be", "AUX", "auxpass", 5),
            ("claimed", "claim", "VERB", "ROOT", 5, "VBN"), ("by", "by", "ADP", "agent", 5),
            ("France", "France", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 5)]
    events = find_events(parse(rows, {3: H, 7: F}, KNOWN))
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", F, H)]


# ---------------------------------------------------------------- words of force used of words (events/verbal.py)
def _attacked(*tail: tuple) -> list[tuple]:
    # "Berg attacked Hungary ..." (tail rows hang on the verb, index 1)
    return [("Berg", "Berg", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "dobj", 1), *tail]


@rule_test("done_in_words")
def test_an_attack_told_with_its_words_is_criticism():
    # "Berg attacked Hungary, saying it had lied.": a participle of speech with what it says
    said = _attacked((",", ",", "PUNCT", "punct", 1), ("saying", "say", "VERB", "advcl", 1, "VBG"),
                     ("it", "it", "PRON", "nsubj", 7), ("had", "have", "AUX", "aux", 7),
                     ("lied", "lie", "VERB", "ccomp", 4))
    # "Berg attacked Hungary in a radio interview."
    channel = _attacked(("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
                        ("radio", "radio", "NOUN", "compound", 6), ("interview", "interview", "NOUN", "pobj", 3))
    # "Berg attacked Hungary, continuing the offensive." / "Berg attacked Hungary in the north."
    kept = [_attacked((",", ",", "PUNCT", "punct", 1), ("continuing", "continue", "VERB", "advcl", 1, "VBG"),
                      ("the", "the", "DET", "det", 6), ("offensive", "offensive", "NOUN", "dobj", 4)),
            _attacked(("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                      ("north", "north", "NOUN", "pobj", 3))]
    for rows in (said, channel):
        doc = parse(rows, {0: B, 2: H}, KNOWN)
        assert lexicon_module.done_in_words(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "ACCUSE"
    for rows in kept:
        doc = parse(rows, {0: B, 2: H}, KNOWN)
        assert not lexicon_module.done_in_words(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "ASSAULT"
    # "Berg renewed her attacks on Hungary, calling it a disgrace." (a light verb's object) against
    # "France condemned the attacks on Hungary, calling them a disgrace." (the words are the condemnation's)
    for verb, lemma, subject, expected in (("renewed", "renew", "Berg", "ACCUSE"),
                                           ("condemned", "condemn", "France", "ASSAULT")):
        rows = [(subject, subject, "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                ("her", "her", "PRON", "poss", 3), ("attacks", "attack", "NOUN", "dobj", 1),
                ("on", "on", "ADP", "prep", 3), ("Hungary", "Hungary", "PROPN", "pobj", 4),
                (",", ",", "PUNCT", "punct", 1), ("calling", "call", "VERB", "advcl", 1, "VBG"),
                ("it", "it", "PRON", "dobj", 7), ("a", "a", "DET", "det", 10),
                ("disgrace", "disgrace", "NOUN", "oprd", 7)]
        doc = parse(rows, {0: B if subject == "Berg" else F, 5: H}, KNOWN)
        trigger = lexicon().match(doc[3])
        assert trigger is not None and trigger.type == expected, verb


@rule_test("person_party")
def test_a_clash_of_a_named_person_is_a_quarrel():
    # "Berg clashed with Serbian officials over the budget." / "France clashed with Serbian troops."
    def clash(subject: str, actor: str) -> object:
        rows = [(subject, subject, "PROPN", "nsubj", 1), ("clashed", "clash", "VERB", "ROOT", 1),
                ("with", "with", "ADP", "prep", 1), ("Serbian", "serbian", "ADJ", "amod", 4),
                ("officials" if actor == B else "troops", "official" if actor == B else "troop", "NOUN", "pobj", 2)]
        return parse(rows, {0: actor, 3: S}, KNOWN)
    doc = clash("Berg", B)
    assert lexicon_module.person_party(doc[1])
    trigger = lexicon().match(doc[1])
    assert trigger is not None and trigger.type == "ACCUSE"
    doc = clash("France", F)
    assert not lexicon_module.person_party(doc[1])
    trigger = lexicon().match(doc[1])
    assert trigger is not None and trigger.type == "ASSAULT"


@rule_test("person_on_person")
def test_a_named_person_attacking_a_named_person_is_criticism():
    # "Berg attacked Vance." / "Berg attacked Vance's role."  (criticism)
    # "France attacked Vance." / "Berg attacked Vance's Serbia."  (force)
    v = "person:ivo-vance"
    known = {**KNOWN, v: Actor(v, "Ivo Vance", "person", "SRB")}

    def attacked(subject: str, actor: str, *obj: tuple, objects: dict[int, str]) -> object:
        rows = [(subject, subject, "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1), *obj]
        return parse(rows, {0: actor, **objects}, known)
    vance = ("Vance", "Vance", "PROPN", "dobj", 1)
    owned = [("Vance", "Vance", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2)]
    for doc in (attacked("Berg", B, vance, objects={2: v}),
                attacked("Berg", B, *owned, ("role", "role", "NOUN", "dobj", 1), objects={2: v})):
        assert lexicon_module.person_on_person(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "ACCUSE"
    for doc in (attacked("France", F, vance, objects={2: v}),
                attacked("Berg", B, *owned, ("Serbia", "Serbia", "PROPN", "dobj", 1), objects={2: v, 4: S})):
        assert not lexicon_module.person_on_person(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "ASSAULT"


def _warned(*clause: tuple, addressee: str | None = None) -> list[tuple]:
    # "Berg warned [Serbia] that <subject words> could <verb> ..." (clause rows: word, lemma, POS, dep,
    # head given relative to the clause's first word; the verb is the one whose dep is ccomp)
    head = [("Berg", "Berg", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1)]
    if addressee:
        head.append((addressee, addressee, "PROPN", "dobj", 1))
    start = len(head) + 1
    verb = start + next(i for i, r in enumerate(clause) if r[3] == "ccomp")
    rows = [(w, lemma, pos, dep, 1 if dep == "ccomp" else start + h) for w, lemma, pos, dep, h in clause]
    return [*head, ("that", "that", "SCONJ", "mark", verb), *rows]


@rule_test("predicts_a_risk", "warns_coercively")
def test_a_warning_of_a_risk_is_no_threat():
    # "Berg warned that Serbian tariffs could cause a recession.": the risk of Serbia's act, criticism
    tariffs = (("Serbian", "serbian", "ADJ", "amod", 1), ("tariffs", "tariff", "NOUN", "nsubj", 3),
               ("could", "could", "AUX", "aux", 3), ("cause", "cause", "VERB", "ccomp", 0),
               ("a", "a", "DET", "det", 5), ("recession", "recession", "NOUN", "dobj", 3))
    doc = parse(_warned(*tariffs), {0: B, 3: S}, KNOWN)
    assert lexicon_module.predicts_a_risk(doc[1]) and not lexicon_module.warns_coercively(doc[1])
    trigger = lexicon().match(doc[1])
    assert trigger is not None and trigger.type == "ACCUSE"
    # "Berg warned that the unrest could spread.": a risk no party's act brings, no event
    doc = parse(_warned(("the", "the", "DET", "det", 1), ("unrest", "unrest", "NOUN", "nsubj", 3),
                        ("could", "could", "AUX", "aux", 3), ("spread", "spread", "VERB", "ccomp", 0)), {0: B}, KNOWN)
    assert not lexicon_module.predicts_a_risk(doc[1]) and not lexicon_module.warns_coercively(doc[1])
    assert lexicon().match(doc[1]) is None
    # "Berg warned that German troops could strike." (her own side) and "Berg warned Serbia that
    # Serbian tariffs could cause a recession." (told to an addressee) stay threats
    troops = _warned(("German", "german", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 3),
                     ("could", "could", "AUX", "aux", 3), ("strike", "strike", "VERB", "ccomp", 0))
    # "Berg warned that they could undermine the truce.": "they" cannot stand for her, a risk of no
    # named party's act, no event; "France warned that it could strike." ("it" is France) stays a threat
    they = (("they", "they", "PRON", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
            ("undermine", "undermine", "VERB", "ccomp", 0), ("the", "the", "DET", "det", 4),
            ("truce", "truce", "NOUN", "dobj", 2))
    doc = parse(_warned(*they), {0: B}, KNOWN)
    assert lexicon().match(doc[1]) is None
    it = (("it", "it", "PRON", "nsubj", 2), ("could", "could", "AUX", "aux", 2),
          ("strike", "strike", "VERB", "ccomp", 0))
    french = [("France", "France", "PROPN", "nsubj", 1), *_warned(*it)[1:]]
    for rows, actors in ((troops, {0: B, 3: D}), (_warned(*tariffs, addressee="Serbia"), {0: B, 2: S, 4: S}),
                         (french, {0: F})):
        doc = parse(rows, actors, KNOWN)
        assert not lexicon_module.predicts_a_risk(doc[1]) and lexicon_module.warns_coercively(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "THREATEN"


@rule_test("told_as_fact")
def test_a_warning_of_a_fact_or_of_counsel_is_no_threat():
    # "Berg warned that Serbia had moved artillery." / "Berg warned that Serbia should not be trusted."
    moved = (("Serbia", "Serbia", "PROPN", "nsubj", 2), ("had", "have", "AUX", "aux", 2),
             ("moved", "move", "VERB", "ccomp", 0), ("artillery", "artillery", "NOUN", "dobj", 2))
    trusted = (("Serbia", "Serbia", "PROPN", "nsubjpass", 4), ("should", "should", "AUX", "aux", 4),
               ("not", "not", "PART", "neg", 4), ("be", "be", "AUX", "auxpass", 4),
               ("trusted", "trust", "VERB", "ccomp", 0))
    for clause in (moved, trusted):
        doc = parse(_warned(*clause), {0: B, 3: S}, KNOWN)
        assert told_as_fact(doc[1]) and not lexicon_module.warns_coercively(doc[1])
        assert lexicon().match(doc[1]) is None
    # "Berg warned Hungary that Serbia had moved artillery.": told to an addressee, still a fact
    doc = parse(_warned(*moved, addressee="Hungary"), {0: B, 2: H, 4: S}, KNOWN)
    assert told_as_fact(doc[1])
    # stay threats: her own side ("that Germany had moved artillery"), a pronoun that may be the one
    # warned ("warned Hungary that it had lost"), an act ahead ("that Serbia is going to pay"),
    own = parse(_warned(*moved), {0: B, 3: D}, KNOWN)
    lost = parse(_warned(("it", "it", "PRON", "nsubj", 2), ("had", "have", "AUX", "aux", 2),
                         ("lost", "lose", "VERB", "ccomp", 0), addressee="Hungary"), {0: B, 2: H}, KNOWN)
    going = parse(_warned(("Serbia", "Serbia", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
                          ("going", "go", "VERB", "ccomp", 0), ("to", "to", "PART", "aux", 4),
                          ("pay", "pay", "VERB", "xcomp", 2)), {0: B, 3: S}, KNOWN)
    # and a statement naming no party, which may veil one ("warned Hungary that time is short")
    short = parse(_warned(("time", "time", "NOUN", "nsubj", 1), ("is", "be", "AUX", "ccomp", 0),
                          ("short", "short", "ADJ", "acomp", 1), addressee="Hungary"), {0: B, 2: H}, KNOWN)
    for doc in (own, lost, going, short):
        assert not told_as_fact(doc[1]) and lexicon_module.warns_coercively(doc[1])
        trigger = lexicon().match(doc[1])
        assert trigger is not None and trigger.type == "THREATEN"


def _told(obj: tuple, rest: list[tuple]) -> list[tuple]:
    """"France told <obj> ..." with ``rest`` after the object."""
    return [("France", "France", "PROPN", "nsubj", 1), ("told", "tell", "VERB", "ROOT", 1, "VBD"), obj, *rest]


_TO_LEAVE = [("to", "to", "PART", "aux", 4, "TO"), ("leave", "leave", "VERB", "xcomp", 1, "VB")]


@rule_test("_has_infinitive")
def test_tell_is_a_directive_only_with_its_infinitive():
    # "France told Hungary to leave." / "France told Hungary." / "France told the story to Hungary."
    directive = parse(_told(("Hungary", "Hungary", "PROPN", "dobj", 1), _TO_LEAVE), {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(directive[1])
    assert trigger is not None and trigger.type == "REQUEST"
    told = parse(_told(("Hungary", "Hungary", "PROPN", "dobj", 1), []), {0: F, 2: H}, KNOWN)
    assert lexicon().match(told[1]) is None
    story = parse(_told(("story", "story", "NOUN", "dobj", 1), [("to", "to", "ADP", "prep", 1),
                                                                 ("Hungary", "Hungary", "PROPN", "pobj", 3)]),
                  {0: F, 4: H}, KNOWN)
    assert lexicon().match(story[1]) is None


@rule_test("told_not_directed")
def test_tell_governs_only_its_infinitive_and_an_actor_told():
    # "France told Hungary to attack Serbia.": the attack is asked for (the frame recodes it)
    rows = _told(("Hungary", "Hungary", "PROPN", "dobj", 1),
                 [("to", "to", "PART", "aux", 4, "TO"), ("attack", "attack", "VERB", "xcomp", 1, "VB"),
                  ("Serbia", "Serbia", "PROPN", "dobj", 4)])
    doc = parse(rows, {0: F, 2: H, 5: S}, KNOWN)
    frame = lexicon().frame(doc[1], via=doc[4])
    assert frame is not None and frame.effect == "request"
    assert frames.told_not_directed(climb(doc, 4), doc[1], doc[4], frame) is None
    # "France told reporters to attack Serbia": no actor told, reported speech
    doc = parse(_told(("reporters", "reporter", "NOUN", "dobj", 1), rows[3:]), {0: F, 5: S}, KNOWN)
    assert frames.told_not_directed(climb(doc, 4), doc[1], doc[4], frame) is Step.STOP
    # "France told Hungary that Serbia attacked": a clause is reported, not directed
    doc = parse(_told(("Hungary", "Hungary", "PROPN", "dobj", 1),
                      [("that", "that", "SCONJ", "mark", 5), ("Serbia", "Serbia", "PROPN", "nsubj", 5),
                       ("attacked", "attack", "VERB", "ccomp", 1, "VBD")]), {0: F, 2: H, 4: S}, KNOWN)
    assert lexicon().frame(doc[1], via=doc[5]) is None  # the climb stops at a verb of speech
    # "France told a hearing": the hearing is no event governed by "tell"
    doc = parse(_told(("hearing", "hearing", "NOUN", "dobj", 1), []), {0: F}, KNOWN)
    assert lexicon().frame(doc[1]) is None and lexicon().match(doc[2]) is None
    # "France urged reporters to ...": a request verb without the infinitive flag is not read here
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1, "VBD"),
                 ("reporters", "reporter", "NOUN", "dobj", 1), *rows[3:]], {0: F, 5: S}, KNOWN)
    assert frames.told_not_directed(climb(doc, 4), doc[1], doc[4], lexicon().frame(doc[1], via=doc[4])) is None


@rule_test("reversed_act")
def test_an_ended_act_of_support_is_a_sanction_not_the_support():
    # "France ended its backing for Germany.": the support stops (kb/reversals.tsv; CAMEO 160)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("ended", "end", "VERB", "ROOT", 1, "VBD"),
            ("its", "its", "PRON", "poss", 3), ("backing", "backing", "NOUN", "dobj", 1),
            ("for", "for", "ADP", "prep", 3), ("Germany", "Germany", "PROPN", "pobj", 4)]
    doc = parse(rows, {0: F, 5: D}, KNOWN)
    lex = lexicon()
    c = climb(doc, 3, "SUPPORT")
    assert frames.reversed_act(c, doc[1], doc[3], lex.frame(doc[1])) is Step.DONE
    assert c.result is not None
    assert (c.result.type, c.result.cameo, c.result.sources, c.result.targets) == ("SANCTION", "160", [F], [D])
    # "France ended its aid to Germany.": stopping aid is CAMEO 162
    c = climb(doc, 3, "AID")
    assert frames.reversed_act(c, doc[1], doc[3], lex.frame(doc[1])) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.cameo) == ("SANCTION", "162")
    # "France ended its attack on Germany.": its own force stood down is a yield (RETREAT 087)
    c = climb(doc, 3, "ASSAULT")
    assert frames.reversed_act(c, doc[1], doc[3], None) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.cameo, c.result.sources) == ("RETREAT", "087", [F])
    # "France ended its curfew on Germany.": a restriction lifted is eased (CONCEDE 081)
    c = climb(doc, 3, "COERCE")
    assert frames.reversed_act(c, doc[1], doc[3], None) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.cameo, c.result.targets) == ("CONCEDE", "081", [D])
    # "France ended Germany's siege.": another's act ended is no yield of France's
    c = climb(doc, 3, "COERCE")
    c.d.sources = [D]
    assert frames.reversed_act(c, doc[1], doc[3], None) is None
    # "France stopped helping Germany.": a gerund stopped is reversed too
    rows = [("France", "France", "PROPN", "nsubj", 1), ("stopped", "stop", "VERB", "ROOT", 1, "VBD"),
            ("helping", "help", "VERB", "xcomp", 1, "VBG"), ("Germany", "Germany", "PROPN", "dobj", 2)]
    doc = parse(rows, {0: F, 3: D}, KNOWN)
    c = climb(doc, 2, "AID")
    assert frames.reversed_act(c, doc[1], doc[2], lex.frame(doc[1])) is Step.DONE
    assert c.result is not None and (c.result.type, c.result.sources, c.result.targets) == ("SANCTION", [F], [D])


@rule_test("names_the_helped")
def test_help_with_an_act_as_its_complement_is_no_aid():
    # "France helped topple the junta.": France takes part in the toppling (coded by its own
    # trigger); the junta is not helped, so no AID to it
    act = parse([("France", "France", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                 ("topple", "topple", "VERB", "xcomp", 1), ("the", "the", "DET", "det", 4),
                 ("junta", "junta", "NOUN", "dobj", 2)], {0: F}, KNOWN)
    trigger = lexicon().match(act[1])
    assert trigger is None or trigger.type != "AID"
    # "France helped Hungary." and "France helped Hungary rebuild its army.": the helped is named
    party = parse([("France", "France", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                   ("Hungary", "Hungary", "PROPN", "dobj", 1)], {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(party[1])
    assert trigger is not None and trigger.type == "AID"
    helped_act = parse([("France", "France", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                        ("Hungary", "Hungary", "PROPN", "nsubj", 3), ("rebuild", "rebuild", "VERB", "ccomp", 1),
                        ("its", "its", "PRON", "poss", 5), ("army", "army", "NOUN", "dobj", 3)], {0: F, 2: H}, KNOWN)
    trigger = lexicon().match(helped_act[1])
    assert trigger is not None and trigger.type == "AID"


@rule_test("sent_to_help")
def test_sent_with_a_purpose_of_helping():
    # "France sent medics to help." (the infinitive on the verb) is sent to help; "France sent
    # medics to watch." is not (kb/events.tsv flag tohelp)
    from diplograph.nlp.events.sent_to_help import sent_to_help

    def sent(purpose: str):
        return parse([("France", "France", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                      ("medics", "medic", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                      (purpose, purpose, "VERB", "advcl", 1, "VB")], {0: F}, KNOWN)
    assert sent_to_help(sent("help")[1])
    assert not sent_to_help(sent("watch")[1])


@rule_test("diplomatic_aim")
def test_working_together_at_a_diplomatic_aim():
    # "France is working with Serbia to negotiate." / "France worked with Serbia on the bill." are
    # diplomatic or political work (kb/diplomatic_aims.tsv); "France worked with Serbia to dig." is not
    from diplograph.nlp.events.aims import diplomatic_aim

    def worked(*tail: tuple):
        return parse([("France", "France", "PROPN", "nsubj", 1), ("worked", "work", "VERB", "ROOT", 1),
                      ("with", "with", "ADP", "prep", 1), ("Serbia", "Serbia", "PROPN", "pobj", 2), *tail],
                     {0: F, 3: S}, KNOWN)
    assert diplomatic_aim(worked(("to", "to", "PART", "aux", 5), ("negotiate", "negotiate", "VERB", "advcl", 1))[1])
    assert diplomatic_aim(worked(("on", "on", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
                                 ("bill", "bill", "NOUN", "pobj", 4))[1])
    assert not diplomatic_aim(worked(("to", "to", "PART", "aux", 5), ("dig", "dig", "VERB", "advcl", 1))[1])


# ---------------------------------------------------------------- trips made to meet someone abroad
def _flew_to(place: str, purpose: list[tuple]) -> list[tuple]:
    # "Berg flew to <place> <purpose> ." (the purpose's heads are given relative to the verb, index 1)
    return [("Berg", "Berg", "PROPN", "nsubj", 1), ("flew", "fly", "VERB", "ROOT", 1),
            ("to", "to", "ADP", "prep", 1), (place, place, "PROPN", "pobj", 2), *purpose,
            (".", ".", "PUNCT", "punct", 1)]


_TO_MEET_SERBIA = [("to", "to", "PART", "aux", 5), ("meet", "meet", "VERB", "advcl", 1),
                   ("with", "with", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6)]
_FOR_TALKS_WITH_SERBIA = [("for", "for", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 4),
                          ("with", "with", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6)]
_FLY = Trigger("fly", "V", "CONSULT", "visit", "042", (), frozenset(), frozenset({"target", "person"}))


@rule_test("met_abroad_targets")
def test_a_trip_to_meet_someone_at_a_third_states_venue_is_a_visit_to_them():
    # "Berg flew to Hungary to meet with Serbia", "Berg flew to Hungary for talks with Serbia"
    for purpose in (_TO_MEET_SERBIA, _FOR_TALKS_WITH_SERBIA):
        doc = parse(_flew_to("Hungary", purpose), {0: B, 3: H, 7: S}, KNOWN, mentions=True)
        assert roles.met_abroad_targets(verb_case(doc, 1, _FLY, [B])) == [S]
    # "Berg flew to Serbia to meet with Serbia": the host is the partner's state, it stays
    doc = parse(_flew_to("Serbia", _TO_MEET_SERBIA), {0: B, 3: S, 7: S}, KNOWN, mentions=True)
    assert roles.met_abroad_targets(verb_case(doc, 1, _FLY, [B])) == []
    # "Berg flew to Hungary for talks": the purpose names no one
    doc = parse(_flew_to("Hungary", [("for", "for", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 4)]),
                {0: B, 3: H}, KNOWN, mentions=True)
    assert roles.met_abroad_targets(verb_case(doc, 1, _FLY, [B])) == []


@rule_test("met_abroad_partners")
def test_a_trip_noun_to_meet_someone_abroad_is_a_visit_to_them():
    # "Berg's trip to Hungary to meet with Serbia ended ."
    rows = [("Berg", "Berg", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0), ("trip", "trip", "NOUN", "nsubj", 9),
            ("to", "to", "ADP", "prep", 2), ("Hungary", "Hungary", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
            ("meet", "meet", "VERB", "acl", 2), ("with", "with", "ADP", "prep", 6),
            ("Serbia", "Serbia", "PROPN", "pobj", 7), ("ended", "end", "VERB", "ROOT", 9)]
    doc = parse(rows, {0: B, 4: H, 8: S}, KNOWN, mentions=True)
    trip = Trigger("trip", "N", "CONSULT", "visit", "042", (), frozenset(), frozenset({"target"}))
    case = noun_case(doc, 2, trip, sources=[B], targets=[H])
    noun_roles.met_abroad_partners(case)
    assert case.targets == [S]
    case = noun_case(doc, 2, trip, sources=[B], targets=[S])  # a trip to Serbia to meet Serbia: stays
    noun_roles.met_abroad_partners(case)
    assert case.targets == [S]


@rule_test("companion_trip")
def test_a_trip_one_goes_along_on_is_the_trip_of_the_one_accompanied():
    # "Rossi joined Berg on a trip to Serbia": Berg's trip, no visit of Rossi and no meeting with Berg
    rows = [("Rossi", "Rossi", "PROPN", "nsubj", 1), ("joined", "join", "VERB", "ROOT", 1),
            ("Berg", "Berg", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 5), ("trip", "trip", "NOUN", "pobj", 3), ("to", "to", "ADP", "prep", 5),
            ("Serbia", "Serbia", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 1)]
    doc = parse(rows, {0: F, 2: B, 7: S}, KNOWN, mentions=True)
    trip = Trigger("trip", "N", "CONSULT", "visit", "042", (), frozenset(), frozenset({"target"}))
    case = noun_case(doc, 5, trip, gov=1, governed=True, targets=[S])
    noun_roles.companion_trip(case)
    assert (case.sources, case.targets, case.governed) == ([B], [S], False)
    assert noun_roles.noun_roles(doc[5], trip, lexicon(), doc._.mentions) == ([B], [S])
    # "Rossi met Berg on a trip to Serbia": no verb of accompanying, the trip stays Rossi's
    met = parse([(w, "meet" if w == "joined" else lem, p, d, h) for w, lem, p, d, h in rows],
                {0: F, 2: B, 7: S}, KNOWN, mentions=True)
    case = noun_case(met, 5, trip, gov=1, governed=True, targets=[S])
    noun_roles.companion_trip(case)
    assert (case.sources, case.governed) == ([], True)


def test_a_possessor_performs_a_light_act_noun_done_to_a_named_party():
    # "France's rebuke of Germany angered voters": the possessor did it to the party its complement
    # names, as "France rebuked Germany" says; "the rebuke of Germany" and "France's rebuke of the
    # plan" name no act of a named actor on a named party, so the light noun stays a topic
    from diplograph.nlp.events.possessed_acts import possessor_performs

    targeted = frozenset({"target", "light"})

    rows = [("France", "France", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("rebuke", "rebuke", "NOUN", "nsubj", 5, "NN"), ("of", "of", "ADP", "prep", 2),
            ("Germany", "Germany", "PROPN", "pobj", 3), ("angered", "anger", "VERB", "ROOT", 5),
            ("voters", "voter", "NOUN", "dobj", 5)]
    doc = parse(rows, {0: F, 4: D}, KNOWN)
    assert possessor_performs(doc[2], lexicon().match(doc[2]).flags)
    found = lexicon().match(doc[2])
    assert found is not None and found.type == "ACCUSE"
    no_owner = parse([("the", "the", "DET", "det", 2), *rows[1:]], {4: D}, KNOWN)
    assert not possessor_performs(no_owner[2], targeted) and lexicon().match(no_owner[2]) is None
    no_party = parse([*rows[:4], ("plan", "plan", "NOUN", "pobj", 3), *rows[5:]], {0: F}, KNOWN)
    assert not possessor_performs(no_party[2], targeted) and lexicon().match(no_party[2]) is None
    # a noun of a state of affairs, which names no addressee, stays one: "France's occupation of Germany"
    assert not possessor_performs(doc[2], frozenset({"light"}))


@rule_test("announced_act_target")
def test_a_possessed_threat_to_act_threatens_whom_the_act_would_hit():
    # "Serbia's threat to bomb Hungary worried France": the possessor threatens the party the
    # announced act would hit, as "Serbia threatened to bomb Hungary" says; "the threat to bomb
    # Hungary" names no one who made it, and a threat that announces no act, "Serbia's threat to
    # Hungary", stays a danger posed, no act
    from diplograph.nlp.events.possessed_acts import possessor_performs

    rows = [("Serbia", "Serbia", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("threat", "threat", "NOUN", "dobj", 7, "NN"), ("to", "to", "PART", "aux", 4),
            ("bomb", "bomb", "VERB", "acl", 2), ("Hungary", "Hungary", "PROPN", "dobj", 4),
            ("France", "France", "PROPN", "nsubj", 7), ("condemned", "condemn", "VERB", "ROOT", 7)]
    doc = parse(rows, {0: S, 5: H, 6: F}, KNOWN)
    threat = lexicon().match(doc[2])
    assert threat is not None and threat.type == "THREATEN" and possessor_performs(doc[2], threat.flags)
    case = noun_case(doc, 2, threat, sources=[S])
    noun_roles.announced_act_target(case)
    assert case.targets == [H]
    no_owner = parse([("the", "the", "DET", "det", 2), *rows[1:]], {5: H, 6: F}, KNOWN)
    assert not possessor_performs(no_owner[2], threat.flags)
    danger = parse([rows[0], rows[1], ("threat", "threat", "NOUN", "dobj", 6, "NN"), ("to", "to", "ADP", "prep", 2),
                    ("Hungary", "Hungary", "PROPN", "pobj", 3), ("France", "France", "PROPN", "nsubj", 6),
                    ("condemned", "condemn", "VERB", "ROOT", 6)], {0: S, 4: H, 5: F}, KNOWN)
    assert not possessor_performs(danger[2], threat.flags)
    other = noun_case(doc, 2, trig("THREATEN", pos="N", flags=frozenset({"light"})), sources=[S])
    noun_roles.announced_act_target(other)
    assert other.targets == []


def test_expelling_a_states_troops_ends_their_presence():
    # "France expelled the forces of Serbia." ends a presence (PLOVER SANCTION mode expel, issue 13); "France
    # expelled the smugglers of Serbia." deports individuals (COERCE)
    def expelled(noun: str, lemma: str):
        return parse([("France", "France", "PROPN", "nsubj", 1), ("expelled", "expel", "VERB", "ROOT", 1),
                      ("the", "the", "DET", "det", 3), (noun, lemma, "NOUN", "dobj", 1),
                      ("of", "of", "ADP", "prep", 3), ("Serbia", "Serbia", "PROPN", "pobj", 4)], {0: F, 5: S}, KNOWN)
    trig = lexicon().match(expelled("forces", "force")[1])
    assert trig is not None and (trig.type, trig.mode) == ("SANCTION", "expel")
    trig = lexicon().match(expelled("smugglers", "smuggler")[1])
    assert trig is not None and trig.type == "COERCE"

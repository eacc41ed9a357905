"""Whom a request or an evaluation is addressed to when the clause also names a
bystander (``nlp/events/addressees.py`` and the rules that read it), on hand-built parses (no
model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import roles, targets
from diplograph.nlp.events.lexicon import Trigger, lexicon
from diplograph.nlp.events.roles import VerbCase
from docs import parse

F, D, S = "state:FRA", "state:DEU", "state:SRB"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
         S: Actor(S, "Serbia", "state", "SRB")}


def trig(type_: str, needs: tuple[str, ...] = ()) -> Trigger:
    return Trigger("x", "V", type_, None, None, needs, frozenset(), frozenset())


def case(doc, i: int, trigger: Trigger) -> VerbCase:
    return VerbCase(doc[i], trigger, lexicon(), doc._.mentions, [F])


def target(doc, i: int, trigger: Trigger) -> list[str]:
    """The first target ``VERB_TARGET_RULES`` finds, as ``verb_roles`` reads them."""
    c = case(doc, i, trigger)
    return next((found for rule in roles.VERB_TARGET_RULES if (found := rule(c))), [])


def called_on(addressee: list[tuple], addressee_actor: str | None) -> tuple:
    """"France called on <addressee> to condemn Serbia" (the addressee's head last), and the
    index of the infinitive."""
    n = len(addressee)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
            ("on", "on", "ADP", "prep", 1), *addressee,
            ("to", "to", "PART", "aux", 4 + n), ("condemn", "condemn", "VERB", "xcomp", 1),
            ("Serbia", "Serbia", "PROPN", "dobj", 4 + n)]
    actors = {0: F, 5 + n: S} | ({2 + n: addressee_actor} if addressee_actor else {})
    return parse(rows, actors, KNOWN), 4 + n


def test_a_request_made_on_an_unnamed_addressee_is_not_made_of_the_infinitive_s_party():
    # "France called on other countries to condemn Serbia": asked of other countries, not of Serbia
    doc, _ = called_on([("other", "other", "ADJ", "amod", 4), ("countries", "country", "NOUN", "pobj", 2)], None)
    assert target(doc, 1, trig("REQUEST", ("on",))) == []
    # "France called on Germany to condemn Serbia": asked of Germany
    doc, infinitive = called_on([("Germany", "Germany", "PROPN", "pobj", 2)], D)
    assert target(doc, 1, trig("REQUEST", ("on",))) == [D]
    # the frame that recodes the infinitive under "called on" asks the same addressee
    assert targets.clause_addressee(doc[infinitive], doc._.mentions, [F]) == [D]
    # "France threatened on Monday to condemn Serbia": no request, no addressee
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
                 ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 2),
                 ("to", "to", "PART", "aux", 5), ("condemn", "condemn", "VERB", "xcomp", 1),
                 ("Serbia", "Serbia", "PROPN", "dobj", 5)], {0: F, 6: S}, KNOWN)
    assert target(doc, 1, trig("THREATEN")) == [S]


def test_an_appeal_without_an_infinitive_names_no_addressee_to_keep():
    # "France appealed to the court against Serbia": the infinitive rule is not involved
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("appealed", "appeal", "VERB", "ROOT", 1),
                 ("to", "to", "ADP", "prep", 1), ("the", "the", "DET", "det", 4), ("court", "court", "NOUN", "pobj", 2),
                 ("against", "against", "ADP", "prep", 1), ("Serbia", "Serbia", "PROPN", "pobj", 5)],
                {0: F, 6: S}, KNOWN)
    assert not roles.names_its_addressee(case(doc, 1, trig("REQUEST")))
    assert target(doc, 1, trig("REQUEST")) == [S]


def conduct(owner: list[tuple], owner_actors: dict[int, str]) -> object:
    """"France criticized <owner>'s handling of Serbia" (the owner's head last)."""
    n = len(owner)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1), *owner,
            ("'s", "'s", "PART", "case", 1 + n), ("handling", "handling", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3 + n), ("Serbia", "Serbia", "PROPN", "pobj", 4 + n)]
    return parse(rows, {0: F, 5 + n: S} | owner_actors, KNOWN)


def test_an_evaluated_conduct_is_its_owner_s_not_what_it_is_about():
    # "France criticized the government's handling of Serbia": not addressed to Serbia
    doc = conduct([("the", "the", "DET", "det", 3), ("government", "government", "NOUN", "poss", 5)], {})
    assert target(doc, 1, trig("ACCUSE")) == []
    # "France criticized the German government's handling of Serbia": addressed to Germany
    doc = conduct([("the", "the", "DET", "det", 4), ("German", "German", "ADJ", "amod", 4),
                   ("government", "government", "NOUN", "poss", 6)], {3: D})
    assert target(doc, 1, trig("ACCUSE")) == [D]
    # not an evaluation (a type that is no ACCUSE or SUPPORT): the object is read as before
    doc = conduct([("the", "the", "DET", "det", 3), ("government", "government", "NOUN", "poss", 5)], {})
    assert target(doc, 1, trig("AID")) == [S]
    # "France criticized Germany's allies, Serbia and ...": an object about nothing names its parties
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                 ("allies", "ally", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 4),
                 ("Serbia", "Serbia", "PROPN", "appos", 4)], {0: F, 2: D, 6: S}, KNOWN)
    assert roles.evaluated_owner(case(doc, 1, trig("ACCUSE")), doc[4]) is None
    # "France praised the country's ties with Serbia": a partner is a party of the ties themselves
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("praised", "praise", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("country", "country", "NOUN", "poss", 5),
                 ("'s", "'s", "PART", "case", 3), ("ties", "tie", "NOUN", "dobj", 1),
                 ("with", "with", "ADP", "prep", 5), ("Serbia", "Serbia", "PROPN", "pobj", 6)], {0: F, 7: S}, KNOWN)
    assert roles.evaluated_owner(case(doc, 1, trig("SUPPORT")), doc[5]) is None


def test_the_frame_asks_its_phrase_of_address_not_the_party_of_the_act():
    # "France called on other countries to condemn Serbia.": the request recoded from the
    # infinitive is made of "other countries" (no known actor), never of Serbia; made of no known
    # actor, it is no record
    from diplograph.nlp.events import find_events
    doc, _ = called_on([("other", "other", "ADJ", "amod", 4), ("countries", "country", "NOUN", "pobj", 2)], None)
    coded = [(e.type, e.source, e.target) for e in find_events(doc)]
    assert all(t != S for _type, _s, t in coded), coded
    assert ("REQUEST", F, None) not in coded


def told_to_leave(owner: tuple, subject: tuple, owner_actor: str | None) -> object:
    """"<subject> told <owner> diplomats to leave Serbia", the bare noun misread as Serbia's."""
    rows = [subject, ("told", "tell", "VERB", "ROOT", 1), owner, ("diplomats", "diplomat", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5), ("leave", "leave", "VERB", "xcomp", 1),
            ("Serbia", "Serbia", "PROPN", "dobj", 5)]
    actors = {3: S, 6: S} | ({2: owner_actor} if owner_actor else {0: F})
    return parse(rows, actors, KNOWN)


def test_a_request_of_the_asker_s_own_people_asks_no_other_party():
    # "She told her diplomats to leave Serbia": her own diplomats, not Serbia, are asked
    doc = told_to_leave(("her", "her", "PRON", "poss", 3), ("She", "she", "PRON", "nsubj", 1), None)
    assert target(doc, 1, trig("REQUEST")) == []
    # "France told Serbia's diplomats to leave Serbia": Serbia's diplomats are asked
    doc = told_to_leave(("Serbia's", "Serbia", "PROPN", "poss", 3), ("France", "France", "PROPN", "nsubj", 1), S)
    assert target(doc, 1, trig("REQUEST")) == [S]
    # "She told their diplomats to ...": a possessive the subject does not bind keeps its reading
    doc = told_to_leave(("their", "their", "PRON", "poss", 3), ("She", "she", "PRON", "nsubj", 1), S)
    assert target(doc, 1, trig("REQUEST")) == [S]


def urged(verb: tuple, addressee: list[tuple], addressee_actor: str | None) -> object:
    """"France <verb> <addressee> to sanction Serbia" (the addressee's head last, the verb's object)."""
    n = len(addressee)
    rows = [("France", "France", "PROPN", "nsubj", 1), verb, *addressee,
            ("to", "to", "PART", "aux", 3 + n), ("sanction", "sanction", "VERB", "xcomp", 1),
            ("Serbia", "Serbia", "PROPN", "dobj", 3 + n)]
    actors = {0: F, 4 + n: S} | ({1 + n: addressee_actor} if addressee_actor else {})
    return parse(rows, actors, KNOWN, mentions=True)


MEMBER_STATES = [("member", "member", "NOUN", "compound", 3), ("states", "state", "NOUN", "dobj", 1)]


def test_a_request_of_an_unnamed_object_is_not_made_of_the_infinitive_s_party():
    from diplograph.nlp.events import addressees, find_events
    # "France urged member states to sanction Serbia": the member states are asked, not Serbia;
    # asked of no known actor, the request is no record
    doc = urged(("urged", "urge", "VERB", "ROOT", 1), MEMBER_STATES, None)
    assert [t.i for t in addressees.object_addressees(doc[1])] == [3]
    coded = [(e.type, e.source, e.target) for e in find_events(doc)]
    assert ("REQUEST", F, S) not in coded, coded
    # "France urged Germany to sanction Serbia": Germany is asked
    doc = urged(("urged", "urge", "VERB", "ROOT", 1), [("Germany", "Germany", "PROPN", "dobj", 1)], D)
    assert ("REQUEST", F, D) in [(e.type, e.source, e.target) for e in find_events(doc)]
    # "France urged restraint": no infinitive, the object is what is asked for, no addressee
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                 ("restraint", "restraint", "NOUN", "dobj", 1)], {0: F}, KNOWN)
    assert addressees.object_addressees(doc[1]) == []


def test_a_verb_asking_its_object_does_not_target_the_governed_clause_s_object():
    # "France encouraged member states to sanction Serbia" (a verb whose object is an actor)
    asks = Trigger("encourage", "V", "REQUEST", None, None, (), frozenset({"actor"}), frozenset({"target"}))
    doc = urged(("encouraged", "encourage", "VERB", "ROOT", 1), MEMBER_STATES, None)
    assert roles.governed_clause_subjects(case(doc, 1, asks)) == []
    # "France encouraged to sanction Serbia" (no object of its own): the clause's object as before
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("encouraged", "encourage", "VERB", "ROOT", 1),
                 ("to", "to", "PART", "aux", 3), ("sanction", "sanction", "VERB", "xcomp", 1),
                 ("Serbia", "Serbia", "PROPN", "dobj", 3)], {0: F, 4: S}, KNOWN)
    assert roles.governed_clause_subjects(case(doc, 1, asks)) == [S]

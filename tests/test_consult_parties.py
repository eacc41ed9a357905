"""Who is no party to a consultation: a news outlet or a journalist spoken to (events/interviews.py), and
a journalist's questions, no request (kb/journalism.tsv), and a trip whose
aim is to fight or enlist (events/aims.py, kb/figurative.tsv "aim LEMMA"). Sentences are our own."""

from __future__ import annotations

from dataclasses import replace

from diplograph.model import Actor, Role
from diplograph.nlp.events.component import _expand, code_trigger
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.interviews import journalists, without_outlets, without_press
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, S, M = "state:FRA", "state:SYR", "media:le-monde"
KNOWN = {F: Actor(F, "France", "state", "FRA"), S: Actor(S, "Syria", "state", "SYR"),
         M: Actor(M, "Le Monde", "media", "FRA")}


def _spoke_with(partner: str, pid: str):
    # "A French envoy spoke with <partner>."
    doc = parse([("envoy", "envoy", "NOUN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
                 ("with", "with", "ADP", "prep", 1), (partner, partner, "PROPN", "pobj", 2)],
                {0: F, 3: pid}, KNOWN)
    return Draft(type="CONSULT", mode=None, cameo="040", sources=[F], targets=[pid], anchor=doc[1],
                 words="speak with", recip=True)


def test_speaking_with_an_outlet_is_no_consultation():
    # "A French envoy spoke with Le Monde": an interview, no partner, no record
    assert without_outlets(_spoke_with("Monde", M), KNOWN).targets == []
    assert _expand(_spoke_with("Monde", M), KNOWN) == []
    kept = _expand(_spoke_with("Syria", S), KNOWN)
    assert [(d.sources, d.targets) for d in kept] == [([F], [S])]


H, P, G = "person:jo-host", "person:al-guest", "media:kiwi-tv"
ON_AIR = {H: Actor(H, "Jo Host", "person"), P: Actor(P, "Al Guest", "person"), G: Actor(G, "Kiwi TV", "media"),
          F: KNOWN[F]}


def _asked(job: tuple[str, ...], verb: str = "questioned"):
    # "<job> Host <verb> Guest about the deal ." with the host's job words before the name
    n = len(job)
    rows = [(w, w.lower(), "PROPN" if w[0].isupper() else "NOUN", "compound", n) for w in job]
    rows += [("Host", "host", "PROPN", "nsubj", n + 1), (verb, verb[:-2], "VERB", "ROOT", n + 1, "VBD"),
             ("Guest", "guest", "PROPN", "dobj", n + 1)]
    return parse(rows, {n: H, n + 2: P}, ON_AIR, mentions=True)


def test_a_journalist_is_known_by_a_job_or_an_outlet_beside_the_name():
    # "talk show host Jo Host", "Kiwi TV's Jo Host": a journalist; plain "Jo Host" is not
    assert journalists(_asked(("talk", "show", "host")), ON_AIR) == {H}
    outlet = parse([("Kiwi", "kiwi", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0, "POS"),
                    ("Host", "host", "PROPN", "nsubj", 3), ("asked", "ask", "VERB", "ROOT", 3, "VBD"),
                    ("Guest", "guest", "PROPN", "dobj", 3)], {0: G, 2: H, 4: P}, ON_AIR, mentions=True)
    assert journalists(outlet, ON_AIR) == {H}
    assert journalists(_asked(()), ON_AIR) == frozenset()
    # "told a reporter Host had left": the job noun is the verb's object, not the name's
    told = parse([("told", "tell", "VERB", "ROOT", 0), ("a", "a", "DET", "det", 2),
                  ("reporter", "reporter", "NOUN", "dobj", 0), ("Host", "host", "PROPN", "nsubj", 5),
                  ("had", "have", "AUX", "aux", 5), ("left", "leave", "VERB", "ccomp", 0)], {3: H}, ON_AIR,
                 mentions=True)
    assert journalists(told, ON_AIR) == frozenset()
    # "summit host Jo Host" who holds an office is a political actor, no journalist
    officer = dict(ON_AIR, **{H: Actor(H, "Jo Host", "person", roles=[Role("President", "FRA")])})
    assert journalists(_asked(("summit", "host")), officer) == frozenset()


def test_a_journalist_questioning_a_guest_requests_nothing():
    # "radio host Jo Host questioned Al Guest": news-gathering, no source of a REQUEST
    doc = _asked(("radio", "host"))
    press = journalists(doc, ON_AIR)
    asked = Draft(type="REQUEST", mode=None, cameo="100", sources=[H], targets=[P], anchor=doc[3],
                  words="question")
    assert _expand(asked, ON_AIR, press) == []
    assert [(d.sources, d.targets) for d in _expand(asked, ON_AIR)] == [([H], [P])]
    # an interview: the journalist is no partner; a guest's act against him keeps him as recipient
    talk = replace(asked, type="CONSULT", cameo="040", sources=[P], targets=[H], recip=True)
    assert _expand(talk, ON_AIR, press) == []
    arrest = replace(asked, type="COERCE", cameo="173", sources=[F], targets=[H])
    assert without_press(arrest, press) == arrest


def _travelled(aim: str, obj: str, obj_lemma: str, obj_pos: str = "PROPN"):
    # "Frenchmen travelled to Syria to <aim> <obj>."
    return parse([("Frenchmen", "Frenchman", "NOUN", "nsubj", 1), ("travelled", "travel", "VERB", "ROOT", 1),
                  ("to", "to", "ADP", "prep", 1), ("Syria", "Syria", "PROPN", "pobj", 2),
                  ("to", "to", "PART", "aux", 5), (aim, aim, "VERB", "advcl", 1),
                  (obj, obj_lemma, obj_pos, "dobj", 5)], {0: F, 3: S}, KNOWN)


def test_a_trip_to_fight_or_enlist_is_no_visit():
    # "Frenchmen travelled to Syria to join Daesh" / "to fight rebels": no CONSULT visit
    assert lexicon().match(_travelled("join", "Daesh", "Daesh")[1]) is None
    assert lexicon().match(_travelled("fight", "rebels", "rebel", "NOUN")[1]) is None
    # "travelled to Syria to meet officials" and "to join the talks" stay visits
    for aim, obj, lemma in (("meet", "officials", "official"), ("join", "talks", "talk")):
        trigger = lexicon().match(_travelled(aim, obj, lemma, "NOUN")[1])
        assert trigger is not None and trigger.type == "CONSULT", aim


def _flew(subject: str, lemma: str):
    # "French <subject> flew to Syria."
    return parse([("French", "French", "ADJ", "amod", 1), (subject, lemma, "NOUN", "nsubj", 2),
                  ("flew", "fly", "VERB", "ROOT", 2), ("to", "to", "ADP", "prep", 2),
                  ("Syria", "Syria", "PROPN", "pobj", 3)], {0: F, 4: S}, KNOWN, mentions=True)


def test_forces_flying_in_are_deployed_not_visiting():
    # kb/force_nouns.tsv class force: "French commandos flew to Syria" is no visit; "French envoys" is one
    for subject, lemma in (("commandos", "commando"), ("bombers", "bomber")):
        doc = _flew(subject, lemma)
        trigger = lexicon().match(doc[2])
        assert trigger is not None and code_trigger(doc[2], trigger, lexicon(), doc) is None, subject
    doc = _flew("envoys", "envoy")
    trigger = lexicon().match(doc[2])
    assert trigger is not None
    draft = code_trigger(doc[2], trigger, lexicon(), doc)
    assert draft is not None and draft.type == "CONSULT"


def test_forces_flown_somewhere_are_deployed_not_visiting():
    # "France flew bombers to Syria": the forces flown are deployed, France visits no one
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("flew", "fly", "VERB", "ROOT", 1),
                 ("bombers", "bomber", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                 ("Syria", "Syria", "PROPN", "pobj", 3)], {0: F, 4: S}, KNOWN, mentions=True)
    trigger = lexicon().match(doc[1])
    assert trigger is not None and code_trigger(doc[1], trigger, lexicon(), doc) is None


def _ministers_met(partner: str, partner_pos: str, possessive: bool = False):
    # "France and Syria met with <(their)> <partner>."
    rows = [("France", "France", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
            ("Syria", "Syria", "PROPN", "conj", 0), ("met", "meet", "VERB", "ROOT", 3),
            ("with", "with", "ADP", "prep", 3)]
    if possessive:
        rows.append(("their", "their", "PRON", "poss", 6))
    rows.append((partner, partner, partner_pos, "pobj", 4))
    doc = parse(rows, {0: F, 2: S}, KNOWN)
    return Draft(type="CONSULT", mode=None, cameo="040", sources=[F, S], targets=[], anchor=doc[3],
                 words="meet with", recip=True)


def test_a_coordinated_subject_meeting_a_partner_apart_is_one_side():
    # "France and Syria met with farmers": they met farmers together, not each other; the partner
    # is no actor, so no record
    assert _expand(_ministers_met("farmers", "NOUN"), KNOWN) == []
    # "met with each other", "met with their interpreters": the two met each other
    for partner, pos, possessive in (("other", "ADJ", False), ("interpreters", "NOUN", True)):
        kept = _expand(_ministers_met(partner, pos, possessive), KNOWN)
        assert [(d.sources, d.targets) for d in kept] == [([F], [S])], partner

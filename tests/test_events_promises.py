"""A promise of a negated act (``nlp/events/promises.py``): "promised not to attack" commits to
restraint (AGREE), "vowed not to help" refuses (REJECT). Hand-built parses of our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import frames, promises
from diplograph.nlp.events.drafts import Climb, Draft, Step
from diplograph.nlp.events.lexicon import lexicon
from diplograph.nlp.syntax import is_negated
from docs import parse

F, D = "state:FRA", "state:DEU"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU")}


def promised(verb: str, lemma: str, act: str, act_lemma: str, type_: str, cameo: str) -> Draft | None:
    """"France <verb> not to <act> Germany", climbed from the act to the verb of promise."""
    rows = [("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
            ("not", "not", "PART", "neg", 4), ("to", "to", "PART", "aux", 4),
            (act, act_lemma, "VERB", "xcomp", 1), ("Germany", "Germany", "PROPN", "dobj", 4)]
    doc = parse(rows, {0: F, 5: D}, KNOWN)
    d = Draft(type=type_, mode=None, cameo=cameo, sources=[F], targets=[D], anchor=doc[4], words=act_lemma,
              base=type_, negated=is_negated(doc[4]))
    c = Climb(d, doc[4], lexicon(), doc._.mentions, doc._.actors)
    frame = lexicon().frame(doc[1])
    assert frame is not None and frame.effect == "promise"
    assert frames.frame_effect(c, doc[1], doc[4], frame) is Step.DONE
    return c.result


def test_a_promise_not_to_attack_is_an_agreement():
    # "France promised not to attack Germany": restraint promised, no threat of an attack
    result = promised("promised", "promise", "attack", "attack", "ASSAULT", "190")
    assert result is not None and (result.type, result.sources, result.targets) == ("AGREE", [F], [D])


def test_a_vow_not_to_help_is_a_refusal():
    # "France vowed not to help Germany": the help is refused when vowed
    result = promised("vowed", "vow", "help", "help", "AID", "070")
    assert result is not None and (result.type, result.sources, result.targets) == ("REJECT", [F], [D])


def test_promised_acts_without_negation_keep_their_reading():
    def draft(type_: str, negated: bool = False, not_yet: bool = False) -> Draft:
        doc = parse([("x", "x", "NOUN", "ROOT", 0)], {}, KNOWN)
        return Draft(type=type_, mode=None, cameo=None, sources=[F], targets=[D], anchor=doc[0], words="x",
                     negated=negated, not_yet=not_yet)

    assert promises.promised_restraint(draft("ASSAULT", negated=True), True) == ("AGREE", "035")
    assert promises.promised_restraint(draft("ASSAULT"), True) is None
    assert promises.promised_restraint(draft("ASSAULT", negated=True, not_yet=True), True) is None
    assert promises.promised_refusal(draft("CONCEDE", negated=True), True) == ("REJECT", "120")
    assert promises.promised_refusal(draft("CONCEDE"), True) is None
    # "France promised Germany that the rebels would not open an office": another's act, no refusal
    assert promises.promised_refusal(draft("SUPPORT", negated=True), False) is None
    assert promises.promised_type(draft("SUPPORT", negated=True), ("AGREE", "030"), False) == ("AGREE", "030")
    assert promises.promised_type(draft("ASSAULT", negated=True), ("AGREE", "030"), False) == ("AGREE", "030")
    assert promises.kept_refusal(draft("REJECT"), True) == ("REJECT", None)
    assert promises.hostile_promise(draft("ASSAULT"), True) == ("THREATEN", "130")
    assert promises.hostile_promise(draft("AID"), True) is None
    assert promises.promised_type(draft("AID"), ("AGREE", "030"), True) == ("AGREE", "030")
    tested = {"promised_restraint", "promised_refusal", "promised_veto", "kept_refusal", "hostile_promise"}
    assert {rule.__name__ for rule in promises.PROMISE_RULES} == tested


def test_a_vow_to_veto_is_a_veto_threat():
    # "France vowed to veto the Hungarian plan": the veto is not cast yet, it is threatened
    def draft(cameo: str, negated: bool = False) -> Draft:
        doc = parse([("x", "x", "NOUN", "ROOT", 0)], {}, KNOWN)
        return Draft(type="REJECT", mode=None, cameo=cameo, sources=[F], targets=[D], anchor=doc[0], words="veto",
                     negated=negated)

    assert promises.promised_veto(draft("129"), True) == ("THREATEN", "130")
    assert promises.promised_type(draft("129"), ("AGREE", "030"), True) == ("THREATEN", "130")
    # "vowed not to veto": restraint, read before; "vowed to reject the plan" is the refusal itself
    assert promises.promised_veto(draft("129", negated=True), True) is None
    assert promises.promised_veto(draft("120"), True) is None
    assert promises.promised_type(draft("120"), ("AGREE", "030"), True) == ("REJECT", "120")

"""A denial answers whoever made the claim it denies (``events/denials.py``): "Britain blamed Russia
for the attack. Moscow denied the accusations." is a REJECT of Britain; an accusation of someone
else, or none, names no recipient. Hand-built parses of our own sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.model import Actor
from diplograph.nlp.events.denials import (
    ACCUSER_RULES,
    answered_accuser,
    earlier_accuser,
    earlier_assertion,
    earlier_claim_maker,
)
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

KNOWN = {"state:GBR": Actor("state:GBR", "Britain", "state", "GBR"),
         "state:RUS": Actor("state:RUS", "Russia", "state", "RUS"),
         "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
         "person:ivan-petrov": Actor("person:ivan-petrov", "Petrov", "person", "RUS")}


@dataclass
class _Draft:
    type: str
    sources: list[str]
    targets: list[str] = field(default_factory=list)
    negated: bool = False


def _two_sentences(accuser: str, accused: str, denier: str, verb: str = "blamed", lemma: str = "blame",
                   denied: tuple[str, str] = ("accusations", "accusation")):
    # "ACCUSER blamed ACCUSED for the attack . DENIER denied the accusations ."
    rows = [(accuser, accuser, "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
            (accused, accused, "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5), ("attack", "attack", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1),
            (denier, denier, "PROPN", "nsubj", 8), ("denied", "deny", "VERB", "ROOT", 8),
            ("the", "the", "DET", "det", 10), (*denied, "NOUN", "dobj", 8),
            (".", ".", "PUNCT", "punct", 8)]
    ids = {"Britain": "state:GBR", "Russia": "state:RUS", "France": "state:FRA", "Moscow": "state:RUS",
           "Petrov": "person:ivan-petrov"}
    actors = {i: ids[r[0]] for i, r in enumerate(rows) if r[0] in ids}
    starts = [i in (0, 7) for i in range(len(rows))]
    return parse(rows, actors, KNOWN, mentions=True, sent_starts=starts)


def test_ordered_rules_hold_the_earlier_accuser():
    assert earlier_accuser in ACCUSER_RULES and earlier_claim_maker in ACCUSER_RULES
    assert earlier_assertion in ACCUSER_RULES


def test_a_denial_answers_the_earlier_accuser_of_the_denier():
    doc = _two_sentences("Britain", "Russia", "Moscow")
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[8], lexicon())
    assert d.targets == ["state:GBR"]


def test_a_denial_answers_the_accuser_of_one_of_the_deniers_own():
    doc = _two_sentences("Britain", "Petrov", "Moscow", "accused", "accuse")  # a Russian accused: Moscow denies
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[8], lexicon())
    assert d.targets == ["state:GBR"]


def test_an_accusation_of_someone_else_names_no_recipient():
    doc = _two_sentences("Britain", "France", "Moscow")
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, doc[8], lexicon())
    assert d.targets == []


def test_a_denial_with_its_own_target_or_of_another_type_is_left_alone():
    doc = _two_sentences("Britain", "Russia", "Moscow")
    kept = _Draft("REJECT", ["state:RUS"], ["state:FRA"])
    assert not answered_accuser(kept, doc[8], lexicon()) and kept.targets == ["state:FRA"]
    other = _Draft("ACCUSE", ["state:RUS"])
    assert not answered_accuser(other, doc[8], lexicon()) and other.targets == []


def test_a_denial_of_the_act_answers_the_accuser_as_a_denial_of_the_claim_does():
    # "Britain blamed Russia for the attack. Moscow denied the involvement." : a REJECT of Britain
    doc = _two_sentences("Britain", "Russia", "Moscow", denied=("involvement", "involvement"))
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[8], lexicon())
    assert d.targets == ["state:GBR"]
    # "... Moscow denied the visit." : not an act it was accused of, no recipient
    other = _two_sentences("Britain", "Russia", "Moscow", denied=("visit", "visit"))
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, other[8], lexicon()) and d.targets == []


def _blamed_on(accused: str):
    # "Britain blamed the attack on ACCUSED . Moscow denied the accusations ."
    rows = [("Britain", "Britain", "PROPN", "nsubj", 1), ("blamed", "blame", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
            (accused, accused, "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
            ("Moscow", "Moscow", "PROPN", "nsubj", 8), ("denied", "deny", "VERB", "ROOT", 8),
            ("the", "the", "DET", "det", 10), ("accusations", "accusation", "NOUN", "dobj", 8),
            (".", ".", "PUNCT", "punct", 8)]
    ids = {"Britain": "state:GBR", "Russia": "state:RUS", "France": "state:FRA", "Moscow": "state:RUS"}
    actors = {i: ids[r[0]] for i, r in enumerate(rows) if r[0] in ids}
    return parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in (0, 7) for i in range(len(rows))])


def test_blamed_on_the_denier_names_the_accuser():
    # "Britain blamed the attack on Russia. Moscow denied the accusations." : a REJECT of Britain
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, _blamed_on("Russia")[8], lexicon()) and d.targets == ["state:GBR"]
    # "Britain blamed the attack on France. Moscow denied ..." : not Moscow's accuser
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, _blamed_on("France")[8], lexicon()) and d.targets == []


def _accusation_then_filler(fillers: int):
    # "Britain blamed Russia for the attack . (It spoke .) x FILLERS Moscow denied the accusations ."
    rows = [("Britain", "Britain", "PROPN", "nsubj", 1), ("blamed", "blame", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5), ("attack", "attack", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    starts = [0]
    for _ in range(fillers):  # the accuser's words, background: no verb of accusing
        n = len(rows)
        starts.append(n)
        rows += [("It", "it", "PRON", "nsubj", n + 1), ("spoke", "speak", "VERB", "ROOT", n + 1),
                 (".", ".", "PUNCT", "punct", n + 1)]
    n = len(rows)
    starts.append(n)
    rows += [("Moscow", "Moscow", "PROPN", "nsubj", n + 1), ("denied", "deny", "VERB", "ROOT", n + 1),
             ("the", "the", "DET", "det", n + 3), ("accusations", "accusation", "NOUN", "dobj", n + 1),
             (".", ".", "PUNCT", "punct", n + 1)]
    ids = {"Britain": "state:GBR", "Russia": "state:RUS", "Moscow": "state:RUS"}
    actors = {i: ids[r[0]] for i, r in enumerate(rows) if r[0] in ids}
    doc = parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in starts for i in range(len(rows))])
    return doc, n + 1


def test_the_accusation_may_stand_three_sentences_before_the_denial():
    # "Britain blamed Russia for the attack. “…,” its minister said. “…” Moscow denied the
    # accusations.": the accuser's quoted words between do not hide whom the denial answers
    doc, denial = _accusation_then_filler(3)
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[denial], lexicon()) and d.targets == ["state:GBR"]


def test_an_accusation_beyond_the_window_is_not_answered():
    doc, denial = _accusation_then_filler(5)
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, doc[denial], lexicon()) and d.targets == []


def _claim_then_denial(head: str, about: str):
    # "France dismissed allegations by Britain that ABOUT hacked the vote . Moscow denied the allegations ."
    # (head "report": "Britain released a report that found ABOUT hacked the vote . Moscow denied the report .")
    if head == "report":
        rows = [("Britain", "Britain", "PROPN", "nsubj", 1), ("released", "release", "VERB", "ROOT", 1),
                ("a", "a", "DET", "det", 3), ("report", "report", "NOUN", "dobj", 1),
                ("that", "that", "PRON", "nsubj", 5), ("found", "find", "VERB", "relcl", 3),
                (about, about, "PROPN", "nsubj", 7), ("hacked", "hack", "VERB", "ccomp", 5),
                ("the", "the", "DET", "det", 9), ("vote", "vote", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1)]
    else:
        rows = [("France", "France", "PROPN", "nsubj", 1), ("dismissed", "dismiss", "VERB", "ROOT", 1),
                ("allegations", "allegation", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
                ("Britain", "Britain", "PROPN", "pobj", 3), ("that", "that", "SCONJ", "mark", 7),
                (about, about, "PROPN", "nsubj", 7), ("hacked", "hack", "VERB", "acl", 2),
                ("the", "the", "DET", "det", 9), ("vote", "vote", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1)]
    n, word = len(rows), head if head == "report" else f"{head}s"
    rows += [("Moscow", "Moscow", "PROPN", "nsubj", n + 1), ("denied", "deny", "VERB", "ROOT", n + 1),
             ("the", "the", "DET", "det", n + 3), (word, head, "NOUN", "dobj", n + 1),
             (".", ".", "PUNCT", "punct", n + 1)]
    ids = {"Britain": "state:GBR", "Russia": "state:RUS", "France": "state:FRA", "Moscow": "state:RUS"}
    actors = {i: ids[r[0]] for i, r in enumerate(rows) if r[0] in ids}
    return parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in (0, n) for i in range(len(rows))]), n + 1


def test_a_denied_claim_answers_the_maker_of_the_earlier_claim_about_the_denier():
    # "France dismissed allegations by Britain that Russia hacked the vote. Moscow denied the allegations."
    # : a REJECT of Britain, who made them, not of France, who dismissed them
    doc, denial = _claim_then_denial("allegation", "Russia")
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[denial], lexicon()) and d.targets == ["state:GBR"]
    # "Britain released a report that found Russia hacked the vote. Moscow denied the report." : Britain
    doc, denial = _claim_then_denial("report", "Russia")
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, doc[denial], lexicon()) and d.targets == ["state:GBR"]


def test_an_earlier_claim_about_someone_else_is_not_the_one_denied():
    # "... allegations by Britain that France hacked the vote. Moscow denied the allegations." : no recipient
    for head in ("allegation", "report"):
        doc, denial = _claim_then_denial(head, "France")
        d = _Draft("REJECT", ["state:RUS"])
        assert not answered_accuser(d, doc[denial], lexicon()) and d.targets == []


def _said_then_denial(about: str, verb: tuple[str, str] = ("was", "be")):
    # "Britain said ABOUT was responsible . Moscow denied the accusations ."
    rows = [("Britain", "Britain", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            (about, about, "PROPN", "nsubj", 3), (*verb, "AUX" if verb[1] == "be" else "VERB", "ccomp", 1),
            ("responsible", "responsible", "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", 1),
            ("Moscow", "Moscow", "PROPN", "nsubj", 7), ("denied", "deny", "VERB", "ROOT", 7),
            ("the", "the", "DET", "det", 9), ("accusations", "accusation", "NOUN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 7)]
    ids = {"Britain": "state:GBR", "Russia": "state:RUS", "France": "state:FRA", "Moscow": "state:RUS"}
    actors = {i: ids[r[0]] for i, r in enumerate(rows) if r[0] in ids}
    return parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in (0, 6) for i in range(len(rows))])


def test_a_denied_claim_answers_who_said_it_of_the_denier():
    # "Britain said Russia was responsible. Moscow denied the accusations." : a REJECT of Britain
    d = _Draft("REJECT", ["state:RUS"])
    assert answered_accuser(d, _said_then_denial("Russia")[7], lexicon()) and d.targets == ["state:GBR"]
    # "Britain said France was responsible. ..." : said of someone else, no recipient
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, _said_then_denial("France")[7], lexicon()) and d.targets == []
    # "Britain said Russia denied responsible ..." (a clause that reports speech): no claim of Britain's
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, _said_then_denial("Russia", ("denied", "deny"))[7], lexicon()) and d.targets == []


def test_a_denied_claim_naming_its_own_maker_is_not_lent_an_earlier_speaker():
    # "Britain said Russia was responsible. Moscow denied the accusations by Kyiv." : the maker is the
    # noun's own (Kyiv, whether or not it became an actor), never Britain
    rows = [("Britain", "Britain", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "nsubj", 3), ("was", "be", "AUX", "ccomp", 1),
            ("responsible", "responsible", "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", 1),
            ("Moscow", "Moscow", "PROPN", "nsubj", 7), ("denied", "deny", "VERB", "ROOT", 7),
            ("the", "the", "DET", "det", 9), ("accusations", "accusation", "NOUN", "dobj", 7),
            ("by", "by", "ADP", "prep", 9), ("Kyiv", "Kyiv", "PROPN", "pobj", 10), (".", ".", "PUNCT", "punct", 7)]
    actors = {0: "state:GBR", 2: "state:RUS", 6: "state:RUS"}
    doc = parse(rows, actors, KNOWN, mentions=True, sent_starts=[i in (0, 6) for i in range(len(rows))])
    d = _Draft("REJECT", ["state:RUS"])
    assert not answered_accuser(d, doc[7], lexicon()) and d.targets == []

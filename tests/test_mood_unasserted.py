"""Acts the text names without asserting them (issue 13's "none" class): what an inquiry did not
establish and what a party is accused of.
Hand-built parses of sentences of our own, with the packaged ``kb/irrealis.tsv``."""

from __future__ import annotations

from test_mood import WORDS, reasons  # the event coder's realis check, no light verb in the sentence

from diplograph.nlp.events import realis
from docs import parse


def _proof(verb: str, lemma: str, negated: bool) -> list:
    """"The inquiry [did not] establish(ed) that Moscow aided the rebels." """
    head = 4 if negated else 2
    said = [("did", "do", "AUX", "aux", 4), ("not", "not", "PART", "neg", 4)] if negated else []
    return [("The", "the", "DET", "det", 1), ("inquiry", "inquiry", "NOUN", "nsubj", head), *said,
            (verb, lemma, "VERB", "ROOT", head, "VB" if negated else "VBD"),
            ("that", "that", "SCONJ", "mark", head + 3), ("Moscow", "Moscow", "PROPN", "nsubj", head + 3),
            ("aided", "aid", "VERB", "ccomp", head, "VBD"), ("the", "the", "DET", "det", head + 5),
            ("rebels", "rebel", "NOUN", "dobj", head + 3, "NNS")]


def test_what_an_inquiry_did_not_establish_is_not_asserted():
    assert reasons(parse(_proof("establish", "establish", True)), 7) == ["doubt:establish"]
    assert reasons(parse(_proof("confirm", "confirm", True)), 7) == ["doubt:confirm"]
    # "The inquiry established that Moscow aided the rebels": proven, so reported
    assert reasons(parse(_proof("established", "establish", False)), 5) == []


def _reproach(verb: str, lemma: str, prep: str) -> list:
    """"Riyadh accused Tehran of arming the rebels." """
    return [("Riyadh", "Riyadh", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1, "VBD"),
            ("Tehran", "Tehran", "PROPN", "dobj", 1), (prep, prep, "ADP", "prep", 1),
            ("arming", "arm", "VERB", "pcomp", 3, "VBG"), ("the", "the", "DET", "det", 6),
            ("rebels", "rebel", "NOUN", "dobj", 4, "NNS")]


def test_the_act_a_party_is_accused_of_is_the_accusers_claim():
    assert reasons(parse(_reproach("accused", "accuse", "of")), 4) == ["alleged:accuse"]
    assert reasons(parse(_reproach("charged", "charge", "with")), 4) == ["alleged:charge"]
    # "Riyadh thanked Tehran for arming the rebels": thanks presume the act
    assert reasons(parse(_reproach("thanked", "thank", "for")), 4) == []
    # "Riyadh accused Tehran of the attack": an event noun as the charge
    noun = parse([*_reproach("accused", "accuse", "of")[:4], ("the", "the", "DET", "det", 5),
                  ("attack", "attack", "NOUN", "pobj", 3, "NN")])
    assert reasons(noun, 5) == ["alleged:accuse"]
    # "Riyadh charges that Tehran armed the rebels": reported speech, as "says that" is
    speech = parse([("Riyadh", "Riyadh", "PROPN", "nsubj", 1), ("charges", "charge", "VERB", "ROOT", 1, "VBZ"),
                    ("that", "that", "SCONJ", "mark", 4), ("Tehran", "Tehran", "PROPN", "nsubj", 4),
                    ("armed", "arm", "VERB", "ccomp", 1, "VBD"), ("the", "the", "DET", "det", 6),
                    ("rebels", "rebel", "NOUN", "dobj", 4, "NNS")])
    assert reasons(speech, 4) == []



def _occasion(verb: list, prep: str) -> list:
    """"Trump [is set to meet | met] NATO leaders during the summit." """
    at = len(verb)
    return [("Trump", "Trump", "PROPN", "nsubj" if at == 2 else "nsubjpass", at - 1), *verb,
            ("NATO", "NATO", "PROPN", "compound", at + 2), ("leaders", "leader", "NOUN", "dobj", at, "NNS"),
            (prep, prep, "ADP", "prep", at), ("the", "the", "DET", "det", at + 5),
            ("summit", "summit", "NOUN", "pobj", at + 3, "NN")]


def test_an_event_noun_that_is_the_occasion_of_an_act_to_come_is_to_come():
    set_to = [("is", "be", "AUX", "auxpass", 2), ("set", "set", "VERB", "ROOT", 2, "VBN"),
              ("to", "to", "PART", "aux", 4), ("meet", "meet", "VERB", "xcomp", 2, "VB")]
    doc = parse(_occasion(set_to, "during"))
    assert realis.occasion(doc[9], None, WORDS) == "occasion:future:set"
    assert reasons(doc, 9) == ["occasion:future:set"]  # a conjecture: no intent of the party's
    could = [("could", "could", "AUX", "aux", 2), ("meet", "meet", "VERB", "ROOT", 2, "VB")]
    assert realis.occasion(parse(_occasion(could, "at"))[7], None, WORDS) == "occasion:modal:could"
    # "Trump met NATO leaders during the summit": held
    met = [("met", "meet", "VERB", "ROOT", 1, "VBD")]
    assert reasons(parse(_occasion(met, "during")), 6) == []
    # "Trump could meet NATO leaders before the summit": no occasion ("ahead of" is read elsewhere)
    assert realis.occasion(parse(_occasion(could, "before"))[7], None, WORDS) is None


def test_a_visit_of_ones_own_is_under_way_whatever_is_to_come_in_it():
    # "Zarif will meet officials during his visit."
    doc = parse([("Zarif", "Zarif", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                 ("meet", "meet", "VERB", "ROOT", 2, "VB"), ("officials", "official", "NOUN", "dobj", 2, "NNS"),
                 ("during", "during", "ADP", "prep", 2), ("his", "his", "PRON", "poss", 6),
                 ("visit", "visit", "NOUN", "pobj", 4, "NN")])
    assert realis.occasion(doc[6], None, WORDS) is None
    # "Zarif will meet officials during the ministers' visit": a group's, not his own
    ministers = parse([("Zarif", "Zarif", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                       ("meet", "meet", "VERB", "ROOT", 2, "VB"), ("officials", "official", "NOUN", "dobj", 2, "NNS"),
                       ("during", "during", "ADP", "prep", 2), ("the", "the", "DET", "det", 6),
                       ("ministers", "minister", "NOUN", "poss", 8, "NNS"), ("'", "'", "PART", "case", 6),
                       ("visit", "visit", "NOUN", "pobj", 4, "NN")])
    assert realis.occasion(ministers[8], None, WORDS) == "occasion:future:will"


def _bill(verb: str, lemma: str, noun: str) -> list:
    """"The senators filed a bill to sanction Oslo." """
    return [("The", "the", "DET", "det", 1), ("senators", "senator", "NOUN", "nsubj", 2, "NNS"),
            (verb, lemma, "VERB", "ROOT", 2, "VBD"), ("a", "a", "DET", "det", 4),
            (noun, noun, "NOUN", "dobj", 2, "NN"), ("to", "to", "PART", "aux", 6, "TO"),
            ("sanction", "sanction", "VERB", "acl", 4, "VB"), ("Oslo", "Oslo", "PROPN", "dobj", 6)]


def test_the_act_a_bill_is_to_do_is_proposed_until_enacted():
    assert reasons(parse(_bill("filed", "file", "bill")), 6) == ["proposal:bill"]
    assert reasons(parse(_bill("backed", "back", "resolution")), 6) == ["proposal:resolution"]
    # "The senators signed a bill to sanction Oslo": signed into law, its act is done
    assert reasons(parse(_bill("signed", "sign", "bill")), 6) == []
    # "The senators filed a motion to sanction Oslo": no legislative text of the class
    assert reasons(parse(_bill("filed", "file", "motion")), 6) == []

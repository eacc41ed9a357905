"""The realis check (``nlp/mood.py``) through two kinds of complement: a bare infinitive after its
own subject ("would let Congress block the deal") shares the mood of the verb it complements, and
the clause or "of" phrase of a noun of a charge ("denied accusations that it armed the rebels") is
the accuser's claim. Hand-built parses of sentences of our own, with the packaged
``kb/irrealis.tsv``."""

from __future__ import annotations

from diplograph.nlp import mood
from diplograph.nlp.events import realis
from diplograph.nlp.events.lexicon import irrealis_words
from docs import parse

WORDS = irrealis_words()


def _no_light_verb(verb) -> bool:
    return False


def reasons(doc, i: int) -> list[str]:
    return mood.irrealis_reasons(doc[i], WORDS, performs=_no_light_verb, extra=realis.EVENT_NOUN_RULES)


def _let(aux: tuple | None) -> list:
    """"The treaty [would] let Ankara veto the plan." """
    head = 3 if aux else 2
    rows = [("The", "the", "DET", "det", 1), ("treaty", "treaty", "NOUN", "nsubj", head)]
    if aux:
        rows.append(aux)
    let_i = len(rows)
    rows += [("let", "let", "VERB", "ROOT", let_i, "VB" if aux else "VBD"),
             ("Ankara", "Ankara", "PROPN", "nsubj", let_i + 2),
             ("veto", "veto", "VERB", "ccomp", let_i, "VB"), ("the", "the", "DET", "det", let_i + 4),
             ("plan", "plan", "NOUN", "dobj", let_i + 2)]
    return rows


def test_a_bare_infinitive_shares_the_modal_of_its_verb():
    would = parse(_let(("would", "would", "AUX", "aux", 3, "MD")))
    assert mood.bare_infinitive(would[5])
    assert reasons(would, 5) == ["modal:would"]
    # "The treaty let Ankara veto the plan": the veto is reported
    let = parse(_let(None))
    assert mood.bare_infinitive(let[4])
    assert reasons(let, 4) == []


def test_a_finite_or_subjectless_complement_keeps_its_own_mood():
    # "Officials would say Ankara vetoed the plan": a finite complement, read for the verb's sense only
    said = parse([("Officials", "official", "NOUN", "nsubj", 2), ("would", "would", "AUX", "aux", 2, "MD"),
                  ("say", "say", "VERB", "ROOT", 2, "VB"), ("Ankara", "Ankara", "PROPN", "nsubj", 4),
                  ("vetoed", "veto", "VERB", "ccomp", 2, "VBD"), ("the", "the", "DET", "det", 6),
                  ("plan", "plan", "NOUN", "dobj", 4)])
    assert not mood.bare_infinitive(said[4])
    assert reasons(said, 4) == []
    # "“Veto the plan,” he would say": a quoted imperative has no subject
    imperative = parse([("Veto", "veto", "VERB", "ccomp", 5, "VB"), ("the", "the", "DET", "det", 2),
                        ("plan", "plan", "NOUN", "dobj", 0), (",", ",", "PUNCT", "punct", 5),
                        ("he", "he", "PRON", "nsubj", 5), ("would", "would", "AUX", "aux", 6, "MD"),
                        ("say", "say", "VERB", "ROOT", 6, "VB")])
    assert not mood.bare_infinitive(imperative[0])


def _charge(noun: str, lemma: str) -> list:
    """"Moscow denied <noun> that it armed the rebels." """
    return [("Moscow", "Moscow", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
            (noun, lemma, "NOUN", "dobj", 1, "NNS"), ("that", "that", "SCONJ", "mark", 5),
            ("it", "it", "PRON", "nsubj", 5), ("armed", "arm", "VERB", "acl", 2, "VBD"),
            ("the", "the", "DET", "det", 7), ("rebels", "rebel", "NOUN", "dobj", 5)]


def test_the_clause_of_a_noun_of_a_charge_is_the_accusers_claim():
    doc = parse(_charge("accusations", "accusation"))
    assert reasons(doc, 5) == ["alleged:accusation"]
    # "Moscow denied reports that it armed the rebels": a report is read as "said that" is
    reports = parse(_charge("reports", "report"))
    assert reasons(reports, 5) == []


def test_the_of_phrase_of_a_noun_of_a_charge_is_the_accusers_claim():
    # "Moscow rejected allegations of arming the rebels."
    doc = parse([("Moscow", "Moscow", "PROPN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1, "VBD"),
                 ("allegations", "allegation", "NOUN", "dobj", 1, "NNS"), ("of", "of", "ADP", "prep", 2),
                 ("arming", "arm", "VERB", "pcomp", 3, "VBG"), ("the", "the", "DET", "det", 6),
                 ("rebels", "rebel", "NOUN", "dobj", 4)])
    assert reasons(doc, 4) == ["alleged:allegation"]
    # a verb of the class is read by realis.alleged only ("charged that X armed" is reported speech)
    verb = parse([("Moscow", "Moscow", "PROPN", "nsubj", 1), ("charged", "charge", "VERB", "ROOT", 1, "VBD"),
                  ("that", "that", "SCONJ", "mark", 4), ("Kyiv", "Kyiv", "PROPN", "nsubj", 4),
                  ("armed", "arm", "VERB", "ccomp", 1, "VBD"), ("the", "the", "DET", "det", 6),
                  ("rebels", "rebel", "NOUN", "dobj", 4)])
    assert reasons(verb, 4) == []


def _purpose(aux: tuple | None, verb: tuple) -> list:
    """"Kerry [will] fly to Oslo to meet the envoy." """
    rows = [("Kerry", "Kerry", "PROPN", "nsubj", 2 if aux else 1)]
    if aux:
        rows.append(aux)
    v = len(rows)
    rows += [verb, ("to", "to", "ADP", "prep", v), ("Oslo", "Oslo", "PROPN", "pobj", v + 1),
             ("to", "to", "PART", "aux", v + 4), ("meet", "meet", "VERB", "advcl", v, "VB"),
             ("the", "the", "DET", "det", v + 6), ("envoy", "envoy", "NOUN", "dobj", v + 4)]
    return rows


def test_a_purpose_shares_the_future_or_modal_of_its_act():
    will = parse(_purpose(("will", "will", "AUX", "aux", 2, "MD"), ("fly", "fly", "VERB", "ROOT", 2, "VB")))
    assert reasons(will, 6) == ["future:will"]
    would = parse(_purpose(("would", "would", "AUX", "aux", 2, "MD"), ("fly", "fly", "VERB", "ROOT", 2, "VB")))
    assert reasons(would, 6) == ["modal:would"]
    # "Kerry flew to Oslo to meet the envoy": the purpose of a reported act is coded as it is
    flew = parse(_purpose(None, ("flew", "fly", "VERB", "ROOT", 1, "VBD")))
    assert reasons(flew, 5) == []


def test_a_purpose_shares_the_condition_of_its_act():
    # "The deal holds if Kerry flies to Oslo to meet the envoy."
    rows = [("The", "the", "DET", "det", 1), ("deal", "deal", "NOUN", "nsubj", 2),
            ("holds", "hold", "VERB", "ROOT", 2, "VBZ"), ("if", "if", "SCONJ", "mark", 5),
            ("Kerry", "Kerry", "PROPN", "nsubj", 5), ("flies", "fly", "VERB", "advcl", 2, "VBZ"),
            ("to", "to", "ADP", "prep", 5), ("Oslo", "Oslo", "PROPN", "pobj", 6),
            ("to", "to", "PART", "aux", 9), ("meet", "meet", "VERB", "advcl", 5, "VB"),
            ("the", "the", "DET", "det", 11), ("envoy", "envoy", "NOUN", "dobj", 9)]
    doc = parse(rows)
    assert reasons(doc, 9) == ["conditional:if"]


def _contracted(tag: str, verb: tuple) -> list:
    """"He says she'd veto the plan." / "... she'd vetoed the plan." """
    return [("He", "he", "PRON", "nsubj", 1), ("says", "say", "VERB", "ROOT", 1, "VBZ"),
            ("she", "she", "PRON", "nsubj", 4), ("'d", "would" if tag == "MD" else "have", "AUX", "aux", 4, tag),
            verb, ("the", "the", "DET", "det", 6), ("plan", "plan", "NOUN", "dobj", 4)]


def test_a_contracted_would_is_a_modal_and_a_contracted_had_is_not():
    would = parse(_contracted("MD", ("veto", "veto", "VERB", "ccomp", 1, "VB")))
    assert would[3].norm_ == "'d"
    assert mood.under_modal(would[4], None, WORDS) == "modal:would"
    had = parse(_contracted("VBD", ("vetoed", "veto", "VERB", "ccomp", 1, "VBN")))
    assert mood.under_modal(had[4], None, WORDS) is None


def _adjective(word: str, verb: tuple) -> list:
    """"Oslo was <word> to <verb> the envoy." """
    return [("Oslo", "Oslo", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1, "VBD"),
            (word, word, "ADJ", "acomp", 1, "JJ"), ("to", "to", "PART", "aux", 4), verb,
            ("the", "the", "DET", "det", 6), ("envoy", "envoy", "NOUN", "dobj", 4)]


def test_the_complement_of_an_adjective_of_eagerness_is_intended():
    # "Oslo was eager to meet the envoy": eagerness is an intention (an AGREE for a meeting)
    eager = parse(_adjective("eager", ("meet", "meet", "VERB", "xcomp", 2, "VB")))
    assert reasons(eager, 4) == ["intent:eager"]
    keen = parse(_adjective("keen", ("meet", "meet", "VERB", "xcomp", 2, "VB")))
    assert reasons(keen, 4) == ["intent:keen"]
    # "Oslo was right to expel the envoy": no such adjective, the act is reported
    right = parse(_adjective("right", ("expel", "expel", "VERB", "xcomp", 2, "VB")))
    assert reasons(right, 4) == []


def test_be_scheduled_to_is_a_periphrastic_future_its_purpose_shares():
    # "Kerry is scheduled to fly to Oslo to meet the envoy."
    rows = [("Kerry", "Kerry", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2, "VBZ"),
            ("scheduled", "schedule", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
            ("fly", "fly", "VERB", "xcomp", 2, "VB"), ("to", "to", "ADP", "prep", 4),
            ("Oslo", "Oslo", "PROPN", "pobj", 5), ("to", "to", "PART", "aux", 8),
            ("meet", "meet", "VERB", "advcl", 4, "VB"), ("the", "the", "DET", "det", 10),
            ("envoy", "envoy", "NOUN", "dobj", 8)]
    doc = parse(rows)
    assert reasons(doc, 4) == ["future:schedule"]
    assert reasons(doc, 8) == ["future:schedule"]
    # "Kerry scheduled talks to meet the envoy": no "be", no future
    active = parse([("Kerry", "Kerry", "PROPN", "nsubj", 1), ("scheduled", "schedule", "VERB", "ROOT", 1, "VBD"),
                    ("talks", "talk", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                    ("meet", "meet", "VERB", "advcl", 1, "VB"), ("the", "the", "DET", "det", 6),
                    ("envoy", "envoy", "NOUN", "dobj", 4)])
    assert reasons(active, 4) == []

"""The realis check (``nlp/mood.py``) and the event coder's event-noun rules on the constructions
of issue 13's "none" class: a forecast ("is poised to"), a
predicate noun under a modal copula ("it would be his first visit") and an event prepared for
("is preparing for the summit"); an anticipated one may have been held.
Hand-built parses of sentences of our own, with the packaged ``kb/irrealis.tsv``."""

from __future__ import annotations

from diplograph.nlp import mood
from diplograph.nlp.events import realis
from diplograph.nlp.events.lexicon import irrealis_words
from docs import parse

WORDS = irrealis_words()


def _no_light_verb(verb) -> bool:
    return False  # as the event coder's ``performs`` for a verb that is not a light verb


def reasons(doc, i: int) -> list[str]:
    """Every reason of the event coder's realis check, with no light verb in the sentence."""
    return mood.irrealis_reasons(doc[i], WORDS, performs=_no_light_verb, extra=realis.EVENT_NOUN_RULES)


def test_poised_is_a_forecast_read_as_written():
    # "Ankara is poised to strike the militias."  (the tagger's lemma of "poised" is "poise"): the
    # writer's forecast, not Ankara's stated intent (which "future:" would say)
    rows = [("Ankara", "Ankara", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
            ("poised", "poise", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
            ("strike", "strike", "VERB", "xcomp", 2, "VB"), ("the", "the", "DET", "det", 6),
            ("militias", "militia", "NOUN", "dobj", 4)]
    doc = parse(rows)
    assert mood.believed(doc[2], doc[4], WORDS) == "belief:poised"
    assert mood.irrealis(doc[4], WORDS) == "belief:poised"
    # "Ankara seems poised to strike": the adjective after its verb
    seems = parse([("Ankara", "Ankara", "PROPN", "nsubj", 1), ("seems", "seem", "VERB", "ROOT", 1, "VBZ"),
                   ("poised", "poised", "ADJ", "acomp", 1, "JJ"), *rows[3:5]])
    assert mood.irrealis(seems[4], WORDS) == "belief:poised"
    # "Ankara went, poised, to strike": the strike is no complement of "poised"
    went = parse([("Ankara", "Ankara", "PROPN", "nsubj", 1), ("went", "go", "VERB", "ROOT", 1, "VBD"),
                  ("poised", "poised", "ADJ", "advmod", 1, "JJ"), ("to", "to", "PART", "aux", 4),
                  ("strike", "strike", "VERB", "advcl", 1, "VB")])
    assert mood.irrealis(went[4], WORDS) is None


def _copula(aux: tuple[str, str, str, str, int, str] | None) -> list:
    """"It [would] be Macron's first visit to Algeria."  /  "It was Macron's first visit ..." """
    it = ("It", "it", "PRON", "nsubj", 2 if aux else 1)
    if aux is None:
        return [it, ("was", "be", "AUX", "ROOT", 1, "VBD"), ("Macron", "Macron", "PROPN", "poss", 4),
                ("first", "first", "ADJ", "amod", 4), ("visit", "visit", "NOUN", "attr", 1, "NN"),
                ("to", "to", "ADP", "prep", 4), ("Algeria", "Algeria", "PROPN", "pobj", 5)]
    return [it, aux, ("be", "be", "AUX", "ROOT", 2, "VB"), ("Macron", "Macron", "PROPN", "poss", 5),
            ("first", "first", "ADJ", "amod", 5), ("visit", "visit", "NOUN", "attr", 2, "NN"),
            ("to", "to", "ADP", "prep", 5), ("Algeria", "Algeria", "PROPN", "pobj", 6)]


def test_a_predicate_noun_shares_the_mood_of_its_copula():
    would = parse(_copula(("would", "would", "AUX", "aux", 2, "MD")))
    assert reasons(would, 5) == ["modal:would"]
    will = parse(_copula(("will", "will", "AUX", "aux", 2, "MD")))
    assert reasons(will, 5) == ["future:will"]
    assert reasons(parse(_copula(None)), 4) == []  # "it was his first visit": it happened


def test_the_object_of_a_verb_that_is_no_light_verb_still_presumes_its_event():
    # "Russia would not tolerate the visit."  (the copula rule is for "be" over its predicate only)
    doc = parse([("Russia", "Russia", "PROPN", "nsubj", 3), ("would", "would", "AUX", "aux", 3),
                 ("not", "not", "PART", "neg", 3), ("tolerate", "tolerate", "VERB", "ROOT", 3, "VB"),
                 ("the", "the", "DET", "det", 5), ("visit", "visit", "NOUN", "dobj", 3, "NN")])
    assert reasons(doc, 5) == []


def test_an_anticipated_event_noun_may_have_been_held():
    # "Putin began the highly anticipated summit." / "... the potential summit.": the anticipation
    # is of the time before the event, which the sentence may report (kb/irrealis.tsv: adjective)
    rows = [("Putin", "Putin", "PROPN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 5), ("highly", "highly", "ADV", "advmod", 4),
            ("anticipated", "anticipate", "VERB", "amod", 5, "VBN"), ("summit", "summit", "NOUN", "dobj", 1, "NN")]
    assert mood.irrealis_modifier(parse(rows)[5], None, WORDS) is None
    potential = parse([*rows[:3], ("very", "very", "ADV", "advmod", 4),
                       ("potential", "potential", "ADJ", "amod", 5, "JJ"), rows[5]])
    assert mood.irrealis_modifier(potential[5], None, WORDS) == "adjective:potential"


def _prepare(verb: tuple[str, str, str, str, int, str], aux: str | None) -> list:
    """"Seoul [is] preparing for the summit."  /  "Seoul prepared for the summit." """
    subject = [("Seoul", "Seoul", "PROPN", "nsubj", 2 if aux else 1)]
    helper = [(aux, "be", "AUX", "aux", 2, "VBZ")] if aux else []
    at = len(subject) + len(helper)
    return [*subject, *helper, verb, ("for", "for", "ADP", "prep", at), ("the", "the", "DET", "det", at + 3),
            ("summit", "summit", "NOUN", "pobj", at + 1, "NN")]


def test_an_event_being_prepared_for_is_still_to_come():
    doc = parse(_prepare(("preparing", "prepare", "VERB", "ROOT", 2, "VBG"), "is"))
    assert realis.anticipated(doc[5], None, WORDS) == "anticipated:prepare"
    assert reasons(doc, 5) == ["anticipated:prepare"]
    present = parse(_prepare(("prepares", "prepare", "VERB", "ROOT", 1, "VBZ"), None))
    assert realis.anticipated(present[4], None, WORDS) == "anticipated:prepare"
    # "Seoul prepared for the summit", "was not prepared for the attack": looked back on, it may have come
    past = parse(_prepare(("prepared", "prepare", "VERB", "ROOT", 1, "VBD"), None))
    assert realis.anticipated(past[4], None, WORDS) is None
    ready = parse(_prepare(("prepared", "prepared", "ADJ", "ROOT", 1, "JJ"), None))
    assert realis.anticipated(ready[4], None, WORDS) is None
    # "Seoul is hoping for the summit": no word of anticipation
    hoping = parse(_prepare(("hoping", "hope", "VERB", "ROOT", 2, "VBG"), "is"))
    assert realis.anticipated(hoping[5], None, WORDS) is None


def _extraposed(noun: str) -> list:
    """"It is my [hope] that Seoul will join the talks." with the clause hung on the copula."""
    return [("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
            ("my", "my", "PRON", "poss", 3), (noun, noun, "NOUN", "attr", 1, "NN"),
            ("that", "that", "SCONJ", "mark", 7), ("Seoul", "Seoul", "PROPN", "nsubj", 7),
            ("will", "will", "AUX", "aux", 7), ("join", "join", "VERB", "ccomp", 1, "VB"),
            ("the", "the", "DET", "det", 9), ("talks", "talk", "NOUN", "dobj", 7, "NNS")]


def test_a_clause_extraposed_from_a_noun_of_expectation_is_conjecture():
    hope = parse(_extraposed("hope"))
    assert mood.irrealis_reasons(hope[7], WORDS) == ["future:will", "belief:hope"]
    # "It is my view that Seoul will join the talks": a view is no expectation of the writer's rules
    assert mood.irrealis_reasons(parse(_extraposed("view"))[7], WORDS) == ["future:will"]


def test_a_gerund_subject_of_a_modal_predicate_is_weighed_not_done():
    # "Bombing the port would be a mistake."  /  "Bombing the port was a mistake."
    rows = [("Bombing", "bomb", "VERB", "csubj", 4, "VBG"), ("the", "the", "DET", "det", 2),
            ("port", "port", "NOUN", "dobj", 0), ("would", "would", "AUX", "aux", 4, "MD"),
            ("be", "be", "AUX", "ROOT", 4, "VB"), ("a", "a", "DET", "det", 6),
            ("mistake", "mistake", "NOUN", "attr", 4)]
    doc = parse(rows)
    assert mood.modal_gerund_subject(doc[0], None, WORDS) == "weighed:would"
    # its own reason, not the predicate's "modal:would" (which the event coder may read as the
    # agent's intention)
    assert mood.irrealis(doc[0], WORDS) == "weighed:would"
    was = parse([("Bombing", "bomb", "VERB", "csubj", 3, "VBG"), *rows[1:3],
                 ("was", "be", "AUX", "ROOT", 3, "VBD"), ("a", "a", "DET", "det", 5),
                 ("mistake", "mistake", "NOUN", "attr", 3)])
    assert mood.irrealis(was[0], WORDS) is None


def test_an_intent_or_a_desire_to_act_is_no_act():
    # "Ankara signaled its intent to strike the militias": the strike is intended, not done
    rows = [("Ankara", "Ankara", "PROPN", "nsubj", 1), ("signaled", "signal", "VERB", "ROOT", 1, "VBD"),
            ("its", "its", "PRON", "poss", 3), ("intent", "intent", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5), ("strike", "strike", "VERB", "acl", 3, "VB"),
            ("the", "the", "DET", "det", 7), ("militias", "militia", "NOUN", "dobj", 5)]
    assert mood.irrealis(parse(rows)[5], WORDS) == "intent:intent"
    # "militants who desire to strike Ankara"
    desire = parse([("militants", "militant", "NOUN", "ROOT", 0), ("who", "who", "PRON", "nsubj", 2),
                    ("desire", "desire", "VERB", "relcl", 0, "VBP"), ("to", "to", "PART", "aux", 4),
                    ("strike", "strike", "VERB", "xcomp", 2, "VB"), ("Ankara", "Ankara", "PROPN", "dobj", 4)])
    assert mood.irrealis(desire[4], WORDS) == "intent:desire"


def test_likely_to_is_a_forecast():
    # "Ankara is likely to strike the militias."  /  "Ankara likely struck the militias."
    rows = [("Ankara", "Ankara", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
            ("likely", "likely", "ADJ", "acomp", 1, "JJ"), ("to", "to", "PART", "aux", 4),
            ("strike", "strike", "VERB", "xcomp", 2, "VB"), ("the", "the", "DET", "det", 6),
            ("militias", "militia", "NOUN", "dobj", 4)]
    assert mood.irrealis(parse(rows)[4], WORDS) == "belief:likely"
    adverb = parse([("Ankara", "Ankara", "PROPN", "nsubj", 2), ("likely", "likely", "ADV", "advmod", 2, "RB"),
                    ("struck", "strike", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4),
                    ("militias", "militia", "NOUN", "dobj", 2)])
    assert mood.irrealis(adverb[2], WORDS) is None


def test_an_interrogative_clause_opens_with_a_wh_word_or_whether_or_ends_in_a_question_mark():
    # "Lena asked whether Ankara had struck."  /  "Lena asked what Ankara struck."  /  "Lena said Ankara struck."
    def asked(opener: tuple, verb: str = "asked", lemma: str = "ask") -> object:
        return parse([("Lena", "Lena", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1, "VBD"), opener,
                      ("Ankara", "Ankara", "PROPN", "nsubj", 5), ("had", "have", "AUX", "aux", 5, "VBD"),
                      ("struck", "strike", "VERB", "ccomp", 1, "VBN")])
    assert mood.interrogative(asked(("whether", "whether", "SCONJ", "mark", 5, "IN"))[5])
    assert mood.interrogative(asked(("what", "what", "PRON", "dobj", 5, "WP"))[5])
    assert not mood.interrogative(asked(("that", "that", "SCONJ", "mark", 5, "IN"), "said", "say")[5])
    # "“Had Ankara struck?” Lena asked."
    doc = parse([("“", "“", "PUNCT", "punct", 3), ("Had", "have", "AUX", "aux", 3, "VBD"),
                 ("Ankara", "Ankara", "PROPN", "nsubj", 3), ("struck", "strike", "VERB", "ccomp", 7, "VBN"),
                 ("?", "?", "PUNCT", "punct", 3, "."), ("”", "”", "PUNCT", "punct", 3),
                 ("Lena", "Lena", "PROPN", "nsubj", 7), ("asked", "ask", "VERB", "ROOT", 7, "VBD")])
    assert mood.interrogative(doc[3])


def test_be_to_puts_an_act_on_the_calendar():
    # "Rutte was to visit Madrid on Friday."  (Quirk's "be to" of arrangement)
    rows = [("Rutte", "Rutte", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1, "VBD"),
            ("to", "to", "PART", "aux", 3), ("visit", "visit", "VERB", "xcomp", 1, "VB"),
            ("Madrid", "Madrid", "PROPN", "dobj", 3)]
    doc = parse(rows)
    assert mood.arranged(doc[1], doc[3], WORDS) == "future:be-to"
    assert mood.irrealis(doc[3], WORDS) == "future:be-to"
    # "Her first step was to visit Madrid": a noun the clause specifies, the visit is reported
    step = parse([("Her", "her", "PRON", "poss", 2), ("first", "first", "ADJ", "amod", 2),
                  ("step", "step", "NOUN", "nsubj", 3), ("was", "be", "AUX", "ROOT", 3, "VBD"),
                  ("to", "to", "PART", "aux", 5), ("visit", "visit", "VERB", "xcomp", 3, "VB"),
                  ("Madrid", "Madrid", "PROPN", "dobj", 5)])
    assert mood.irrealis(step[5], WORDS) is None
    # "Lisbon is to blame for the raid": an idiom of fault, the raid happened
    blame = parse([("Lisbon", "Lisbon", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
                   ("to", "to", "PART", "aux", 3), ("blame", "blame", "VERB", "xcomp", 1, "VB"),
                   ("for", "for", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
                   ("raid", "raid", "NOUN", "pobj", 4)])
    assert mood.irrealis(blame[6], WORDS) is None


def test_supposed_to_is_an_expectation():
    # "Rutte is supposed to visit Madrid."  /  "Rutte is pleased to visit Madrid."
    rows = [("Rutte", "Rutte", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2, "VBZ"),
            ("supposed", "suppose", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
            ("visit", "visit", "VERB", "xcomp", 2, "VB"), ("Madrid", "Madrid", "PROPN", "dobj", 4)]
    assert mood.irrealis(parse(rows)[4], WORDS) == "belief:suppose"
    pleased = parse([*rows[:2], ("pleased", "please", "VERB", "ROOT", 2, "VBN"), *rows[3:]])
    assert mood.irrealis(pleased[4], WORDS) is None


def test_a_negative_subject_denies_its_clause():
    # "No Danish minister has ever visited the island."  /  "A Danish minister has visited the island."
    rows = [("No", "no", "DET", "det", 2), ("Danish", "danish", "ADJ", "amod", 2),
            ("minister", "minister", "NOUN", "nsubj", 5), ("has", "have", "AUX", "aux", 5, "VBZ"),
            ("ever", "ever", "ADV", "advmod", 5), ("visited", "visit", "VERB", "ROOT", 5, "VBN"),
            ("the", "the", "DET", "det", 7), ("island", "island", "NOUN", "dobj", 5)]
    doc = parse(rows)
    assert mood.denied_subject(doc[5], None, WORDS) == "denied:no"
    assert mood.irrealis(doc[5], WORDS) == "denied:no"
    assert mood.irrealis(parse([("A", "a", "DET", "det", 2), *rows[1:]])[5], WORDS) is None
    # "No other envoy met Rome": the parser hangs "No" on the modifier
    other = parse([("No", "no", "DET", "det", 1), ("other", "other", "ADJ", "amod", 2),
                   ("envoy", "envoy", "NOUN", "nsubj", 3), ("met", "meet", "VERB", "ROOT", 3, "VBD"),
                   ("Rome", "Rome", "PROPN", "dobj", 3)])
    assert mood.irrealis(other[3], WORDS) == "denied:no"
    # "Nobody agreed to meet the envoy": the open complement shares the denial
    nobody = parse([("Nobody", "nobody", "PRON", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1, "VBD"),
                    ("to", "to", "PART", "aux", 3, "TO"), ("meet", "meet", "VERB", "xcomp", 1, "VB"),
                    ("the", "the", "DET", "det", 5), ("envoy", "envoy", "NOUN", "dobj", 3)])
    assert mood.irrealis(nobody[3], WORDS) == "denied:nobody"
    # "No fewer than ten states signed the pact": a comparison, not a denial
    fewer = parse([("No", "no", "DET", "det", 4), ("fewer", "few", "ADJ", "amod", 3, "JJR"),
                   ("than", "than", "ADP", "quantmod", 3), ("ten", "ten", "NUM", "nummod", 4, "CD"),
                   ("states", "state", "NOUN", "nsubj", 5), ("signed", "sign", "VERB", "ROOT", 5, "VBD"),
                   ("the", "the", "DET", "det", 7), ("pact", "pact", "NOUN", "dobj", 5)])
    assert mood.irrealis(fewer[5], WORDS) is None
    # "The envoy met no one": only the object is denied
    obj = parse([("The", "the", "DET", "det", 1), ("envoy", "envoy", "NOUN", "nsubj", 2),
                 ("met", "meet", "VERB", "ROOT", 2, "VBD"), ("no", "no", "DET", "det", 4),
                 ("one", "one", "NOUN", "dobj", 2)])
    assert mood.irrealis(obj[2], WORDS) is None


def test_a_negative_subject_across_a_semicolon_is_another_clause():
    # "The pact has gaps; no audits; Oslo blames Rome": a misparse hangs "audits" on "blames"
    rows = [("no", "no", "DET", "det", 1), ("audits", "audit", "NOUN", "nsubj", 3), (";", ";", "PUNCT", "punct", 3),
            ("blames", "blame", "VERB", "ROOT", 3, "VBZ"), ("Rome", "Rome", "PROPN", "dobj", 3)]
    assert mood.denied_subject(parse(rows)[3], None, WORDS) is None


def _for_clause(copula: tuple, *, subject: tuple = ("step", "step", "NOUN", "nsubj", 2)) -> list[tuple]:
    # "The next step is for Oslo to meet Rome." (the copula at 3, the clause's verb at 7)
    return [("The", "the", "DET", "det", 2), ("next", "next", "ADJ", "amod", 2), subject, copula,
            ("for", "for", "SCONJ", "mark", 7), ("Oslo", "Oslo", "PROPN", "nsubj", 7),
            ("to", "to", "PART", "aux", 7, "TO"),
            ("meet", "meet", "VERB", "advcl", 3, "VB"), ("Rome", "Rome", "PROPN", "dobj", 7)]


def test_a_for_clause_predicated_by_a_present_copula_names_a_goal():
    doc = parse(_for_clause(("is", "be", "AUX", "ROOT", 3, "VBZ")))
    assert mood.for_clause_predicate(doc[3], doc[7], WORDS) == "weighed:for"
    assert mood.irrealis(doc[7], WORDS) == "weighed:for"  # read through the purpose rules of an adverbial clause
    # "The next step was for Oslo to meet Rome": the writer may report it
    assert mood.irrealis(parse(_for_clause(("was", "be", "AUX", "ROOT", 3, "VBD")))[7], WORDS) is None
    # "This is the first time for Oslo to meet Rome": an occasion counted
    first = parse([("This", "this", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
                   ("the", "the", "DET", "det", 4), ("first", "first", "ADJ", "amod", 4),
                   ("time", "time", "NOUN", "attr", 1), ("for", "for", "SCONJ", "mark", 8),
                   ("Oslo", "Oslo", "PROPN", "nsubj", 8), ("to", "to", "PART", "aux", 8, "TO"),
                   ("meet", "meet", "VERB", "advcl", 1, "VB"), ("Rome", "Rome", "PROPN", "dobj", 8)])
    assert mood.irrealis(first[8], WORDS) is None
    # "Oslo is in Norway to meet Rome": a purpose, no for-clause
    purpose = parse([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
                     ("in", "in", "ADP", "prep", 1), ("Norway", "Norway", "PROPN", "pobj", 2),
                     ("to", "to", "PART", "aux", 5, "TO"), ("meet", "meet", "VERB", "advcl", 1, "VB"),
                     ("Rome", "Rome", "PROPN", "dobj", 5)])
    assert mood.irrealis(purpose[5], WORDS) is None

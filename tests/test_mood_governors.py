"""The realis check (``nlp/mood.py``) under three governors of an act not done: a verb of command
or permission over its infinitive ("ordered the navy to escort the ships"), a predicate adjective
of certainty or of the near future ("is sure to veto the bill"), and a noun of readiness or of a
bid ("its willingness to meet the envoy", "a bid to extradite him"). Hand-built parses of
sentences of our own, with the packaged ``kb/irrealis.tsv``."""

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


def _command(verb: str, lemma: str, dep: str = "xcomp") -> list:
    """"The minister <verb> the navy to escort the tankers." """
    return [("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
            (verb, lemma, "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4),
            ("navy", "navy", "NOUN", "dobj", 2), ("to", "to", "PART", "aux", 6),
            ("escort", "escort", "VERB", dep, 2, "VB"), ("the", "the", "DET", "det", 8),
            ("tankers", "tanker", "NOUN", "dobj", 6, "NNS")]


def test_the_infinitive_of_a_verb_of_command_is_ordered_not_done():
    ordered = parse(_command("ordered", "order"))
    assert mood.directed(ordered[2], ordered[6], WORDS) == "directive:order"
    assert reasons(ordered, 6) == ["directive:order"]
    # the parser may hang the infinitive as a purpose: still the act ordered
    directed = parse(_command("directed", "direct", dep="advcl"))
    assert reasons(directed, 6) == ["directive:direct"]
    authorized = parse(_command("authorized", "authorize"))
    assert reasons(authorized, 6) == ["directive:authorize"]
    # "The minister helped the navy to escort the tankers": the help reports the escort
    helped = parse(_command("helped", "help"))
    assert reasons(helped, 6) == []


def test_a_passive_order_leaves_its_act_undone():
    # "The troops were ordered to leave the town."
    doc = parse([("The", "the", "DET", "det", 1), ("troops", "troop", "NOUN", "nsubjpass", 3, "NNS"),
                 ("were", "be", "AUX", "auxpass", 3, "VBD"), ("ordered", "order", "VERB", "ROOT", 3, "VBN"),
                 ("to", "to", "PART", "aux", 5), ("leave", "leave", "VERB", "xcomp", 3, "VB"),
                 ("the", "the", "DET", "det", 7), ("town", "town", "NOUN", "dobj", 5)])
    assert reasons(doc, 5) == ["directive:order"]
    # "The minister ordered an inquiry": no infinitive, the order itself is the event
    noun = parse([("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
                  ("ordered", "order", "VERB", "ROOT", 2, "VBD"), ("an", "an", "DET", "det", 4),
                  ("inquiry", "inquiry", "NOUN", "dobj", 2)])
    assert reasons(noun, 4) == []


def _adjective(word: str) -> list:
    """"The governor is <word> to veto the bill." """
    return [("The", "the", "DET", "det", 1), ("governor", "governor", "NOUN", "nsubj", 2),
            ("is", "be", "AUX", "ROOT", 2, "VBZ"), (word, word, "ADJ", "acomp", 2, "JJ"),
            ("to", "to", "PART", "aux", 5), ("veto", "veto", "VERB", "xcomp", 3, "VB"),
            ("the", "the", "DET", "det", 7), ("bill", "bill", "NOUN", "dobj", 5)]


def test_an_adjective_of_certainty_forecasts_its_infinitive():
    for word in ("sure", "certain", "bound", "about"):
        doc = parse(_adjective(word))
        assert mood.forecast(doc[3], doc[5], WORDS) == f"forecast:{word}"
        assert reasons(doc, 5) == [f"forecast:{word}"]
    # "The governor is quick to veto the bill": no forecast, the veto is reported
    assert reasons(parse(_adjective("quick")), 5) == []


def test_an_adjective_of_certainty_over_a_finite_clause_is_not_read():
    # "The governor is sure that the mayor vetoed it": no infinitive (a belief, not this rule)
    doc = parse([("The", "the", "DET", "det", 1), ("governor", "governor", "NOUN", "nsubj", 2),
                 ("is", "be", "AUX", "ROOT", 2, "VBZ"), ("sure", "sure", "ADJ", "acomp", 2, "JJ"),
                 ("that", "that", "SCONJ", "mark", 7), ("the", "the", "DET", "det", 6),
                 ("mayor", "mayor", "NOUN", "nsubj", 7), ("vetoed", "veto", "VERB", "ccomp", 3, "VBD"),
                 ("it", "it", "PRON", "dobj", 7)])
    assert mood.forecast(doc[3], doc[7], WORDS) is None


def _noun(word: str) -> list:
    """"Oslo signaled its <word> to meet the envoy." """
    return [("Oslo", "Oslo", "PROPN", "nsubj", 1), ("signaled", "signal", "VERB", "ROOT", 1, "VBD"),
            ("its", "its", "PRON", "poss", 3), (word, word, "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5), ("meet", "meet", "VERB", "acl", 3, "VB"),
            ("the", "the", "DET", "det", 7), ("envoy", "envoy", "NOUN", "dobj", 5)]


def test_a_noun_of_readiness_or_of_a_bid_leaves_its_act_undone():
    for word in ("willingness", "readiness", "bid", "quest", "ambition"):
        assert reasons(parse(_noun(word)), 5) == [f"intent:{word}"]
    # "Oslo signaled its courage to meet the envoy": no such noun
    assert reasons(parse(_noun("courage")), 5) == []


def _demand(verb: tuple, subject: tuple) -> list:
    """"The mayor demanded that <subject> <verb> the envoy." """
    return [("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 2),
            ("demanded", "demand", "VERB", "ROOT", 2, "VBD"), ("that", "that", "SCONJ", "mark", 5),
            subject, verb, ("the", "the", "DET", "det", 7), ("envoy", "envoy", "NOUN", "dobj", 5)]


def test_the_subjunctive_after_a_word_of_demand_is_demanded_not_done():
    seoul = ("Seoul", "Seoul", "PROPN", "nsubj", 5, "NNP")
    for tag in ("VB", "VBP"):  # the tagger reads the subjunctive either way
        doc = parse(_demand(("expel", "expel", "VERB", "ccomp", 2, tag), seoul))
        assert mood.mandated(doc[2], doc[5], WORDS) == "mandate:demand"
        assert reasons(doc, 5) == ["mandate:demand"]
    # "The mayor demanded that Seoul expelled the envoy" (an inflected verb) is no subjunctive
    past = parse(_demand(("expelled", "expel", "VERB", "ccomp", 2, "VBD"), seoul))
    assert reasons(past, 5) == []
    # "... that they expel the envoy": a plural subject leaves the plain present possible
    they = parse(_demand(("expel", "expel", "VERB", "ccomp", 2, "VBP"), ("they", "they", "PRON", "nsubj", 5, "PRP")))
    assert reasons(they, 5) == []


def _attempt(verb: tuple) -> list:
    """"The rebels <verb> to seize the port." """
    return [("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2), verb,
            ("to", "to", "PART", "aux", 4), ("seize", "seize", "VERB", "xcomp", 2, "VB"),
            ("the", "the", "DET", "det", 6), ("port", "port", "NOUN", "dobj", 4)]


def test_the_infinitive_of_a_verb_of_trying_is_undertaken_not_done():
    for word, lemma in (("tried", "try"), ("attempted", "attempt"), ("strove", "strive")):
        doc = parse(_attempt((word, lemma, "VERB", "ROOT", 2, "VBD")))
        assert mood.attempted(doc[2], doc[4], WORDS) == f"attempt:{lemma}"
        assert reasons(doc, 4) == [f"attempt:{lemma}"]
    # "The rebels managed to seize the port": an implicative verb reports the seizure
    assert reasons(parse(_attempt(("managed", "manage", "VERB", "ROOT", 2, "VBD"))), 4) == []


def test_a_verb_of_trying_without_an_infinitive_is_not_read():
    # "The officer was tried and convicted": the court's "try" has no infinitive
    doc = parse([("The", "the", "DET", "det", 1), ("officer", "officer", "NOUN", "nsubjpass", 3),
                 ("was", "be", "AUX", "auxpass", 3), ("tried", "try", "VERB", "ROOT", 3, "VBN"),
                 ("and", "and", "CCONJ", "cc", 3), ("convicted", "convict", "VERB", "conj", 3, "VBN")])
    assert mood.attempted(doc[3], doc[5], WORDS) is None
    assert reasons(doc, 5) == []


def test_the_infinitive_of_a_noun_of_trying_is_undertaken_not_done():
    # "Oslo signaled its attempt to meet the envoy."
    assert reasons(parse(_noun("attempt")), 5) == ["attempt:attempt"]


def test_an_act_near_but_not_done():
    # "Oslo came close to signing the pact."
    doc = parse([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("came", "come", "VERB", "ROOT", 1, "VBD"),
                 ("close", "close", "ADJ", "acomp", 1, "JJ"), ("to", "to", "ADP", "prep", 2),
                 ("signing", "sign", "VERB", "pcomp", 3, "VBG"), ("the", "the", "DET", "det", 6),
                 ("pact", "pact", "NOUN", "dobj", 4)])
    assert mood.nearly_done(doc[2], doc[4], WORDS) == "near:close"
    assert reasons(doc, 4) == ["near:close"]
    # "Oslo was on the verge of a deal."
    doc = parse([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1, "VBD"),
                 ("on", "on", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                 ("verge", "verge", "NOUN", "pobj", 2), ("of", "of", "ADP", "prep", 4),
                 ("a", "a", "DET", "det", 7), ("deal", "deal", "NOUN", "pobj", 5)])
    assert mood.nearly_done(doc[4], doc[7], WORDS) == "near:verge"


def test_close_to_a_party_or_a_place_is_no_near_miss():
    # "Militias close to Tehran attacked the base." / "troops close to the fighting"
    doc = parse([("Militias", "militia", "NOUN", "nsubj", 4), ("close", "close", "ADJ", "amod", 0, "JJ"),
                 ("to", "to", "ADP", "prep", 1), ("Tehran", "Tehran", "PROPN", "pobj", 2),
                 ("attacked", "attack", "VERB", "ROOT", 4, "VBD"), ("the", "the", "DET", "det", 6),
                 ("base", "base", "NOUN", "dobj", 4)])
    assert reasons(doc, 4) == []
    doc = parse([("troops", "troop", "NOUN", "ROOT", 0), ("close", "close", "ADJ", "amod", 0, "JJ"),
                 ("to", "to", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                 ("fighting", "fighting", "NOUN", "pobj", 2, "NN")])
    assert mood.nearly_done(doc[1], doc[4], WORDS) is None


def _granted(subject: str, verb: str, lemma: str) -> list:
    """"The <subject> <verb> the navy to escort the tankers." """
    rows = _command(verb, lemma)
    rows[1] = (subject, subject, "NOUN", "nsubj", 2)
    return rows


def test_the_infinitive_a_law_or_agreement_allows_is_granted_not_done():
    treaty = parse(_granted("treaty", "allowed", "allow"))
    assert realis.provided(treaty[2], treaty[6], WORDS) == "provision:allow"
    assert reasons(treaty, 6) == ["provision:allow"]
    assert reasons(parse(_granted("statute", "permits", "permit")), 6) == ["provision:permit"]
    # "The minister allowed the navy to escort the tankers": a person's permission is read elsewhere
    assert reasons(parse(_granted("minister", "allowed", "allow")), 6) == []


def test_a_relative_pronoun_stands_for_the_law_that_allows():
    # "Congress passed a law that permits the navy to escort tankers."
    doc = parse([("Congress", "Congress", "PROPN", "nsubj", 1), ("passed", "pass", "VERB", "ROOT", 1, "VBD"),
                 ("a", "a", "DET", "det", 3), ("law", "law", "NOUN", "dobj", 1),
                 ("that", "that", "PRON", "nsubj", 5, "WDT"), ("permits", "permit", "VERB", "relcl", 3, "VBZ"),
                 ("the", "the", "DET", "det", 7), ("navy", "navy", "NOUN", "dobj", 5),
                 ("to", "to", "PART", "aux", 9), ("escort", "escort", "VERB", "xcomp", 5, "VB"),
                 ("tankers", "tanker", "NOUN", "dobj", 9, "NNS")])
    assert reasons(doc, 9) == ["provision:permit"]


def test_the_clause_of_a_noun_of_a_proposition_is_entertained_not_asserted():
    # "Critics rejected the notion that the envoy helped the rebels."
    rows = [("Critics", "critic", "NOUN", "nsubj", 1, "NNS"), ("rejected", "reject", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3), ("notion", "notion", "NOUN", "dobj", 1),
            ("that", "that", "SCONJ", "mark", 7), ("the", "the", "DET", "det", 6),
            ("envoy", "envoy", "NOUN", "nsubj", 7), ("helped", "help", "VERB", "acl", 3, "VBD"),
            ("the", "the", "DET", "det", 9), ("rebels", "rebel", "NOUN", "dobj", 7, "NNS")]
    assert reasons(parse(rows), 7) == ["belief:notion"]
    for noun in ("idea", "narrative", "theory"):
        assert reasons(parse([*rows[:3], (noun, noun, "NOUN", "dobj", 1), *rows[4:]]), 7) == [f"belief:{noun}"]
    # "Critics rejected the report that the envoy helped the rebels": a report's clause is read elsewhere
    assert reasons(parse([*rows[:3], ("report", "report", "NOUN", "dobj", 1), *rows[4:]]), 7) == []

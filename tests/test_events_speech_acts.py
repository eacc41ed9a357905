"""Speech acts carried by an attribution (issue 13): evaluations, criticism, reported obligations,
and assertions that are not their verb's event sense, on hand-built parses (no model). The
sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import find_events
from docs import parse

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
    "state:HUN": Actor("state:HUN", "Hungary", "state", "HUN"),
}


def coded(rows: list[tuple], actors: dict[int, str]) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(parse(rows, actors, ACTORS))]


def test_called_the_plan_a_betrayal_accuses_its_author():
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("French", "french", "ADJ", "amod", 4),
            ("plan", "plan", "NOUN", "dobj", 1), ("a", "a", "DET", "det", 6),
            ("betrayal", "betrayal", "NOUN", "oprd", 1), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 3: "state:FRA"}) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_described_as_brave_is_praise_and_a_neutral_label_is_nothing():
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("described", "describe", "VERB", "ROOT", 1),
            ("France", "France", "PROPN", "dobj", 1), ("as", "as", "ADP", "prep", 1),
            ("brave", "brave", "ADJ", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:HUN", 2: "state:FRA"}) == [("SUPPORT", "state:HUN", "state:FRA")]
    neutral = [*rows[:4], ("large", "large", "ADJ", "pobj", 3), rows[5]]
    assert coded(neutral, {0: "state:HUN", 2: "state:FRA"}) == []


def test_called_it_a_crime_names_no_target():
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
            ("it", "it", "PRON", "dobj", 1), ("a", "a", "DET", "det", 4),
            ("crime", "crime", "NOUN", "oprd", 1), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU"}) == []


def test_spoke_out_against_is_a_criticism():
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
            ("out", "out", "ADP", "prt", 1), ("against", "against", "ADP", "prep", 1),
            ("Germany", "Germany", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:HUN", 4: "state:DEU"}) == [("ACCUSE", "state:HUN", "state:DEU")]


def _said_should(aux: list[tuple]) -> list[tuple]:
    n = len(aux)
    return [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "nsubj", 3 + n),
            *[(w, lem, pos, dep, 3 + n, tag) for w, lem, pos, dep, tag in aux],
            ("leave", "leave", "VERB", "ccomp", 1, "VB"), (".", ".", "PUNCT", "punct", 1)]


def test_said_another_party_should_is_a_demand_on_it():
    rows = _said_should([("should", "should", "AUX", "aux", "MD")])
    assert coded(rows, {0: "state:FRA", 2: "state:HUN"}) == [("REQUEST", "state:FRA", "state:HUN")]
    negated = _said_should([("should", "should", "AUX", "aux", "MD"), ("not", "not", "PART", "neg", "RB")])
    assert coded(negated, {0: "state:FRA", 2: "state:HUN"}) == [("REQUEST", "state:FRA", "state:HUN")]


def test_should_have_and_would_are_no_demand():
    past = _said_should([("should", "should", "AUX", "aux", "MD"), ("have", "have", "AUX", "aux", "VB")])
    assert coded(past, {0: "state:FRA", 2: "state:HUN"}) == []
    future = _said_should([("would", "would", "AUX", "aux", "MD")])
    assert coded(future, {0: "state:FRA", 2: "state:HUN"}) == []


def test_a_contracted_should_have_is_no_demand_however_tagged():
    # "France said Hungary should’ve left": the tagger may read "’ve" as a noun subject
    curly = _said_should([("should", "should", "AUX", "aux", "MD"), ("’ve", "’ve", "NOUN", "nsubj", "NNS")])
    assert coded(curly, {0: "state:FRA", 2: "state:HUN"}) == []
    straight = _said_should([("should", "should", "AUX", "aux", "MD"), ("'ve", "'ve", "AUX", "aux", "VB")])
    assert coded(straight, {0: "state:FRA", 2: "state:HUN"}) == []


def _insisted(clause: list[tuple], verb_tag: str) -> list[tuple]:
    n = len(clause)
    return [("Germany", "Germany", "PROPN", "nsubj", 1), ("insisted", "insist", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4 + n), ("Hungary", "Hungary", "PROPN", "nsubj", 4 + n),
            *[(w, lem, pos, dep, 4 + n, tag) for w, lem, pos, dep, tag in clause],
            ("leave", "leave", "VERB", "ccomp", 1, verb_tag), (".", ".", "PUNCT", "punct", 1)]


def test_insisted_that_with_an_indicative_clause_is_an_assertion():
    stated = _insisted([("will", "will", "AUX", "aux", "MD")], "VB")
    assert coded(stated, {0: "state:DEU", 3: "state:HUN"}) == []
    past = _insisted([], "VBD")
    assert coded(past, {0: "state:DEU", 3: "state:HUN"}) == []


def test_insisted_that_with_a_subjunctive_or_must_is_a_demand():
    subjunctive = _insisted([], "VB")
    assert coded(subjunctive, {0: "state:DEU", 3: "state:HUN"}) == [("REQUEST", "state:DEU", "state:HUN")]
    must = _insisted([("must", "must", "AUX", "aux", "MD")], "VB")
    assert coded(must, {0: "state:DEU", 3: "state:HUN"}) == [("REQUEST", "state:DEU", "state:HUN")]


def test_inverted_should_is_a_condition_not_a_demand():
    rows = [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("should", "should", "AUX", "aux", 4, "MD"), ("Hungary", "Hungary", "PROPN", "nsubj", 4),
            ("leave", "leave", "VERB", "ccomp", 1, "VB"), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:FRA", 3: "state:HUN"}) == []


def test_a_described_group_is_no_addressee():
    rows = [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Hungarian", "hungarian", "ADJ", "amod", 3), ("farmers", "farmer", "NOUN", "nsubj", 5),
            ("should", "should", "AUX", "aux", 5, "MD"), ("leave", "leave", "VERB", "ccomp", 1, "VB"),
            (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:FRA", 2: "state:HUN"}) == []


def test_a_superlative_on_a_neutral_head_is_no_praise():
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
            ("France", "France", "PROPN", "dobj", 1), ("the", "the", "DET", "det", 5),
            ("greatest", "great", "ADJ", "amod", 5, "JJS"), ("puzzle", "puzzle", "NOUN", "oprd", 1),
            (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:HUN", 2: "state:FRA"}) == []
    plain = [*rows[:4], ("great", "great", "ADJ", "amod", 5, "JJ"), *rows[5:]]
    assert coded(plain, {0: "state:HUN", 2: "state:FRA"}) == [("SUPPORT", "state:HUN", "state:FRA")]


def test_a_warning_of_a_risk_is_no_threat():
    # "France warned that the dispute could hurt Germany."
    rows = [("France", "France", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 6), ("the", "the", "DET", "det", 4),
            ("dispute", "dispute", "NOUN", "nsubj", 6), ("could", "could", "AUX", "aux", 6),
            ("hurt", "hurt", "VERB", "ccomp", 1), ("Germany", "Germany", "PROPN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 1)]
    assert [e[0] for e in coded(rows, {0: "state:FRA", 7: "state:DEU"}) if e[0] == "THREATEN"] == []


def test_a_warning_of_the_warners_own_act_is_a_threat():
    # "France warned Germany that it will impose sanctions."
    own = [("France", "France", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
           ("Germany", "Germany", "PROPN", "dobj", 1), ("that", "that", "SCONJ", "mark", 6),
           ("it", "it", "PRON", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
           ("impose", "impose", "VERB", "ccomp", 1), ("sanctions", "sanction", "NOUN", "dobj", 6),
           (".", ".", "PUNCT", "punct", 1)]
    assert ("THREATEN", "state:FRA", "state:DEU") in coded(own, {0: "state:FRA", 2: "state:DEU"})
    # "France warned Germany of serious consequences." / "... of a growing crisis."
    of = [("France", "France", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
          ("Germany", "Germany", "PROPN", "dobj", 1), ("of", "of", "ADP", "prep", 1),
          ("serious", "serious", "ADJ", "amod", 5), ("consequences", "consequence", "NOUN", "pobj", 3),
          (".", ".", "PUNCT", "punct", 1)]
    assert ("THREATEN", "state:FRA", "state:DEU") in coded(of, {0: "state:FRA", 2: "state:DEU"})
    crisis = [*of[:4], ("growing", "grow", "VERB", "amod", 5), ("crisis", "crisis", "NOUN", "pobj", 3), of[6]]
    assert [e for e in coded(crisis, {0: "state:FRA", 2: "state:DEU"}) if e[0] == "THREATEN"] == []


def _denied(gerund_children: list[tuple], neg: bool = False) -> list[tuple]:
    """"Germany denied (not) arming Hungary." with the gerund's own dependents after it."""
    lead = [("Germany", "Germany", "PROPN", "nsubj", 2 if neg else 1)]
    if neg:
        lead += [("did", "do", "AUX", "aux", 3, "VBD"), ("not", "not", "PART", "neg", 3, "RB")]
    v = len(lead)
    verb = ("deny", "deny", "VERB", "ROOT", v, "VB") if neg else ("denied", "deny", "VERB", "ROOT", v, "VBD")
    g = v + 1
    return [*lead, verb, ("arming", "arm", "VERB", "xcomp", v, "VBG"),
            *[(w, lem, pos, dep, g + h, tag) for w, lem, pos, dep, h, tag in gerund_children],
            (".", ".", "PUNCT", "punct", v)]


def test_denied_doing_an_act_is_no_act_and_no_record_without_an_accuser():
    # "Germany denied arming Hungary." : the arming is not coded as done; with no accuser named
    # the denial has no other side, and a refusal with none is no record (lexicon.NEEDS_TARGET)
    rows = _denied([("Hungary", "Hungary", "PROPN", "dobj", 0, "NNP")])
    events = find_events(parse(rows, {0: "state:DEU", 3: "state:HUN"}, ACTORS))
    assert [(e.type, e.source, e.target) for e in events if e.realized] == []


def test_not_denying_an_act_is_no_rejection():
    # "Germany did not deny arming Hungary."
    rows = _denied([("Hungary", "Hungary", "PROPN", "dobj", 0, "NNP")], neg=True)
    assert all(t != "REJECT" for t, _, _ in coded(rows, {0: "state:DEU", 5: "state:HUN"}))


def test_denied_an_act_noun_never_takes_the_acts_place_as_accuser():
    # "Germany denied interference in Hungary." : the act's place is not the accuser (and with no
    # accuser named, no record)
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
            ("interference", "interference", "NOUN", "dobj", 1, "NN"), ("in", "in", "ADP", "prep", 2),
            ("Hungary", "Hungary", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 4: "state:HUN"}) == []
    # "Germany denied Hungary a role." : a refusal to Hungary, no denial of an act
    refused = [("Germany", "Germany", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
               ("Hungary", "Hungary", "PROPN", "dative", 1), ("a", "a", "DET", "det", 4),
               ("role", "role", "NOUN", "dobj", 1, "NN"), (".", ".", "PUNCT", "punct", 1)]
    assert all(t != "REJECT" or tgt is not None for t, _, tgt in coded(refused, {0: "state:DEU", 2: "state:HUN"}))


def test_naming_with_a_participle_complement_accuses():
    # 'Germany called France "deranged".' : the parser reads the adjective as a participle
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1, "VBD"),
            ("France", "France", "PROPN", "dobj", 1), ("deranged", "derange", "VERB", "oprd", 1, "VBN"),
            (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 2: "state:FRA"}) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_naming_parsed_as_a_glued_apposition_accuses_but_an_aside_does_not():
    # "Germany called France a liar." parsed as "France, a liar"
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1, "VBD"),
            ("France", "France", "PROPN", "dobj", 1), ("a", "a", "DET", "det", 4),
            ("liar", "liar", "NOUN", "appos", 2, "NN"), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 2: "state:FRA"}) == [("ACCUSE", "state:DEU", "state:FRA")]
    # "Germany called France, a traitor to some, on Monday." : a comma sets off an aside (a phone call)
    aside = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1, "VBD"),
             ("France", "France", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 2),
             ("a", "a", "DET", "det", 5), ("traitor", "traitor", "NOUN", "appos", 2, "NN"),
             (".", ".", "PUNCT", "punct", 1)]
    assert coded(aside, {0: "state:DEU", 2: "state:FRA"}) == []


def test_naming_with_the_party_parsed_inside_the_evaluation_accuses_it():
    # "Germany called France a traitor." parsed with France as a modifier of "traitor"
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1, "VBD"),
            ("France", "France", "PROPN", "nmod", 4), ("a", "a", "DET", "det", 4),
            ("traitor", "traitor", "NOUN", "oprd", 1, "NN"), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 2: "state:FRA"}) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_a_conjoined_evaluation_names_the_object():
    # 'Germany called France a "dotard" and a traitor.'
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1, "VBD"),
            ("France", "France", "PROPN", "dobj", 1), ("a", "a", "DET", "det", 4),
            ("dotard", "dotard", "NOUN", "oprd", 1, "NN"), ("and", "and", "CCONJ", "cc", 4),
            ("a", "a", "DET", "det", 7), ("traitor", "traitor", "NOUN", "conj", 4, "NN"),
            (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:DEU", 2: "state:FRA"}) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_an_act_noun_whose_preposition_dangles_is_no_denial():
    # "Germany denied the existence of and insulted France." : what is denied is not said here
    rows = [("Germany", "Germany", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3), ("existence", "existence", "NOUN", "dobj", 1, "NN"),
            ("of", "of", "ADP", "prep", 3), ("and", "and", "CCONJ", "cc", 1),
            ("insulted", "insult", "VERB", "conj", 1, "VBD"), ("France", "France", "PROPN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 1)]
    assert all(t != "REJECT" for t, _, _ in coded(rows, {0: "state:DEU", 7: "state:FRA"}))
    # "... the existence of camps.", after an accusation, answers its accuser
    whole = [*rows[:5], ("camps", "camp", "NOUN", "pobj", 4, "NNS"), (".", ".", "PUNCT", "punct", 1)]
    assert ("REJECT", "state:DEU", "state:FRA") in _coded_after_accusation(whole, {0: "state:DEU"})


def _denied_that(subject: tuple, passive: bool = False) -> list[tuple]:
    """"Germany denied that SUBJECT armed / was armed by Hungary." """
    verb = [("was", "be", "AUX", "auxpass", 5, "VBD"), ("armed", "arm", "VERB", "ccomp", 1, "VBN")] if passive \
        else [("armed", "arm", "VERB", "ccomp", 1, "VBD")]
    n = len(verb)
    return [("Germany", "Germany", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "SCONJ", "mark", 3 + n), subject, *verb,
            ("Hungary", "Hungary", "PROPN", "dobj", 3 + n), (".", ".", "PUNCT", "punct", 1)]


def test_denied_that_it_did_rejects_the_accusation():
    # "France accused Germany of arming Hungary. Germany denied that it armed Hungary." (alone, with
    # no accuser named, the denial has no other side and is no record: lexicon.NEEDS_TARGET)
    rows = _denied_that(("it", "it", "PRON", "nsubj", 4, "PRP"))
    assert ("REJECT", "state:DEU", "state:FRA") in _coded_after_accusation(rows, {0: "state:DEU", 5: "state:HUN"})
    assert coded(rows, {0: "state:DEU", 5: "state:HUN"}) == []


def test_denied_that_another_did_or_was_done_is_no_rejection():
    # "Germany denied that France armed Hungary." : a claim about France, not Germany's act
    other = _denied_that(("France", "France", "PROPN", "nsubj", 4, "NNP"))
    assert all(t != "REJECT" for t, _, _ in coded(other, {0: "state:DEU", 3: "state:FRA", 5: "state:HUN"}))
    # "Germany denied that it was armed by Hungary." (a passive clause: nothing Germany did)
    passive = _denied_that(("it", "it", "PRON", "nsubjpass", 5, "PRP"), passive=True)
    assert all(t != "REJECT" for t, _, _ in coded(passive, {0: "state:DEU", 6: "state:HUN"}))


def test_a_denial_conjoined_to_a_negated_verb_is_none():
    # "Germany did not confirm or deny that it armed Hungary."
    rows = [("Germany", "Germany", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3, "VBD"),
            ("not", "not", "PART", "neg", 3, "RB"), ("confirm", "confirm", "VERB", "ROOT", 3, "VB"),
            ("or", "or", "CCONJ", "cc", 3), ("deny", "deny", "VERB", "conj", 3, "VB"),
            ("that", "that", "SCONJ", "mark", 8), ("it", "it", "PRON", "nsubj", 8, "PRP"),
            ("armed", "arm", "VERB", "ccomp", 5, "VBD"), ("Hungary", "Hungary", "PROPN", "dobj", 8),
            (".", ".", "PUNCT", "punct", 3)]
    assert all(t != "REJECT" for t, _, _ in coded(rows, {0: "state:DEU", 9: "state:HUN"}))


def _accused_then(denial: list[tuple], accused: str = "Germany") -> list[tuple]:
    """"France accused ACCUSED of arming Hungary." followed by the denial sentence."""
    first = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("accused", "accuse", "VERB", "ROOT", 1, "VBD"),
             (accused, accused, "PROPN", "dobj", 1, "NNP"), ("of", "of", "ADP", "prep", 1, "IN"),
             ("arming", "arm", "VERB", "pcomp", 3, "VBG"), ("Hungary", "Hungary", "PROPN", "dobj", 4, "NNP"),
             (".", ".", "PUNCT", "punct", 1, ".")]
    n = len(first)
    return [*first, *((r[0], r[1], r[2], r[3], r[4] + n, *r[5:]) for r in denial)]


def _coded_after_accusation(denial: list[tuple], actors: dict[int, str], accused: str = "Germany"):
    rows = _accused_then(denial, accused)
    ids = {"France": "state:FRA", "Germany": "state:DEU", "Hungary": "state:HUN"}
    tagged = {i: ids[r[0]] for i, r in enumerate(rows[:7]) if r[0] in ids} | {i + 7: a for i, a in actors.items()}
    doc = parse(rows, tagged, ACTORS, mentions=True, sent_starts=[i in (0, 7) for i in range(len(rows))])
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def test_a_denied_act_answers_the_earlier_accuser_of_the_denier():
    # "France accused Germany of arming Hungary. Germany denied arming Hungary." : a REJECT of France
    gerund = _denied([("Hungary", "Hungary", "PROPN", "dobj", 0, "NNP")])
    assert ("REJECT", "state:DEU", "state:FRA") in _coded_after_accusation(gerund, {0: "state:DEU", 3: "state:HUN"})
    # "... Germany denied that it armed Hungary." : the same
    own = _denied_that(("it", "it", "PRON", "nsubj", 4, "PRP"))
    assert ("REJECT", "state:DEU", "state:FRA") in _coded_after_accusation(own, {0: "state:DEU", 5: "state:HUN"})


def test_a_denied_act_never_answers_the_accuser_of_someone_else():
    # "France accused Hungary of arming Hungary. Germany denied arming Hungary." : no accuser of Germany
    gerund = _denied([("Hungary", "Hungary", "PROPN", "dobj", 0, "NNP")])
    found = _coded_after_accusation(gerund, {0: "state:DEU", 3: "state:HUN"}, accused="Hungary")
    assert [e for e in found if e[0] == "REJECT" and e[1] == "state:DEU"] == []


def test_an_adjective_after_the_named_object_is_the_name_given():
    # "Hungary called France's proposal reckless." parsed with "reckless" hung on "proposal":
    # an adjective after its noun is the object predicate (speech_acts.postposed_adjectives)
    rows = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
            ("France", "France", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
            ("proposal", "proposal", "NOUN", "dobj", 1), ("reckless", "reckless", "ADJ", "amod", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:HUN", 2: "state:FRA"}) == [("ACCUSE", "state:HUN", "state:FRA")]
    # "Hungary called France's reckless proposal a plan": the adjective before its noun describes it
    before = [rows[0], rows[1], rows[2], rows[3], ("reckless", "reckless", "ADJ", "amod", 5),
              ("proposal", "proposal", "NOUN", "dobj", 1), ("a", "a", "DET", "det", 7),
              ("plan", "plan", "NOUN", "oprd", 1), (".", ".", "PUNCT", "punct", 1)]
    assert coded(before, {0: "state:HUN", 2: "state:FRA"}) == []


def _said_needs(lemma: str, word: str, negation: list[tuple], infinitive: bool = True) -> list[tuple]:
    """"France said Hungary needs to leave" (with ``negation`` before the semi-modal)."""
    n = len(negation)
    verb = 3 + n
    rows = [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "nsubj", verb),
            *[(w, lem, pos, dep, verb, tag) for w, lem, pos, dep, tag in negation],
            (word, lemma, "VERB", "ccomp", 1, "VBZ")]
    if infinitive:
        rows += [("to", "to", "PART", "aux", verb + 2, "TO"), ("leave", "leave", "VERB", "xcomp", verb, "VB")]
    else:
        rows += [("money", "money", "NOUN", "dobj", verb, "NN")]
    return [*rows, (".", ".", "PUNCT", "punct", 1)]


def test_said_another_party_needs_to_is_a_demand_on_it():
    rows = _said_needs("need", "needs", [])
    assert coded(rows, {0: "state:FRA", 2: "state:HUN"}) == [("REQUEST", "state:FRA", "state:HUN")]


def test_does_not_need_to_and_needs_a_thing_are_no_demand():
    negated = _said_needs("need", "need", [("does", "do", "AUX", "aux", "VBZ"), ("not", "not", "PART", "neg", "RB")])
    assert coded(negated, {0: "state:FRA", 2: "state:HUN"}) == []
    thing = _said_needs("need", "needs", [], infinitive=False)
    assert coded(thing, {0: "state:FRA", 2: "state:HUN"}) == []


def test_needs_to_be_done_is_no_demand():
    # "France said Hungary needs to be punished": Hungary is the patient, no addressee
    rows = [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "nsubj", 3), ("needs", "need", "VERB", "ccomp", 1, "VBZ"),
            ("to", "to", "PART", "aux", 6, "TO"), ("be", "be", "AUX", "auxpass", 6, "VB"),
            ("punished", "punish", "VERB", "xcomp", 3, "VBN"), (".", ".", "PUNCT", "punct", 1)]
    assert coded(rows, {0: "state:FRA", 2: "state:HUN"}) == []



def _said_was(pred: str) -> list[tuple]:
    return [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Germany", "Germany", "PROPN", "nsubj", 3), ("was", "be", "AUX", "ccomp", 1, "VBD"),
            (pred, pred, "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", 1)]


def test_said_a_party_was_reckless_accuses_it():
    assert coded(_said_was("reckless"), {0: "state:HUN", 2: "state:DEU"}) == [("ACCUSE", "state:HUN", "state:DEU")]
    assert coded(_said_was("large"), {0: "state:HUN", 2: "state:DEU"}) == []


def test_said_a_party_would_be_or_was_not_reckless_is_no_act():
    would = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
             ("Germany", "Germany", "PROPN", "nsubj", 4), ("would", "would", "AUX", "aux", 4, "MD"),
             ("be", "be", "AUX", "ccomp", 1, "VB"), ("reckless", "reckless", "ADJ", "acomp", 4),
             (".", ".", "PUNCT", "punct", 1)]
    assert coded(would, {0: "state:HUN", 2: "state:DEU"}) == []
    negated = [("Hungary", "Hungary", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
               ("Germany", "Germany", "PROPN", "nsubj", 3), ("was", "be", "AUX", "ccomp", 1, "VBD"),
               ("not", "not", "PART", "neg", 3), ("reckless", "reckless", "ADJ", "acomp", 3),
               (".", ".", "PUNCT", "punct", 1)]
    assert coded(negated, {0: "state:HUN", 2: "state:DEU"}) == []


def _warned_would_if(subject: tuple) -> list[tuple]:
    # "<X> warned that <subject> would retaliate if Germany moved ."
    return [("France", "France", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5), subject, ("would", "would", "AUX", "aux", 5),
            ("retaliate", "retaliate", "VERB", "ccomp", 1), ("if", "if", "SCONJ", "mark", 8),
            ("Germany", "Germany", "PROPN", "nsubj", 8), ("moved", "move", "VERB", "advcl", 5, "VBD"),
            (".", ".", "PUNCT", "punct", 1)]


def test_a_threat_on_a_condition_is_made_to_the_party_of_the_condition():
    rows = _warned_would_if(("it", "it", "PRON", "nsubj", 5))
    assert ("THREATEN", "state:FRA", "state:DEU") in coded(rows, {0: "state:FRA", 7: "state:DEU"})


def test_a_warning_that_the_warners_state_would_act_is_its_own_threat():
    macron = Actor("person:macron", "Macron", "person", "FRA")
    rows = [("Macron", "Macron", "PROPN", "nsubj", 1), *_warned_would_if(("Paris", "Paris", "PROPN", "nsubj", 5))[1:]]
    doc = parse(rows, {0: "person:macron", 3: "state:FRA", 7: "state:DEU"}, {**ACTORS, "person:macron": macron})
    assert ("THREATEN", "person:macron", "state:DEU") in [(e.type, e.source, e.target) for e in find_events(doc)]

"""The pronoun rules of the event coder (``pronouns.PRONOUN_RULES``) and the preference order of
the one pronoun resolver (``syntax.resolve_pronoun``) on hand-built parses (no model). The
sentences are our own. The last test checks that every pronoun rule has a test here."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.model import Actor, Quote
from diplograph.nlp import syntax
from diplograph.nlp.events import pronouns
from diplograph.nlp.extensions import Mention
from docs import parse

F, D, B, K = "state:FRA", "state:DEU", "person:anna-berg", "person:karl-moss"
KNOWN = {
    F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
    B: Actor(B, "Anna Berg", "person", "DEU"), K: Actor(K, "Karl Moss", "person", "FRA"),
}
TESTED: set[str] = set()


def rule_test(*names: str):
    TESTED.update(names)
    return lambda fn: fn


def pronoun_in(rows: list[tuple], actors: dict[int, str], i: int,
               sent_starts: list[bool] | None = None) -> tuple[Token, list[Mention]]:
    """The pronoun at ``i`` of the parse of ``rows`` (``actors`` tagged, each a mention) and those
    mentions: what a pronoun rule of ``parties`` reads."""
    doc = parse(rows, actors, KNOWN, mentions=True, sent_starts=sent_starts)
    return doc[i], doc._.mentions


@rule_test("bound_possessive")
def test_a_possessive_is_bound_by_its_clause_subject():
    # "France will not answer Germany by deploying its own missiles": its = France, not Germany
    rows = [("France", "France", "PROPN", "nsubj", 3, "NNP"), ("will", "will", "AUX", "aux", 3, "MD"),
            ("not", "not", "PART", "neg", 3, "RB"), ("answer", "answer", "VERB", "ROOT", 3, "VB"),
            ("Germany", "Germany", "PROPN", "dobj", 3, "NNP"), ("by", "by", "ADP", "prep", 3, "IN"),
            ("deploying", "deploy", "VERB", "pcomp", 5, "VBG"), ("its", "its", "PRON", "poss", 9, "PRP$"),
            ("own", "own", "ADJ", "amod", 9, "JJ"), ("missiles", "missile", "NOUN", "dobj", 6, "NNS")]
    pronoun, mentions = pronoun_in(rows, {0: F, 4: D}, 7)
    assert pronouns.bound_possessive(pronoun, mentions) == [F]
    assert pronouns.pronoun_actors(pronoun, mentions) == [F]
    assert pronouns.nearest_antecedent(pronoun, mentions) == [D]  # what the nearest mention says


@rule_test("reproached_object")
def test_a_possessive_in_a_cause_phrase_stands_for_the_object_judged():
    # "France fined Germany over its help to the rebels": its = Germany, not France (the subject)
    rows = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("fined", "fine", "VERB", "ROOT", 1, "VBD"),
            ("Germany", "Germany", "PROPN", "dobj", 1, "NNP"), ("over", "over", "ADP", "prep", 1, "IN"),
            ("its", "its", "PRON", "poss", 5, "PRP$"), ("help", "help", "NOUN", "pobj", 3, "NN"),
            ("to", "to", "ADP", "prep", 5, "IN"), ("the", "the", "DET", "det", 8, "DT"),
            ("rebels", "rebel", "NOUN", "pobj", 6, "NNS")]
    pronoun, mentions = pronoun_in(rows, {0: F, 2: D}, 4)
    assert pronouns.reproached_object(pronoun, mentions) == [D]
    assert pronouns.pronoun_actors(pronoun, mentions) == [D]
    assert pronouns.bound_possessive(pronoun, mentions) == [F]  # what the subject alone would say


@rule_test("reproached_object")
def test_a_possessive_in_the_cause_phrase_of_a_measure_stands_for_whom_it_targets():
    # "France laid duties on Germany for its dumping of steel", the phrase hung on the verb
    rows = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("laid", "lay", "VERB", "ROOT", 1, "VBD"),
            ("duties", "duty", "NOUN", "dobj", 1, "NNS"), ("on", "on", "ADP", "prep", 2, "IN"),
            ("Germany", "Germany", "PROPN", "pobj", 3, "NNP"), ("for", "for", "ADP", "prep", 1, "IN"),
            ("its", "its", "PRON", "poss", 7, "PRP$"), ("dumping", "dumping", "NOUN", "pobj", 5, "NN")]
    pronoun, mentions = pronoun_in(rows, {0: F, 4: D}, 6)
    assert pronouns.pronoun_actors(pronoun, mentions) == [D]


@rule_test("reproached_object")
def test_a_cause_phrase_object_that_does_not_agree_leaves_the_possessive_to_the_next_rule():
    # "France thanked Berg for its help": "its" cannot be a person, so the subject binds it
    rows = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("thanked", "thank", "VERB", "ROOT", 1, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 1, "NNP"), ("for", "for", "ADP", "prep", 1, "IN"),
            ("its", "its", "PRON", "poss", 5, "PRP$"), ("help", "help", "NOUN", "pobj", 3, "NN")]
    pronoun, mentions = pronoun_in(rows, {0: F, 2: B}, 4)
    assert pronouns.reproached_object(pronoun, mentions) is None
    assert pronouns.pronoun_actors(pronoun, mentions) == [F]


@rule_test("bound_possessive")
def test_people_named_by_no_actor_bind_their_possessive_to_no_one():
    # "Karl Moss spoke. Opposition lawmakers voiced their anger": their = the lawmakers, not Moss
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
            (".", ".", "PUNCT", "punct", 1, "."),
            ("Opposition", "opposition", "NOUN", "compound", 4, "NN"),
            ("lawmakers", "lawmaker", "NOUN", "nsubj", 5, "NNS"), ("voiced", "voice", "VERB", "ROOT", 5, "VBD"),
            ("their", "their", "PRON", "poss", 7, "PRP$"), ("anger", "anger", "NOUN", "dobj", 5, "NN")]
    pronoun, mentions = pronoun_in(rows, {0: K}, 6, sent_starts=[True, False, False, True, False, False, False, False])
    assert pronouns.bound_possessive(pronoun, mentions) == []
    assert pronouns.pronoun_actors(pronoun, mentions) == []


@rule_test("bound_possessive")
def test_a_subject_that_does_not_agree_leaves_the_possessive_to_the_next_rule():
    # "The bill allows sanctions against Germany for its annexation": "its" is not the bill's
    rows = [("The", "the", "DET", "det", 1, "DT"), ("bill", "bill", "NOUN", "nsubj", 2, "NN"),
            ("allows", "allow", "VERB", "ROOT", 2, "VBZ"), ("sanctions", "sanction", "NOUN", "dobj", 2, "NNS"),
            ("against", "against", "ADP", "prep", 3, "IN"), ("Germany", "Germany", "PROPN", "pobj", 4, "NNP"),
            ("for", "for", "ADP", "prep", 3, "IN"), ("its", "its", "PRON", "poss", 8, "PRP$"),
            ("annexation", "annexation", "NOUN", "pobj", 6, "NN")]
    pronoun, mentions = pronoun_in(rows, {5: D}, 7)
    assert pronouns.bound_possessive(pronoun, mentions) is None
    assert pronouns.pronoun_actors(pronoun, mentions) == [D]


@rule_test("bound_possessive")
def test_a_possessive_coordinated_with_a_name_is_left_to_the_name():
    # "France asked Germany to question Berg and his aides": his = Berg, not Germany (the subject)
    rows = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("asked", "ask", "VERB", "ROOT", 1, "VBD"),
            ("Germany", "Germany", "PROPN", "dobj", 1, "NNP"), ("to", "to", "PART", "aux", 4, "TO"),
            ("question", "question", "VERB", "xcomp", 1, "VB"), ("Berg", "Berg", "PROPN", "dobj", 4, "NNP"),
            ("and", "and", "CCONJ", "cc", 5, "CC"), ("his", "his", "PRON", "poss", 8, "PRP$"),
            ("aides", "aide", "NOUN", "conj", 5, "NNS")]
    pronoun, mentions = pronoun_in(rows, {0: F, 2: D, 5: K}, 7)
    assert pronouns.bound_possessive(pronoun, mentions) is None
    assert pronouns.pronoun_actors(pronoun, mentions) == [K]


@rule_test("fronted_clause_subject")
def test_a_subject_pronoun_of_a_fronted_adverbial_clause_stands_for_the_main_subject_after_it():
    # "Berg spoke. Before he resigned, Moss met Berg": he = Moss (named after the comma), not Berg
    rows = [("Berg", "Berg", "PROPN", "nsubj", 1, "NNP"), ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
            (".", ".", "PUNCT", "punct", 1, "."),
            ("Before", "before", "SCONJ", "mark", 5, "IN"), ("he", "he", "PRON", "nsubj", 5, "PRP"),
            ("resigned", "resign", "VERB", "advcl", 8, "VBD"), (",", ",", "PUNCT", "punct", 8, ","),
            ("Moss", "Moss", "PROPN", "nsubj", 8, "NNP"), ("met", "meet", "VERB", "ROOT", 8, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 8, "NNP")]
    pronoun, mentions = pronoun_in(rows, {0: B, 7: K, 9: B}, 4, sent_starts=[i in (0, 3) for i in range(10)])
    assert pronouns.fronted_clause_subject(pronoun, mentions) == [K]
    assert pronouns.pronoun_actors(pronoun, mentions) == [K]


@rule_test("fronted_clause_subject")
def test_a_main_clause_object_pronoun_of_the_same_person_leaves_the_fronted_pronoun_to_the_next_rule():
    # "When he arrived, Moss greeted him": "him" is the fronted "he", someone other than Moss
    rows = [("When", "when", "SCONJ", "advmod", 2, "WRB"), ("he", "he", "PRON", "nsubj", 2, "PRP"),
            ("arrived", "arrive", "VERB", "advcl", 5, "VBD"), (",", ",", "PUNCT", "punct", 5, ","),
            ("Moss", "Moss", "PROPN", "nsubj", 5, "NNP"), ("greeted", "greet", "VERB", "ROOT", 5, "VBD"),
            ("him", "he", "PRON", "dobj", 5, "PRP")]
    pronoun, mentions = pronoun_in(rows, {4: K}, 1)
    assert pronouns.fronted_clause_subject(pronoun, mentions) is None


@rule_test("governing_subject")
def test_a_subject_pronoun_of_a_complement_continues_the_governing_subject():
    # "Moss told Berg that he would not resign": he = Moss, not Berg (the nearer name)
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("told", "tell", "VERB", "ROOT", 1, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 1, "NNP"), ("that", "that", "SCONJ", "mark", 7, "IN"),
            ("he", "he", "PRON", "nsubj", 7, "PRP"), ("would", "would", "AUX", "aux", 7, "MD"),
            ("not", "not", "PART", "neg", 7, "RB"), ("resign", "resign", "VERB", "ccomp", 1, "VB")]
    pronoun, mentions = pronoun_in(rows, {0: K, 2: B}, 4)
    assert pronouns.governing_subject(pronoun, mentions) == [K]
    assert pronouns.pronoun_actors(pronoun, mentions) == [K]
    assert pronouns.nearest_antecedent(pronoun, mentions) == [B]  # what the nearest mention says


@rule_test("governing_subject")
def test_a_governing_subject_that_does_not_agree_or_a_quotation_leaves_the_pronoun_to_the_resolver():
    # "France told Berg that she would resign": "she" is not France
    rows = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("told", "tell", "VERB", "ROOT", 1, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 1, "NNP"), ("that", "that", "SCONJ", "mark", 6, "IN"),
            ("she", "she", "PRON", "nsubj", 6, "PRP"), ("would", "would", "AUX", "aux", 6, "MD"),
            ("resign", "resign", "VERB", "ccomp", 1, "VB")]
    pronoun, mentions = pronoun_in(rows, {0: F, 2: B}, 4)
    assert pronouns.governing_subject(pronoun, mentions) is None
    assert pronouns.pronoun_actors(pronoun, mentions) == [B]
    # 'Moss told Berg "he would resign"': a speaker's own words are left to the resolver
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("told", "tell", "VERB", "ROOT", 1, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 1, "NNP"), ('"', '"', "PUNCT", "punct", 6, "``"),
            ("he", "he", "PRON", "nsubj", 6, "PRP"), ("would", "would", "AUX", "aux", 6, "MD"),
            ("resign", "resign", "VERB", "ccomp", 1, "VB")]
    pronoun, mentions = pronoun_in(rows, {0: K, 2: B}, 4)
    assert pronouns.governing_subject(pronoun, mentions) is None


@rule_test("nearest_antecedent")
def test_a_subject_pronoun_reads_the_resolver():
    # "Karl Moss met Anna Berg. He praised France": no clause subject binds a subject pronoun; the
    # resolver prefers the previous main clause's subject (Moss) to the nearest mention (Berg)
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("met", "meet", "VERB", "ROOT", 1, "VBD"),
            ("Berg", "Berg", "PROPN", "dobj", 1, "NNP"), (".", ".", "PUNCT", "punct", 1, "."),
            ("He", "he", "PRON", "nsubj", 5, "PRP"), ("praised", "praise", "VERB", "ROOT", 5, "VBD"),
            ("France", "France", "PROPN", "dobj", 5, "NNP")]
    pronoun, mentions = pronoun_in(rows, {0: K, 2: B, 6: F}, 4,
                                   sent_starts=[True, False, False, False, True, False, False])
    assert pronouns.bound_possessive(pronoun, mentions) is None
    assert pronouns.nearest_antecedent(pronoun, mentions) == [K]


# "Moss opposed the plan Berg backed. He praised France."
TWO_SENTENCES = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("opposed", "oppose", "VERB", "ROOT", 1, "VBD"),
                 ("the", "the", "DET", "det", 3, "DT"), ("plan", "plan", "NOUN", "dobj", 1, "NN"),
                 ("Berg", "Berg", "PROPN", "nsubj", 5, "NNP"), ("backed", "back", "VERB", "relcl", 3, "VBD"),
                 (".", ".", "PUNCT", "punct", 1, "."), ("He", "he", "PRON", "nsubj", 8, "PRP"),
                 ("praised", "praise", "VERB", "ROOT", 8, "VBD"), ("France", "France", "PROPN", "dobj", 8, "NNP")]


@rule_test("previous_main_subject")
def test_a_main_clause_subject_pronoun_continues_the_previous_main_subject():
    doc = parse(TWO_SENTENCES, {0: K, 4: B, 9: F}, KNOWN,
                sent_starts=[True] + [False] * 6 + [True, False, False])
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, K)
    index.add(4, B)
    assert index.between(0, 7, ("person",)) == [(0, K), (4, B)]
    assert index.nearest(7, ("person",)) == B  # the nearest mention: the relative clause's subject
    assert syntax.previous_main_subject(doc[7], index, ("person",), None, "m") == K
    assert syntax.resolve_pronoun(doc[7], index, ("person",)) == K
    # no preference for a pronoun that is no main clause's subject, nor for an unfitting kind
    assert syntax.previous_main_subject(doc[9], index, ("person",), None, None) is None
    assert syntax.previous_main_subject(doc[7], index, ("state",), None, None) is None


@rule_test("previous_main_subject")
def test_a_fitting_candidate_in_the_pronouns_own_sentence_keeps_the_nearest_reading():
    # "Moss opposed the plan. Unlike Berg, he wept.": a candidate before the pronoun in its own
    # sentence; and a floor (the caller's window) after the previous sentence's start
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("opposed", "oppose", "VERB", "ROOT", 1, "VBD"),
            ("the", "the", "DET", "det", 3, "DT"), ("plan", "plan", "NOUN", "dobj", 1, "NN"),
            (".", ".", "PUNCT", "punct", 1, "."), ("Unlike", "unlike", "ADP", "prep", 9, "IN"),
            ("Berg", "Berg", "PROPN", "pobj", 5, "NNP"), (",", ",", "PUNCT", "punct", 9, ","),
            ("he", "he", "PRON", "nsubj", 9, "PRP"), ("wept", "weep", "VERB", "ROOT", 9, "VBD")]
    doc = parse(rows, {0: K, 6: B}, KNOWN, sent_starts=[True] + [False] * 4 + [True] + [False] * 4)
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, K)
    assert syntax.previous_main_subject(doc[8], index, ("person",), None, None) == K
    assert syntax.previous_main_subject(doc[8], index, ("person",), 1, None) is None
    index.add(6, B)
    assert syntax.previous_main_subject(doc[8], index, ("person",), None, None) is None
    assert syntax.resolve_pronoun(doc[8], index, ("person",)) == B


@rule_test("previous_main_subject")
def test_no_preference_inside_a_quotation_or_for_a_coordinated_subject():
    # "Moss and Berg met. He left." / "Moss spoke. “He left,” ...": the nearest reading stays
    rows = [("Moss", "Moss", "PROPN", "nsubj", 3, "NNP"), ("and", "and", "CCONJ", "cc", 0, "CC"),
            ("Berg", "Berg", "PROPN", "conj", 0, "NNP"), ("met", "meet", "VERB", "ROOT", 3, "VBD"),
            (".", ".", "PUNCT", "punct", 3, "."), ("He", "he", "PRON", "nsubj", 6, "PRP"),
            ("left", "leave", "VERB", "ROOT", 6, "VBD")]
    doc = parse(rows, {0: K, 2: B}, KNOWN, sent_starts=[True, False, False, False, False, True, False])
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, K)
    index.add(2, B)
    assert syntax.previous_main_subject(doc[5], index, ("person",), None, None) is None
    rows = [("Moss", "Moss", "PROPN", "nsubj", 1, "NNP"), ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
            (".", ".", "PUNCT", "punct", 1, "."), ("\u201c", "\u201c", "PUNCT", "punct", 4, "``"),
            ("He", "he", "PRON", "nsubj", 4, "PRP"), ("left", "leave", "VERB", "ROOT", 4, "VBD")]
    doc = parse(rows, {0: K}, KNOWN, sent_starts=[True, False, False, True, False, False])
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, K)
    assert syntax.previous_main_subject(doc[4], index, ("person",), None, None) is None


@rule_test("previous_main_subject")
def test_a_candidate_marked_with_the_pronouns_gender_outranks_an_unmarked_main_subject():
    # "Moss opposed the plan Ms. Berg backed. She ...": Berg is marked "f", Moss unmarked
    doc = parse(TWO_SENTENCES, {0: K, 4: B, 9: F}, KNOWN, sent_starts=[True] + [False] * 6 + [True, False, False])
    index = syntax.Antecedents(doc._.actors, by_token=True, genders={B: "f"})
    index.add(0, K)
    index.add(4, B)
    assert syntax.previous_main_subject(doc[7], index, ("person",), None, "f") is None
    assert syntax.previous_main_subject(doc[7], index, ("person",), None, "m") == K


@rule_test("writers_first_person")
def test_the_writers_first_person_outside_quotes_has_no_antecedent():
    # "France sent aid. We blamed Germany." (the writer's "we") / "France sent aid. “We blamed
    # Germany,” Moss said." (the speaker's): only the quoted one resolves
    plain = [("France", "France", "PROPN", "nsubj", 1, "NNP"), ("sent", "send", "VERB", "ROOT", 1, "VBD"),
             ("aid", "aid", "NOUN", "dobj", 1, "NN"), (".", ".", "PUNCT", "punct", 1, "."),
             ("We", "we", "PRON", "nsubj", 5, "PRP"), ("blamed", "blame", "VERB", "ROOT", 5, "VBD"),
             ("Germany", "Germany", "PROPN", "dobj", 5, "NNP"), (".", ".", "PUNCT", "punct", 5, ".")]
    doc = parse(plain, {0: F, 6: D}, KNOWN, sent_starts=[True, False, False, False, True, False, False, False])
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, F)
    assert syntax.writers_first_person(doc[4])
    assert syntax.resolve_pronoun(doc[4], index, ("state",)) is None
    quoted = [*plain[:4], ("\u201c", "\u201c", "PUNCT", "punct", 6, "``"), ("We", "we", "PRON", "nsubj", 6, "PRP"),
              ("blamed", "blame", "VERB", "ccomp", 11, "VBD"), ("Germany", "Germany", "PROPN", "dobj", 6, "NNP"),
              (",", ",", "PUNCT", "punct", 6, ","), ("\u201d", "\u201d", "PUNCT", "punct", 6, "''"),
              ("Moss", "Moss", "PROPN", "nsubj", 11, "NNP"), ("said", "say", "VERB", "ROOT", 11, "VBD")]
    doc = parse(quoted, {0: F, 7: D, 10: K}, KNOWN, sent_starts=[True, False, False, False, True] + [False] * 7)
    index = syntax.Antecedents(doc._.actors, by_token=True)
    index.add(0, F)
    assert not syntax.writers_first_person(doc[5])
    assert syntax.resolve_pronoun(doc[5], index, ("state",)) == F
    # a sentence a quotation opened before closes: "… ready. We blamed Germany,” Moss said."
    closing = [*plain[:4], ("We", "we", "PRON", "nsubj", 5, "PRP"), ("blamed", "blame", "VERB", "ccomp", 10, "VBD"),
               ("Germany", "Germany", "PROPN", "dobj", 5, "NNP"), (",", ",", "PUNCT", "punct", 5, ","),
               ("\u201d", "\u201d", "PUNCT", "punct", 5, "''"), ("Moss", "Moss", "PROPN", "nsubj", 10, "NNP"),
               ("said", "say", "VERB", "ROOT", 10, "VBD")]
    doc = parse(closing, {0: F, 6: D, 9: K}, KNOWN, sent_starts=[True, False, False, False, True] + [False] * 6)
    assert not syntax.writers_first_person(doc[4])


# "I", "we", "me", "us" inside a direct quote are its speaker, in a clause stated plainly
# (pronouns.quoted_first_person)
P, V, N = "PUNCT", "VERB", "PROPN"


def _quoted_by_berg(rows: list[tuple], serbia: int, berg: int, close: int, speaker: str | None = B):
    doc = parse(rows, {serbia: F, berg: B}, KNOWN, mentions=True)
    doc._.quotes = [Quote("q1", doc[1:close].text, (doc[1].idx, doc[close].idx), speaker=speaker)]
    return doc


# “ We urge France . ” Berg said .
URGE = [("\u201c", "\u201c", P, "punct", 2, "``"), ("We", "we", "PRON", "nsubj", 2, "PRP"),
        ("urge", "urge", V, "ccomp", 7, "VBP"), ("France", "France", N, "dobj", 2, "NNP"),
        (".", ".", P, "punct", 2, "."), ("\u201d", "\u201d", P, "punct", 2, "''"),
        ("Berg", "Berg", N, "nsubj", 7, "NNP"), ("said", "say", V, "ROOT", 7, "VBD"), (".", ".", P, "punct", 7, ".")]
# “ We can reject France . ” Berg said .
CAN = [("\u201c", "\u201c", P, "punct", 3, "``"), ("We", "we", "PRON", "nsubj", 3, "PRP"),
       ("can", "can", "AUX", "aux", 3, "MD"), ("reject", "reject", V, "ccomp", 8, "VB"),
       ("France", "France", N, "dobj", 3, "NNP"), (".", ".", P, "punct", 3, "."),
       ("\u201d", "\u201d", P, "punct", 3, "''"), ("Berg", "Berg", N, "nsubj", 8, "NNP"),
       ("said", "say", V, "ROOT", 8, "VBD"), (".", ".", P, "punct", 8, ".")]
# We urge France .   (the writer's own voice)
PLAIN = [("We", "we", "PRON", "nsubj", 1, "PRP"), ("urge", "urge", V, "ROOT", 1, "VBP"),
         ("France", "France", N, "dobj", 1, "NNP"), (".", ".", P, "punct", 1, ".")]


@rule_test("quoted_first_person")
def test_we_in_a_quote_stated_plainly_is_its_speaker():
    doc = _quoted_by_berg(URGE, 3, 6, 5)
    assert pronouns.pronoun_actors(doc[1], doc._.mentions) == [B]


@rule_test("quoted_first_person")
def test_a_quote_with_no_speaker_gives_none():
    doc = _quoted_by_berg(URGE, 3, 6, 5, speaker=None)
    assert pronouns.pronoun_actors(doc[1], doc._.mentions) == []


@rule_test("quoted_first_person")
def test_a_modal_clause_is_no_act_of_the_speaker():
    doc = _quoted_by_berg(CAN, 4, 7, 6)
    assert pronouns.pronoun_actors(doc[1], doc._.mentions) == []


@rule_test("quoted_first_person")
def test_the_writers_we_outside_a_quote_is_no_actor():
    pronoun, mentions = pronoun_in(PLAIN, {2: F}, 0)
    assert pronouns.pronoun_actors(pronoun, mentions) == []


def test_every_pronoun_rule_has_a_test():
    rules = (*pronouns.PRONOUN_RULES, *syntax.ANTECEDENT_PREFERENCES, *syntax.NO_ANTECEDENT_RULES)
    assert {rule.__name__ for rule in rules} - TESTED == set()

"""A definite title the document gave a person is an antecedent of that person's speaker pronoun
(``speech/titled``), on hand-built parses (no model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor, Role
from diplograph.nlp.speech import attribution, titled
from docs import parse, said_sentence

R, M, P = "person:ana-ruiz", "person:karl-moss", "person:lev-pavic"

# "Attorney General Ana Ruiz met Moss . Moss praised her . The attorney general rejected the plan .
#  She said so ."
ROWS = [
    ("Attorney", "attorney", "PROPN", "compound", 3, "NNP"), ("General", "general", "PROPN", "compound", 3, "NNP"),
    ("Ana", "ana", "PROPN", "compound", 3, "NNP"), ("Ruiz", "ruiz", "PROPN", "nsubj", 4, "NNP"),
    ("met", "meet", "VERB", "ROOT", 4, "VBD"), ("Moss", "moss", "PROPN", "dobj", 4, "NNP"),
    (".", ".", "PUNCT", "punct", 4, "."),
    ("Moss", "moss", "PROPN", "nsubj", 8, "NNP"), ("praised", "praise", "VERB", "ROOT", 8, "VBD"),
    ("her", "she", "PRON", "dobj", 8, "PRP"), (".", ".", "PUNCT", "punct", 8, "."),
    ("The", "the", "DET", "det", 13, "DT"), ("attorney", "attorney", "NOUN", "compound", 13, "NN"),
    ("general", "general", "NOUN", "nsubj", 14, "NN"), ("rejected", "reject", "VERB", "ROOT", 14, "VBD"),
    ("the", "the", "DET", "det", 16, "DT"), ("plan", "plan", "NOUN", "dobj", 14, "NN"),
    (".", ".", "PUNCT", "punct", 14, "."),
    ("She", "she", "PRON", "nsubj", 19, "PRP"), ("said", "say", "VERB", "ROOT", 19, "VBD"),
    ("so", "so", "ADV", "advmod", 19, "RB"), (".", ".", "PUNCT", "punct", 19, "."),
]
STARTS = [i in (0, 7, 11, 18) for i in range(len(ROWS))]


def known(title: str = "Attorney General") -> dict[str, Actor]:
    ruiz = Actor(R, "Ana Ruiz", "person")
    ruiz.roles.append(Role(title))
    return {R: ruiz, M: Actor(M, "Karl Moss", "person")}


def test_the_title_of_a_named_person_is_her_pronouns_antecedent():
    doc = parse(ROWS, {3: R, 5: M, 7: M}, known(), mentions=True, sent_starts=STARTS)
    assert titled.title_words(doc[13]) == "attorney general"
    assert titled.main_clause_subject(doc[13])
    att = attribution.table(doc)
    assert attribution.pronoun_speaker(doc, doc[18], att) == R  # not Moss, the last named subject


def test_a_title_no_one_named_holds_leaves_the_nearest_subject():
    doc = parse(ROWS, {3: R, 5: M, 7: M}, known("Governor"), mentions=True, sent_starts=STARTS)
    att = attribution.table(doc)
    assert attribution.pronoun_speaker(doc, doc[18], att) == M


def test_a_tie_between_holders_goes_to_the_first_named():
    # "President Ruiz met President Pavic . The president left ."
    rows = [("President", "president", "PROPN", "compound", 1, "NNP"), ("Ruiz", "ruiz", "PROPN", "nsubj", 2, "NNP"),
            ("met", "meet", "VERB", "ROOT", 2, "VBD"), ("President", "president", "PROPN", "compound", 4, "NNP"),
            ("Pavic", "pavic", "PROPN", "dobj", 2, "NNP"), (".", ".", "PUNCT", "punct", 2, "."),
            ("The", "the", "DET", "det", 7, "DT"), ("president", "president", "NOUN", "nsubj", 8, "NN"),
            ("left", "leave", "VERB", "ROOT", 8, "VBD"), (".", ".", "PUNCT", "punct", 8, ".")]
    actors = known("President")
    actors[P] = Actor(P, "Lev Pavic", "person")
    actors[P].roles.append(Role("President"))
    doc = parse(rows, {1: R, 4: P}, actors, mentions=True, sent_starts=[i in (0, 6) for i in range(len(rows))])
    named = attribution.table(doc).antecedents(doc)[1]
    assert titled.title_holder(doc[7], "president", named) == R


def test_a_title_with_words_of_its_own_or_in_a_reported_clause_is_no_antecedent():
    # "Moss said that's reason for the minister to resign ."
    rows = [("Moss", "moss", "PROPN", "nsubj", 1, "NNP"), ("said", "say", "VERB", "ROOT", 1, "VBD"),
            ("that", "that", "PRON", "nsubj", 3, "DT"), ("'s", "be", "AUX", "ccomp", 1, "VBZ"),
            ("reason", "reason", "NOUN", "attr", 3, "NN"), ("for", "for", "SCONJ", "mark", 9, "IN"),
            ("the", "the", "DET", "det", 7, "DT"), ("minister", "minister", "NOUN", "nsubj", 9, "NN"),
            ("to", "to", "PART", "aux", 9, "TO"), ("resign", "resign", "VERB", "relcl", 4, "VB"),
            (".", ".", "PUNCT", "punct", 1, ".")]
    doc = parse(rows, {0: M}, known(), mentions=True)
    assert titled.title_words(doc[7]) == "minister"
    assert not titled.main_clause_subject(doc[7])
    # "the former minister": words of its own
    rows2 = [("the", "the", "DET", "det", 2, "DT"), ("former", "former", "ADJ", "amod", 2, "JJ"),
             ("minister", "minister", "NOUN", "nsubj", 3, "NN"), ("left", "leave", "VERB", "ROOT", 3, "VBD")]
    assert titled.title_words(parse(rows2)[2]) == "former minister"


def test_a_holder_named_only_in_passing_is_no_antecedent():
    # "Moss met Attorney General Ruiz . The attorney general rejected the plan . She said so ."
    rows = [("Moss", "moss", "PROPN", "nsubj", 1, "NNP"), ("met", "meet", "VERB", "ROOT", 1, "VBD"),
            ("Attorney", "attorney", "PROPN", "compound", 4, "NNP"),
            ("General", "general", "PROPN", "compound", 4, "NNP"),
            ("Ruiz", "ruiz", "PROPN", "dobj", 1, "NNP"), (".", ".", "PUNCT", "punct", 1, "."),
            *ROWS[11:]]
    rows = [(w, lemma, pos, dep, head - 5 if i >= 6 else head, tag)
            for i, (w, lemma, pos, dep, head, tag) in enumerate(rows)]
    doc = parse(rows, {0: M, 4: R}, known(), mentions=True, sent_starts=[i in (0, 6, 13) for i in range(len(rows))])
    att = attribution.table(doc)
    assert attribution.pronoun_speaker(doc, doc[13], att) == M


# "The Ruritanian president said the border would stay shut ." / "The president of Ruritania said ..."
# in a story that names Ana Ruiz as Ruritania's president: she speaks, not the state.
S = "state:RUR"
ADJ_TITLE = said_sentence([("The", "the", "DET", "det", 2, "DT"), ("Ruritanian", "ruritanian", "ADJ", "amod", 2, "JJ"),
                           ("president", "president", "NOUN", "nsubj", 3, "NN")], 3)
OF_TITLE = said_sentence([("The", "the", "DET", "det", 1, "DT"), ("president", "president", "NOUN", "nsubj", 4, "NN"),
                          ("of", "of", "ADP", "prep", 1, "IN"),
                          ("Ruritania", "ruritania", "PROPN", "pobj", 2, "NNP")], 4)
OWN_WORDS = said_sentence([("The", "the", "DET", "det", 3, "DT"), ("former", "former", "ADJ", "amod", 3, "JJ"),
                           ("Ruritanian", "ruritanian", "ADJ", "amod", 3, "JJ"),
                           ("president", "president", "NOUN", "nsubj", 4, "NN")], 4)


def ruritania(holder: bool = True) -> dict[str, Actor]:
    ruiz = Actor(R, "Ana Ruiz", "person", country="RUR")
    if holder:
        ruiz.roles.append(Role("President", "RUR"))
    return {R: ruiz, S: Actor(S, "Ruritania", "state", country="RUR")}


def test_a_states_unnamed_title_speaks_as_its_holder():
    for rows, state_at, verb in ((ADJ_TITLE, {1: S, 2: S}, 3), (OF_TITLE, {3: S}, 4)):
        doc = parse(rows, state_at, ruritania(), mentions=True)
        assert attribution.speaker_of_cue(doc, doc[verb], attribution.table(doc)) == R


def test_a_title_with_words_of_its_own_or_no_known_holder_leaves_the_state():
    doc = parse(OWN_WORDS, {2: S, 3: S}, ruritania(), mentions=True)
    assert attribution.speaker_of_cue(doc, doc[4], attribution.table(doc)) == S  # a former president
    doc = parse(ADJ_TITLE, {1: S, 2: S}, ruritania(holder=False), mentions=True)
    assert attribution.speaker_of_cue(doc, doc[3], attribution.table(doc)) == S


def test_a_speaking_office_is_its_holder_not_the_person_named_last():
    # "President Ana Ruiz met Karl Moss . Moss praised her . The president said so ."
    rows = [("President", "president", "PROPN", "compound", 2, "NNP"), ("Ana", "ana", "PROPN", "compound", 2, "NNP"),
            ("Ruiz", "ruiz", "PROPN", "nsubj", 3, "NNP"), ("met", "meet", "VERB", "ROOT", 3, "VBD"),
            ("Moss", "moss", "PROPN", "dobj", 3, "NNP"), (".", ".", "PUNCT", "punct", 3, "."),
            ("Moss", "moss", "PROPN", "nsubj", 7, "NNP"), ("praised", "praise", "VERB", "ROOT", 7, "VBD"),
            ("her", "she", "PRON", "dobj", 7, "PRP"), (".", ".", "PUNCT", "punct", 7, "."),
            ("The", "the", "DET", "det", 11, "DT"), ("president", "president", "NOUN", "nsubj", 12, "NN"),
            ("said", "say", "VERB", "ROOT", 12, "VBD"), ("so", "so", "ADV", "advmod", 12, "RB"),
            (".", ".", "PUNCT", "punct", 12, ".")]
    starts = [i in (0, 6, 10) for i in range(len(rows))]
    doc = parse(rows, {2: R, 4: M, 6: M}, known("President"), mentions=True, sent_starts=starts)
    assert attribution.speaker_of_cue(doc, doc[12], attribution.table(doc)) == R  # not Moss, the last subject
    # no one the document names holds the office: read as before, like a pronoun
    doc = parse(rows, {2: R, 4: M, 6: M}, known("Governor"), mentions=True, sent_starts=starts)
    assert attribution.speaker_of_cue(doc, doc[12], attribution.table(doc)) == M

"""A participle clause fronted before its main clause takes the main clause's subject under the
speaker policy, however the parser hung it (``nlp/fronted.py``). Hand-built parses of our own
sentences."""

from __future__ import annotations

from diplograph.nlp import syntax
from diplograph.nlp.fronted import fronted_participle_subject
from diplograph.nlp.syntax import SPEAKER_SUBJECT
from docs import parse


def _dead_pact() -> list[tuple[str, str, str, str, int, str]]:
    # "Saying the pact was dead, it seems, Lee left the talks." -- the parser took "Saying" for
    # the clausal subject of "seems", itself an adverbial clause of "left"
    return [("Saying", "say", "VERB", "csubj", 6, "VBG"), ("the", "the", "DET", "det", 2, "DT"),
            ("pact", "pact", "NOUN", "nsubj", 3, "NN"), ("was", "be", "AUX", "ccomp", 0, "VBD"),
            ("dead", "dead", "ADJ", "acomp", 3, "JJ"), ("it", "it", "PRON", "nsubj", 6, "PRP"),
            ("seems", "seem", "VERB", "advcl", 9, "VBZ"), (",", ",", "PUNCT", "punct", 9, ","),
            ("Lee", "Lee", "PROPN", "nsubj", 9, "NNP"), ("left", "leave", "VERB", "ROOT", 9, "VBD"),
            ("the", "the", "DET", "det", 11, "DT"), ("talks", "talk", "NOUN", "dobj", 9, "NNS"),
            (".", ".", "PUNCT", "punct", 9, ".")]


def test_opening_participle_takes_the_main_clause_subject():
    doc = parse(_dead_pact())
    assert fronted_participle_subject(doc[0]).text == "Lee"
    assert syntax.subject_of(doc[0], SPEAKER_SUBJECT).text == "Lee"


def test_opening_participle_hung_on_the_quoted_root():
    # "Arguing that Kim lost, he said, “There is hope.”": the parser made "Arguing" the clausal
    # subject of the quoted "is" and "said" a parataxis of it
    doc = parse([("Arguing", "argue", "VERB", "csubj", 10, "VBG"), ("that", "that", "SCONJ", "mark", 3, "IN"),
                 ("Kim", "Kim", "PROPN", "nsubj", 3, "NNP"), ("lost", "lose", "VERB", "ccomp", 0, "VBD"),
                 (",", ",", "PUNCT", "punct", 6, ","), ("he", "he", "PRON", "nsubj", 6, "PRP"),
                 ("said", "say", "VERB", "parataxis", 10, "VBD"), (",", ",", "PUNCT", "punct", 10, ","),
                 ("“", "“", "PUNCT", "punct", 10, "``"), ("There", "there", "PRON", "expl", 10, "EX"),
                 ("is", "be", "AUX", "ROOT", 10, "VBZ"), ("hope", "hope", "NOUN", "attr", 10, "NN"),
                 (".", ".", "PUNCT", "punct", 10, "."), ("”", "”", "PUNCT", "punct", 10, "''")])
    assert syntax.subject_of(doc[0], SPEAKER_SUBJECT).text == "he"


def test_gerund_subject_and_participle_after_its_subject_are_not_fronted():
    # "Calling Lee a liar, however, means that Kim is angry.": the gerund is the subject
    doc = parse([("Calling", "call", "VERB", "csubj", 7, "VBG"), ("Lee", "Lee", "PROPN", "nsubj", 3, "NNP"),
                 ("a", "a", "DET", "det", 3, "DT"), ("liar", "liar", "NOUN", "oprd", 0, "NN"),
                 (",", ",", "PUNCT", "punct", 7, ","), ("however", "however", "ADV", "advmod", 7, "RB"),
                 (",", ",", "PUNCT", "punct", 7, ","), ("means", "mean", "VERB", "ROOT", 7, "VBZ"),
                 ("that", "that", "SCONJ", "mark", 11, "IN"), ("Kim", "Kim", "PROPN", "nsubj", 11, "NNP"),
                 ("is", "be", "AUX", "aux", 11, "VBZ"), ("angry", "angry", "ADJ", "ccomp", 7, "JJ"),
                 (".", ".", "PUNCT", "punct", 7, ".")])
    assert fronted_participle_subject(doc[0]) is None
    # "Threatening Kim, as Lee did, alarms Seoul, but it ...": the gerund is the subject the parser
    # hung on the subjectless root as an adverbial clause; the later conjunct's "it" is no speaker
    doc = parse([("Threatening", "threaten", "VERB", "advcl", 7, "VBG"), ("Kim", "Kim", "PROPN", "dobj", 0, "NNP"),
                 (",", ",", "PUNCT", "punct", 0, ","), ("as", "as", "SCONJ", "mark", 5, "IN"),
                 ("Lee", "Lee", "PROPN", "nsubj", 5, "NNP"), ("did", "do", "VERB", "advcl", 0, "VBD"),
                 (",", ",", "PUNCT", "punct", 0, ","), ("alarms", "alarm", "VERB", "ROOT", 7, "VBZ"),
                 ("Seoul", "Seoul", "PROPN", "dobj", 7, "NNP"), (",", ",", "PUNCT", "punct", 7, ","),
                 ("but", "but", "CCONJ", "cc", 7, "CC"), ("it", "it", "PRON", "nsubj", 12, "PRP"),
                 ("worries", "worry", "VERB", "conj", 7, "VBZ"), ("Tokyo", "Tokyo", "PROPN", "dobj", 12, "NNP")])
    assert fronted_participle_subject(doc[0]) is None
    # "Lee left the talks, saying it was dead": not opening its sentence
    doc = parse([("Lee", "Lee", "PROPN", "nsubj", 1, "NNP"), ("left", "leave", "VERB", "ROOT", 1, "VBD"),
                 (",", ",", "PUNCT", "punct", 1, ","), ("saying", "say", "VERB", "advcl", 1, "VBG"),
                 ("it", "it", "PRON", "nsubj", 5, "PRP"), ("died", "die", "VERB", "ccomp", 3, "VBD")])
    assert fronted_participle_subject(doc[3]) is None

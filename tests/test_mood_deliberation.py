"""The realis check (``nlp/mood.py``) on acts weighed or wished, not done: a verb of deliberation
("is weighing sending troops"), an adjective of eagerness over "on"/"for" ("keen on opening a
dialogue"). Hand-built parses of sentences of our own, with the packaged ``kb/irrealis.tsv``."""

from __future__ import annotations

from diplograph.nlp import mood
from diplograph.nlp.events.lexicon import irrealis_words
from docs import parse

WORDS = irrealis_words()


def test_an_act_a_verb_of_deliberation_weighs_is_not_done():
    # "Oslo is weighing sending troops to Mali."
    rows = [("Oslo", "Oslo", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
            ("weighing", "weigh", "VERB", "ROOT", 2, "VBG"), ("sending", "send", "VERB", "xcomp", 2, "VBG"),
            ("troops", "troop", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3),
            ("Mali", "Mali", "PROPN", "pobj", 5)]
    assert mood.irrealis(parse(rows)[3], WORDS) == "belief:weigh"
    # "Lima contemplated a raid on the camp."  (a noun object)
    raid = parse([("Lima", "Lima", "PROPN", "nsubj", 1), ("contemplated", "contemplate", "VERB", "ROOT", 1, "VBD"),
                  ("a", "a", "DET", "det", 3), ("raid", "raid", "NOUN", "dobj", 1, "NN")])
    assert mood.irrealis(raid[3], WORDS) == "belief:contemplate"


def test_a_phrasal_verb_of_comment_weighs_nothing():
    # "Oslo weighed in with a statement condemning Mali.": "weigh in" comments; the act stands
    rows = [("Oslo", "Oslo", "PROPN", "nsubj", 1), ("weighed", "weigh", "VERB", "ROOT", 1, "VBD"),
            ("in", "in", "ADP", "prt", 1), ("with", "with", "ADP", "prep", 1), ("a", "a", "DET", "det", 5),
            ("statement", "statement", "NOUN", "pobj", 3), ("condemning", "condemn", "VERB", "acl", 5, "VBG"),
            ("Mali", "Mali", "PROPN", "dobj", 6)]
    assert mood.believed(parse(rows)[1], parse(rows)[5], WORDS) is None


def test_an_act_an_adjective_of_eagerness_wishes_on_or_for_is_not_done():
    # "Lima is keen on opening talks with Quito."
    rows = [("Lima", "Lima", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
            ("keen", "keen", "ADJ", "acomp", 1, "JJ"), ("on", "on", "ADP", "prep", 2),
            ("opening", "open", "VERB", "pcomp", 3, "VBG"), ("talks", "talk", "NOUN", "dobj", 4, "NNS"),
            ("with", "with", "ADP", "prep", 5), ("Quito", "Quito", "PROPN", "pobj", 6)]
    doc = parse(rows)
    assert mood.irrealis(doc[4], WORDS) == "intent:keen"
    # "Lima is intent on a raid." (a noun)
    raid = parse([("Lima", "Lima", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
                  ("intent", "intent", "ADJ", "acomp", 1, "JJ"), ("on", "on", "ADP", "prep", 2),
                  ("a", "a", "DET", "det", 5), ("raid", "raid", "NOUN", "pobj", 3, "NN")])
    assert mood.irrealis(raid[5], WORDS) == "intent:intent"
    # "Lima was angry over the raid.": no adjective of eagerness, the raid is reported
    angry = parse([("Lima", "Lima", "PROPN", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1, "VBD"),
                   ("angry", "angry", "ADJ", "acomp", 1, "JJ"), ("over", "over", "ADP", "prep", 2),
                   ("the", "the", "DET", "det", 5), ("raid", "raid", "NOUN", "pobj", 3, "NN")])
    assert mood.irrealis(angry[5], WORDS) is None


def test_a_gerund_a_verb_of_deliberation_looks_into_is_not_done():
    # "Lima is looking into banning the app."
    rows = [("Lima", "Lima", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
            ("looking", "look", "VERB", "ROOT", 2, "VBG"), ("into", "into", "ADP", "prep", 2),
            ("banning", "ban", "VERB", "pcomp", 3, "VBG"), ("the", "the", "DET", "det", 6),
            ("app", "app", "NOUN", "dobj", 4, "NN")]
    assert mood.irrealis(parse(rows)[4], WORDS) == "belief:look into"
    # "Quito looked at quietly arming the militia."  (the parser strands "at" and hangs the gerund
    # on the verb)
    stranded = parse([("Quito", "Quito", "PROPN", "nsubj", 1), ("looked", "look", "VERB", "ROOT", 1, "VBD"),
                      ("at", "at", "ADP", "prep", 1), ("quietly", "quietly", "ADV", "advmod", 4),
                      ("arming", "arm", "VERB", "advcl", 1, "VBG"), ("the", "the", "DET", "det", 6),
                      ("militia", "militia", "NOUN", "dobj", 4, "NN")])
    assert mood.irrealis(stranded[4], WORDS) == "belief:look at"


def test_an_act_looked_into_as_a_noun_is_examined_not_weighed():
    # "Police are looking into the bombing.": the bombing happened
    rows = [("Police", "police", "NOUN", "nsubj", 2), ("are", "be", "AUX", "aux", 2),
            ("looking", "look", "VERB", "ROOT", 2, "VBG"), ("into", "into", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5), ("bombing", "bombing", "NOUN", "pobj", 3, "NN")]
    assert mood.irrealis(parse(rows)[5], WORDS) is None

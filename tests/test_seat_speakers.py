"""A seat of power or an armed service that speaks is that body, not its state (speech/bodies.py)."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.extensions import Mention
from diplograph.nlp.speech.attribution import USER_DATA_KEY, Attribution, attribution_of, speaker_of_cue
from diplograph.nlp.speech.bodies import body_slug
from docs import parse

KNOWN = {"state:RUS": Actor(id="state:RUS", name="Russia", kind="state", country="RUS")}


def _rows(subject: str) -> list:
    # "The <subject> said it welcomed the talks ."
    return [
        ("The", "the", "DET", "det", 1), (subject, subject, "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2), ("it", "it", "PRON", "nsubj", 4),
        ("welcomed", "welcome", "VERB", "ccomp", 2), ("the", "the", "DET", "det", 6),
        ("talks", "talk", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 2),
    ]


def test_the_seat_of_a_presidency_speaks_as_the_presidency():
    doc = parse(_rows("Kremlin"), {1: "state:RUS"}, KNOWN, mentions=True)
    att = Attribution()
    assert speaker_of_cue(doc, doc[2], att) == "org:rus-presidency"
    body = doc._.actors["org:rus-presidency"]
    assert (body.kind, body.country, body.name) == ("organization", "RUS", "Kremlin")
    # the event, claim and relation coders still read the state
    att.sentences[0] = ("org:rus-presidency", None)
    doc.user_data[USER_DATA_KEY] = att
    assert attribution_of(doc, doc[4]) == ("state:RUS", None)


def test_a_state_named_by_its_name_stays_the_speaker():
    doc = parse(_rows("Russia"), {1: "state:RUS"}, KNOWN, mentions=True)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "state:RUS"
    assert set(doc._.actors) == {"state:RUS"}


def test_an_armed_service_after_the_state_adjective_is_the_service():
    # "The Russian military said it welcomed the talks ."; the actors component reads "The Russian
    # military" as one mention of Russia
    rows = [("The", "the", "DET", "det", 2), ("Russian", "Russian", "ADJ", "amod", 2),
            *[(w, lem, pos, dep, head + 1) for w, lem, pos, dep, head in _rows("military")[1:]]]
    doc = parse(rows, {1: "state:RUS", 2: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(0, 3, 0, len("The Russian military"), "state:RUS", "The Russian military")]
    assert speaker_of_cue(doc, doc[3], Attribution()) == "org:rus-military"
    assert doc._.actors["org:rus-military"].name == "Russian military"


def test_the_phrases_of_bodies_and_of_states():
    assert body_slug("the Oval Office") == "presidency"
    assert body_slug("U.S. armed forces") == "military"
    assert body_slug("the army") is None  # no state named before the service
    assert body_slug("the Russians") is None


def test_a_states_authorities_speak_as_its_authorities():
    # "Russian authorities said it welcomed the talks ."; the actors component reads "Russian
    # authorities" as one mention of Russia (kb/speaking_bodies.tsv "authorities")
    rows = [("Russian", "Russian", "ADJ", "amod", 1), ("authorities", "authority", "NOUN", "nsubj", 2),
            *_rows("x")[2:]]
    doc = parse(rows, {0: "state:RUS", 1: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(0, 2, 0, len("Russian authorities"), "state:RUS", "Russian authorities")]
    assert speaker_of_cue(doc, doc[2], Attribution()) == "org:rus-authorities"
    assert doc._.actors["org:rus-authorities"].country == "RUS"
    assert body_slug("the authorities") is None  # no state named before them


def test_a_body_after_the_states_possessive_is_the_body():
    # "Russia 's presidential office said it welcomed the talks ."; the actors component reads only
    # "Russia" as a mention: the possessive's body still speaks, not the state
    rows = [("Russia", "Russia", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0),
            ("presidential", "presidential", "ADJ", "amod", 3), ("office", "office", "NOUN", "nsubj", 4),
            *[(w, lem, pos, dep, head + 2) for w, lem, pos, dep, head in _rows("x")[2:]]]
    doc = parse(rows, {0: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(0, 1, 0, len("Russia"), "state:RUS", "Russia")]
    assert speaker_of_cue(doc, doc[4], Attribution()) == "org:rus-presidency"
    body = doc._.actors["org:rus-presidency"]
    assert (body.kind, body.country) == ("organization", "RUS")
    assert body.name.startswith("Russia") and body.name.endswith("presidential office")


def test_a_states_government_speaks_as_its_government():
    # "Russian government said it welcomed the talks ."; the actors component reads "Russian
    # government" as one mention of Russia (kb/speaking_bodies.tsv "government"): the government
    # speaks, not the state
    rows = [("Russian", "Russian", "ADJ", "amod", 1), ("government", "government", "NOUN", "nsubj", 2),
            *_rows("x")[2:]]
    doc = parse(rows, {0: "state:RUS", 1: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(0, 2, 0, len("Russian government"), "state:RUS", "Russian government")]
    assert speaker_of_cue(doc, doc[2], Attribution()) == "org:rus-government"
    assert doc._.actors["org:rus-government"].country == "RUS"
    assert body_slug("the government") is None  # no state named before it


def test_a_seat_that_issued_a_statement_speaks_as_its_body():
    # "The Kremlin issued a statement saying the border would stay shut ."
    rows = [("The", "the", "DET", "det", 1, "DT"), ("Kremlin", "Kremlin", "PROPN", "nsubj", 2, "NNP"),
            ("issued", "issue", "VERB", "ROOT", 2, "VBD"), ("a", "a", "DET", "det", 4, "DT"),
            ("statement", "statement", "NOUN", "dobj", 2, "NN"), ("saying", "say", "VERB", "acl", 4, "VBG"),
            ("the", "the", "DET", "det", 7, "DT"), ("border", "border", "NOUN", "nsubj", 9, "NN"),
            ("would", "would", "AUX", "aux", 9, "MD"), ("stay", "stay", "VERB", "ccomp", 5, "VB"),
            ("shut", "shut", "ADJ", "acomp", 9, "JJ"), (".", ".", "PUNCT", "punct", 2, ".")]
    doc = parse(rows, {1: "state:RUS"}, KNOWN, mentions=True)
    assert speaker_of_cue(doc, doc[5], Attribution()) == "org:rus-presidency"

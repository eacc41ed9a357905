"""Unnamed people of a state who speak are an unnamed source of that state, not the state itself
(speech/unnamed.py)."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.speech.attribution import USER_DATA_KEY, Attribution, attribution_of, speaker_of_cue
from diplograph.nlp.speech.unnamed import drop_unquoted_sources
from docs import parse

KNOWN = {"state:NOR": Actor(id="state:NOR", name="Norway", kind="state", country="NOR"),
         "person:kari-berg": Actor(id="person:kari-berg", name="Kari Berg", kind="person", country="NOR")}


def _rows(head: str, lemma: str, tag: str) -> list:
    # "Norwegian <head> said the ferry had left port ."
    return [
        ("Norwegian", "Norwegian", "ADJ", "amod", 1, "JJ"), (head, lemma, "NOUN", "nsubj", 2, tag),
        ("said", "say", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4, "DT"),
        ("ferry", "ferry", "NOUN", "nsubj", 6, "NN"), ("had", "have", "AUX", "aux", 6, "VBD"),
        ("left", "leave", "VERB", "ccomp", 2, "VBN"), ("port", "port", "NOUN", "dobj", 6, "NN"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ]


def test_officials_of_a_state_speak_as_its_unnamed_source():
    doc = parse(_rows("officials", "official", "NNS"), {0: "state:NOR", 1: "state:NOR"}, KNOWN)
    att = Attribution()
    assert speaker_of_cue(doc, doc[2], att) == "group:nor-norwegian-officials"
    source = doc._.actors["group:nor-norwegian-officials"]
    assert (source.kind, source.country, source.name) == ("group", "NOR", "Norwegian officials")
    # the event, claim and relation coders still read the state
    att.sentences[0] = ("group:nor-norwegian-officials", None)
    doc.user_data[USER_DATA_KEY] = att
    assert attribution_of(doc, doc[6]) == ("state:NOR", None)


def test_a_modifier_naming_the_state_of_investigators():
    # the head has no actor of its own: "Norwegian" names the state
    doc = parse(_rows("investigators", "investigator", "NNS"), {0: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "group:nor-norwegian-investigators"


def test_the_state_government_stays_the_state():
    doc = parse(_rows("government", "government", "NN"), {0: "state:NOR", 1: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "state:NOR"
    assert set(doc._.actors) == set(KNOWN)


def test_a_named_official_speaks_himself():
    # "Norwegian official Kari Berg said the ferry had left port ."
    rows = [("Norwegian", "Norwegian", "ADJ", "amod", 1, "JJ"), ("official", "official", "NOUN", "compound", 3, "NN"),
            ("Kari", "Kari", "PROPN", "compound", 3, "NNP"), ("Berg", "Berg", "PROPN", "nsubj", 4, "NNP"),
            *[(w, lem, pos, dep, head + 2, tag) for w, lem, pos, dep, head, tag in _rows("x", "x", "NN")[2:]]]
    doc = parse(rows, {0: "state:NOR", 2: "person:kari-berg", 3: "person:kari-berg"}, KNOWN)
    assert speaker_of_cue(doc, doc[4], Attribution()) == "person:kari-berg"


def test_the_one_holder_of_an_office_is_no_unnamed_source():
    # "Norway's diplomat said the ferry had left port ." (a possessive names an office's holder)
    rows = [("Norway", "Norway", "PROPN", "poss", 2, "NNP"), ("'s", "'s", "PART", "case", 0, "POS"),
            *[(w, lem, pos, dep, head + 1, tag)
              for w, lem, pos, dep, head, tag in _rows("diplomat", "diplomat", "NN")[1:]]]
    doc = parse(rows, {0: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[3], Attribution()) == "state:NOR"


def test_a_source_that_credits_no_quote_is_forgotten():
    doc = parse(_rows("officials", "official", "NNS"), {0: "state:NOR", 1: "state:NOR"}, KNOWN)
    speaker_of_cue(doc, doc[2], Attribution())
    assert "group:nor-norwegian-officials" in doc._.actors
    drop_unquoted_sources(doc, [])
    assert set(doc._.actors) == set(KNOWN)


def test_a_state_outlet_named_by_its_medium_is_that_outlet():
    # "Norwegian television said the ferry had left port ."
    doc = parse(_rows("television", "television", "NN"), {0: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "media:nor-norwegian-television"
    assert doc._.actors["media:nor-norwegian-television"].country == "NOR"


def test_news_reports_of_a_state_are_its_unnamed_press():
    # "Norwegian reports said the ferry had left port .": the state's press reporting, not the state
    doc = parse(_rows("reports", "report", "NNS"), {0: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "media:nor-norwegian-reports"
    source = doc._.actors["media:nor-norwegian-reports"]
    assert (source.kind, source.country) == ("media", "NOR")


def test_one_report_of_a_state_is_left_to_its_issuer():
    # "Norwegian report said ...": one document, often the state's own; not read as its press
    doc = parse(_rows("report", "report", "NN"), {0: "state:NOR"}, KNOWN)
    assert speaker_of_cue(doc, doc[2], Attribution()) == "state:NOR"

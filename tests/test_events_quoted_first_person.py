""""I" and "we" inside a direct quote are its speaker when the clause states an act plainly
(events/parties.quoted_first_person): "“We urge Serbia to stop,” Berg said" is Berg's demand on
Serbia; "“We can reject it”" is a musing, and outside any quote the writer's "we" is no actor.
The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor, Quote
from diplograph.nlp.events import parties
from docs import parse

S, B = "state:SRB", "person:anna-berg"
KNOWN = {S: Actor(S, "Serbia", "state", "SRB"), B: Actor(B, "Anna Berg", "person", "DEU")}
P, V, N = "PUNCT", "VERB", "PROPN"


def _quoted(rows: list[tuple], serbia: int, berg: int, close: int, speaker: str | None = B):
    doc = parse(rows, {serbia: S, berg: B}, KNOWN, mentions=True)
    doc._.quotes = [Quote("q1", doc[1:close].text, (doc[1].idx, doc[close].idx), speaker=speaker)]
    return doc


# “ We urge Serbia . ” Berg said .
URGE = [("\u201c", "\u201c", P, "punct", 2, "``"), ("We", "we", "PRON", "nsubj", 2, "PRP"),
        ("urge", "urge", V, "ccomp", 7, "VBP"), ("Serbia", "Serbia", N, "dobj", 2, "NNP"),
        (".", ".", P, "punct", 2, "."), ("\u201d", "\u201d", P, "punct", 2, "''"),
        ("Berg", "Berg", N, "nsubj", 7, "NNP"), ("said", "say", V, "ROOT", 7, "VBD"), (".", ".", P, "punct", 7, ".")]
# “ We can reject Serbia . ” Berg said .
CAN = [("\u201c", "\u201c", P, "punct", 3, "``"), ("We", "we", "PRON", "nsubj", 3, "PRP"),
       ("can", "can", "AUX", "aux", 3, "MD"), ("reject", "reject", V, "ccomp", 8, "VB"),
       ("Serbia", "Serbia", N, "dobj", 3, "NNP"), (".", ".", P, "punct", 3, "."),
       ("\u201d", "\u201d", P, "punct", 3, "''"), ("Berg", "Berg", N, "nsubj", 8, "NNP"),
       ("said", "say", V, "ROOT", 8, "VBD"), (".", ".", P, "punct", 8, ".")]
# We urge Serbia .   (the writer's own voice)
PLAIN = [("We", "we", "PRON", "nsubj", 1, "PRP"), ("urge", "urge", V, "ROOT", 1, "VBP"),
         ("Serbia", "Serbia", N, "dobj", 1, "NNP"), (".", ".", P, "punct", 1, ".")]


def test_we_in_a_quote_stated_plainly_is_its_speaker():
    doc = _quoted(URGE, 3, 6, 5)
    assert parties.pronoun_actors(doc[1], doc._.mentions) == [B]


def test_a_quote_with_no_speaker_gives_none():
    doc = _quoted(URGE, 3, 6, 5, speaker=None)
    assert parties.pronoun_actors(doc[1], doc._.mentions) == []


def test_a_modal_clause_is_no_act_of_the_speaker():
    doc = _quoted(CAN, 4, 7, 6)
    assert parties.pronoun_actors(doc[1], doc._.mentions) == []


def test_the_writers_we_outside_a_quote_is_no_actor():
    doc = parse(PLAIN, {2: S}, KNOWN, mentions=True)
    assert parties.pronoun_actors(doc[0], doc._.mentions) == []

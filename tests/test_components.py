"""Every diplograph factory through ``nlp.add_pipe`` on a blank English pipeline (no model): it is
registered with a ``default_config``, declares what it assigns, builds its state once, and sets
its attributes on a hand-built Doc. The sentences are our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import diplograph.nlp.claims
import diplograph.nlp.events
import diplograph.nlp.relations
import diplograph.nlp.speech
import diplograph.nlp.time  # noqa: F401  (each import registers its factory)
from diplograph.config import COMPONENTS
from diplograph.model import Actor
from diplograph.nlp import actors
from diplograph.nlp.extensions import INFERRED_PUBLISHED, LOCATIONS
from docs import _VOCAB, parse, spaced_doc

F, D, B = "state:FRA", "state:DEU", "person:anna-berg"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
         B: Actor(B, "Anna Berg", "person", "DEU")}


def pipe(name: str, config: dict | None = None):
    nlp = spacy.blank("en", vocab=_VOCAB)
    return nlp, nlp.add_pipe(name, config=config or {})


@pytest.mark.parametrize("name", COMPONENTS)
def test_every_factory_declares_its_config_and_what_it_assigns(name: str):
    assert actors is not None
    meta = Language.get_factory_meta(name)
    assert isinstance(meta.default_config, dict)
    assert any(a.startswith("doc._.") for a in meta.assigns)


def test_actors_component_owns_its_recognizer_and_sets_locations():
    _, actors_pipe = pipe("diplograph_actors")
    assert isinstance(actors_pipe.recognizer, actors.Recognizer)
    doc = spaced_doc("France criticized Germany .", {"0:1": "GPE", "2:3": "GPE"},
                     lambda w: "PROPN" if w[0].isupper() else "VERB" if w.islower() else "PUNCT")
    doc = actors_pipe(doc)
    assert {F, D} <= set(doc._.actors) and doc[0]._.actor == F and doc[2]._.actor == D
    assert [m.actor_id for m in doc._.mentions] == [F, D]
    assert LOCATIONS in doc.user_data


def test_times_component_dates_expressions_and_infers_an_undated_documents_date():
    _, times_pipe = pipe("diplograph_times")
    assert times_pipe.matcher is not None
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
                 ("on", "on", "ADP", "prep", 1), ("March", "March", "PROPN", "pobj", 2),
                 ("3", "3", "NUM", "nummod", 3), (",", ",", "PUNCT", "punct", 3), ("2021", "2021", "NUM", "nummod", 3)],
                ents=["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"])
    doc = times_pipe(doc)
    assert [t.value for t in doc._.times] == ["2021-03-03"]
    assert doc.user_data[INFERRED_PUBLISHED][0] == "2021-03-03"


def test_quotes_component_takes_its_option_from_config():
    _, quotes_pipe = pipe("diplograph_quotes", {"indirect": False})
    assert quotes_pipe.indirect is False
    doc = parse([("“", "“", "PUNCT", "punct", 3), ("We", "we", "PRON", "nsubj", 3), ("will", "will", "AUX", "aux", 3),
                 ("sign", "sign", "VERB", "ccomp", 6), (",", ",", "PUNCT", "punct", 6), ("”", "”", "PUNCT", "punct", 6),
                 ("Berg", "Berg", "PROPN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7)], {6: B}, KNOWN,
                mentions=True)
    doc = quotes_pipe(doc)
    assert [(q.text, q.speaker) for q in doc._.quotes] == [("We will sign ,", B)]  # words are space-separated


def test_events_component_owns_its_lexicon():
    _, events_pipe = pipe("diplograph_events")
    assert events_pipe.lexicon.triggers
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("criticized", "criticize", "VERB", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "dobj", 1)], {0: F, 2: D}, KNOWN)
    doc = events_pipe(doc)
    assert [(e.type, e.source, e.target) for e in doc._.events] == [("ACCUSE", F, D)]


def test_claims_component():
    _, claims_pipe = pipe("diplograph_claims")
    doc = parse([("Trade", "trade", "NOUN", "nsubj", 1), ("rose", "rise", "VERB", "ROOT", 1),
                 ("30", "30", "NUM", "nummod", 3), ("percent", "percent", "NOUN", "dobj", 1)], {}, KNOWN)
    doc = claims_pipe(doc)
    assert [(c.value, c.unit, c.about) for c in doc._.claims] == [(30.0, "percent", "Trade")]


def test_relations_component_owns_its_matcher():
    _, relations_pipe = pipe("diplograph_relations")
    assert relations_pipe.matcher is not None
    # "France is Germany 's ally"
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                 ("Germany", "Germany", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                 ("ally", "ally", "NOUN", "attr", 1)], {0: F, 2: D}, KNOWN)
    doc = relations_pipe(doc)
    assert [(r.a, r.b, r.kind) for r in doc._.relations] == [(F, D, "alliance")]

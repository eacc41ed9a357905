"""The realis check (``nlp/mood.py``) climbs from a predicate adjective to its copula: "would be
glad to visit" is a visit still to come, as "would visit" is. Hand-built parses of sentences of our
own, with the packaged ``kb/irrealis.tsv``."""

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


def _glad(aux: list[tuple], adjective: str = "glad") -> list:
    """"Peru <aux> be <adjective> to visit Quito." (the auxiliaries hang on the copula)"""
    n = len(aux)
    return [("Peru", "Peru", "PROPN", "nsubj", n + 1, "NNP"), *aux,
            ("be" if n else "is", "be", "AUX", "ROOT", n + 1, "VB" if n else "VBZ"),
            (adjective, adjective, "ADJ", "acomp", n + 1, "JJ"), ("to", "to", "PART", "aux", n + 4, "TO"),
            ("visit", "visit", "VERB", "xcomp", n + 2, "VB"), ("Quito", "Quito", "PROPN", "dobj", n + 4, "NNP")]


def test_the_modal_of_the_copula_over_a_predicate_adjective_is_read():
    doc = parse(_glad([("would", "would", "AUX", "aux", 2, "MD")]))
    assert mood.predicate_adjective(doc[3])
    assert reasons(doc, 5) == ["modal:would"]
    future = parse(_glad([("will", "will", "AUX", "aux", 2, "MD")], adjective="happy"))
    assert reasons(future, 5) == ["future:will"]


def test_a_predicate_adjective_in_the_present_reports_nothing_more():
    # "Peru is glad to visit Quito": no modal above, the climb finds nothing
    doc = parse(_glad([]))
    assert reasons(doc, 4) == []

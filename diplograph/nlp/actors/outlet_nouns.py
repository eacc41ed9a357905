"""A name the NER took for a person or a plain organisation that a common noun of news outlets
describes in its own noun phrase is an outlet (kind media).

English news introduces an outlet the reader may not know by setting such a noun before or after
its name: "the state-run Al-Ikhbariya TV said", "Kurdish Rudaw television reported", "the media
outlet Ilam al Harbi", "the Israeli daily Haaretz", "the broadcaster NHK". The noun must belong to
the name's phrase by the parse (the name is its compound or apposition, or it the name's), so a
name that only follows the noun, "told the newspaper Jones would resign", keeps its kind.
The nouns are `kb/actor_words.tsv` class outlet_noun. ``outlet_country``: such an outlet the KB lacks
is of the state whose possessive or demonym opens its phrase ("Israel's best-selling X newspaper",
"the Israeli daily X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ...kb.gazetteer import slug
from .evidence import ORG_HEADS, possessive_org_country
from .roles import Cand, skip_fillers

OUTLET_NOUNS = WordClass("actor_words", "outlet_noun")

# The dependencies that put a noun beside a name in one noun phrase.
_SAME_PHRASE = frozenset({"compound", "appos", "nmod"})


def _inside(t: Token, s: int, e: int) -> bool:
    return s <= t.i < e


def _noun_after(doc: Doc, s: int, e: int) -> bool:
    """"Al-Ikhbariya TV said": the outlet noun right after the name heads it, and no other noun
    after it takes it as a modifier ("Trump TV interview"); a body's name, "the Communist Party
    newspaper", or one before the outlet noun and another name, owns the outlet."""
    if e >= len(doc):
        return False
    noun = doc[e]
    if noun.lower_ not in OUTLET_NOUNS or noun.is_title:
        return False  # "Al Jazeera English": a capitalised word is part of the name
    if not any(t.head.i == noun.i and t.dep_ in _SAME_PHRASE for t in doc[s:e]):
        return False
    if doc[e - 1].lower_ in ORG_HEADS or e + 1 < len(doc) and (doc[e + 1].is_title or doc[e + 1].is_upper):
        return False  # "the Communist Party newspaper People's Daily": the owner of the outlet named after it
    return not (noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN")
                and noun.head.lower_ not in OUTLET_NOUNS)


def _noun_before(doc: Doc, s: int, e: int) -> bool:
    """"the media outlet Ilam al Harbi", "the daily Haaretz": the outlet noun right before the name,
    lower case, in apposition to it or modifying it."""
    if s == 0:
        return False
    noun = doc[s - 1]
    if not noun.is_lower or noun.lower_ not in OUTLET_NOUNS:
        return False
    if noun.dep_ in _SAME_PHRASE and _inside(noun.head, s, e):
        return True
    return any(t.head.i == noun.i and t.dep_ == "appos" for t in doc[s:e])


def outlet_noun_beside(doc: Doc, s: int, e: int) -> bool:
    """Whether a common noun of news outlets describes the name ``doc[s:e]`` in its phrase."""
    return _noun_after(doc, s, e) or _noun_before(doc, s, e)


def outlet_by_noun(doc: Doc, c: Cand, inside: list[Cand]) -> None:
    """An organisation entity the KB has no part of, with an outlet noun in its phrase ("the
    state-run X TV said"), is an outlet."""
    if c.kind != "media" and not inside and outlet_noun_beside(doc, c.start, c.end):
        c.kind, c.key = "media", "media:" + slug(doc[c.start:c.end].text)


def outlet_country(doc: Doc, c: Cand, by_end: dict[int, Cand]) -> str | None:
    """The state of an outlet the KB lacks from the words before its name: a state's possessive
    ("Israel's best-selling X newspaper") or demonym ("the Israeli daily X"), past lowercase
    epithets and an outlet noun."""
    owner = possessive_org_country(doc, c, by_end)
    if owner:
        return owner
    k = skip_fillers(doc, c.start - 1, -1)
    while k >= 0 and doc[k].is_lower and doc[k].lower_ in OUTLET_NOUNS:
        k = skip_fillers(doc, k - 1, -1)
    before = by_end.get(k + 1)
    return before.country if before is not None and before.kind == "state" and before.how == "demonym" else None

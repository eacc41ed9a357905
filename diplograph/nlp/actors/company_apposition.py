"""A name the NER took for a person that an apposition calls a company is an organisation.

News introduces a little-known company by an apposition headed by a noun of businesses: "Graphika, a
company that maps networks", "Crowdstrike, a cybersecurity firm", "Leshi, a video platform". The
apposition's head noun must be the business noun itself (by the parse), so "Scott Roe, a small-arms
specialist whose company ..." and "Netanyahu, a firm Trump ally" stay persons. One-word names only: a
person's full name of two words or more is left to the NER. Nouns: `kb/actor_words.tsv` company_noun.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from .roles import Cand

COMPANY_NOUNS = WordClass("actor_words", "company_noun")


def company_apposition(doc: Doc, s: int, e: int) -> bool:
    """Whether the one-word name ``doc[s:e]`` has an indefinite apposition headed by a business
    noun right after its comma: "X, a cybersecurity firm"."""
    if e - s != 1 or e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an"):
        return False
    return any(t.dep_ == "appos" and t.head.i == s and t.lower_ in COMPANY_NOUNS and t.i > e
               for t in doc[e:min(len(doc), e + 6)])


def company_namesakes(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The other mentions of a company an apposition named ("Graphika, a company that ... Graphika
    said"): the NER's persons of the same one-word name are that organisation."""
    companies = {c.text: c for c in cands if c.kind == "organization" and company_apposition(doc, c.start, c.end)}
    return [Cand(c.start, c.end, companies[c.text].key, "organization", text=c.text)
            if c.kind == "person" and c.text in companies else c for c in cands]

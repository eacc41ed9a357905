"""Companies of ``kb/companies.tsv`` named in political news: "sued Google", "sanctioned Huawei".

A company is an actor of its home state (kind organization, CAMEO agent BUS) wherever the text names it,
except where its name only begins a longer name: a product, a paper or a place ("Google Maps",
"Apple Daily", "Microsoft Windows"), which the NER reads as one name with the next capitalised word.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer, KBActor
from .evidence import PLATFORMS

# The dependencies by which a platform's name is a party of its clause, not the channel of a message.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative"})

# Words of a company's legal name after its short name ("Apple Inc.", "Boeing Co."): still the company.
COMPANY_SUFFIXES = WordClass("actor_words", "company_suffix")


def starts_a_longer_name(doc: Doc, e: int, kb: KBActor, g: Gazetteer) -> bool:
    """``Google Maps showed``, ``Apple Daily reported``: a company's name right before a capitalised
    word that the NER takes into the same name begins the name of something else, not the company;
    a legal-form word ("Apple Inc."), a title ("Microsoft President X", "Huawei CFO X") or a word the
    NER leaves out ("Google Tuesday") keeps it."""
    if kb.id not in g.companies or e >= len(doc):
        return False
    nxt = doc[e]
    if not nxt.is_title or nxt.ent_iob_ != "I" or nxt.text in COMPANY_SUFFIXES:
        return False
    return nxt.lower_ not in g.titles and not nxt.is_upper


def is_company(key: str) -> bool:
    """A company of ``kb/companies.tsv``: its home state is no state the text names, so it neither
    places the people of its sentence nor counts towards the state a document is about ("Sen. X said
    Huawei and ZTE ..." is no Chinese senator)."""
    from ...kb.gazetteer import gazetteer

    return key in gazetteer().companies


def platform_as_channel(doc: Doc, s: int, e: int) -> bool:
    """``wrote on Twitter``, ``a Facebook post``, ``a statement on Twitter said``: a social-media platform
    named as the channel of a message is no actor; as the subject or object of its clause, ``Twitter
    refused to delete the posts``, ``Facebook said it removed``, ``the state sued Facebook``, it is the company
    (a conjunct takes its first conjunct's place: "both Facebook and Twitter said")."""
    if doc[s:e].text not in PLATFORMS:
        return False
    head = doc[e - 1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ not in _PARTY_DEPS

"""A trip whose stated aim is to fight or to join a side in a fight is no visit. "hundreds of
Britons have traveled to Syria to join the Islamic State", "charged with traveling to Iraq to fight
alongside militants", "flew to Turkey to join the jihadists": PLOVER CONSULT "visit" is a trip to
meet the host (CAMEO 042 "make a visit", 043 "host a visit"); going abroad to enlist with an armed
group or to fight names neither a host nor a meeting, so the trip is no CONSULT with the place gone
to. The aims are rows "aim LEMMA" of ``kb/figurative.tsv`` on the trip's trigger; a join whose
object is itself a meeting, "flew to Geneva to join the talks", is a visit to it and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from ...kb import WordClass
from ..syntax import is_to_infinitive

# Dependencies of a purpose infinitive on a verb ("traveled to Syria to join") or a noun ("a trip to
# Syria to join"); a verb of trying may sit between ("traveled to Syria to try to join").
_AIM_DEPS = frozenset({"advcl", "xcomp", "acl"})


def _aims(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in _AIM_DEPS and c.pos_ == "VERB" and is_to_infinitive(c):
            out.append(c)
            out += [x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and is_to_infinitive(x)]
    return out


def armed_aim(tok: Token, words: Collection[str], is_meeting: Callable[[Token], bool]) -> bool:
    """"traveled to Syria to join ISIS", "went to Iraq to fight": the trip's aim ("aim LEMMA" of
    its rows) is to fight or enlist, no visit; not a join of a meeting ("to join the talks")."""
    for aim in _aims(tok):
        if f"aim {aim.lemma_.lower()}" not in words:
            continue
        if any(o.dep_ in ("dobj", "obj") and is_meeting(o) for o in aim.children):
            continue  # "flew to Geneva to join the talks": a visit to the talks
        return True
    return False


# "on a peace conference", "toward a settlement": the complements of working at something.
_WORKED_AT = frozenset({"on", "toward", "towards"})
DIPLOMATIC_VERBS = WordClass("diplomatic_aims", "verb")
DIPLOMATIC_NOUNS = WordClass("diplomatic_aims", "noun")


def diplomatic_aim(tok: Token) -> bool:
    """"working with the US on a peace conference", "is working with Syria to prepare a plan of
    action", "working with other countries to draft a resolution", "working closely with Washington
    to bring the antagonists to the table", "work with them on brokering a deal": the joint work is
    diplomatic or political (PLOVER SUPPORT, CAMEO 05), not material cooperation (PLOVER COOPERATE,
    CAMEO 06): its purpose infinitive or its "on" complement negotiates, mediates or brokers
    (``kb/diplomatic_aims.tsv`` class verb) or works at a deal, a plan, talks, a resolution or a
    bill (class noun). "worked with the Afghan government to make sure the transfers ..." stays."""
    aims = _aims(tok)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _WORKED_AT:
            for x in c.children:
                if x.dep_ == "pcomp" and x.pos_ == "VERB":
                    aims.append(x)  # "on brokering a deal"
                elif x.dep_ == "pobj" and _diplomatic_noun(x):
                    return True
    return any(a.lemma_.lower() in DIPLOMATIC_VERBS or any(_diplomatic_noun(o) for o in _worked_at(a))
               for a in aims)


def _worked_at(aim: Token) -> list[Token]:
    """The aim's object and its prepositions' objects: "to draft a resolution", "to bring them to the table"."""
    out = [c for c in aim.children if c.dep_ in ("dobj", "obj")]
    return out + [x for p in aim.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"]


def _diplomatic_noun(noun: Token) -> bool:
    """The noun or a compound before it: "a plan of action", "a peace conference", "WTO reform"."""
    return noun.lemma_.lower() in DIPLOMATIC_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in DIPLOMATIC_NOUNS for c in noun.children)

"""A stance is no act: a verb of a standing position in the present simple of a relative clause,
"rebels who oppose Assad", "a party that supports a two-state solution", "Americans who oppose
military action", describes its noun by where it stands. PLOVER SUPPORT and REJECT code the act of
expressing a stance ("said it supports", "voiced support", "endorsed the plan"), not the
description of a person or body by one (``frames.TRIGGER_RULES``, words: ``kb/irrealis.tsv``
class stance). So does one whose subject is a share of a population, "a majority of Americans
oppose the strike", "many Iraqis credit the general" (class population-share)."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import own_subject
from ..tense import PRESENT_FINITE_TAGS, is_present_progressive
from .drafts import Climb, Step
from .realis import realis_classes

# The present simple: "who opposes", "that support"; not "who opposed" (a past act may be told)
# nor "who has backed" / "that will support" (an auxiliary tells the time or the mood).
_PRESENT_SIMPLE = PRESENT_FINITE_TAGS


def _relative_clause_verb(tok: Token) -> Token | None:
    """The head of the relative clause ``tok`` heads or is a conjunct of ("who back Assad and
    oppose the rebels")."""
    t = tok
    for _ in range(3):
        if t.dep_ == "relcl":
            return t
        if t.dep_ != "conj" or t.head.i == t.i:
            return None
        t = t.head
    return None


def stance_relative(c: Climb) -> Step | None:
    """"Syrian rebels who oppose Assad", "a centrist party that supports a Palestinian state",
    "those of us who oppose the TPP": the present simple of a verb of stance in a relative clause
    says what its noun stands for, not that it did anything (audits of 2026-12: "Americans who
    oppose U.S. military action", "an American public that opposes it" coded REJECT, both wrong).
    So does a verb of a standing relation (class relation): "Iraqi bases that host U.S. troops",
    "Saudi Arabia, which cooperates with Washington on oil", "a company that works with Total"
    describe the noun by a tie it has, not a meeting or a joint act of a day."""
    tok = c.tok
    standing = _present_stance(tok) or _present_simple(tok, "relation")
    return Step.DROP if standing and _relative_clause_verb(tok) is not None else None


def stance_progressive(c: Climb) -> Step | None:
    """"Iran is backing Assad against the rebels", "Russia and China are supporting the regime":
    the present progressive of a verb of stance tells a side a party is on while the text is
    written, a standing state of affairs, not an act of a day (audits of 2026-12-07: "Iran is
    backing Assad" coded SUPPORT, judged none). A material act in the progressive stays an event
    ("is bombing Aleppo", "is sending troops": its verb is no stance), and so does the phrasal
    "is backing down" (a particle makes another verb)."""
    tok = c.tok
    standing = (tok.lemma_.lower() in realis_classes("stance") and is_present_progressive(tok)
                and not any(x.dep_ == "prt" for x in tok.children))
    return Step.DROP if standing else None


def _present_stance(tok: Token) -> bool:
    """A verb of stance in the present simple, with no auxiliary to tell another time or a mood."""
    return _present_simple(tok, "stance")


def _present_simple(tok: Token, kind: str) -> bool:
    """A verb of ``kb/irrealis.tsv`` class ``kind`` in the present simple, with no auxiliary to
    tell another time or a mood."""
    return (tok.pos_ == "VERB" and tok.tag_ in _PRESENT_SIMPLE and tok.lemma_.lower() in realis_classes(kind)
            and not any(x.dep_ in ("aux", "auxpass") for x in tok.children))


def _population_share(subj: Token) -> bool:
    """"a majority of Americans", "two-thirds of voters", "many Iraqis", "most Germans": a share of
    a population, not a party that acts for its state."""
    shares = realis_classes("population-share")
    return subj.lower_ in shares or any(
        x.dep_ in ("amod", "det", "nummod", "quantmod") and x.lower_ in shares for x in subj.children)


def population_stance(c: Climb) -> Step | None:
    """"a majority of Americans still oppose taking in refugees", "two-thirds of voters oppose
    military involvement", "many Iraqis credit the general with the victory": the present simple of
    a verb of stance whose subject is a share of a population reports an opinion, not an act of the
    state (audits of 2026-12: "polls show most Americans oppose a strike" coded REJECT, wrong).
    ``frames.opinion_poll`` drops a poll's percentage in any tense; a share is read only here, in
    the present simple, where it cannot be a vote ("a majority of senators rejected the bill")."""
    tok = c.tok
    if not _present_stance(tok):
        return None
    subj = own_subject(tok)
    return Step.DROP if subj is not None and _population_share(subj) else None


# A possessive pronoun that names the doer's own side as owner: "his", "her", "its", "their".
_OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _owned_by_a_pronoun(obj: Token) -> bool:
    """"his policies", "his administration's deal": the first owner of the object, through a
    chain of possessives, is a possessive pronoun."""
    t = obj
    for _ in range(3):
        owner = next((x for x in t.children if x.dep_ == "poss"), None)
        if owner is None:
            return False
        if owner.lower_ in _OWN_POSSESSIVES:
            return True
        t = owner
    return False


def own_conduct(c: Climb) -> Step | None:
    """"Trump defended his performance at the summit", "Xi defended his policies", "Obama defended
    his administration's deal with Iran": a defence of the doer's own conduct or policy is a comment
    on it, not support of the party its words name (audits of 2026-12: "defended his government's
    economic stewardship" coded SUPPORT Xi -> China, wrong). Words: ``kb/irrealis.tsv`` class
    own-conduct; "defended Hagel from the criticism" (another party) stays."""
    tok = c.tok
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in realis_classes("own-conduct"):
        return None
    objects = [x for x in tok.children if x.dep_ == "dobj"]
    return Step.DROP if objects and all(_owned_by_a_pronoun(o) for o in objects) else None

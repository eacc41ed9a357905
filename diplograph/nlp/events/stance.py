"""A stance is no act: a verb of a standing position in the present simple of a relative clause,
"rebels who oppose Assad", "a party that supports a two-state solution", "Americans who oppose
military action", describes its noun by where it stands. PLOVER SUPPORT and REJECT code the act of
expressing a stance ("said it supports", "voiced support", "endorsed the plan"), not the
description of a person or body by one (``frames.TRIGGER_RULES``, words: ``kb/irrealis.tsv``
class stance). So does one whose subject is a share of a population, "a majority of Americans
oppose the strike", "many Iraqis credit the general" (class population-share). So does a verb of
stance or of a charge or its denial in the present simple heading a sentence of the body past the
lead, "India accuses Pakistan of arming the rebels, a charge Pakistan denies" (class charge):
background, where a party stands, not an act of a day (``standing_present``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..common import blank_lines_before, sentence_of
from ..syntax import is_quoted, own_subject
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
    describe the noun by a tie it has, not a meeting or a joint act of a day. So does a verb of a
    charge or its denial past the lead (class charge): "a charge Pakistan denies" (``_standing_charge``)."""
    tok = c.tok
    standing = _present_stance(tok) or _present_simple(tok, "relation") or _standing_charge(tok)
    return Step.DROP if standing and _relative_clause_verb(tok) is not None else None


def _standing_charge(tok: Token) -> bool:
    """A verb of a charge or its denial in the present simple past the lead, "the treaty, which the US
    accuses Moscow of violating", "a charge Pakistan denies": the dispute as it stands. In the lead,
    "an attack which Washington blames on Tehran" tells the day's news."""
    return _present_simple(tok, "charge") and _past_the_lead(tok)


# The paragraphs that open a stored text: its date and title lines, then the lead. A report's news
# may be told there in the present simple of a headline ("China accuses the US of bullying").
_OPENING_PARAGRAPHS = 2


def _past_the_lead(tok: Token) -> bool:
    """The token stands in a paragraph after the title and the lead (paragraphs part at a blank line)."""
    return blank_lines_before(tok.doc, tok.idx) >= _OPENING_PARAGRAPHS


def _main_clause_verb(tok: Token) -> bool:
    """The verb heads its sentence, or is a conjunct of the verb that does ("rejects the charge and
    says ..."); not a clause a speech verb reports, whose present is the speaker's. A charge the
    parse hangs as the complement of its own denial in the present ("India accuses Pakistan of X, a
    charge Pakistan denies": "accuses" under "denies") is the sentence's too."""
    t = tok
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and _present_simple(t.head, "charge"):
        return True
    return t.dep_ == "ROOT"


def _own_time(tok: Token) -> bool:
    """The verb carries a time of its own: an adverb of a narrative's order ("subsequently blames",
    class sequence) or a time expression its own clause holds ("on Monday accuses"), the mark of a
    chronology told in the historic present, not of a standing position."""
    if any(x.dep_ == "advmod" and x.lower_ in realis_classes("sequence") for x in tok.children):
        return True
    sent = sentence_of(tok)
    for time in tok.doc._.times or []:
        if not sent.start_char <= time.span[0] < sent.end_char:
            continue
        t = next((w for w in sent if w.idx >= time.span[0]), None)
        for _ in range(6):
            if t is None or t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
                break
            t = t.head
        if t is not None and t.i == tok.i:
            return True
    return False


def standing_present(c: Climb) -> Step | None:
    """"India accuses Pakistan of arming the rebels, a charge Islamabad denies", "Turkey opposes the
    Assad regime", "the German public supports Merkel": past the lead, a verb of stance or of a charge
    or its denial (``kb/irrealis.tsv`` classes stance, charge) in the present simple, heading a
    sentence in the writer's voice, tells where a party stands, background to the news, not an act of
    a day (audits of 2026-12-07: "India accuses Pakistan", "Islamabad rejects India's charge", "the
    German public supports Merkel" judged none). The news told in a headline's present in the title or
    the lead stays, and so do a speaker's present ("said it supports", quoted words), a chronology
    told in the historic present ("Saudi Arabia subsequently blames Iran": ``_own_time``) and any
    auxiliary's time or mood ("has accused", "does not deny")."""
    tok = c.tok
    if not (_present_stance(tok) or _present_simple(tok, "charge")):
        return None
    if not _past_the_lead(tok) or not _main_clause_verb(tok) or is_quoted(tok) or _own_time(tok):
        return None
    return Step.DROP


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

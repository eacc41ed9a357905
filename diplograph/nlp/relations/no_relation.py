"""Statements that state no relation (``NO_RELATION``): a relation word that modifies another noun
("enemy fire", "allied forces"), names a position ("managing partner at a firm", "friends at the
radio") or a treaty or a group, is planned, hedged, past, being reduced ("ease tension"),
unrealised ("called for sanctions") or dated long before the document.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..common import sentence_of
from ..mood import IrrealisWords, under_modal
from ..speech.attribution import actor_kind
from ..syntax import governor
from .statement import ACT_KINDS, Statement, _np_party, _words, relation_rows

# Prepositions of a gerund that speaks of an act rather than doing it ("about imposing sanctions").
TALK_PREPS = {"about", "of", "on", "over"}
# A war dated this many years before the document is history, not the present relation: in the
# corpus the dated wars 6-56 years back had all ended (Lebanon 2006, Georgia 2008, Iraq 2003), those
# 2-3 years back had not (Ukraine 2014).
WAR_IS_HISTORY = 5


def modifies_a_thing(st: Statement) -> bool:
    """"enemy fire", "allied forces", "partner organisations": the word describes another noun."""
    head = st.span[-1]
    return head.dep_ in ("compound", "amod") and not head.head._.actor and head.head.lemma_.lower() not in {
        w for words, _k, _n in relation_rows() for w in words}


def names_a_position(st: Statement) -> bool:
    """"managing partner at a firm", "our friends at the radio", "a partner with a law firm", "a
    founding partner of Teneo": a post or a circle, not a tie."""
    if st.anchor.lemma_.lower() == "partner" and any(c.lower_ in _words("post") for c in st.anchor.lefts):
        return True
    for c in st.anchor.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "in") and st.anchor.lemma_.lower() == "partner":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            aid = _np_party(st, pobj) if pobj is not None else None
            if aid is None or actor_kind(st.doc, aid) == "organization":
                return True
    return False


def names_an_agreement(st: Statement) -> bool:
    """"the Trans-Pacific Partnership", "the Eastern Partnership": a capitalised name of a treaty or
    a programme, not a tie between the actors near it."""
    head = st.span[-1]
    return (head.pos_ == "PROPN" and head.text[:1].isupper() and head.i > sentence_of(head).start
            and any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in head.lefts))


def names_an_organisation(st: Statement) -> bool:
    """"the first 'Friends of Syria' conference", "the Alliance for Securing Democracy", "Coalition of
    Syrian ...": a capitalised relation word in mid-sentence followed by of/for and a capitalised
    name is the name of a group or a forum, not a tie between the actors near it."""
    head = st.span[-1]
    doc = head.doc
    if not head.text[:1].isupper() or head.i == sentence_of(head).start or head.i + 2 >= len(doc):
        return False
    nxt = doc[head.i + 2] if doc[head.i + 2].lower_ != "the" or head.i + 3 >= len(doc) else doc[head.i + 3]
    return doc[head.i + 1].lower_ in ("of", "for") and nxt.text[:1].isupper()


def is_intended(st: Statement) -> bool:
    """"sought to forge new defense partnerships with Australia", "hopes to establish ties": a tie
    still to be founded is a plan, not a relation."""
    gov = governor(st.anchor)
    return (gov is not None and gov.lemma_.lower() in _words("founding_verb") and gov.dep_ == "xcomp"
            and gov.head.lemma_.lower() in _words("intent_verb"))


def is_infinitive(st: Statement) -> bool:
    """"would welcome an opportunity to partner with the U.S.", "hopes to ally with": a tie verb in the
    infinitive of a noun or of a verb of intent is an opportunity or a wish, not a tie that holds
    ("were forced to ally with Israel" states one)."""
    verb = st.span[-1]
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return verb.head.pos_ == "NOUN" or verb.head.lemma_.lower() in _words("intent_verb")


def is_hedged(st: Statement) -> bool:
    """"is unlikely to be a close friend", "if not allies of Putin", "are no longer enemies", "if North
    Korea intends to start a war", "would launch a war": a hedge, a condition or a modal over the
    relation word's clause (a few heads up)."""
    hedges, modals = _words("hedge"), IrrealisWords(modals=_words("modal"))
    left = st.span.doc[max(0, st.span[0].left_edge.i - 2):st.span.start]  # "if not allies", "no longer enemies"
    if any(t.lower_ in hedges and not _numbered(t) for t in left):
        return True
    # an act under a modal ("would be willing to launch a war", "could impose sanctions") is a
    # possibility; a tie stays one ("the partnership would make ties worse")
    act = st.kind in ACT_KINDS
    cur = st.anchor
    for _ in range(4):
        if cur.lemma_.lower() in hedges or any(
                c.lower_ in hedges and c.dep_ in ("mark", "acomp", "neg", "advmod") for c in cur.children):
            return True
        if act and under_modal(cur, None, modals) is not None:  # the one modal check (syntax)
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _numbered(tok: Token) -> bool:
    """"No. 1 ally": "No" as the abbreviation of number, not a negation."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text.startswith("No") and (tok.lower_ == "no." or nxt is not None and (nxt.text == "." or nxt.like_num))


def is_past(st: Statement) -> bool:
    """"former allies", "his former business partner", "a one-time rival", "the Taliban, once
    the IMU's ally": a tie that has ended is no relation now."""
    past = _words("past")
    anchor = st.anchor
    before = anchor.doc[anchor.left_edge.i:anchor.i]
    words = {t.lower_ for t in before} | {c.lower_ for c in anchor.children if c.dep_ == "advmod"}
    hyphened = {f"{a.lower_}-{b.lower_}" for a, b in zip(before, before[2:], strict=False) if a.nbor(1).text == "-"}
    return bool((words | hyphened) & past)


def is_lowered(st: Statement) -> bool:
    """"reduce tension", "ease tensions with X": the object of a verb that lowers it; also "work
    together to de-escalate tensions" where the parser splits the verb into modifiers of the noun."""
    if st.kind != "rivalry":
        return False
    gov = governor(st.anchor)
    if gov is not None and gov.lemma_.lower() in _words("mitigating_verb"):
        return True
    before = st.doc[max(sentence_of(st.anchor).start, st.anchor.i - 4):st.anchor.i]
    return any(t.lower_ == "de" and t.i + 2 < st.anchor.i and t.nbor(1).text == "-"
               and f"de-{t.nbor(2).lemma_.lower()}" in _words("mitigating_verb") for t in before)


def is_unrealised(st: Statement) -> bool:
    """"called for sanctions on Iran", "threatened war with", "the risk of a war with Iran", "avert a
    war with", "urged the EU to impose sanctions on": an act demanded, threatened, feared or averted
    is not one done (the events layer records the demand or the threat itself)."""
    if st.kind not in ACT_KINDS:
        return False
    unrealising = _words("unrealising")
    if st.anchor.dep_ == "pobj" and st.anchor.head.dep_ == "agent":
        return False  # "Europe, threatened by Russia's aggression": the act's own doing
    gov = governor(st.anchor)
    if gov is not None and gov.lemma_.lower() in _words("starting_verb"):
        if gov.dep_ == "pcomp" and gov.tag_ == "VBG" and gov.head.lower_ in TALK_PREPS:
            return True  # "a consensus about imposing sanctions", "talk of launching a war": the idea of it
        if gov.dep_ in ("xcomp", "ccomp"):
            gov = gov.head  # "threatened to impose sanctions", "urged X to launch a war" ("to toughen" them: in force)
    return gov is not None and (gov.lemma_.lower() in unrealising or gov.lower_ in unrealising)


def _year_before(tok: Token, year: str, by: int = 1) -> bool:
    """A year at least ``by`` years before the document's ``year``."""
    return (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20") and tok.text.isdigit()
            and year.isdigit() and int(tok.text) <= int(year) - by)


def is_dated_past(st: Statement) -> bool:
    """"the 2003 invasion of Iraq" (in 2015), "the 2006 war in Lebanon", "the invasion of Iraq in 2003",
    "a U.S. ally until 1979": a war
    dated ``WAR_IS_HISTORY`` years or more before the document, or any tie that lasted until an
    earlier year. ("Russia's 2014 invasion of Ukraine", written in 2017, is a conflict still.)"""
    year = (st.doc._.published or "")[:4]
    anchor = st.anchor
    modifiers = st.doc[anchor.left_edge.i:anchor.i]
    if st.kind == "conflict" and any(_year_before(t, year, WAR_IS_HISTORY) for t in modifiers):
        return True
    # "the US-led invasion of Iraq in 2003", "went to war with Iraq in 2003": dated by a phrase of the
    # act, of its object or of the verb it is the object of
    dated = [anchor, *[p for c in anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]]
    if (gov := governor(anchor)) is not None:
        dated.append(gov)
    if st.kind == "conflict" and any(c.dep_ == "prep" and c.lower_ in ("in", "during")
                                     and any(_year_before(p, year, WAR_IS_HISTORY) for p in c.children
                                             if p.dep_ == "pobj") for h in dated for c in h.children):
        return True
    holders = [anchor, *([anchor.head] if anchor.dep_ in ("attr", "appos") else [])]
    return any(c.dep_ == "prep" and c.lower_ == "until" and any(_year_before(t, year) for t in c.subtree)
               for h in holders for c in h.children)


NO_RELATION: tuple[Callable[[Statement], bool], ...] = (modifies_a_thing, names_a_position, names_an_agreement,
                                                         names_an_organisation,
                                                         is_intended, is_infinitive, is_hedged, is_past, is_lowered,
                                                         is_unrealised, is_dated_past)

"""A denial answers whoever made the claim it denies: "Britain blamed Russia for the poisoning.
Moscow denied the accusations" is a REJECT of Britain (PLOVER REJECT: a party rejects another's
proposal, demand or accusation; the rejected party is the recipient). One of the event coder's
outcome rules (``outcomes.OUTCOME_RULES``), read for a REJECT of a claim noun ("denied the
allegations") whose phrase named no maker: a maker on the noun, "the US accusations", "allegations
by Britain", is the trigger's own target already (``roles``). Its words are ``kb/denied_claims.tsv``
(``denied_claims``).

Read too for a denial of an act ("denied any involvement", ``kb/speech_acts.tsv`` pos A) and, through
``speech_acts``, of a gerund or an own clause ("denied meddling", "denied that it used").

Rules, in order (the first that names an accuser wins):
- ``earlier_accuser``: the nearest verb of accusing before the denial, in its sentence or the four
  before, whose accused is the one who denies ("The United States accused China of hacking ...
  Beijing has repeatedly denied the accusations"; the accuser's quoted words and background often
  stand between: "Pakistan accused India of ... “…,” Khan said. “…” India denied those allegations").
- ``earlier_claim_maker``: the nearest claim noun before the denial, in its sentence or the four
  before, whose own clause is about the denier, and whose maker the noun's phrase names or a verb of
  making takes it ("allegations by U.S. intelligence agencies that Russia tried to sway the vote ...
  The Russian government has denied the allegations"; "Britain released a report that found Moscow
  had hacked ... Moscow denied the report").
- ``apposed_claim_maker``: a claim noun set after the clause it sums up, the denial its relative
  clause ("Nelson said Cruz had impugned Hagel, a claim Cruz denied"): whoever states that clause.
The accuser is never the denier's own side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..common import speech_verbs, window_start
from ..syntax import DIRECT_OBJECT_DEPS, LOGICAL_SUBJECT, agents, is_passive, subject
from .lexicon import Lexicon, object_tokens
from .parties import np_actors, one_side

# How many sentences before the reply's own the request it answers may stand (the reply's paragraph).
SENTENCES_BACK = 2
# How many before a denial's own its accusation may stand: a report gives the accusation, then the
# accuser's quoted words or the background ("In a series of tweets, Trump held ... responsible"), and
# only then the accused's denial. The accused must be the denier, so a wider look back stays safe.
ACCUSATION_SENTENCES_BACK = 4
# Dependents that hold what an accusing verb says happened: "claimed that Iran sent ...".
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


class _Denial(Protocol):
    """What the rule reads and fills of a draft event (``drafts.Draft``)."""

    type: str
    sources: list[str]
    targets: list[str]
    negated: bool


def earlier_accuser(claim: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Trump accused Schiff of leaking the memo. Schiff denied the allegation": the subject of the
    nearest accusing verb (``kb/denied_claims.tsv``) before the denial, in its sentence or the four
    before (``ACCUSATION_SENTENCES_BACK``), whose accused is the denier or the denier's state."""
    return earlier_maker(claim, denier, actors, lex, denied_claims("accusing"), denied_claims("accused_on"),
                         sentences_back=ACCUSATION_SENTENCES_BACK)


def earlier_maker(anchor: Token, responder: str, actors: dict, lex: Lexicon, verbs: frozenset[str],
                  on_verbs: frozenset[str] = frozenset(), nearest_only: bool = False,
                  sentences_back: int = SENTENCES_BACK) -> list[str]:
    """Who made the act a response answers: the subject (a passive's agent) of the nearest verb of
    ``verbs`` before ``anchor``, in its sentence or the ``sentences_back`` before, addressed to the responder or
    its state (its object, passive subject or the subject of its clause; for ``on_verbs`` also the
    object of "on"), beyond the responder's own side. ``nearest_only``: the nearest such verb
    answers, named maker or not ("Asked by reporters, he declined" names no one)."""
    start = window_start(anchor, sentences_back)
    mentions = anchor.doc._.mentions or []
    for tok in reversed(anchor.doc[start:anchor.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        addressed = [a for t in _accused(tok, on_verbs) for a in np_actors(t, mentions)]
        if not any(one_side(actors, a, responder) for a in addressed):
            continue
        makers = [a for t in _accusers(tok, lex) for a in np_actors(t, mentions)]
        makers = [a for a in makers if not one_side(actors, a, responder)]
        if makers or nearest_only:
            return makers
    return []


def answered_accuser(d: _Denial, tok: Token, lex: Lexicon) -> bool:
    """Name the recipient of a REJECT of a claim ("denied the allegations") by the first of
    ``ACCUSER_RULES`` that finds its maker."""
    if d.type != "REJECT" or d.targets or d.negated or not d.sources:
        return False
    denied = denied_claims("claim") | denied_act_nouns()
    claim = next((o for o in object_tokens(tok) if o.lemma_.lower() in denied), None)
    if claim is None:
        return False
    actors = tok.doc._.actors or {}
    accusers = next((found for rule in ACCUSER_RULES if (found := rule(claim, d.sources[0], actors, lex))), [])
    d.targets = list(accusers)
    return bool(accusers)


@per_folder
def denied_act_nouns() -> frozenset[str]:
    """The acts a denial takes as its object, ``kb/speech_acts.tsv`` pos A ("denied any
    involvement", "denied collusion"): denying the act one was accused of answers the accuser as
    denying the accusation does ("The US accused Iran of the attack. Iran denied any
    involvement": a REJECT of the United States)."""
    return frozenset(r["word"] for r in load_table("speech_acts") if r["pos"] == "A")


# How a claim noun stands beside the clause it sums up: "India accuses Pakistan of arming the rebels,
# a charge Pakistan denies" (the parser hangs the noun on a word of that clause in one of these ways).
# (or as the object of its verb of saying, "Moreau said Berg had lied, a claim Berg denied", or of its
# verb of making, "Britain published a report Moscow denied").
_APPOSED_DEPS = frozenset({"appos", "npadvmod", "dep", "dobj"})
# How far up from the claim noun the main verb of the clause it sums up may be.
_APPOSED_STEPS = 8


def apposed_claim_maker(claim: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Nelson said Cruz had impugned Hagel's patriotism, a claim Cruz denied", "the Obama
    administration expelled 35 diplomats over the hacking, accusations Moscow denied": a claim noun
    set after a clause, with the denial as its relative clause, sums that clause up, and whoever
    states it made the claim: the subject (a passive's agent) of the clause's main verb, above any
    reported clause ("said Cruz had impugned": Nelson, not Cruz; "It also claims Cohen met Russians,
    a charge he denied": the dossier, no actor, not Cohen), when it names an actor beyond the
    denier's own side."""
    if claim.dep_ not in _APPOSED_DEPS or not _denied_in_relative(claim, denier, actors):
        return []
    tok, steps, main = claim, 0, None
    while tok.head.i != tok.i and steps < _APPOSED_STEPS:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in ("VERB", "AUX"):
            main = tok
    if main is None or main.head.i != main.i:
        return []  # the clause is not the sentence's own
    mentions = claim.doc._.mentions or []
    stating = agents(main) if is_passive(main) else [c for c in main.children if c.dep_ in ("nsubj", "csubj")]
    return [a for t in stating if _names_itself(t) for a in np_actors(t, mentions) if not one_side(actors, a, denier)]


def _denied_in_relative(claim: Token, denier: str, actors: dict) -> bool:
    """"a charge Pakistan denies": the noun's relative clause has the denier (or its side) as subject."""
    mentions = claim.doc._.mentions or []
    return any(s.dep_ in ("nsubj", "csubj") and any(one_side(actors, a, denier) for a in np_actors(s, mentions))
               for c in claim.children if c.dep_ == "relcl" for s in c.children)


# How a claim noun holds the clause that says what it claims: "allegations that Russia hacked" (acl),
# "a report that found Moscow had hacked" (its relative clause, with a clause of its own below).
_CLAIM_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# Prepositions that name a claim noun's maker in its own phrase: "allegations by Britain", "claims from Kyiv".
_MAKER_PREPS = frozenset({"by", "from"})


def earlier_claim_maker(anchor: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Trump dismissed allegations by U.S. intelligence agencies that Russia hacked the election. ...
    Moscow denied the allegations": the nearest claim noun (``kb/denied_claims.tsv`` claim) before the
    denial, in its sentence or the four before, whose clause's subject (or "against" phrase) is the
    denier or its side, was made by the maker its own phrase names (possessor, modifier, "by"/"from"),
    else by the subject of a verb of making that takes it (class making: "Britain released a report
    that found Moscow had hacked"); never one who dismisses it ("Trump dismissed allegations")."""
    start = window_start(anchor, ACCUSATION_SENTENCES_BACK)
    mentions = anchor.doc._.mentions or []
    for tok in reversed(anchor.doc[start:anchor.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in denied_claims("claim"):
            continue
        if not any(one_side(actors, a, denier) for t in _claimed_about(tok) for a in np_actors(t, mentions)):
            continue
        makers = [a for t in _claim_makers(tok) for a in np_actors(t, mentions) if not one_side(actors, a, denier)]
        if makers:
            return list(dict.fromkeys(makers))
    return []


def _claimed_about(noun: Token) -> list[Token]:
    """Whom a claim noun's own phrase accuses: the subject of its clause ("allegations that Russia
    hacked"), of a clause that clause reports ("a report that found Putin meddled"), or the object of
    "against" ("charges against Manafort")."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in _CLAIM_CLAUSE_DEPS:
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in ("that", "which")]
            out += [s for cc in c.children if cc.dep_ in _CLAUSE_DEPS
                    for s in cc.children if s.dep_ in ("nsubj", "nsubjpass")]
        elif c.dep_ == "prep" and c.lower_ == "against":
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _claim_makers(noun: Token) -> list[Token]:
    """Who made a claim: its possessor or naming modifier ("Britain's allegation", "U.S. accusations"),
    its "by"/"from" phrase, else the subject of a verb of making whose object it is ("Britain leveled
    the charge", "the services released a report"); only phrases that name their actor themselves."""
    own = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c._.actor]
    own += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _MAKER_PREPS
            for o in p.children if o.dep_ == "pobj"]
    if own:
        return own
    verb = noun.head
    if noun.dep_ not in DIRECT_OBJECT_DEPS or verb.pos_ != "VERB" or verb.lemma_.lower() not in denied_claims("making"):
        return []
    subj, passive = subject(verb, LOGICAL_SUBJECT)
    found = agents(verb) if is_passive(verb) else ([subj] if subj is not None and not passive else [])
    return [t for t in found if _names_itself(t) or _named_by_modifier(t)]


def _named_by_modifier(head: Token) -> bool:
    """"U.S. intelligence services", "Britain's foreign ministry": a noun a name modifies, though the
    mention covers only the name."""
    return any(c.dep_ in ("compound", "amod", "poss") and c._.actor for c in head.children)


def earlier_assertion(anchor: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Saudi Arabia has said Iran was responsible ... Iranian officials have denied involvement":
    the speaker of the nearest verb of asserting (``kb/denied_claims.tsv`` asserting) before the
    denial, in its sentence or the four before, whose reported clause has the denier or its side as
    subject, the subject itself naming it ("Resumption of U.S. aid would not occur" is about no party),
    made the claim denied. The nearest such verb answers, named speaker or not ("A probe
    found that Iran ..." names no one; a speaker further back said something else); not a clause that
    itself reports speech ("Lee said Iran insisted ...": Iran's words), not an indefinite source that
    names no one ("a diplomat said"), and not when the denied claim names its own maker ("denied
    allegations by Kyiv": the maker is the noun's, ``roles``)."""
    if _own_maker(anchor):
        return []
    start = window_start(anchor, ACCUSATION_SENTENCES_BACK)
    mentions = anchor.doc._.mentions or []
    speech = denied_claims("asserting") | denied_claims("denying") | frozenset(speech_verbs())
    for tok in reversed(anchor.doc[start:anchor.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in denied_claims("asserting"):
            continue
        about = [s for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() not in speech
                 for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and (s._.actor or _named_by_modifier(s))]
        if not any(one_side(actors, a, denier) for t in about for a in np_actors(t, mentions)):
            continue
        speakers = [t for t in _accusers(tok, lex)
                    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
        return list(dict.fromkeys(a for t in speakers for a in np_actors(t, mentions)
                                  if not one_side(actors, a, denier)))
    return []


def _own_maker(claim: Token) -> bool:
    """"allegations by Kyiv", "Britain's claim": the claim noun names who made it (a "by"/"from"
    phrase counts whether or not its name became an actor: the maker is that one, no other; so does a
    "by" phrase the parser hangs on the active verb whose object the noun is, "denied allegations by
    Kiev", an active verb having no agent of its own)."""
    holders = [claim]
    if claim.dep_ in DIRECT_OBJECT_DEPS and not is_passive(claim.head):
        holders.append(claim.head)
    return any(c.dep_ == "poss" and c._.actor for c in claim.children) or any(
        o.dep_ == "pobj" for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _MAKER_PREPS
        for o in p.children)


ACCUSER_RULES: tuple[Callable[[Token, str, dict, Lexicon], list[str]], ...] = (
    earlier_accuser, earlier_claim_maker, apposed_claim_maker, earlier_assertion,
)


@per_folder
def _denied_claims() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in load_table("denied_claims"):
        out.setdefault(r["class"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def denied_claims(cls: str) -> frozenset[str]:
    """The words of one class of ``kb/denied_claims.tsv``: claim (the nouns a denial denies),
    accusing (the verbs that make a claim), accused_on ("blamed the attacks on Iran" names the
    accused after "on")."""
    return _denied_claims().get(cls, frozenset())


def _accused(verb: Token, on_verbs: frozenset[str]) -> list[Token]:
    """Whom an accusing (or asking) verb accuses: its object ("accused Schiff of", "offered Kyiv a
    loan"), its passive subject ("Iran was blamed"), the subject of the clause it reports ("alleged
    that Russia hacked"), or for "blame" the object of "on" ("attacks Washington blamed on Tehran")."""
    out = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in ("nsubjpass", "dative")]
    if verb.lemma_.lower() in on_verbs:
        out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                for o in p.children if o.dep_ == "pobj"]
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS:
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


def _accusers(verb: Token, lex: Lexicon) -> list[Token]:
    """Who accuses: the subject of an active verb, the "by" phrase of a passive one; only a phrase
    that names its actor itself ("Ukraine and its Western allies accused"), not a description the
    context resolves ("Officials also alleged that the firm defrauded the Libyan government" is no
    accusation by Libya)."""
    if is_passive(verb):
        found = agents(verb)
    else:
        subj, passive = subject(verb, LOGICAL_SUBJECT)
        found = [subj] if subj is not None and not passive else []
    return [t for t in found if _names_itself(t)]


def _names_itself(head: Token) -> bool:
    """A name ("Ukraine", "Sarah Sanders") or a noun a name modifies ("the U.S. intelligence
    community", "Russian officials"), not a bare description ("Officials")."""
    if not head._.actor:
        return False
    return head.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod", "poss") and c._.actor for c in head.children)

"""What the climb of ``frames`` makes of an event once the words governing its trigger are read:
its mood (``mood.irrealis``: "will visit", "fear that they will meet"), and the first of
``OUTCOME_RULES`` that applies: an intended cooperative act is an agreement to do it, an
announced hostile act a threat, a failed agreement a refusal, a meeting still to come in no one's
words stays hypothetical.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..mood import irrealis_reasons
from ..syntax import SUBJECT_DEPS, is_negated, subject
from .declared import declared_withdrawal
from .denials import answered_accuser
from .drafts import MATERIAL_CONFLICT, Draft, country_of
from .inferred import inferred_hostility
from .lexicon import COOPERATIVE, Lexicon
from .narration import told_by_an_outlet
from .parties import np_actors
from .realis import EVENT_NOUN_RULES
from .responses import answered_request
from .weapons import weapon_test

# Intended cooperative events become AGREE ("will visit" is a promise to meet).
_INTENT_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                 "CONCEDE": "035", "RETREAT": "035", "AGREE": None}

# Irrealis reasons (mood.irrealis) that state the agent's own intention ("will visit", "said
# they would boycott", "is going to meet", "plans to"), not a conjecture of the writer ("potential
# airstrikes", "fear that Iran will attack", "could strike") or an act proposed for another.
_INTENTION_REASONS = ("future:", "modal:would", "modal:shall", "intent:")
# a schedule or a pursuit, not a wish ("wants talks"): "seeks to negotiate new deals with Japan" tells
# what the agent is after, in no one's words, as "plans to" does; no statement of intent (CAMEO 036)
_NARRATED_PLANS = ("future:", "intent:plan", "intent:intend", "intent:aim", "intent:seek")
_REPORTED_FUTURE = ("modal:would",)
# a wish or plan the writer ascribes to the agent ("the UK wants to agree a partnership", "seeks to
# negotiate trade deals"): a state of mind, not the party's statement of intent on an occasion
_NARRATED_WISHES = ("intent:want", "intent:wish", "intent:desire", "intent:plan", "intent:intend",
                    "intent:aim", "intent:seek")


def _own_agent(tok: Token) -> bool:
    """The intention is stated of a subject of its own clause ("Xi will visit", "the Secretary
    wants to help Israel", "will hold talks"), not of a participle's noun ("Americans planning to
    travel") or a speaker the parser lent it ("would help to grease the skids, Trump tweeted")."""
    t = tok
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "acomp", "conj", "dobj", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _intended(d: Draft) -> bool:
    """The agent's own intention: "will visit", "plans to", "is going to"; "would" only as the
    future of a report by the agent itself ("said it would boycott"), not in another's words
    ("questioned why the United States would work with Russia")."""
    if d.irrealis is None:
        return True
    if not d.irrealis.startswith(_INTENTION_REASONS) or "+" in d.irrealis:
        return False
    return d.announced or not d.irrealis.startswith(_REPORTED_FUTURE)


def settle(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> Draft:
    """The event's mood, when the climb left it open, then the first outcome rule that applies."""
    if not d.negated:
        reasons = irrealis_reasons(tok, lex.irrealis, performs=lex.performs, extra=EVENT_NOUN_RULES)
        # a conjecture anywhere above outweighs an intention below ("the chance that Trump will lift")
        conjecture = next((r for r in reasons if not r.startswith(_INTENTION_REASONS)), None)
        if conjecture is None and sum(r.startswith(_INTENTION_REASONS) for r in reasons) > 1:
            conjecture = "+".join(reasons)  # "will want to negotiate": a forecast of an intention
        d.irrealis = conjecture or next(iter(reasons), None)
        d.announced = _announced_by_agent(d, tok, lex, mentions, actors)
        d.hypothetical = d.hypothetical or d.irrealis is not None
    any(rule(d, tok, lex) for rule in OUTCOME_RULES)
    return d


def conditional_threat(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"will withdraw its force unless ...": an act made conditional on the other side's is a threat."""
    if d.hypothetical and not d.negated and d.type != "THREATEN" and _on_condition(tok):
        d.type, d.cameo, d.mode, d.hypothetical = "THREATEN", "130", None, False
        return True
    return False


def refusal(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"failed to reach agreement", "would not meet their demands": a refusal (PLOVER REJECT)."""
    if d.negated and not d.not_yet and (d.type == "AGREE" or (d.hypothetical and d.type in COOPERATIVE)):
        d.type, d.cameo, d.mode, d.negated, d.hypothetical = "REJECT", "120", None, False, False
        return True
    return False


def narrated_meeting(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"The two leaders will meet in Helsinki on Monday", "Trump is set to visit Britain": a meeting
    the writer reports as still to come, in no one's words, is no expression of intent (CAMEO 036
    is a party's statement) and has not been held: it stays a hypothetical meeting. "The Kremlin
    said Putin will meet Trump" is a statement (``intended_cooperation``); "is scheduled to meet"
    is on the calendar (``arrange``), and so is a plan in no one's words, "plans to discuss cuts with
    Putin", "are preparing to meet Khan" (audits of 2026-12-06: 7 such AGREEs, all wrong); so is one
    a news outlet reports, "Reuters reports that Hollande will meet Putin" (``narration``)."""
    told = _announcing_verb(tok, lex)
    return (d.type == "CONSULT" and d.hypothetical and not d.announced
            and (d.irrealis is None or d.irrealis.startswith(_NARRATED_PLANS))
            and (told is None or told_by_an_outlet(told)))


def narrated_wish(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"The UK wants to agree a partnership with the EU", "the administration seeks to negotiate
    trade deals with Japan", "Pyongyang plans to invite experts": a cooperative act the writer says
    an agent wants, plans or seeks, in no speech of the agent's ("Lee said Corbyn wanted to meet
    Trump" is Lee's report), is no expression of intent (CAMEO 03 is a party's statement, "pledged",
    "offered", "said it will"): it stays hypothetical, as a meeting told still to come does
    (``narrated_meeting``). "Tokyo said it wants to sign" is announced (``intended_cooperation``)."""
    return (d.type in COOPERATIVE and d.hypothetical and not d.announced and d.irrealis is not None
            and d.irrealis.startswith(_NARRATED_WISHES)
            and not (_joint_agents(tok, lex) and _announcing_verb(tok, lex) is not None))


def _joint_agents(tok: Token, lex: Lexicon) -> bool:
    """The wish is of a coordinated subject ("Brazil and the United States are seeking to deepen a
    partnership, a US official said"): the co-agent is made the event's target, so ``announced``,
    read of the source alone, misses a speaker of the co-agent's side stating their joint plan. The
    subject is the one the coder reads the source from (``lex.subjects``)."""
    subj = subject(tok, lex.subjects)[0]
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


def intended_cooperation(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"will visit", "wants to help", "said it will support": an intended cooperative act is an
    agreement to do it (PLOVER AGREE, CAMEO 03 "express intent to cooperate"), and that
    expression of intent is what the text reports as done; a conjecture ("potential talks",
    "fear that they will meet") or a forecast of an intention ("will want to negotiate") is not."""
    if "nopromise" in d.flags:  # "said he will resign": no pledge to anyone (kb/events.tsv)
        return False
    if d.hypothetical and d.type in COOPERATIVE and not d.arranged and _intended(d) and _own_agent(tok):
        if d.type != "AGREE":
            d.cameo, d.type, d.mode = _INTENT_CAMEO.get(d.type), "AGREE", None
        d.hypothetical = False
        return True
    return False


def announced_hostility(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"said they would boycott", "announced it will impose a curfew": an announced hostile act is
    a threat (PLOVER THREATEN), made when announced; an unannounced plan keeps its own type."""
    if d.hypothetical and d.type in MATERIAL_CONFLICT and not d.negated and _intended(d) and _announced(tok, lex):
        d.type, d.cameo, d.hypothetical = "THREATEN", "130", not d.announced
        return True
    return False


def show_of_force(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"The army prepared to resume shelling": the readiness is itself a show of force (PLOVER
    MOBILIZE), made now; announced, it was a threat (``announced_hostility``, read first)."""
    if d.shown and d.hypothetical and not d.negated and _intended(d):
        d.hypothetical = False
        return True
    return False


# acts of force whose attempt is itself the act: a raid that fails to take the building was a raid
# (PLOVER codes "tried to hack into the computers" COERCE, "attempted to assassinate" ASSAULT)
_FORCE_ATTEMPTED = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def attempted_force(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"Militants tried to storm the embassy", "an attempt to assassinate the governor was thwarted",
    "North Korea tried to hack the ministry": an attempt at force is force used (PLOVER codes
    these ASSAULT and COERCE), so the act the verb or noun of trying governs itself, with no other
    reason to doubt it ("will try to attack"), stays an event. An act further down, "attempted to
    hire a cartel to kill the envoy", or any other kind, "was trying to finalize a deal", was
    undertaken, not done (``mood.attempted``). It settles the mood only and never ends the
    outcome rules: "tried to launch a missile but it failed" is then a weapons test."""
    if not (d.hypothetical and not d.negated and d.type in _FORCE_ATTEMPTED and d.irrealis is not None
            and d.irrealis.startswith("attempt:")):
        return False
    if tok.head.lemma_.lower() not in lex.irrealis.attempts or tok.dep_ not in ("xcomp", "acl", "advcl", "ccomp"):
        return False
    reasons = irrealis_reasons(tok, lex.irrealis, performs=lex.performs, extra=EVENT_NOUN_RULES)
    if any(not r.startswith("attempt:") for r in reasons):
        return False
    d.hypothetical = False
    return False


OUTCOME_RULES: tuple[Callable[[Draft, Token, Lexicon], bool], ...] = (
    attempted_force, conditional_threat, refusal, declared_withdrawal, narrated_meeting, narrated_wish,
    intended_cooperation, inferred_hostility, announced_hostility, show_of_force, weapon_test,
    answered_accuser, answered_request,
)


def _on_condition(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def _announced(tok: Token, lex: Lexicon) -> bool:
    return any(a.lemma_.lower() in lex.speech and a.pos_ == "VERB" for a in tok.ancestors)


# Dependencies through which a clause can be the content of a speech verb above it.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acomp", "conj", "parataxis", "dobj", "pobj", "prep", "acl", "advcl",
                           "pcomp"})


def _announcing_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The speech verb whose content clause holds ``tok``, when that clause has a subject of its
    own ("said it will support"): none through a relative clause ("Trump, who plans to meet Kim,
    said ...") or for a clause whose agent is only inherited from the speaker ("would help to
    grease ..., Trump tweeted": whose help is the parser's guess)."""
    own_subject_seen = False
    t = tok
    for _ in range(6):
        if any(c.dep_ in SUBJECT_DEPS for c in t.children):
            own_subject_seen = True
        if t.dep_ not in _CONTENT_DEPS or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in lex.speech and t.pos_ == "VERB":
            return t if own_subject_seen else None
    return None


def _announced_by_agent(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> bool:
    """"Hungary said it will support", "Portugal will support ..., President Soares said": the
    nearest speech verb over the event, itself asserted (not "hasn't suggested he'll send"), whose
    speaker is the event's source, a person or body of the source state, or unnamed ("sources
    said"); "the president said he wants Congress to support" announces nothing of Congress's."""
    verb = _announcing_verb(tok, lex)
    if verb is None or is_negated(verb) or irrealis_reasons(verb, lex.irrealis, max_up=1):
        return False
    subj, passive = subject(verb, lex.subjects)
    speakers = np_actors(subj, mentions) if subj is not None and not passive else []
    if not speakers:
        return True
    states = {country_of(actors, s) for s in d.sources if getattr(actors.get(s), "kind", None) == "state"}
    return any(s in d.sources or country_of(actors, s) in states for s in speakers)

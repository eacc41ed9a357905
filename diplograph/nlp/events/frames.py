"""Words that govern a trigger and change what it reports: "refused to join sanctions" is a
REJECT, "plans to station" an intended event, "may hope that" no event at all, "failed to reach
agreement" a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from spacy.tokens import Token

from ..mood import irrealis_reasons
from ..syntax import (
    DIRECT_OBJECT_DEPS,
    SUBJECT_DEPS,
    governor,
    is_negated,
    is_passive,
    is_to_infinitive,
    own_subject,
    subject,
)
from .addressees import addressed_parties, addressee_phrases
from .comment import declines_comment
from .denials import answered_accuser
from .lexicon import COOPERATIVE, NAMING_VERBS, Frame, Lexicon, has_to_complement, lemma_candidates
from .narration import told_by_an_outlet
from .offers import own_gift
from .parties import np_actors
from .pressing import pushed_for
from .promises import promised_type
from .questions import asked_a_question, question_content
from .realis import EVENT_NOUN_RULES, realis_classes
from .reversals import reversal_of
from .targets import clause_addressee, condition_party, pressing_party
from .telling import reports_not_directs
from .weapons import weapon_test

# Intended cooperative events become AGREE ("will visit" is a promise to meet).
_INTENT_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                 "CONCEDE": "035", "RETREAT": "035", "AGREE": None}
_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_REPROACH = frozenset({"SANCTION", "ACCUSE", "COERCE", "PROTEST", "THREATEN"})
# Trigger flags that say the act is done at home (kb/events.tsv: "home").
_HOME_FLAGS = frozenset({"home"})
# Modals: "will/would/shall" announce an intended event; the others only a possible one.
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE_MODALS = frozenset({"may", "might", "could", "can", "should", "must"})
SPECULATIVE_MARKS = frozenset({"if", "whether", "unless"})
# Verbs whose THREATEN sense needs the warner's own act ("warned that it will retaliate"); what
# they warn "against" is not reported as done ("warned against a US strike").
WARNING_VERBS = frozenset({"warn", "caution"})


@dataclass
class Draft:
    """An event before ids and deduplication."""

    type: str
    mode: str | None
    cameo: str | None
    sources: list[str]
    targets: list[str]
    anchor: Token  # the trigger (or the governing word that recoded it)
    words: str
    recip: bool = False
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)
    base: str = ""  # the trigger's own type, before a governing word recoded it
    arranged: bool = False  # on the calendar ("is scheduled to attend"): not a mere intention
    not_yet: bool = False  # "has yet to agree": not done so far, which is no refusal
    # why the text does not report the event as real ("adjective:potential", "belief:fear"; see
    # mood.irrealis), when the climb found no frame that says so
    irrealis: str | None = None
    announced: bool = False  # a speech verb of its own agent governs it ("said it will support")
    shown: bool = False  # an act of force held ready ("prepared to resume shelling"): a show of force


def modal_of(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and (c.text.lower() in INTENT_MODALS or c.text.lower() in SPECULATIVE_MODALS):
            return c.text.lower()
    return None


class Step(Enum):
    """What a rule decides about the event being climbed from."""

    STOP = "stop"  # the words further up do not bear on this event
    DROP = "drop"  # the text reports no event
    DONE = "done"  # a governing word recoded the event: ``Climb.result`` is final


@dataclass
class Climb:
    """The walk up from a trigger through the words that govern it."""

    d: Draft
    tok: Token
    lex: Lexicon
    mentions: list
    actors: dict
    result: Draft | None = None


# ---- the trigger itself
def speculative_trigger(c: Climb) -> Step | None:
    """"may attack", "if they attack", "sanctioned for supporting the war" (the charge)."""
    tok = c.tok
    speculative = modal_of(tok) in SPECULATIVE_MODALS or _marked_speculative(tok) or _is_grievance(tok, c.lex)
    return Step.DROP if speculative else None


def modal_trigger(c: Climb) -> Step | None:
    """"will visit": an intended event."""
    if modal_of(c.tok) is not None:
        c.d.hypothetical = True
    return None


def purpose_of_negated(c: Climb) -> Step | None:
    """"would not give permission to Russia to help Israel": no help is reported."""
    return Step.DROP if _purpose_of_negated(c.tok) else None


def without_gerund(c: Climb) -> Step | None:
    """"rejected the deal without offering an alternative": the offer is negated."""
    tok = c.tok
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "without":
        c.d.negated = True
    return None


def standing_position(c: Climb) -> Step | None:
    """"has long opposed the militias", "routinely criticizes NATO", "is often besieged by snipers":
    a standing position or a habit is no event of a day (kb/irrealis.tsv class habitual). "long"
    only over a perfect ("attacked long ago" is a time); a habit told in the past or perfect
    ("has often threatened") sums up acts that were done."""
    tok = c.tok
    perfect = any(x.dep_ == "aux" and x.lemma_.lower() == "have" for x in tok.children)
    for a in tok.children:
        if a.dep_ != "advmod" or a.lower_ not in realis_classes("habitual"):
            continue
        if perfect if a.lower_ == "long" else not (perfect or tok.tag_ == "VBD"):
            return Step.DROP
    return None


def opinion_poll(c: Climb) -> Step | None:
    """"62 percent of Americans oppose the deal": a share of a population in a poll does not act
    for its state (kb/irrealis.tsv class poll-share)."""
    subj = own_subject(c.tok)
    return Step.DROP if subj is not None and subj.lower_ in realis_classes("poll-share") else None


# What a verb of agreement agrees to or on: "agreed to withdraw", "agreed a deal", "agreed on a ceasefire".
_AGREEMENT_COMPLEMENTS = frozenset({"dobj", "obj", "xcomp", "prep", "dative", "attr", "oprd", "advcl", "npadvmod"})


def opinion_agreement(c: Climb) -> Step | None:
    """"Rothkopf agrees.", "the experts agreed that the situation was dire": agreeing with a view is
    no agreement between parties (kb/irrealis.tsv class concur). An agreement on an act stays:
    "agreed that the troops would leave", "agreed to withdraw", "a deal has been agreed", and so
    does an acceptance someone reports ("announced that Trump had agreed", "Carter said he agreed":
    the request it answers is in the sentence before)."""
    tok = c.tok
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in realis_classes("concur") or is_passive(tok):
        return None
    reported = tok
    while reported.dep_ == "conj" and reported.head.i != reported.i:  # "that X asked and that Y agreed"
        reported = reported.head
    if reported.dep_ == "ccomp" and not any(x.dep_ == "ccomp" for x in tok.children):
        return None
    if any(x.dep_ in _AGREEMENT_COMPLEMENTS for x in tok.children):
        return None
    views = [x for x in tok.children if x.dep_ == "ccomp"]
    if any(is_to_infinitive(v) or any(a.dep_ == "aux" and a.lower_ in INTENT_MODALS | SPECULATIVE_MODALS
                                 for a in v.children) for v in views):
        return None  # "agreed that they would withdraw": an act agreed on
    return Step.DROP


TRIGGER_RULES: tuple[Callable[[Climb], Step | None], ...] = (
    speculative_trigger, modal_trigger, purpose_of_negated, without_gerund, standing_position, opinion_poll,
    opinion_agreement, asked_a_question,
)


# ---- one governing word ``g``, reached through ``prev``
def named_not_reported(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"calling the annexation a disaster": the event is named, not reported or asked for; "called
    it a bad deal": nor is the name given to it."""
    if frame is not None and any(x.dep_ == "oprd" for x in g.children) and (
            prev.dep_ in DIRECT_OBJECT_DEPS or prev.dep_ == "oprd"):
        return Step.DROP
    return None


def named_not_requested(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"called the French visit a provocation", "called the deal with Spain a sucker's deal": a
    naming verb asks for something only through "for"/"on" ("called for talks") or an infinitive
    ("called on Iran to halt"); an event noun it takes directly is named, whatever the parser made
    of the name (an object predicate, an apposition, a second object)."""
    if frame is None or frame.effect != "request" or g.pos_ != "VERB" or g.lemma_.lower() not in NAMING_VERBS:
        return None
    return Step.DROP if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ != "pobj" else None


def warned_against(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"warned against a US strike on Syria", "cautioned against any escalation": the act warned
    against is not reported as done (17 corpus lines warn against an attack, strike, invasion,
    war, intervention, escalation or sanctions)."""
    if g.lemma_.lower() not in WARNING_VERBS or c.tok.dep_ not in ("pobj", "pcomp"):
        return None  # "warned against overreacting to the attacks": the attacks are not warned against
    prep = c.tok.head
    return Step.DROP if prep.lower_ == "against" and prep.head.i == g.i else None


def agreed_to_act(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"agreed to cooperate with the inquiry", "agreed to hold talks", "agreed to release the
    prisoners": a verb with a light sense ("agreed a deal", ``kb/event_frames.tsv`` effect light)
    and a pledge sense takes the pledge with an infinitive, and a cooperative act agreed to is the
    agreement (PLOVER AGREE, CAMEO 03 "express intent to cooperate"), not the act done. A hostile
    act agreed to ("agreed to impose sanctions") is still read as the decision reported."""
    if frame is None or frame.effect != "light" or c.d.type not in COOPERATIVE:
        return None
    if prev.dep_ != "xcomp" or prev.pos_ not in ("VERB", "AUX") or not is_to_infinitive(prev):
        return None
    pledge = c.lex.pledge(g)
    if pledge is None or subject(g, c.lex.subjects)[0] is None:
        return None  # no one named agreeing: the act is read as before (the verb codes its own AGREE)
    step = recode(c, g, prev, pledge)
    if c.result is not None and c.result.type == "AGREE":  # "agreed to provide aid to A and B": both
        parties = [t for t in c.d.targets if t not in c.result.sources]
        c.result.targets = list(dict.fromkeys([*c.result.targets, *parties]))
    return step


def reversed_act(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"ended its support for the rebels", "halted aid to Egypt": the act reversed is a SANCTION
    (``reversals.reversal_of``), climbed on from the verb ("urged Russia to end its support")."""
    outer = reversal_of(c.d, g, prev, c.lex.subjects, c.mentions)
    if outer is None:
        return None
    c.result = apply_frames(outer, g, c.lex, c.mentions, c.actors)
    return Step.DONE


def plain_governor(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """A governor that is no frame (or a light verb): reported speech and another event stop the
    climb ("said that ...": the speaker's modality does not reach inside; "lack of condemnation
    of the war": the frame is the other event's); "will hold talks": the light verb's modal."""
    if frame is not None and frame.effect != "light":
        return None
    light_object = frame is not None and prev.dep_ in DIRECT_OBJECT_DEPS  # "declared a ceasefire"
    if g.lemma_.lower() in c.lex.speech and g.pos_ == "VERB" and not light_object:
        return Step.STOP
    if c.lex.match(g) is not None:
        return Step.STOP
    if light_object and modal_of(g) in INTENT_MODALS:
        c.d.hypothetical = True
    return None


def frame_effect(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """A frame word's effect (``kb/event_frames.tsv``), from ``FRAME_EFFECTS``."""
    if frame is None or frame.effect == "light" or perpetrated(g, frame):
        return None
    effect = FRAME_EFFECTS.get(frame.effect)
    return effect(c, g, prev, frame) if effect is not None else None


# Pledge verbs with a second sense, to perpetrate: "committed atrocities", "committed acts of war
# against the US", "committed a crime in his conversation with the envoy" report the act as done.
PERPETRATION_VERBS = frozenset({"commit"})


def perpetrated(g: Token, frame: Frame) -> bool:
    """A promise frame is a pledge only with what it binds to after "to" ("committed to sending
    troops", "committed $1 billion to Kyiv"); without it the governed act was done, and the climb
    goes on above it as above a plain verb ("denied committing war crimes")."""
    return frame.effect == "promise" and g.lemma_.lower() in PERPETRATION_VERBS and not has_to_complement(g)


def governing_verb_modality(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"may want to meet" drops the event; "did not want to meet" and "has yet to meet" negate it."""
    if g.pos_ not in ("VERB", "AUX"):
        return None
    if modal_of(g) in SPECULATIVE_MODALS or _marked_speculative(g):
        return Step.DROP
    if prev.dep_ in ("xcomp", "dobj", "pobj") and is_negated(g, yet_to=True):
        c.d.negated = True
        c.d.not_yet = c.d.not_yet or not is_negated(g)
    return None


def counterfactive(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"denied carrying out the attack", "stopped short of endorsing the plan", "fell short of
    reaching a deal": the act denied, or stopped short of, is not reported as done, and not
    refused either ("denied requests" is no such act: only a gerund's event is denied)."""
    words = realis_classes("counterfactive")
    denied = g.lemma_.lower() in words and prev.tag_ == "VBG" and prev.dep_ in ("xcomp", "dobj", "pcomp", "ccomp")
    short = g.lower_ == "short" and f"{g.head.lemma_.lower()} short" in words
    if denied or short:
        c.d.negated = c.d.not_yet = True
    return None


def told_not_directed(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"told reporters that Russia withdrew": a verb of telling reports what it does not govern
    through its infinitive; the climb stops as at any speech verb (``telling.reports_not_directs``)."""
    return Step.STOP if reports_not_directs(g, prev, frame, c.lex, c.mentions) else None


def declined_comment(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"declined to discuss the operation": a refusal to talk with no one named declines comment,
    no event (``comment.declines_comment``)."""
    return Step.DROP if declines_comment(c.d, g, prev, frame, c.mentions) else None


GovernorRule = Callable[[Climb, Token, Token, Frame | None], Step | None]
GOVERNOR_RULES: tuple[GovernorRule, ...] = (
    named_not_reported, named_not_requested, warned_against, question_content, counterfactive, agreed_to_act,
    told_not_directed, reversed_act, plain_governor, pushed_for, declined_comment, frame_effect,
    governing_verb_modality,
)


# ---- frame effects
def speculate(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"hoped that", "considering": no event is reported."""
    return Step.DROP


def negate(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"failed to reach", "prevented an attack": the event did not happen."""
    c.d.negated = True
    return None


def arrange(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"is scheduled to attend", "is set to meet", "is due to visit": on the calendar, so no one's
    stated intention (no AGREE), and not held yet: a hypothetical event (PLOVER codes what
    happened; the audits judged such meetings coded as held no event). PETRARCH's unit sentences
    code the meeting itself; the gate's floor says so. "scheduled a meeting with", "set up a dinner
    with": an event noun arranged is on the calendar as well."""
    if prev.dep_ == "xcomp" or (prev.dep_ in DIRECT_OBJECT_DEPS and prev.pos_ == "NOUN"):
        c.d.arranged = c.d.hypothetical = True
    return None


def intend(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"plans to station": an intended event; "prepared to resume shelling": a show of force."""
    d = c.d
    d.hypothetical = True
    if g.pos_ == "NOUN" and is_negated(g):  # "has no plans to send troops": not intended, nor refused
        d.negated = d.not_yet = True
    if frame.type and d.type in _MATERIAL_CONFLICT:
        d.type, d.cameo, d.mode, d.shown = frame.type, frame.cameo, None, True
    elif d.type == "MOBILIZE" and _disclosed(g, c.lex):  # "unveiled plans to station nuclear weapons"
        d.shown = True
    return None


def _disclosed(plan: Token, lex: Lexicon) -> bool:
    """"unveiling plans to station weapons", "approved a plan to deploy troops": a plan made public
    or adopted by a verb of disclosure (``kb/irrealis.tsv`` class disclosure) is a decision shown;
    "has no plans", "is developing a plan", "dismissed a report he is planning" are not."""
    verb = plan.head
    stem = verb.lower_.removesuffix("ing")  # the small model tags "unveiling plans" as a noun
    lemmas = {*lemma_candidates(verb), stem, stem + "e"}
    return (plan.pos_ == "NOUN" and plan.dep_ in DIRECT_OBJECT_DEPS and bool(lemmas & lex.disclosures)
            and not is_negated(plan) and not is_negated(verb))


def recode(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"refused to join sanctions" -> REJECT, "urged Iran to halt" -> REQUEST, "vowed to attack" ->
    THREATEN; the outer frame is climbed in turn ("refused to commit to assistance")."""
    outer = _recode(c.d, g, prev, frame, c.lex, c.mentions, c.actors)
    if outer is None:
        return Step.DROP
    outer_trig = c.lex.match(g)
    outer.recip = outer_trig is not None and "recip" in outer_trig.flags
    c.result = apply_frames(outer, g, c.lex, c.mentions, c.actors)
    return Step.DONE


FRAME_EFFECTS: dict[str, Callable[[Climb, Token, Token, Frame], Step | None]] = {
    "speculate": speculate, "negate": negate, "prevent": negate, "arrange": arrange, "intend": intend,
    "reject": recode, "threaten": recode, "promise": recode, "request": recode,
}


# ---- what the climb makes of the event (the first rule that applies)
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
    if d.hypothetical and d.type in _MATERIAL_CONFLICT and not d.negated and _intended(d) and _announced(tok, lex):
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


OUTCOME_RULES: tuple[Callable[[Draft, Token, Lexicon], bool], ...] = (
    conditional_threat, refusal, narrated_meeting, intended_cooperation, announced_hostility, show_of_force,
    weapon_test, answered_accuser,
)


def apply_frames(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> Draft | None:
    """Climb the words governing the trigger (at most four); recode, flag or drop the event."""
    c = Climb(d, tok, lex, mentions, actors)
    if any(rule(c) is Step.DROP for rule in TRIGGER_RULES):
        return None
    g, prev, steps = governor(tok), tok, 0
    while g is not None and steps < 4:
        steps += 1
        frame = lex.frame(g, via=prev)
        step = next((s for rule in GOVERNOR_RULES if (s := rule(c, g, prev, frame)) is not None), None)
        if step is Step.DROP:
            return None
        if step is Step.DONE:
            return c.result
        if step is Step.STOP:
            break
        prev, g = g, governor(g)
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


# Irrealis reasons (mood.irrealis) that state the agent's own intention ("will visit", "said
# they would boycott", "is going to meet", "plans to"), not a conjecture of the writer ("potential
# airstrikes", "fear that Iran will attack", "could strike") or an act proposed for another.
_INTENTION_REASONS = ("future:", "modal:would", "modal:shall", "intent:")
_NARRATED_PLANS = ("future:", "intent:plan", "intent:intend", "intent:aim")  # a schedule, not a wish ("wants talks")
_REPORTED_FUTURE = ("modal:would",)


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



def _purpose_of_negated(tok: Token) -> bool:
    return tok.dep_ == "advcl" and is_negated(tok.head) and is_to_infinitive(tok)


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


def _is_grievance(tok: Token, lex: Lexicon) -> bool:
    """"sanctioned for supporting the war", "criticized over attacking": the reason given for
    a punishment or a reproach is its charge, not a second event the text reports."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.text.lower() not in ("for", "over"):
        return False
    outer = lex.match(prep.head)
    return outer is not None and outer.type in _REPROACH


def _marked_speculative(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.text.lower() in SPECULATIVE_MARKS for c in verb.children)


def _recode(inner: Draft, g: Token, via: Token, frame: Frame, lex: Lexicon, mentions: list,
            actors: dict) -> Draft | None:
    """"refused to join sanctions" -> REJECT; "urged Iran to halt" -> REQUEST; "vowed to attack" -> THREATEN.
    ``via`` is the word through which ``g`` governs the inner event."""
    subj, passive = subject(g, lex.subjects)
    sources = np_actors(subj, mentions) if subj is not None and not passive else []
    if not sources:
        return None
    targets = [a for c in g.children if c.dep_ in ("dobj", "obj", "dative") for a in np_actors(c, mentions)]
    targets = own_gift(g, frame.type or inner.type, sources, targets)  # "pledged the support of the US"
    targets = targets or clause_addressee(via, mentions, sources)
    if frame.effect == "threaten":  # "threatened to strike unless Israel withdraws"
        targets = targets or condition_party([g, via], mentions, sources)
    if frame.effect == "reject":  # "declined to resign despite pressure by X"
        targets = targets or pressing_party([g, via], mentions, sources)
    # "called on other countries to condemn Iran": the request is made of its phrase of address,
    # never of the party of the act asked for, even when that phrase names no known actor
    asked = addressee_phrases(g) if frame.effect == "request" else []
    targets = targets or (addressed_parties(g, mentions, sources) if asked else [])
    if not targets and not asked:
        countries = {country_of(actors, s) for s in sources}
        others = inner.targets + inner.sources
        targets = [a for a in others if a not in sources and country_of(actors, a) not in countries][:1]
    rtype, cameo = frame.type or inner.type, frame.cameo
    if frame.effect == "promise":  # "vowed to strike": a threat; "promised not to attack": an agreement
        # the promiser's own act, not an agreement between parties ("agreed not to extend the talks")
        mutual = (promiser := lex.match(g)) is not None and "recip" in promiser.flags
        own = not mutual and {country_of(actors, a) for a in inner.sources} <= {country_of(actors, s) for s in sources}
        rtype, cameo = promised_type(inner, (rtype, cameo), own)
    # "threatened to ban opposition candidates", "declined to resign": a refusal, threat or
    # promise of an act done at home is itself done at home (``base`` keeps the inner act)
    return Draft(type=rtype, mode=None, cameo=cameo, sources=sources, targets=targets, anchor=g,
                 words=f"{g.lemma_.lower()} {inner.words}", negated=is_negated(g),
                 hypothetical=False, reported_by=inner.reported_by, flags=inner.flags & _HOME_FLAGS,
                 base=inner.base or inner.type)


def country_of(actors: dict, actor_id: str | None) -> str | None:
    a = actors.get(actor_id) if actor_id else None
    return a.country if a is not None and a.country else actor_id

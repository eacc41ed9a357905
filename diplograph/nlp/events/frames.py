"""Words that govern a trigger and change what it reports: "refused to join sanctions" is a
REJECT, "plans to station" an intended event, "may hope that" no event at all, "failed to reach
agreement" a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS, governor, is_negated, subject
from .lexicon import COOPERATIVE, Frame, Lexicon
from .parties import np_actors
from .targets import clause_addressee, condition_party, pressing_party

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


TRIGGER_RULES: tuple[Callable[[Climb], Step | None], ...] = (
    speculative_trigger, modal_trigger, purpose_of_negated, without_gerund,
)


# ---- one governing word ``g``, reached through ``prev``
def named_not_reported(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"calling the annexation a disaster": the event is named, not reported or asked for."""
    if frame is not None and prev.dep_ in DIRECT_OBJECT_DEPS and any(x.dep_ == "oprd" for x in g.children):
        return Step.DROP
    return None


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
    if frame is None or frame.effect == "light":
        return None
    effect = FRAME_EFFECTS.get(frame.effect)
    return effect(c, g, prev, frame) if effect is not None else None


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


GovernorRule = Callable[[Climb, Token, Token, Frame | None], Step | None]
GOVERNOR_RULES: tuple[GovernorRule, ...] = (named_not_reported, plain_governor, frame_effect, governing_verb_modality)


# ---- frame effects
def speculate(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"hoped that", "considering": no event is reported."""
    return Step.DROP


def negate(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"failed to reach", "prevented an attack": the event did not happen."""
    c.d.negated = True
    return None


def arrange(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"is scheduled to attend": on the calendar, not a mere intention."""
    if prev.dep_ == "xcomp":
        c.d.hypothetical = c.d.arranged = True
    return None


def intend(c: Climb, g: Token, prev: Token, frame: Frame) -> Step | None:
    """"plans to station": an intended event; "prepared to resume shelling": a show of force."""
    d = c.d
    d.hypothetical = True
    if frame.type and d.type in _MATERIAL_CONFLICT:
        d.type, d.cameo, d.mode = frame.type, frame.cameo, None
    return None


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


def intended_cooperation(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"will visit": an intended cooperative act is an agreement to do it (PLOVER AGREE)."""
    if d.hypothetical and d.type in COOPERATIVE and d.type != "AGREE" and not d.arranged:
        d.cameo, d.type, d.mode = _INTENT_CAMEO.get(d.type), "AGREE", None
        return True
    return False


def announced_hostility(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"said they would boycott", "announced it will impose a curfew": an announced hostile act is
    a threat (PLOVER THREATEN); an unannounced plan keeps its own type."""
    if d.hypothetical and d.type in _MATERIAL_CONFLICT and not d.negated and _announced(tok, lex):
        d.type, d.cameo = "THREATEN", "130"
        return True
    return False


OUTCOME_RULES: tuple[Callable[[Draft, Token, Lexicon], bool], ...] = (
    conditional_threat, refusal, intended_cooperation, announced_hostility,
)


def apply_frames(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> Draft | None:
    """Climb the words governing the trigger (at most four); recode, flag or drop the event."""
    c = Climb(d, tok, lex, mentions, actors)
    if any(rule(c) is Step.DROP for rule in TRIGGER_RULES):
        return None
    g, prev, steps = governor(tok), tok, 0
    while g is not None and steps < 4:
        steps += 1
        frame = lex.frame(g)
        step = next((s for rule in GOVERNOR_RULES if (s := rule(c, g, prev, frame)) is not None), None)
        if step is Step.DROP:
            return None
        if step is Step.DONE:
            return c.result
        if step is Step.STOP:
            break
        prev, g = g, governor(g)
    any(rule(d, tok, lex) for rule in OUTCOME_RULES)
    return d


def _purpose_of_negated(tok: Token) -> bool:
    return tok.dep_ == "advcl" and is_negated(tok.head) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _on_condition(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def _announced(tok: Token, lex: Lexicon) -> bool:
    return any(a.lemma_.lower() in lex.speech and a.pos_ == "VERB" for a in tok.ancestors)


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
    targets = targets or clause_addressee(via, mentions, sources)
    if frame.effect == "threaten":  # "threatened to strike unless Israel withdraws"
        targets = targets or condition_party([g, via], mentions, sources)
    if frame.effect == "reject":  # "declined to resign despite pressure by X"
        targets = targets or pressing_party([g, via], mentions, sources)
    if not targets:
        countries = {country_of(actors, s) for s in sources}
        others = inner.targets + inner.sources
        targets = [a for a in others if a not in sources and country_of(actors, a) not in countries][:1]
    rtype, cameo = frame.type or inner.type, frame.cameo
    if frame.effect == "promise" and inner.type not in COOPERATIVE:
        rtype, cameo = "THREATEN", "130"
    # "threatened to ban opposition candidates", "declined to resign": a refusal, threat or
    # promise of an act done at home is itself done at home (``base`` keeps the inner act)
    return Draft(type=rtype, mode=None, cameo=cameo, sources=sources, targets=targets, anchor=g,
                 words=f"{g.lemma_.lower()} {inner.words}", negated=is_negated(g),
                 hypothetical=False, reported_by=inner.reported_by, flags=inner.flags & _HOME_FLAGS,
                 base=inner.base or inner.type)


def country_of(actors: dict, actor_id: str | None) -> str | None:
    a = actors.get(actor_id) if actor_id else None
    return a.country if a is not None and a.country else actor_id

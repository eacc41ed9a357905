"""Words that govern a trigger and change what it reports: "refused to join sanctions" is a
REJECT, "plans to station" an intended event, "may hope that" no event at all, "failed to reach
agreement" a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..syntax import governor, is_negated, subject
from .lexicon import COOPERATIVE, EVENT_SUBJECT, Frame, Lexicon
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


def modal_of(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and (c.text.lower() in INTENT_MODALS or c.text.lower() in SPECULATIVE_MODALS):
            return c.text.lower()
    return None


def apply_frames(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> Draft | None:
    """Climb the words governing the trigger; recode, flag or drop the event."""
    if modal_of(tok) in SPECULATIVE_MODALS or _marked_speculative(tok) or _is_grievance(tok, lex):
        return None
    if modal_of(tok) is not None:
        d.hypothetical = True
    if _purpose_of_negated(tok):
        return None  # "would not give permission to Russia to help Israel": no help is reported
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "without":
        d.negated = True  # "rejected the deal without offering an alternative"
    g, prev, steps = governor(tok), tok, 0
    while g is not None and steps < 4:
        steps += 1
        lemma = g.lemma_.lower()
        frame = lex.frame(g)
        if frame is not None and prev.dep_ in ("dobj", "obj") and any(c.dep_ == "oprd" for c in g.children):
            return None  # "calling the annexation a disaster": the event is named, not reported or asked for
        if frame is None or frame.effect == "light":
            light_object = frame is not None and prev.dep_ in ("dobj", "obj")  # "declared a ceasefire"
            if lemma in lex.speech and g.pos_ == "VERB" and not light_object:
                break  # reported speech: the speaker's own modality does not reach inside
            if lex.match(g) is not None:
                break  # "lack of condemnation of the war": the frame is the other event's
            if light_object and modal_of(g) in INTENT_MODALS:
                d.hypothetical = True  # "will extend the curfew", "will hold talks"
        else:
            if frame.effect == "speculate":
                return None
            if frame.effect in ("negate", "prevent"):
                d.negated = True
            elif frame.effect == "arrange" and prev.dep_ == "xcomp":
                d.hypothetical = d.arranged = True
            elif frame.effect == "intend":
                d.hypothetical = True
                if frame.type and d.type in _MATERIAL_CONFLICT:  # "prepared to resume shelling": a show of force
                    d.type, d.cameo, d.mode = frame.type, frame.cameo, None
            elif frame.effect in ("reject", "threaten", "promise", "request"):
                outer = _recode(d, g, prev, frame, mentions, actors)
                if outer is None:
                    return None
                outer_trig = lex.match(g)
                outer.recip = outer_trig is not None and "recip" in outer_trig.flags
                # "refused to commit to assistance": the outer frame decides in the end
                return apply_frames(outer, g, lex, mentions, actors)
        if g.pos_ in ("VERB", "AUX"):
            if modal_of(g) in SPECULATIVE_MODALS or _marked_speculative(g):
                return None
            if is_negated(g) and prev.dep_ in ("xcomp", "dobj", "pobj"):
                d.negated = True
        prev, g = g, governor(g)
    if d.hypothetical and not d.negated and d.type != "THREATEN" and _on_condition(tok):
        # "will withdraw its force unless ...": an act made conditional on the other side's is a threat
        d.type, d.cameo, d.mode, d.hypothetical = "THREATEN", "130", None, False
    elif d.negated and (d.type == "AGREE" or (d.hypothetical and d.type in COOPERATIVE)):
        # "failed to reach agreement", "would not meet their demands": a refusal (PLOVER REJECT)
        d.type, d.cameo, d.mode, d.negated, d.hypothetical = "REJECT", "120", None, False, False
    elif d.hypothetical and d.type in COOPERATIVE and d.type != "AGREE" and not d.arranged:
        d.cameo, d.type, d.mode = _INTENT_CAMEO.get(d.type), "AGREE", None
    elif d.hypothetical and d.type in _MATERIAL_CONFLICT and not d.negated and _announced(tok, lex):
        # "said they would boycott", "announced it will impose a curfew": an announced hostile
        # act is a threat (PLOVER THREATEN); an unannounced plan keeps its own type
        d.type, d.cameo = "THREATEN", "130"
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


def _recode(inner: Draft, g: Token, via: Token, frame: Frame, mentions: list, actors: dict) -> Draft | None:
    """"refused to join sanctions" -> REJECT; "urged Iran to halt" -> REQUEST; "vowed to attack" -> THREATEN.
    ``via`` is the word through which ``g`` governs the inner event."""
    subj, passive = subject(g, EVENT_SUBJECT)
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

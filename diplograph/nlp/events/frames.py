"""Words that govern a trigger and change what it reports: "refused to join sanctions" is a
REJECT, "plans to station" an intended event, "may hope that" no event at all, "failed to reach
agreement" a refusal. The climb is here (``TRIGGER_RULES``, ``GOVERNOR_RULES``, ``FRAME_EFFECTS``);
what it makes of the event at its end, in ``outcomes``; the draft it climbs with, in ``drafts``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..common import speech_verbs
from ..mood import predicate_adjective, under_condition
from ..syntax import (
    DIRECT_OBJECT_DEPS,
    governor,
    is_negated,
    is_passive,
    is_to_infinitive,
    own_subject,
    subject,
)
from .addressees import addressed_parties, addressee_phrases, object_addressees, own_people_addressed
from .comment import declines_comment
from .drafts import INTENT_MODALS, MATERIAL_CONFLICT, SPECULATIVE_MODALS, Climb, Draft, Step, country_of, modal_of
from .lexicon import COOPERATIVE, NAMING_VERBS, Frame, Lexicon, has_to_complement, lemma_candidates
from .offers import offered_purpose, own_gift
from .outcomes import settle
from .parties import np_actors
from .pressing import pushed_for
from .pressured import pressure_received
from .promises import promised_type
from .questions import asked_a_question, question_content
from .realis import realis_classes
from .reversals import reversal_of
from .speaker_side import speaker_side_subjects
from .stance import own_conduct, population_stance, stance_progressive, stance_relative, standing_present
from .targets import clause_addressee, condition_party, pressing_party
from .telling import reports_not_directs
from .views import deontic_clause

_REPROACH = frozenset({"SANCTION", "ACCUSE", "COERCE", "PROTEST", "THREATEN"})
# Trigger flags that say the act is done at home (kb/events.tsv: "home").
_HOME_FLAGS = frozenset({"home"})
SPECULATIVE_MARKS = frozenset({"if", "whether", "unless"})
# Verbs whose THREATEN sense needs the warner's own act ("warned that it will retaliate"); what
# they warn "against" is not reported as done ("warned against a US strike").
WARNING_VERBS = frozenset({"warn", "caution"})


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
    if c.d.type == "AGREE" and _agreed_with_a_view(tok, c.lex, frozenset(c.d.sources)):
        return Step.DROP
    reported = tok
    while reported.dep_ == "conj" and reported.head.i != reported.i:  # "that X asked and that Y agreed"
        reported = reported.head
    if reported.dep_ == "ccomp" and not any(x.dep_ == "ccomp" for x in tok.children):
        return None
    if any(x.dep_ in _AGREEMENT_COMPLEMENTS for x in tok.children):
        return None
    return None if _act_agreed_on(tok, frozenset(c.d.sources)) else Step.DROP


def _act_agreed_on(tok: Token, parties: frozenset[str] = frozenset()) -> bool:
    """"agreed that they would withdraw", "agreed that talks resume": a "that" clause telling an act
    to come is the act agreed on, not a view."""
    views = [x for x in tok.children if x.dep_ == "ccomp" and not deontic_clause(x, parties)]
    return any(is_to_infinitive(v) or any(a.dep_ == "aux" and a.lower_ in INTENT_MODALS | SPECULATIVE_MODALS
                                          for a in v.children) for v in views)


def _agreed_with_a_view(tok: Token, lex: Lexicon, agreeing: frozenset[str] = frozenset()) -> bool:
    """"I agree with your assessment", "said he agreed with the panel's conclusion", "agreed with
    Smith: more must be done", "agreed with the senator that the law was flawed": a "with" phrase names
    whose view is shared, and with no act agreed to or on ("agreed with Iran to swap prisoners",
    "agreed with Egypt on a truce") it is no agreement between parties (PLOVER AGREE: to cooperate,
    an offer or a promise), even when someone reports it. Not the terms accepted, "the rebels agreed
    with the ceasefire" (an object of the accept row of kb/events.tsv), nor a participle on what was
    agreed, "the text agreed with London" (it is that text's agreement); nor "agree with", a trigger of
    its own (SUPPORT of a view's owner in kb/events.tsv). A negated one, "we do not
    agree with his calls", is left to the refusal it may code (a proposal rejected)."""
    withs = {x.i for x in tok.children if x.dep_ == "prep" and x.lower_ == "with"}
    views = withs | _speech_participles(tok)
    if not views or tok.dep_ in ("acl", "amod") or is_negated(tok) or _act_agreed_on(tok, agreeing):
        return False
    if any(x.dep_ in _AGREEMENT_COMPLEMENTS and x.i not in views for x in tok.children):
        return False
    accepted = frozenset().union(*(t.objects for t in lex.triggers.get(("accept", "V"), [])))
    parties = [o for w in withs for o in tok.doc[w].children if o.dep_ == "pobj"]
    return not any(o.lemma_.lower() in accepted or _act_hung_on(o) for o in parties)


def _speech_participles(tok: Token) -> set[int]:
    """"Durbin agreed, calling it a cynical effort", "Biddle agreed, adding that ...", "the judge agreed,
    saying X has a right to his opinion": a participle of a verb of speech (kb/speech_verbs.tsv) on
    the verb of agreement says the view agreed with, no act agreed on; not one telling an act to
    come, "agreed, saying it would free the pilot" (an acceptance and its terms)."""
    verbs = speech_verbs()
    return {x.i for x in tok.children if x.dep_ == "advcl" and x.tag_ == "VBG"
            and x.lemma_.lower() in verbs and not _act_agreed_on(x)}


def _act_hung_on(party: Token) -> bool:
    """"agreed with a smaller party to work together": the infinitive of the act agreed on, which
    the parse may hang on the party agreed with."""
    return any(x.dep_ in ("relcl", "acl") and is_to_infinitive(x) for x in party.children)


TRIGGER_RULES: tuple[Callable[[Climb], Step | None], ...] = (
    speculative_trigger, modal_trigger, purpose_of_negated, without_gerund, standing_position, opinion_poll,
    stance_relative, stance_progressive, population_stance, standing_present, own_conduct, opinion_agreement,
    asked_a_question, offered_purpose,
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


# Frames under which a yield is told though not done: "vowed to end", "refused to lift", "urged X to halt".
_ASKING_OR_VOWING = frozenset({"promise", "reject", "request", "threaten"})


def reversed_act(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"ended its support for the rebels", "halted aid to Egypt": the act reversed is a SANCTION
    (``reversals.reversal_of``), climbed on from the verb ("urged Russia to end its support")."""
    above = c.lex.frame(g.head, via=g) if g.head.i != g.i else None
    asked_or_vowed = above is not None and above.effect in _ASKING_OR_VOWING
    outer = reversal_of(c.d, g, prev, c.lex, c.mentions, asked_or_vowed)
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
    told_not_directed, reversed_act, plain_governor, pushed_for, pressure_received, declined_comment, frame_effect,
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
    elif (predicate_adjective(g) and prev.dep_ == "xcomp" and is_negated(g, through_head=True)
          and under_condition(g.head, None, c.lex.irrealis) is None):
        # "was not ready to cooperate with X", "is not willing to meet X": the copula's negation
        # denies the readiness, a refusal (PLOVER REJECT); "is not yet ready to sign", "weren't ready
        # to back it yet" are none yet; "if X is not prepared to help" is a condition, no refusal
        d.negated = True
        d.not_yet = d.not_yet or any(w.lower_ == "yet" and w.dep_ == "advmod"
                                     for w in (*g.children, *g.head.children, *prev.children))
    if frame.type and d.type in MATERIAL_CONFLICT:
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
    return settle(d, tok, lex, mentions, actors)


def _purpose_of_negated(tok: Token) -> bool:
    return tok.dep_ == "advcl" and is_negated(tok.head) and is_to_infinitive(tok)


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
    # "ordered his ministers to stay silent on Egypt": a request of the asker's own people asks no other party
    own = frame.effect == "request" and any(own_people_addressed(g, c, mentions, sources) for c in g.children)
    targets = [] if own else \
        [a for c in g.children if c.dep_ in ("dobj", "obj", "dative") for a in np_actors(c, mentions)]
    targets = own_gift(g, frame.type or inner.type, sources, targets)  # "pledged the support of the US"
    targets = targets or clause_addressee(via, mentions, sources)
    # "threatened that France would expel X": the threatener's own side is who acts, not the target
    speakers_own = speaker_side_subjects(g, frame.type or inner.type, sources, mentions)
    targets = [t for t in targets if t not in speakers_own]
    if frame.effect == "threaten":  # "threatened to strike unless Israel withdraws"
        targets = targets or condition_party([g, via], mentions, sources)
    if frame.effect == "reject":  # "declined to resign despite pressure by X"
        targets = targets or pressing_party([g, via], mentions, sources)
    # "called on other countries to condemn Iran", "urged member countries to cut ties with Iran": the
    # request is made of its phrase of address or its object, never of the party of the act asked
    # for, even when that phrase names no known actor
    asked = addressee_phrases(g) + object_addressees(g) if frame.effect == "request" else []
    targets = targets or (addressed_parties(g, mentions, sources) if asked else [])
    if not targets and not asked and not own:
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
    # promise of an act done at home may itself be done at home (``base`` keeps the inner act;
    # ``component.pledged_home_act`` says when it is not)
    return Draft(type=rtype, mode=None, cameo=cameo, sources=sources, targets=targets, anchor=g,
                 words=f"{g.lemma_.lower()} {inner.words}", negated=is_negated(g),
                 hypothetical=False, reported_by=inner.reported_by, flags=inner.flags & _HOME_FLAGS,
                 base=inner.base or inner.type)

"""The event coder: PLOVER events over the dependency parse.

A trigger (a verb or noun of ``kb/events.tsv``, found by a dict lookup on its lemma) gives
the type; the parse gives the parties: the subject is the source and the object or a
prepositional complement ("to", "with", "against", ...) the target, a passive swaps them
("was welcomed by Xi"), a nominal event takes its source from a possessor, "by"/"from",
an adjective ("U.S. sanctions") or the verb it is the object of ("kicked off a visit").
Words that govern the trigger (``kb/event_frames.tsv``) change what it means: "refused to
join sanctions" is a REJECT, "plans to station" an intended event, "may hope that" no
event at all. Each event is dated by the time expression of its own clause, else of the
clauses above it, else of its sentence, and repeated mentions of one event in a document
collapse into one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb.gazetteer import gazetteer
from ..model import Actor, Event
from . import extensions  # noqa: F401  (registers the attributes)
from .common import column, record_id, sentence_of
from .event_anchors import date_from_anchors
from .event_artifacts import artifact_author, is_artifact
from .event_dates import event_date
from .event_location import event_location
from .event_merge import absorb_protest_demands, collapse_force, deduplicate, same_party
from .event_places import UNNAMED_AGENT_TYPES, drop_place_agents, location_source
from .event_rules import (
    COOPERATIVE,
    INTENT_MODALS,
    NEEDS_TARGET,
    SPECULATIVE_MARKS,
    SPECULATIVE_MODALS,
    TARGET_PREPS,
    VISIT_PREPS,
    Frame,
    Lexicon,
    Trigger,
    carrier,
    clause_tokens,
    governor,
    is_negated,
    is_passive,
    is_reduced_passive,
    lexicon,
    modal_of,
    np_actors,
    subject_token,
)
from .event_targets import (
    carried_recipient,
    clause_addressee,
    condition_party,
    object_recipient,
    pressing_party,
    purpose_recipient,
    wrapped_event_party,
)

# Intended cooperative events become AGREE ("will visit" is a promise to meet).
_INTENT_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                 "CONCEDE": "035", "RETREAT": "035", "AGREE": None}
_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_REPROACH = frozenset({"SANCTION", "ACCUSE", "COERCE", "PROTEST", "THREATEN"})
# Types whose "in X" names who it is done to ("lifted the curfew in Montenegro").
_IN_PLACE = frozenset({"CONCEDE", "COERCE", "RETREAT", "MOBILIZE", "PROTEST"})
_ARMED = frozenset({"troop", "force", "soldier", "peacekeeper", "warship", "army", "unit", "militia", "jet"})
_MAX_PARTIES = 4  # a list of ten countries is a list, not ten events
# Prepositions on an event's object that name the other party ("aid for Bosnia", "flights to Serbia").
_OBJECT_PREPS = ("to", "into", "with", "for", "against")
# Modals that turn what a speaker says another party does into a demand on it.
OBLIGATION_MODALS = frozenset({"must"})
# Acts done at home when no recipient is named: their recipient is the actor's own country.
DOMESTIC = frozenset({"COERCE", "CONCEDE", "PROTEST"})
# Trigger flags that say the act is done at home (kb/events.tsv: "home").
_HOME_FLAGS = frozenset({"home"})
# ... and, when a part of the population does them, these too.
GROUP_DOMESTIC = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "ASSAULT"})
# Prepositions that name what a grievance is over (trigger flag "about").
_GRIEVANCE_PREPS = ("over", "about", "against")
# Prepositions whose nominal event is the circumstance of the clause subject's own act.
_CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after", "before", "on", "upon", "following"})


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


# ---------------------------------------------------------------- roles
def _prep_targets(tok: Token, preps: tuple[str, ...], mentions: list) -> list[str]:
    for p in preps:
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.text.lower() == p:
                ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
                if ids:
                    return ids
    return []


def _of_objects(tok: Token) -> list[Token]:
    """"part of its aid", "a suspension of flights": what the quantity or the act is of."""
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def _verb_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]]:
    subj, subj_is_patient = subject_token(tok)
    if is_passive(tok) or subj_is_patient or is_reduced_passive(tok):
        agent = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
        sources = [a for x in agent for a in np_actors(x, mentions)]
        targets = np_actors(subj, mentions) if subj is not None else []
        if not targets and subj is not None and "thing" not in trig.flags:  # "the plan was rejected by Kyiv"
            targets = artifact_author(subj, mentions, sources)
        return sources, targets
    sources = np_actors(subj, mentions) if subj is not None else []
    targets: list[str] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "dative") and not (c.dep_ != "dative" and "thing" in trig.flags):
            targets += [a for a in np_actors(c, mentions) if a not in targets and a not in sources]
    targets = targets or wrapped_event_party(tok, trig.type, lex, mentions, sources)
    if not targets and "actor" in trig.objects:
        for c in tok.children:  # "allowed Russia to use": the subject of the governed clause
            if c.dep_ in ("xcomp", "ccomp"):
                targets += [a for g in c.children if g.dep_ in ("nsubj", "dobj") for a in np_actors(g, mentions)]
    if not targets and "about" in trig.flags:  # "complained to the UN over Israeli raids"
        targets = [a for a in _prep_targets(tok, _GRIEVANCE_PREPS, mentions) if a not in sources]
    if not targets:
        preps = VISIT_PREPS if trig.mode in ("visit", "host") else \
            (*TARGET_PREPS, "in") if trig.type in _IN_PLACE or "inplace" in trig.flags else TARGET_PREPS
        targets = [a for a in _prep_targets(tok, preps, mentions) if a not in sources]
    if not targets:  # "sent troops to Belarus", "suspended part of its aid for Bosnia": on the object
        obj_preps = (*_OBJECT_PREPS, "in", "on") if "inplace" in trig.flags else _OBJECT_PREPS
        for c in tok.children:
            if c.dep_ in ("dobj", "obj"):
                for o in (c, *c.conjuncts, *_of_objects(c)):
                    targets = targets or [a for a in _prep_targets(o, obj_preps, mentions) if a not in sources]
    if not targets:  # "took several veiled shots at": the target hangs on the multiword's object
        for c in tok.children:
            if c.lemma_.lower() in trig.needs or c.dep_ in ("dobj", "prt"):
                targets = [a for a in _prep_targets(c, TARGET_PREPS, mentions) if a not in sources]
                if targets:
                    break
    if not targets and "thing" not in trig.flags:  # "criticized China's position paper": the object's owner
        for c in tok.children:
            if c.dep_ in ("dobj", "obj"):
                targets = [a for x in c.children if x.dep_ in ("poss", "compound", "amod")
                           for a in np_actors(x, mentions) if a not in sources] or \
                    [a for a in _prep_targets(c, ("from", "by"), mentions) if a not in sources] or \
                    artifact_author(c, mentions, sources)  # "criticized the document" China released
                if not targets and is_artifact(c):  # "criticized the plan by Germany" (by-phrase on the verb)
                    targets = [a for a in _prep_targets(tok, ("by",), mentions) if a not in sources]
    if not targets:  # "demanded that the US cancel", "threatened to cut supplies to X"
        for c in tok.children:
            if c.dep_ == "ccomp":
                targets += [a for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                            for a in np_actors(g, mentions) if a not in sources]
            elif c.dep_ == "xcomp":
                targets += [a for g in c.children if g.dep_ in ("dobj", "dative") for a in np_actors(g, mentions)]
                targets = targets or _prep_targets(c, TARGET_PREPS, mentions) or object_recipient(c, mentions, sources)
    targets = targets or carried_recipient(tok, mentions, sources) or purpose_recipient(tok, mentions, sources)
    return sources, [t for t in targets if t not in sources]


def _noun_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]] | None:
    """Parties of a nominal event, or None when the noun does not report an event here."""
    sources: list[str] = []
    modifiers: list[str] = []
    targets: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss":
            sources += np_actors(c, mentions)
        elif c.dep_ in ("amod", "compound", "nmod") and "noadj" not in trig.flags:
            modifiers += np_actors(c, mentions)
        elif c.dep_ == "prep":
            ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
            if c.text.lower() in ("by", "from") and trig.mode != "visit":
                sources += ids
            elif c.text.lower() == "between" and ids and "mediate" in trig.flags:
                targets += ids  # "mediation between Syria and the Palestinians": both are recipients
            elif c.text.lower() == "between" and ids:
                sources, targets = sources or ids[:1], targets + ids[1:]
            elif c.text.lower() in TARGET_PREPS and not targets:
                targets = ids
    if "about" in trig.flags:  # "a complaint to the UN over Israeli raids"
        targets = _prep_targets(tok, _GRIEVANCE_PREPS, mentions) or targets
    gov = governor(tok)
    frame = lex.frame(gov) if gov is not None else None
    # "kicked off a visit" (a light verb), "said in a phone call with" (the circumstances of
    # the subject's own act); not "sanctions for the invasion", whose agent is someone else
    if tok.dep_ == "pobj":
        governed = tok.head.text.lower() in _CIRCUMSTANCE_PREPS or (frame is not None and frame.effect != "light")
    else:
        governed = frame is not None
    governed = governed and gov is not None and gov.pos_ in ("VERB", "AUX", "ADJ") and \
        not (frame is not None and frame.effect == "prevent")  # "prevented an attack" names no attacker
    if tok.dep_ in ("nsubj", "nsubjpass") and not (frame and frame.effect == "light"):
        return None  # "the cooperation has intensified" describes a state, not an event
    if "light" in trig.flags and not governed:
        return None
    if tok.dep_ in ("dobj", "obj") and gov is not None and lex.match(gov) is not None:
        return None  # "accepted demands from France", "rejected an offer": the content of the outer event
    if not targets:  # "a suspension of flights to Serbia"
        targets = [a for x in _of_objects(tok) for a in _prep_targets(x, _OBJECT_PREPS, mentions)]
    if not targets and "thing" not in trig.flags:  # "criticism of the document" China released
        targets = [a for x in _of_objects(tok) for a in artifact_author(x, mentions, sources)]
    if not sources:
        sources = modifiers
    elif not targets:
        targets = [a for a in modifiers if a not in sources]
    if not sources and governed:  # "kicked off a visit", "said in a phone call with"
        subj, passive = subject_token(gov)
        if subj is not None and not passive:
            sources = np_actors(subj, mentions)
    if frame is not None and frame.effect == "undergo":  # "Belarus has been subject to sanctions"
        subj, _ = subject_token(gov)
        targets = np_actors(subj, mentions) if subj is not None else targets
    if not targets and gov is not None and governed:  # "engaged X in a firefight", "staged a protest in Paris"
        targets = [a for c in gov.children if c.dep_ in ("dobj", "obj") and c.i != tok.i
                   for a in np_actors(c, mentions) if a not in sources]
        preps = TARGET_PREPS[:5] + (("in",) if trig.type in _IN_PLACE else ()) + \
            (("for",) if trig.type == "COERCE" else ())
        targets = targets or _prep_targets(gov, preps, mentions)
        if not targets and "mediate" in trig.flags:  # "launched a mediation effort between A and B"
            targets = [a for a in _prep_targets(gov, ("between",), mentions) if a not in sources]
    return sources, targets


# ---------------------------------------------------------------- frames and modality
def _apply_frames(d: Draft, tok: Token, lex: Lexicon, mentions: list, actors: dict) -> Draft | None:
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
                return _apply_frames(outer, g, lex, mentions, actors)
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
    subj, passive = subject_token(g)
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
        countries = {_country(actors, s) for s in sources}
        others = inner.targets + inner.sources
        targets = [a for a in others if a not in sources and _country(actors, a) not in countries][:1]
    rtype, cameo = frame.type or inner.type, frame.cameo
    if frame.effect == "promise" and inner.type not in COOPERATIVE:
        rtype, cameo = "THREATEN", "130"
    # "threatened to ban opposition candidates", "declined to resign": a refusal, threat or
    # promise of an act done at home is itself done at home (``base`` keeps the inner act)
    return Draft(type=rtype, mode=None, cameo=cameo, sources=sources, targets=targets, anchor=g,
                 words=f"{g.lemma_.lower()} {inner.words}", negated=is_negated(g),
                 hypothetical=False, reported_by=inner.reported_by, flags=inner.flags & _HOME_FLAGS,
                 base=inner.base or inner.type)


def _country(actors: dict, actor_id: str | None) -> str | None:
    a = actors.get(actor_id) if actor_id else None
    return a.country if a is not None and a.country else actor_id


# ---------------------------------------------------------------- reported speech
def _reporter(tok: Token, doc: Doc, lex: Lexicon, mentions: list) -> str | None:
    """Who the text says reported the event: a quote's outlet or speaker, "according to X",
    the subject of a speech verb whose complement holds the trigger, or of a speech verb
    tacked onto the sentence ("..., BelTA reported")."""
    for q in doc._.quotes or []:
        if q.span[0] <= tok.idx < q.span[1]:
            return q.via or q.speaker
    for t in sentence_of(tok):
        if t.text.lower() == "according":
            for x in t.subtree:
                if x._.actor:
                    return x._.actor
    child = tok
    for a in tok.ancestors:
        if a.lemma_.lower() in lex.speech and a.pos_ == "VERB" and child.dep_ in ("ccomp", "parataxis"):
            return _first_actor(a, mentions)
        child = a
    root = sentence_of(tok).root
    for c in root.children:
        if c.dep_ == "parataxis" and c.lemma_.lower() in lex.speech and not c.is_ancestor(tok):
            return _first_actor(c, mentions)
    if root.lemma_.lower() in lex.speech and root.i != tok.i and not any(
            c.dep_ == "ccomp" for c in root.children) and root.i > tok.i:
        return _first_actor(root, mentions)
    return None


def _first_actor(verb: Token, mentions: list) -> str | None:
    subj, _ = subject_token(verb)
    ids = np_actors(subj, mentions) if subj is not None else []
    return ids[0] if ids else None


# ---------------------------------------------------------------- coding one trigger
def code_trigger(tok: Token, trig: Trigger, lex: Lexicon, doc: Doc) -> Draft | None:
    mentions = doc._.mentions or []
    actors = doc._.actors or {}
    if trig.pos == "V":
        if "person" in trig.flags:
            subj, _ = subject_token(tok)
            if subj is not None and subj.lemma_.lower() in _ARMED:
                return None  # troops arriving are a deployment, not a visit
        if tok.dep_ == "amod":
            return None  # "an occupying army", "the besieged town": a description, not an event
        sources, targets = _verb_roles(tok, trig, lex, mentions)
    else:
        roles = _noun_roles(tok, trig, lex, mentions)
        if roles is None:
            return None
        sources, targets = roles
    if "host" in trig.flags:  # PLOVER codes the visitor as source and the host as recipient
        sources, targets = targets, sources
    sources = drop_place_agents(tok, sources)
    flags = trig.flags
    if not sources and (trig.type in UNNAMED_AGENT_TYPES or "home" in trig.flags):
        # "guerrillas in Macedonia have been demobilized": an agentless domestic act is the state's
        where = location_source(tok, targets)
        sources = [where] if where else []
        flags = trig.flags | {"unclaimed"}  # an unclaimed attack on no named party: violence at home
    if not sources:
        return None  # PLOVER codes no event without a named actor doing it
    d = Draft(type=trig.type, mode=trig.mode, cameo=trig.cameo, sources=sources, targets=targets,
              anchor=tok, words=trig.words, recip="recip" in trig.flags, negated=is_negated(tok),
              flags=flags, base=trig.type)
    if "solo" in flags and not targets and len(sources) == 1:
        abroad = _held_in(tok, mentions, sources, actors)
        if abroad:  # "conducting military exercises in Alaska": a show of force against the host
            d = replace(d, type="MOBILIZE", mode="troops", cameo="152", targets=abroad, recip=False)
    d.reported_by = _reporter(tok, doc, lex, mentions)
    return _apply_frames(d, tok, lex, mentions, actors)


def _held_in(tok: Token, mentions: list, sources: list[str], actors: dict) -> list[str]:
    """The other state in whose territory the act is held: "in X" on the noun or its verb."""
    gov = governor(tok)
    own = {_country(actors, s) for s in sources}
    for t in (tok, gov) if gov is not None else (tok,):
        found = [a for a in _prep_targets(t, ("in",), mentions) if _country(actors, a) not in own]
        if found:
            return found
    return []


def _expand(d: Draft, actors: dict) -> list[Draft]:
    """One draft per (source, target) pair; parties named on both sides act together."""
    sources = [s for s in d.sources if s in actors][:_MAX_PARTIES]
    targets = [t for t in d.targets if t in actors and t not in sources][:_MAX_PARTIES]
    if not sources:
        return []
    if not targets and len(sources) > 1 and d.recip:  # "Lukashenko and Xi met": one meeting
        sources, targets = sources[:1], sources[1:]
    if not targets and "solo" in d.flags and d.type == "COOPERATE":
        d = replace(d, type="MOBILIZE", mode="troops", cameo="152")  # exercises alone are a show of force
    if not targets:
        homes = {s: _home_state(d, [s], actors) for s in sources}
        if all(homes.values()) and (len(set(homes.values())) > 1 or _home_state(d, sources, actors)):
            # each party acts at home: "US and British activists protested" (two domestic protests)
            return [replace(d, sources=[s], targets=[h]) for s, h in homes.items() if s != h] or \
                [replace(d, sources=[s], targets=[h]) for s, h in homes.items()]
        if (d.type in NEEDS_TARGET and d.mode != "investigate") or (d.type == "CONSULT" and d.mode != "multilateral"):
            return []
        return [replace(d, sources=[s], targets=[]) for s in sources]
    if d.recip and len(sources) == 1 and len(targets) > 1:
        return [replace(d, sources=sources, targets=[t]) for t in targets]
    return [replace(d, sources=[s], targets=[t]) for s in sources for t in targets]


def _home_state(d: Draft, sources: list[str], actors: dict) -> str | None:
    """The recipient of an act that names none and is done at home: a curfew imposed, a ban
    lifted, a strike held, or a demand, threat or attack by a part of a country's own population
    (PLOVER codes the country as the recipient). The state's actor id, added when unmentioned."""
    kinds = {actors[s].kind for s in sources if s in actors}
    if "unclaimed" in d.flags and sources[0] in actors:
        return sources[0]
    if not (d.type in DOMESTIC or d.base in DOMESTIC or "home" in d.flags
            or ("group" in kinds and d.type in GROUP_DOMESTIC)):
        return None
    countries = {actors[s].country for s in sources if s in actors}
    if len(countries) != 1 or None in countries:
        return None
    iso = countries.pop()
    kb = gazetteer().state(iso)
    if kb is None:
        return None
    if kb.id not in actors:
        actors[kb.id] = Actor(kb.id, kb.name, "state", iso)
    return kb.id


# ---------------------------------------------------------------- the document
def find_events(doc: Doc) -> list[Event]:
    """Every PLOVER event the document reports, one record per real-world event."""
    lex = lexicon()
    actors = doc._.actors or {}
    if not actors:
        return []
    drafts: list[Draft] = []
    recoded: set[int] = set()  # governing words that became events themselves ("refused", "urged")
    for i in lex.trigger_indices(doc):
        tok = doc[i]
        trig = lex.match(tok)
        if trig is None:
            continue
        tok = carrier(tok) if trig.pos == "N" else tok
        d = code_trigger(tok, trig, lex, doc)
        if d is None:
            continue
        if d.anchor.i != tok.i:
            recoded.add(d.anchor.i)
        drafts.extend(_expand(d, actors))
    drafts += [x for d in obligations(doc, lex) for x in _expand(d, actors)]
    drafts = [d for d in drafts if not (d.anchor.i in recoded and d.words.split()[0] == d.anchor.lemma_.lower()
                                        and " " not in d.words)]
    drafts = absorb_protest_demands(collapse_force(drafts, lambda a, b: same_party(a, b, actors)))
    events = [_to_event(doc, d) for d in drafts]
    events = deduplicate(events, actors)
    date_from_anchors(events, doc)  # "since Moscow launched its invasion of Ukraine"
    for n, e in enumerate(events, start=1):
        e.id = record_id(doc, "e", n)
    return events


def obligations(doc: Doc, lex: Lexicon) -> list[Draft]:
    """"Britain said Libya must hand over the suspects": what a speaker says another party must
    do is a demand on it (PLOVER REQUEST), whatever the inner verb."""
    mentions = doc._.mentions or []
    out = []
    for i, dep in enumerate(column(doc, "DEP")):
        if dep != "ccomp":
            continue
        tok = doc[i]
        if tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in lex.speech:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in tok.children) or is_negated(tok):
            continue
        speaker, passive = subject_token(tok.head)
        addressee, _ = subject_token(tok)
        if speaker is None or passive or addressee is None:
            continue
        sources = np_actors(speaker, mentions)
        targets = [a for a in np_actors(addressee, mentions) if a not in sources]
        if sources and targets:
            out.append(Draft(type="REQUEST", mode=None, cameo="100", sources=sources, targets=targets,
                             anchor=tok.head, words=f"{tok.head.lemma_.lower()} must", base="REQUEST"))
    return out


def _to_event(doc: Doc, d: Draft) -> Event:
    sent: Span = sentence_of(d.anchor)
    clause = clause_tokens(d.anchor)
    start = min(t.idx for t in clause)
    end = max(t.idx + len(t.text) for t in clause)
    return Event(id="", type=d.type, source=d.sources[0], target=d.targets[0] if d.targets else None,
                 sentence=sent.text, span=(start, end), mode=d.mode, cameo=d.cameo,
                 date=event_date(doc, d.anchor, clause), location=event_location(d.anchor, d.mode),
                 negated=d.negated, hypothetical=d.hypothetical,
                 reported_by=d.reported_by if d.reported_by != d.sources[0] else None, trigger=d.words)


@Language.factory("diplograph_events", assigns=["doc._.events"], requires=["doc._.actors", "token._.actor"])
class EventCoder:
    """spaCy component: ``doc._.events = find_events(doc)``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lexicon = lexicon()  # built once, here, not per document

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        return doc


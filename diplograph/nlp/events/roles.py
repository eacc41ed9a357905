"""Who does an event to whom: the source and target of a verbal trigger (subject and object, a
passive's agent and patient, prepositional complements, the party behind the object) and of a
nominal one (possessor, "by"/"from", modifiers, the verb it is the object of).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import governor, is_passive, is_reduced_passive, subject
from .artifacts import artifact_author, is_artifact
from .lexicon import EVENT_SUBJECT, TARGET_PREPS, VISIT_PREPS, Lexicon, Trigger
from .parties import np_actors
from .targets import carried_recipient, object_recipient, purpose_recipient, wrapped_event_party

# Types whose "in X" names who it is done to ("lifted the curfew in Montenegro").
_IN_PLACE = frozenset({"CONCEDE", "COERCE", "RETREAT", "MOBILIZE", "PROTEST"})
# Prepositions on an event's object that name the other party ("aid for Bosnia", "flights to Serbia").
_OBJECT_PREPS = ("to", "into", "with", "for", "against")
# Prepositions that name what a grievance is over (trigger flag "about").
_GRIEVANCE_PREPS = ("over", "about", "against")
# Prepositions whose nominal event is the circumstance of the clause subject's own act.
_CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after", "before", "on", "upon", "following"})


def prep_targets(tok: Token, preps: tuple[str, ...], mentions: list) -> list[str]:
    for p in preps:
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.text.lower() == p:
                ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
                if ids:
                    return ids
    return []


def of_objects(tok: Token) -> list[Token]:
    """"part of its aid", "a suspension of flights": what the quantity or the act is of."""
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def verb_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]]:
    subj, subj_is_patient = subject(tok, EVENT_SUBJECT)
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
        targets = [a for a in prep_targets(tok, _GRIEVANCE_PREPS, mentions) if a not in sources]
    if not targets:
        preps = VISIT_PREPS if trig.mode in ("visit", "host") else \
            (*TARGET_PREPS, "in") if trig.type in _IN_PLACE or "inplace" in trig.flags else TARGET_PREPS
        targets = [a for a in prep_targets(tok, preps, mentions) if a not in sources]
    if not targets:  # "sent troops to Belarus", "suspended part of its aid for Bosnia": on the object
        obj_preps = (*_OBJECT_PREPS, "in", "on") if "inplace" in trig.flags else _OBJECT_PREPS
        for c in tok.children:
            if c.dep_ in ("dobj", "obj"):
                for o in (c, *c.conjuncts, *of_objects(c)):
                    targets = targets or [a for a in prep_targets(o, obj_preps, mentions) if a not in sources]
    if not targets:  # "took several veiled shots at": the target hangs on the multiword's object
        for c in tok.children:
            if c.lemma_.lower() in trig.needs or c.dep_ in ("dobj", "prt"):
                targets = [a for a in prep_targets(c, TARGET_PREPS, mentions) if a not in sources]
                if targets:
                    break
    if not targets and "thing" not in trig.flags:  # "criticized China's position paper": the object's owner
        for c in tok.children:
            if c.dep_ in ("dobj", "obj"):
                targets = [a for x in c.children if x.dep_ in ("poss", "compound", "amod")
                           for a in np_actors(x, mentions) if a not in sources] or \
                    [a for a in prep_targets(c, ("from", "by"), mentions) if a not in sources] or \
                    artifact_author(c, mentions, sources)  # "criticized the document" China released
                if not targets and is_artifact(c):  # "criticized the plan by Germany" (by-phrase on the verb)
                    targets = [a for a in prep_targets(tok, ("by",), mentions) if a not in sources]
    if not targets:  # "demanded that the US cancel", "threatened to cut supplies to X"
        for c in tok.children:
            if c.dep_ == "ccomp":
                targets += [a for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                            for a in np_actors(g, mentions) if a not in sources]
            elif c.dep_ == "xcomp":
                targets += [a for g in c.children if g.dep_ in ("dobj", "dative") for a in np_actors(g, mentions)]
                targets = targets or prep_targets(c, TARGET_PREPS, mentions) or object_recipient(c, mentions, sources)
    targets = targets or carried_recipient(tok, mentions, sources) or purpose_recipient(tok, mentions, sources)
    return sources, [t for t in targets if t not in sources]


def noun_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]] | None:
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
        targets = prep_targets(tok, _GRIEVANCE_PREPS, mentions) or targets
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
        targets = [a for x in of_objects(tok) for a in prep_targets(x, _OBJECT_PREPS, mentions)]
    if not targets and "thing" not in trig.flags:  # "criticism of the document" China released
        targets = [a for x in of_objects(tok) for a in artifact_author(x, mentions, sources)]
    if not sources:
        sources = modifiers
    elif not targets:
        targets = [a for a in modifiers if a not in sources]
    if not sources and governed:  # "kicked off a visit", "said in a phone call with"
        subj, passive = subject(gov, EVENT_SUBJECT)
        if subj is not None and not passive:
            sources = np_actors(subj, mentions)
    if frame is not None and frame.effect == "undergo":  # "Belarus has been subject to sanctions"
        subj, _ = subject(gov, EVENT_SUBJECT)
        targets = np_actors(subj, mentions) if subj is not None else targets
    if not targets and gov is not None and governed:  # "engaged X in a firefight", "staged a protest in Paris"
        targets = [a for c in gov.children if c.dep_ in ("dobj", "obj") and c.i != tok.i
                   for a in np_actors(c, mentions) if a not in sources]
        preps = TARGET_PREPS[:5] + (("in",) if trig.type in _IN_PLACE else ()) + \
            (("for",) if trig.type == "COERCE" else ())
        targets = targets or prep_targets(gov, preps, mentions)
        if not targets and "mediate" in trig.flags:  # "launched a mediation effort between A and B"
            targets = [a for a in prep_targets(gov, ("between",), mentions) if a not in sources]
    return sources, targets

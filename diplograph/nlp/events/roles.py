"""Who does an event to whom: the source and target of a verbal trigger (subject and object, a
passive's agent and patient, prepositional complements, the party behind the object) and of a
nominal one (possessor, "by"/"from", modifiers, the verb it is the object of).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..extensions import LOCATIONS
from ..syntax import (
    DIRECT_OBJECT_DEPS,
    NOMINAL_SUBJECT_DEPS,
    agents,
    governor,
    is_passive,
    is_reduced_passive,
    is_small_clause_passive,
    participle_agents,
    subject,
)
from .addressees import asks_an_addressee, conduct_owner
from .artifacts import artifact_author, is_artifact, referred_maker
from .inquiries import inquiry_target
from .instruments import instrument_attacks, instrument_victim_target
from .lexicon import TARGET_PREPS, VISIT_PREPS, Frame, Lexicon, Trigger
from .location import UNNAMED_AGENT_TYPES, struck_place_states
from .offers import own_gift
from .parties import OWN_SIDE_TYPES, is_venue, np_actors, own_side
from .responsibility import claimant_source, claiming_verb
from .subject_events import names_both_parties
from .targets import (
    carried_recipient,
    measure_recipients,
    object_recipient,
    purpose_recipient,
    wrapped_event_party,
)

# Types whose "in X" names who it is done to ("lifted the curfew in Montenegro").
_IN_PLACE = frozenset({"CONCEDE", "COERCE", "RETREAT", "MOBILIZE", "PROTEST"})
# Prepositions on an event's object that name the other party ("aid for Bosnia", "flights to Serbia").
_OBJECT_PREPS = ("to", "into", "with", "for", "against")
# Prepositions that say why, or on whose side, an act of a type was done, not to whom: "resigned over
# the Syria pullout", "sanctioned 33 officials over the annexation of Crimea" (a grievance's "over",
# "complained over Israeli raids", is whom it is against: ``grievance_targets``); an armed act's "for"
# phrase is the side or the prize fought for, "fighting for ISIS", "fought for Basque independence",
# "the fight for Kobani" (its opponent is its object or its "against"/"on"/"with" phrase).
_CAUSE_PREPS: dict[str, frozenset[str]] = {
    "RETREAT": frozenset({"over"}), "SANCTION": frozenset({"over"}), "ASSAULT": frozenset({"for"})}
# Prepositions that name what a grievance is over (trigger flag "about").
_GRIEVANCE_PREPS = ("over", "about", "against")
# Prepositions that name where a meeting is held or what it is about, not who meets ("talks at
# the UN on Syria").
_VENUE_PREPS = frozenset({"at", "on", "over", "about"})
# Types that evaluate what their object did: the target of "condemned the invasion" is the invader.
# (A refusal keeps ``wrapped_event_targets``: "rejected a call for X" is addressed to whoever called.)
EVALUATION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# Types that take a stance on what a party proposed, asked or claimed: "denied these requests" is
# aimed at whoever made them (``artifacts.referred_maker``).
_STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
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


# ---------------------------------------------------------------- verbal triggers
@dataclass
class VerbCase:
    """A verbal trigger being coded, with its sources (the subject's actors) once found."""

    tok: Token
    trig: Trigger
    lex: Lexicon
    mentions: list
    sources: list[str]

    def prep_targets(self, tok: Token, preps: tuple[str, ...]) -> list[str]:
        """``prep_targets`` without the sources."""
        return [a for a in prep_targets(tok, preps, self.mentions) if a not in self.sources]


def direct_object_targets(c: VerbCase) -> list[str]:
    """"met Xi", "gave Ukraine aid": the objects (not of a verb whose object is a thing, nor an
    event an evaluation is about: ``evaluated_event_authors`` reads that one)."""
    targets: list[str] = []
    for o in c.tok.children:
        if o.dep_ in ("dobj", "obj", "dative") and not (o.dep_ != "dative" and "thing" in c.trig.flags) \
                and evaluated_event(c, o) is None:
            owner = evaluated_owner(c, o)
            named = np_actors(o if owner is None else owner, c.mentions)
            targets += [a for a in named if a not in targets and a not in c.sources]
    return targets


def evaluated_owner(c: VerbCase, obj: Token) -> Token | None:
    """"criticized the administration's handling of Libya": the party whose conduct an
    evaluation's object is (``addressees.conduct_owner``) is whom it is addressed to; what the
    conduct is about (Libya) is no party of it, even when the owner names no actor we know."""
    return conduct_owner(obj) if c.trig.type in EVALUATION_TYPES and obj.dep_ in DIRECT_OBJECT_DEPS else None


def evaluated_event(c: VerbCase, obj: Token) -> Trigger | None:
    """The event noun an evaluation has as its object ("condemned the invasion of Ukraine",
    "praised the deal"), or None."""
    if c.trig.type not in EVALUATION_TYPES or obj.dep_ not in DIRECT_OBJECT_DEPS or obj._.actor:
        return None
    inner = c.lex.match(obj)
    return inner if inner is not None and inner.pos == "N" else None


def evaluated_event_authors(c: VerbCase) -> list[str]:
    """"condemned the invasion of Ukraine by Russia", "denounced the border agreement between A
    and B": an evaluation of an act is addressed to whoever did it (its possessor, adjective or
    by-phrase; an agreement's or a meeting's parties), never to its patient ("of Ukraine")."""
    for obj in c.tok.children:
        inner = evaluated_event(c, obj)
        if inner is None:
            continue
        found = evaluated_parties(obj, c.lex, c.mentions)
        # "blamed the attacks on Israeli airstrikes": the act blamed for it is the author's
        found = found or [a for x in of_objects(obj) + _pobjs_on(obj) if (cause := c.lex.match(x)) is not None
                          for a in _author(x, cause, c)]
        found = [a for a in dict.fromkeys(found) if a not in c.sources]
        if found:
            return found
    return []


def evaluated_parties(obj: Token, lex: Lexicon, mentions: list) -> list[str]:
    """Whom an evaluation of ``obj`` is addressed to: the actors it names, or when it is an act
    ("called the invasion of Serbia a crime", "spoke out against the deal between A and B") the
    act's author or parties, never its patient; none when the text does not say who acted."""
    inner = lex.match(obj) if not obj._.actor else None
    if inner is None or inner.pos != "N":
        return np_actors(obj, mentions)
    sources, modifiers, targets = _own_parties(obj, inner, mentions, lex)
    found = sources or modifiers
    if "recip" in inner.flags:
        found = [*found, *targets, *prep_targets(obj, ("between",), mentions)]
    return list(dict.fromkeys(found))


def _author(noun: Token, trig: Trigger, c: VerbCase) -> list[str]:
    sources, modifiers, _ = _own_parties(noun, trig, c.mentions, c.lex)
    return sources or modifiers


def _pobjs_on(tok: Token) -> list[Token]:
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" for x in p.children if x.dep_ == "pobj"]


def wrapped_event_targets(c: VerbCase) -> list[str]:
    """"demanded the withdrawal of Serbian forces": the party of the event noun demanded."""
    return wrapped_event_party(c.tok, c.trig.type, c.lex, c.mentions, c.sources)


def governed_clause_subjects(c: VerbCase) -> list[str]:
    """"allowed Russia to use": the subject of the governed clause (triggers whose object is an actor)."""
    if "actor" not in c.trig.objects:
        return []
    return [a for x in c.tok.children if x.dep_ in ("xcomp", "ccomp")
            for g in x.children if g.dep_ in ("nsubj", "dobj") for a in np_actors(g, c.mentions)]


def grievance_targets(c: VerbCase) -> list[str]:
    """"complained to the UN over Israeli raids": what a grievance is over."""
    return c.prep_targets(c.tok, _GRIEVANCE_PREPS) if "about" in c.trig.flags else []


def prepositional_targets(c: VerbCase) -> list[str]:
    """"talks with X", "visited to X": the trigger's own prepositional complements."""
    trig = c.trig
    preps: tuple[str, ...] = VISIT_PREPS if trig.mode in ("visit", "host") else \
        (*TARGET_PREPS, "in") if trig.type in _IN_PLACE or "inplace" in trig.flags else TARGET_PREPS
    if "recip" in trig.flags:  # "met at the United Nations", "talks at an estate outside X": the venue
        preps = tuple(p for p in preps if p not in _VENUE_PREPS)
    return c.prep_targets(c.tok, without_cause(trig, preps))


def without_cause(trig: Trigger, preps: tuple[str, ...]) -> tuple[str, ...]:
    """"Resigned over the abrupt Syria pullout", "has sanctioned 33 individuals over the Crimea
    annexation": a resignation's or a sanction's "over" phrase is its cause; "Americans fighting for
    ISIS": an armed act's "for" phrase is the side fought on (``_CAUSE_PREPS``). Its party is no
    recipient of the act, which is done to whom its object names, or to no one named."""
    causes = _CAUSE_PREPS.get(trig.type, frozenset())
    return tuple(p for p in preps if p not in causes)


def object_prep_targets(c: VerbCase) -> list[str]:
    """"sent troops to Belarus", "suspended part of its aid for Bosnia": on the object."""
    obj_preps = (*_OBJECT_PREPS, "in", "on") if "inplace" in c.trig.flags else _OBJECT_PREPS
    for obj in c.tok.children:
        # not the victim of a condemned act, nor what an evaluated conduct is about
        if obj.dep_ in DIRECT_OBJECT_DEPS and evaluated_event(c, obj) is None and evaluated_owner(c, obj) is None:
            for o in (obj, *obj.conjuncts, *of_objects(obj)):
                found = c.prep_targets(o, obj_preps)
                if found:
                    return found
    return []


def multiword_object_targets(c: VerbCase) -> list[str]:
    """"took several veiled shots at": the target hangs on the multiword's object or particle."""
    for x in c.tok.children:
        if (x.lemma_.lower() in c.trig.needs or x.dep_ in ("dobj", "prt")) and evaluated_event(c, x) is None \
                and evaluated_owner(c, x) is None:
            found = c.prep_targets(x, without_cause(c.trig, TARGET_PREPS))
            if found:
                return found
    return []


def object_owner_targets(c: VerbCase) -> list[str]:
    """"criticized China's position paper": the owner or author of the object (the last object
    decides); "criticized the plan by Germany": a by-phrase on the verb."""
    if "thing" in c.trig.flags:
        return []
    targets: list[str] = []
    for obj in c.tok.children:
        if obj.dep_ in DIRECT_OBJECT_DEPS:
            targets = [a for x in obj.children if x.dep_ in ("poss", "compound", "amod") and not is_venue(x, obj)
                       for a in np_actors(x, c.mentions) if a not in c.sources] or \
                c.prep_targets(obj, ("from", "by")) or artifact_author(obj, c.mentions, c.sources)
            if not targets and is_artifact(obj):
                targets = c.prep_targets(c.tok, ("by",))
            if not targets and c.trig.type in _STANCE_TYPES:
                targets = referred_maker(obj, c.mentions, c.sources)
    return targets


def complement_clause_targets(c: VerbCase) -> list[str]:
    """"demanded that the US cancel" (the complement's subject), "threatened to cut supplies to X"
    (the open complement's object or recipient); not when the verb names its addressee
    (``names_its_addressee``)."""
    targets: list[str] = []
    for x in c.tok.children:
        if x.dep_ == "ccomp":
            targets += [a for g in x.children if g.dep_ in NOMINAL_SUBJECT_DEPS
                        for a in np_actors(g, c.mentions) if a not in c.sources]
        elif x.dep_ == "xcomp" and not names_its_addressee(c):
            targets += [a for g in x.children if g.dep_ in ("dobj", "dative") for a in np_actors(g, c.mentions)]
            targets = targets or prep_targets(x, TARGET_PREPS, c.mentions) or \
                object_recipient(x, c.mentions, c.sources)
    return targets


def names_its_addressee(c: VerbCase) -> bool:
    """"urged the president to draw up a plan against X", "warned governments to leave the
    coalition of Y": the object of a verb of asking or warning is whom it is addressed to (its
    own, unresolved, party), and what the infinitive is done to is not, as is the phrase after
    the preposition of address of a request, "called on other countries to condemn X"
    (``addressees.asks_an_addressee``); a verb whose object is a thing ("sent troops to fight
    X") keeps the infinitive's party."""
    if "thing" in c.trig.flags or (c.trig.objects and "actor" not in c.trig.objects):
        return False
    return any(o.dep_ in ("dobj", "obj", "dative") and o.pos_ in ("NOUN", "PROPN", "PRON") for o in c.tok.children) \
        or asks_an_addressee(c.tok, c.trig)


def carried_targets(c: VerbCase) -> list[str]:
    """"reneged on its commitment to the Zambian people"."""
    return carried_recipient(c.tok, c.mentions, c.sources)


def purpose_targets(c: VerbCase) -> list[str]:
    """"opened the bridge to allow the delivery of grain to Afghanistan"."""
    return purpose_recipient(c.tok, c.mentions, c.sources)


def struck_place_targets(c: VerbCase) -> list[str]:
    """"Israeli jets struck targets near Damascus", "bombed positions in Syria": the state of the
    place fire at a distance hits (``struck_place_states``)."""
    objects = [o for o in c.tok.children if o.dep_ in DIRECT_OBJECT_DEPS]
    return struck_place_states([c.tok, *objects], c.trig.cameo, c.sources)


# Where an active verb's target is named, in order of preference: the first rule that finds one wins.
VERB_TARGET_RULES: tuple[Callable[[VerbCase], list[str]], ...] = (
    direct_object_targets, evaluated_event_authors, wrapped_event_targets, governed_clause_subjects, grievance_targets,
    prepositional_targets, object_prep_targets, multiword_object_targets, object_owner_targets,
    complement_clause_targets, carried_targets, purpose_targets, struck_place_targets,
)


def passive_roles(tok: Token, trig: Trigger, subj: Token | None, mentions: list,
                  lex: Lexicon | None = None) -> tuple[list[str], list[str]]:
    """"was welcomed by Xi": the agent is the source and the subject the target; "the plan was
    rejected by Kyiv": a rejected thing's author is the target; "was killed in a U.S. raid": with
    no agent, the author of the attack it was done in (``attack_authors``)."""
    sources = [a for x in agents(tok) for a in np_actors(x, mentions)]
    if not sources and lex is not None:
        sources = attack_authors(tok, trig, lex, mentions)
    targets = np_actors(subj, mentions) if subj is not None else []
    if not targets and subj is not None and "thing" not in trig.flags:
        targets = artifact_author(subj, mentions, sources)
    return sources, targets


def verb_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]]:
    """Sources and targets of a verbal trigger: the subject, and the first of
    ``VERB_TARGET_RULES`` that names a target (a passive swaps agent and patient)."""
    subj, subj_is_patient = subject(tok, lex.subjects)
    # what a speech verb reports is a finite clause ("alleges the army reneged"), even when tagged a participle
    small_clause = is_small_clause_passive(tok) and not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.speech)
    if is_passive(tok) or subj_is_patient or is_reduced_passive(tok) or small_clause:
        return passive_roles(tok, trig, subj, mentions, lex)
    case = VerbCase(tok, trig, lex, mentions, np_actors(subj, mentions) if subj is not None else [])
    targets = next((found for rule in VERB_TARGET_RULES if (found := other_side(case, rule(case)))), [])
    return case.sources, [t for t in targets if t not in case.sources]


def other_side(c: VerbCase, found: list[str]) -> list[str]:
    """"sent American troops to Saudi Arabia", "Washington relaxed its sanctions": what a rule
    finds on the source's own side (``own_side``) is no target of an act done to another side
    (``OWN_SIDE_TYPES``), so the next rule may name the other."""
    found = own_gift(c.tok, c.trig.type, c.sources, found)  # "offered the support of the US": the giver's own
    if c.trig.type not in OWN_SIDE_TYPES or not c.sources:
        return found
    actors = c.tok.doc._.actors or {}
    return [t for t in found if not any(own_side(actors, s, t) for s in c.sources)]


# ---------------------------------------------------------------- nominal triggers
@dataclass
class NounCase:
    """A nominal trigger being coded: the parties found so far and the word governing it."""

    tok: Token
    trig: Trigger
    lex: Lexicon
    mentions: list
    sources: list[str]
    modifiers: list[str]
    targets: list[str]
    gov: Token | None
    frame: Frame | None
    governed: bool  # the subject of the governing verb does the event ("kicked off a visit")


def _own_parties(tok: Token, trig: Trigger, mentions: list, lex: Lexicon) -> tuple[list[str], list[str], list[str]]:
    """(sources, modifiers, targets) the noun phrase itself names: "Russia's invasion", "US
    sanctions", "a visit by X", "the attacks carried out by X", "talks with Y", "mediation
    between A and B"."""
    sources: list[str] = []
    modifiers: list[str] = []
    targets: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss":
            sources += np_actors(c, mentions)
        elif c.dep_ in ("amod", "compound", "nmod") and "noadj" not in trig.flags:
            victims = next((found for rule in COMPOUND_RULES
                            if (found := rule(c, tok, trig, mentions, lex)) is not None), None)
            if victims is None:
                modifiers += np_actors(c, mentions)
            else:
                targets += victims
        elif c.dep_ == "prep":
            ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
            prep = c.text.lower()
            if prep in ("by", "from") and trig.mode != "visit":
                sources += ids
            elif prep == "between" and ids and "mediate" in trig.flags:
                targets += ids  # "mediation between Syria and the Palestinians": both are recipients
            elif prep == "between" and ids:
                sources, targets = sources or ids[:1], targets + ids[1:]
            elif prep in TARGET_PREPS and not targets and not ("recip" in trig.flags and prep in _VENUE_PREPS):
                targets = ids
    if "about" in trig.flags:  # "a complaint to the UN over Israeli raids"
        targets = prep_targets(tok, _GRIEVANCE_PREPS, mentions) or targets
    if not sources and trig.mode != "visit":
        sources = [a for x in participle_agents(tok, lambda v: performs(v, lex)) for a in np_actors(x, mentions)]
    if trig.mode in _TAKEN_FROM_MODES:
        sources, targets = _taken_from(tok, trig, mentions, sources, targets)
    # "Donald J. Trump ... Meeting with": one actor named by several words is one party (not a meeting with himself)
    return list(dict.fromkeys(sources)), list(dict.fromkeys(modifiers)), list(dict.fromkeys(targets))


# Modes of nouns of taking or leaving: "the annexation of Crimea from Ukraine", "the withdrawal of
# US troops from Iraq".
_TAKEN_FROM_MODES = frozenset({"confiscate", "withdraw"})


def _taken_from(tok: Token, trig: Trigger, mentions: list, sources: list[str],
                targets: list[str]) -> tuple[list[str], list[str]]:
    """"Russia's annexation of Crimea from Ukraine", "the withdrawal of US troops from Iraq": what
    is taken or left is taken from, or left to, the party after "from" (the target, never the one
    who acts); the forces a withdrawal is of are the withdrawing party's."""
    # "from X" on the noun, or on what it is of ("the withdrawal of forces from Panama")
    origin = prep_targets(tok, ("from",), mentions) or \
        [a for x in of_objects(tok) for a in prep_targets(x, ("from",), mentions)]
    withdrawn = [a for x in of_objects(tok) for a in np_actors(x, mentions)] if trig.mode == "withdraw" else []
    sources = [a for a in sources if a not in origin] or [a for a in withdrawn if a not in origin]
    targets = [*origin, *(a for a in targets if a not in origin and a not in withdrawn)]
    return sources, targets


def compound_victims(c: Token, tok: Token, trig: Trigger, mentions: list, lex: Lexicon) -> list[str] | None:
    """"The Boston Marathon bombing", "the Paris attacks", "the Khashoggi killing", "the Charlie
    Hebdo massacre": a place or a victim named in front of an attack noun says where and to whom
    it was done, never who did it (the state there is attacked; a person or outlet before a noun
    of violence done to a person is its victim). None when the compound names the author as
    usual ("US strikes", "the Islamic State attacks", "Hamas rockets")."""
    if c.dep_ != "compound" or trig.type not in UNNAMED_AGENT_TYPES:
        return None
    where = tok.doc.user_data.get(LOCATIONS) or {}
    if any(t.i in where for t in c.subtree):
        return np_actors(c, mentions)
    ids = np_actors(c, mentions)
    actors = tok.doc._.actors or {}
    if ids and tok.lemma_.lower() in lex.victim_nouns and all(
            a in actors and actors[a].kind in ("person", "media") for a in ids):
        return ids
    return None


def compound_venue(c: Token, tok: Token, trig: Trigger, mentions: list, lex: Lexicon) -> list[str] | None:
    """"The Helsinki summit", "the Geneva talks", "the Paris accord", "the Doha agreement": a city
    named in front of a meeting or an agreement says where it was held, never who took part
    (no party, no target: [] ). None when the compound is no place ("the US-China talks")."""
    return [] if "recip" in trig.flags and is_venue(c, tok) else None


# What a compound before a nominal trigger says, when it is not the author as usual ("US
# sanctions"): the first rule that applies decides; each returns the targets it names, or None.
COMPOUND_RULES: tuple[Callable[[Token, Token, Trigger, list, Lexicon], list[str] | None], ...] = (
    compound_venue, compound_victims,
)


def performs(verb: Token, lex: Lexicon) -> bool:
    """A light verb that says who did the act its noun names ("carried out", "launched")."""
    frame = lex.frame(verb)
    return frame is not None and frame.effect == "light"


def _governed(tok: Token, gov: Token | None, frame: Frame | None) -> bool:
    """"kicked off a visit" (a light verb), "said in a phone call with" (the circumstances of the
    subject's own act); not "sanctions for the invasion", whose agent is someone else, nor
    "prevented an attack", which names no attacker."""
    if tok.dep_ == "pobj":
        governed = tok.head.text.lower() in _CIRCUMSTANCE_PREPS or (frame is not None and frame.effect != "light")
    else:
        governed = frame is not None
    return governed and gov is not None and gov.pos_ in ("VERB", "AUX", "ADJ") and \
        not (frame is not None and frame.effect == "prevent")


def describes_a_state(c: NounCase, lex: Lexicon) -> bool:
    """"the cooperation has intensified" describes a state, not an event; not so a subject that
    names who did it to whom, "Israeli airstrikes on Gaza killed ten", nor a claimed attack (``responsibility``)."""
    return c.tok.dep_ in NOMINAL_SUBJECT_DEPS and not (c.frame and c.frame.effect == "light") \
        and not names_both_parties(c) and claiming_verb(c.tok) is None


def ungoverned_light_noun(c: NounCase, lex: Lexicon) -> bool:
    """A noun that reports an event only under a frame word ("lodged a protest")."""
    return "light" in c.trig.flags and not c.governed


def content_of_outer_event(c: NounCase, lex: Lexicon) -> bool:
    """"accepted demands from France", "rejected an offer": the content of the outer event."""
    return c.tok.dep_ in DIRECT_OBJECT_DEPS and c.gov is not None and lex.match(c.gov) is not None


# A nominal trigger that any of these describes reports no event here.
NOUN_REJECTIONS: tuple[Callable[[NounCase, Lexicon], bool], ...] = (
    describes_a_state, ungoverned_light_noun, content_of_outer_event,
)


def of_object_recipient(c: NounCase) -> None:
    """"a suspension of flights to Serbia"."""
    if not c.targets:
        c.targets = [a for x in of_objects(c.tok) for a in prep_targets(x, _OBJECT_PREPS, c.mentions)]


def eased_measure_recipient(c: NounCase) -> None:
    """"the easing of U.S. sanctions on Iran": a concession of a measure is made to whom the
    measure is aimed at (``targets.measure_recipients``), not to the party the "of" phrase names."""
    if c.trig.type == "CONCEDE":
        c.targets = measure_recipients(c.tok, c.mentions, c.sources) or c.targets


def of_object_author(c: NounCase) -> None:
    """"criticism of the document" China released."""
    if not c.targets and "thing" not in c.trig.flags:
        c.targets = [a for x in of_objects(c.tok) for a in artifact_author(x, c.mentions, c.sources)]


def modifiers_as_parties(c: NounCase) -> None:
    """"US sanctions": a modifier is the source, or (with a named source) the target."""
    if not c.sources:
        c.sources = c.modifiers
    elif not c.targets:
        c.targets = [a for a in c.modifiers if a not in c.sources]


def governing_subject_source(c: NounCase) -> None:
    """"kicked off a visit", "said in a phone call with": the governing verb's (active) subject."""
    if not c.sources and c.governed and c.gov is not None:
        subj, passive = subject(c.gov, c.lex.subjects)
        if subj is not None and not passive:
            c.sources = np_actors(subj, c.mentions)


def attack_authors(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> list[str]:
    """"Was killed in a U.S. drone strike": the attack's own author did it (``instruments.py``)."""
    for x, inner in instrument_attacks(tok, trig, lex):
        sources, modifiers, _ = _own_parties(x, inner, mentions, lex)
        if sources or modifiers:
            return sources or modifiers
    return []


def instrument_author_source(c: NounCase) -> None:
    """"The killing of the general in a U.S. raid": a nominal act of violence with no author of
    its own is the act of whoever made the attack it was done in."""
    if not c.sources:
        c.sources = [a for a in attack_authors(c.tok, c.trig, c.lex, c.mentions) if a not in c.targets]


def light_verb_agent_source(c: NounCase) -> None:
    """"the attack was carried out by Hamas", "was launched by Israel": the agent of the passive
    light verb the event noun is the subject of."""
    if not c.sources and c.gov is not None and c.tok.dep_ == "nsubjpass" and performs(c.gov, c.lex):
        c.sources = [a for x in agents(c.gov) for a in np_actors(x, c.mentions)]


def under_event_undergoer(c: NounCase) -> None:
    """"Iran is already under UN sanctions", "Gaza remains under Israeli blockade": whoever is
    under an event its noun says the author of undergoes it (an unnamed author names no event)."""
    head = c.tok.head
    if c.targets or not c.sources or c.tok.dep_ != "pobj" or head.lower_ != "under" or head.dep_ != "prep":
        return
    verb = head.head
    if verb.pos_ in ("VERB", "AUX"):
        subj, _ = subject(verb, c.lex.subjects)
        c.targets = [a for a in np_actors(subj, c.mentions) if a not in c.sources] if subj is not None else []


def undergoer_target(c: NounCase) -> None:
    """"Belarus has been subject to sanctions": the subject undergoes the event."""
    if c.frame is not None and c.frame.effect == "undergo" and c.gov is not None:
        subj, _ = subject(c.gov, c.lex.subjects)
        c.targets = np_actors(subj, c.mentions) if subj is not None else c.targets


def governing_verb_targets(c: NounCase) -> None:
    """"engaged X in a firefight", "staged a protest in Paris", "launched a mediation effort
    between A and B": the other party on the governing verb."""
    gov = c.gov
    if c.targets or gov is None or not c.governed:
        return
    c.targets = [a for x in gov.children if x.dep_ in DIRECT_OBJECT_DEPS and x.i != c.tok.i
                 for a in np_actors(x, c.mentions) if a not in c.sources]
    preps = TARGET_PREPS[:5] + (("in",) if c.trig.type in _IN_PLACE else ()) + \
        (("for",) if c.trig.type == "COERCE" else ())
    c.targets = c.targets or prep_targets(gov, preps, c.mentions)
    if not c.targets and "mediate" in c.trig.flags:
        c.targets = [a for a in prep_targets(gov, ("between",), c.mentions) if a not in c.sources]


def struck_place_target(c: NounCase) -> None:
    """"The United States carried out a drone strike in Pakistan", "airstrikes in Syria": the
    state of the place fire at a distance hits, on the noun or the verb that carries it out."""
    # "called for airstrikes in Iraq": a request is addressed to someone, not to the place struck
    if not c.targets and c.sources and not (c.frame is not None and c.frame.effect == "request"):
        heads = [c.tok, *([c.gov] if c.governed and c.gov is not None else [])]
        c.targets = struck_place_states(heads, c.trig.cameo, c.sources)


# Filling in a nominal event's parties, in order: each rule completes what the earlier left open.
NOUN_PARTY_RULES: tuple[Callable[[NounCase], None], ...] = (
    eased_measure_recipient, of_object_recipient, of_object_author, modifiers_as_parties, instrument_author_source,
    claimant_source, instrument_victim_target, light_verb_agent_source, governing_subject_source, inquiry_target,
    under_event_undergoer, undergoer_target, governing_verb_targets, struck_place_target,
)


def noun_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]] | None:
    """Parties of a nominal event, or None when the noun does not report an event here."""
    sources, modifiers, targets = _own_parties(tok, trig, mentions, lex)
    gov = governor(tok)
    frame = lex.frame(gov) if gov is not None else None
    case = NounCase(tok, trig, lex, mentions, sources, modifiers, targets, gov, frame, _governed(tok, gov, frame))
    if any(rejects(case, lex) for rejects in NOUN_REJECTIONS):
        return None
    for rule in NOUN_PARTY_RULES:
        rule(case)
    return case.sources, case.targets

"""Who does a verbal event to whom: the source and target of a verbal trigger (subject and object,
a passive's agent and patient, prepositional complements, the party behind the object). A nominal
trigger's parties are read in ``noun_roles``; the phrases both read, in ``role_phrases``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..syntax import (
    DIRECT_OBJECT_DEPS,
    NOMINAL_SUBJECT_DEPS,
    agents,
    for_infinitive_clauses,
    is_passive,
    is_reduced_passive,
    is_small_clause_passive,
    subject,
)
from .addressees import asks_an_addressee, asks_own_people, conduct_owner, object_addressees
from .artifacts import artifact_author, is_artifact, referred_maker
from .inquiries import dealing_parties, is_inquiry
from .invitations import invited_parties
from .lexicon import TARGET_PREPS, VISIT_PREPS, Lexicon, Trigger
from .location import struck_place_states
from .named_deals import DEAL_TYPES, left_agreements, referred_deal_parties
from .noun_roles import attack_authors, own_parties
from .offers import own_gift
from .office_holders import office_holders_states
from .own_forces import own_conduct_owners, own_forces_owners
from .parties import OWN_SIDE_TYPES, is_venue, np_actors, own_side
from .permissions import permitted_parties
from .referred_acts import earlier_acts
from .role_phrases import GRIEVANCE_PREPS, IN_PLACE, OBJECT_PREPS, VENUE_PREPS, of_objects, prep_targets
from .speaker_side import reported_by_own_side, speaker_side_subjects
from .targets import (
    carried_recipient,
    object_recipient,
    purpose_recipient,
    wrapped_event_party,
)
from .visits import meeting_partners, met_abroad

# Prepositions that say why, or on whose side, an act of a type was done, not to whom: "resigned over
# the Syria pullout", "sanctioned 33 officials over the annexation of Crimea" (a grievance's "over",
# "complained over Israeli raids", is whom it is against: ``grievance_targets``); an armed act's "for"
# phrase is the side or the prize fought for, "fighting for ISIS", "fought for Basque independence",
# "the fight for Kobani" (its opponent is its object or its "against"/"on"/"with" phrase).
_CAUSE_PREPS: dict[str, frozenset[str]] = {
    "RETREAT": frozenset({"over"}), "SANCTION": frozenset({"over"}), "ASSAULT": frozenset({"for"})}
# Types that evaluate what their object did: the target of "condemned the invasion" is the invader.
# (A refusal keeps ``wrapped_event_targets``: "rejected a call for X" is addressed to whoever called.)
EVALUATION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# Types that take a stance on what a party proposed, asked or claimed: "denied these requests" is
# aimed at whoever made them (``artifacts.referred_maker``).
_STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})


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
                and evaluated_event(c, o) is None and not asks_own_people(c.tok, c.trig, o, c.mentions, c.sources):
            owner = evaluated_owner(c, o)
            named = violence_authors(c, o) if evaluates_violence_to_a_person(c, o) else \
                np_actors(o if owner is None else owner, c.mentions)
            targets += [a for a in named if a not in targets and a not in c.sources]
    return targets


def evaluated_owner(c: VerbCase, obj: Token) -> Token | None:
    """"criticized the administration's handling of Libya": the party whose conduct an
    evaluation's object is (``addressees.conduct_owner``) is whom it is addressed to; what the
    conduct is about (Libya) is no party of it, even when the owner names no actor we know."""
    return conduct_owner(obj) if c.trig.type in EVALUATION_TYPES and obj.dep_ in DIRECT_OBJECT_DEPS else None


def evaluates_violence_to_a_person(c: VerbCase, obj: Token) -> bool:
    """"Condemned the killing of the American hostage", "condemns the murder of the worshippers in
    Jerusalem": an evaluation whose object is a noun of violence done to a person (``kb/victim_nouns.tsv``)
    that is no event trigger of its own; its "of" and "in" phrases name the victim and the place."""
    return c.trig.type in EVALUATION_TYPES and obj.dep_ in DIRECT_OBJECT_DEPS and not obj._.actor \
        and obj.lemma_.lower() in c.lex.victim_nouns and c.lex.match(obj) is None


def violence_authors(c: VerbCase, obj: Token) -> list[str]:
    """Whom an evaluation of violence to a person is addressed to: its author, the possessor or the
    "by" phrase ("condemned Russia's poisoning of X", "the killing of X by the militants"), never its
    victim; none when the text does not say who did it."""
    owners = [x for x in obj.children if x.dep_ == "poss"]
    return [a for x in owners for a in np_actors(x, c.mentions)] or c.prep_targets(obj, ("by",))


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
        found = [a for a in dict.fromkeys(found) if a not in c.sources] or referred_act_authors(c, obj, inner)
        if found:
            return found
    return []


def referred_act_authors(c: VerbCase, obj: Token, inner: Trigger) -> list[str]:
    """"Militants stormed a post ... The White House condemned the attack": a definite act noun
    naming no author refers back to the nearest act of its type the text told with one
    (``referred_acts.earlier_acts``); that act's source, read by the one role finder, is the target."""
    for tok, trig in earlier_acts(obj, inner, c.lex):
        if tok.pos_ in ("VERB", "AUX"):
            found = verb_roles(tok, trig, c.lex, c.mentions)[0] if trig.type not in EVALUATION_TYPES else []
        else:
            found = _author(tok, trig, c)
        actors = c.tok.doc._.actors or {}
        # a collective's act only: a person "behind" an act told paragraphs back is mostly a misread
        # phrase ("briefed about the attack by [adviser] X", a photo credit before "The reported attack")
        found = [a for a in found if a not in c.sources and a in actors and actors[a].kind != "person"]
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
    sources, modifiers, targets = own_parties(obj, inner, mentions, lex)
    found = sources or modifiers
    if "recip" in inner.flags:
        found = [*found, *targets, *prep_targets(obj, ("between",), mentions)]
    return list(dict.fromkeys(found))


def _author(noun: Token, trig: Trigger, c: VerbCase) -> list[str]:
    sources, modifiers, _ = own_parties(noun, trig, c.mentions, c.lex)
    return sources or modifiers


def _pobjs_on(tok: Token) -> list[Token]:
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" for x in p.children if x.dep_ == "pobj"]


def wrapped_event_targets(c: VerbCase) -> list[str]:
    """"demanded the withdrawal of Serbian forces": the party of the event noun demanded."""
    return wrapped_event_party(c.tok, c.trig.type, c.lex, c.mentions, c.sources)


def invitation_targets(c: VerbCase) -> list[str]:
    """"accepted an invitation to meet with Kim", "declined an invitation to visit Israel": the
    party the invitation invites its guest to meet or visit (``invitations``)."""
    return invited_parties(c.tok, c.trig.type, c.lex, c.mentions, c.sources)


def governed_clause_subjects(c: VerbCase) -> list[str]:
    """"allowed Russia to use": the subject of the governed clause (triggers whose object is an actor);
    its object only when the verb has no object of its own: "encouraged all countries to isolate X"
    asks the countries (``addressees.object_addressees``), not X."""
    if "actor" not in c.trig.objects:
        return []
    deps = ("nsubj",) if object_addressees(c.tok) else ("nsubj", "dobj")
    return [a for x in c.tok.children if x.dep_ in ("xcomp", "ccomp")
            for g in x.children if g.dep_ in deps for a in np_actors(g, c.mentions)]


def for_clause_subjects(c: VerbCase) -> list[str]:
    """"called for Russia to withdraw", "appealed for Israel to halt the strikes": a request is
    addressed to the subject of the infinitive clause its "for" introduces (PLOVER REQUEST: the
    one asked to act), not left without a target."""
    if c.trig.type != "REQUEST":
        return []
    return [a for x in for_infinitive_clauses(c.tok) for s in x.children if s.dep_ == "nsubj"
            for a in np_actors(s, c.mentions) if a not in c.sources]


def grievance_targets(c: VerbCase) -> list[str]:
    """"complained to the UN over Israeli raids": what a grievance is over."""
    return c.prep_targets(c.tok, GRIEVANCE_PREPS) if "about" in c.trig.flags else []


def prepositional_targets(c: VerbCase) -> list[str]:
    """"talks with X", "visited to X": the trigger's own prepositional complements."""
    trig = c.trig
    preps: tuple[str, ...] = VISIT_PREPS if trig.mode in ("visit", "host") else \
        (*TARGET_PREPS, "in") if trig.type in IN_PLACE or "inplace" in trig.flags else TARGET_PREPS
    if "recip" in trig.flags:  # "met at the United Nations", "talks at an estate outside X": the venue
        preps = tuple(p for p in preps if p not in VENUE_PREPS)
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
    obj_preps = (*OBJECT_PREPS, "in", "on") if "inplace" in c.trig.flags else OBJECT_PREPS
    for obj in c.tok.children:
        # not the victim of a condemned act, nor what an evaluated conduct is about
        if obj.dep_ in DIRECT_OBJECT_DEPS and evaluated_event(c, obj) is None and evaluated_owner(c, obj) is None \
                and not evaluates_violence_to_a_person(c, obj):
            for o in (obj, *obj.conjuncts, *of_objects(obj)):
                found = c.prep_targets(o, obj_preps)
                if found:
                    return found
    return []


def multiword_object_targets(c: VerbCase) -> list[str]:
    """"took several veiled shots at": the target hangs on the multiword's object or particle."""
    for x in c.tok.children:
        if (x.lemma_.lower() in c.trig.needs or x.dep_ in ("dobj", "prt")) and evaluated_event(c, x) is None \
                and not evaluates_violence_to_a_person(c, x) \
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
        if obj.dep_ in DIRECT_OBJECT_DEPS and not evaluates_violence_to_a_person(c, obj) \
                and not asks_own_people(c.tok, c.trig, obj, c.mentions, c.sources):  # "the Khashoggi killing"
            targets = [a for x in obj.children if x.dep_ in ("poss", "compound", "amod") and not is_venue(x, obj)
                       for a in np_actors(x, c.mentions) if a not in c.sources] or \
                c.prep_targets(obj, ("from", "by")) or artifact_author(obj, c.mentions, c.sources)
            if not targets and is_artifact(obj):
                targets = c.prep_targets(c.tok, ("by",))
            if not targets and c.trig.type in _STANCE_TYPES:
                targets = referred_maker(obj, c.mentions, c.sources)
    return targets


def referred_deal_targets(c: VerbCase) -> list[str]:
    """"pulled out of the nuclear deal" after "the Iran nuclear deal": a withdrawal from or refusal
    of an agreement a definite description refers back to is done to the state it was named with
    (``named_deals``)."""
    if c.trig.type not in DEAL_TYPES:
        return []
    return [a for d in left_agreements(c.tok) for a in referred_deal_parties(d) if a not in c.sources]


def complement_clause_targets(c: VerbCase) -> list[str]:
    """"demanded that the US cancel" (the complement's subject), "threatened to cut supplies to X"
    (the open complement's object or recipient); not when the verb names its addressee
    (``names_its_addressee``)."""
    targets: list[str] = []
    for x in c.tok.children:
        if x.dep_ == "ccomp" and reported_by_own_side(x, c.tok, c.trig.type, c.sources, c.mentions):
            targets += _clause_object_targets(c, x)  # "warned that the U.S. would strike X": X
        elif x.dep_ == "ccomp":
            targets += [a for g in x.children if g.dep_ in NOMINAL_SUBJECT_DEPS
                        for a in np_actors(g, c.mentions) if a not in c.sources]
        elif x.dep_ == "xcomp" and not names_its_addressee(c):
            targets += _clause_object_targets(c, x)
    return targets


# the marks of a condition a threat sets ("would respond if NATO deployed", "unless Paris halts")
_CONDITION_MARKS = frozenset({"if", "unless"})


def conditioned_party_targets(c: VerbCase) -> list[str]:
    """"warned that it would retaliate if the U.S. imposed sanctions", "warned that Washington would
    act if Syria used the weapons": a threat with no addressee whose reported clause sets a condition
    is made to the party the condition is on, the subject of the "if"/"unless" clause of what is
    threatened (PLOVER THREATEN: the target is the one coerced)."""
    if c.trig.type != "THREATEN":
        return []
    return [a for x in c.tok.children if x.dep_ == "ccomp"
            for cond in x.children if cond.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children)
            for g in cond.children if g.dep_ in NOMINAL_SUBJECT_DEPS
            for a in np_actors(g, c.mentions) if a not in c.sources]


def _clause_object_targets(c: VerbCase, x: Token) -> list[str]:
    """What the clause ``x`` does its act to: its objects, else the party a permission permits
    ("agreed to allow Turkish officials to search": ``permissions``), else its prepositional
    recipients."""
    targets = [a for g in x.children if g.dep_ in ("dobj", "dative") for a in np_actors(g, c.mentions)]
    return targets or permitted_parties(x, c.trig.type, c.mentions, c.sources) \
        or prep_targets(x, TARGET_PREPS, c.mentions) or object_recipient(x, c.mentions, c.sources)


def inquired_dealing_targets(c: VerbCase) -> list[str]:
    """"is investigating possible collusion between the campaign and Russia", "probed ties between A
    and B": an inquiry into a dealing whose noun names no party is into the parties of its "between"
    phrase (``inquiries.dealing_parties``)."""
    if not is_inquiry(c.trig):
        return []
    return [a for o in c.tok.children if o.dep_ in ("dobj", "obj")
            for a in dealing_parties(o, c.mentions, c.sources)]


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


def met_abroad_targets(c: VerbCase) -> list[str]:
    """"Kim traveled to Singapore to meet with Trump", "arrived in Vienna for talks with Putin": a trip
    whose purpose names whom it meets, at a venue of no partner's state, is a visit to the partners
    (``visits``); none when the trip went to a partner's state or its purpose names no one."""
    if c.trig.mode != "visit" or "host" in c.trig.flags:
        return []
    partners = meeting_partners([c.tok], c.lex, c.mentions, c.sources)
    hosts = (direct_object_targets(c) or prepositional_targets(c)) if partners else []
    return partners if met_abroad(hosts, partners, c.tok.doc._.actors or {}) else []


# Where an active verb's target is named, in order of preference: the first rule that finds one wins.
VERB_TARGET_RULES: tuple[Callable[[VerbCase], list[str]], ...] = (
    met_abroad_targets, direct_object_targets, evaluated_event_authors, inquired_dealing_targets, wrapped_event_targets,
    invitation_targets, governed_clause_subjects, for_clause_subjects, grievance_targets, prepositional_targets,
    object_prep_targets, multiword_object_targets, object_owner_targets, referred_deal_targets,
    complement_clause_targets, conditioned_party_targets, carried_targets, purpose_targets, struck_place_targets,
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
    # other_side only filters what a rule found: a rule that finds no one is not filtered at all
    targets = next((found for rule in VERB_TARGET_RULES
                    if (found := rule(case)) and (found := other_side(case, found))), [])
    return case.sources, [t for t in targets if t not in case.sources]


def other_side(c: VerbCase, found: list[str]) -> list[str]:
    """"sent American troops to Saudi Arabia", "Washington relaxed its sanctions": what a rule
    finds on the source's own side (``own_side``) is no target of an act done to another side
    (``OWN_SIDE_TYPES``), so the next rule may name the other."""
    found = own_gift(c.tok, c.trig.type, c.sources, found)  # "offered the support of the US": the giver's own
    owners = own_forces_owners(c.tok, c.trig.type, c.sources)  # "pulled American troops": the puller's own
    owners |= own_conduct_owners(c.tok, c.trig.type, c.sources, c.mentions)  # "defended the U.S. policy"
    owners |= speaker_side_subjects(c.tok, c.trig.type, c.sources, c.mentions)  # "warned the U.S. would strike"
    owners |= office_holders_states(c.tok, c.trig.type, c.sources, found, c.mentions)  # "Kerry threatened to leave"
    found = [t for t in found if t not in owners]
    if c.trig.type not in OWN_SIDE_TYPES or not c.sources:
        return found
    actors = c.tok.doc._.actors or {}
    return [t for t in found if not any(own_side(actors, s, t) for s in c.sources)]

"""Who does a nominal event to whom: the possessor, "by"/"from" phrases, modifiers and compounds
of the noun, the verb it is the object of ("Modi's summit with Putin", "a French airstrike in Mali",
"the attack, carried out by the Taliban"): ``NOUN_REJECTIONS``, ``COMPOUND_RULES``,
``NOUN_PARTY_RULES`` and ``noun_roles``. The verbal triggers' parties are in ``roles``, which reads
the parties of an evaluated or wrapped event through ``own_parties`` and ``attack_authors`` here.
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
    participle_agents,
    subject,
)
from .artifacts import artifact_author
from .companions import companion_trip
from .inquiries import inquiry_target
from .instruments import instrument_attacks, instrument_victim_target
from .lexicon import TARGET_PREPS, Frame, Lexicon, Trigger
from .location import UNNAMED_AGENT_TYPES, struck_place_states
from .parties import is_venue, np_actors
from .possessed_acts import announced_act, possessor_performs
from .responsibility import claimant_source, claiming_verb
from .role_phrases import GRIEVANCE_PREPS, IN_PLACE, OBJECT_PREPS, VENUE_PREPS, of_objects, prep_targets
from .subject_events import names_both_parties
from .targets import (
    measure_recipients,
)
from .visits import meeting_partners, met_abroad

# Prepositions whose nominal event is the circumstance of the clause subject's own act.
_CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after", "before", "on", "upon", "following"})
# Prepositions that only order the clause's act in time after or before another event: "Trump sent
# troops after the attacks", "Cardin took the post after the indictment of Menendez". The event
# before or after is someone else's, unless it is an encounter the subject takes part in ("spoke
# to reporters after the meeting with Lavrov"): ``sequence_not_own``.
_SEQUENCE_PREPS = frozenset({"after", "before", "following"})
_ENCOUNTER_TYPES = frozenset({"CONSULT"})


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


def own_parties(tok: Token, trig: Trigger, mentions: list, lex: Lexicon) -> tuple[list[str], list[str], list[str]]:
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
            if prep == "from" and goods_origin(tok, trig):
                targets += ids  # "duties on steel from Canada": where the goods come from
            elif prep in ("by", "from") and trig.mode != "visit":
                sources += ids
            elif prep == "between" and ids and "mediate" in trig.flags:
                targets += ids  # "mediation between Syria and the Palestinians": both are recipients
            elif prep == "between" and ids:
                sources, targets = sources or ids[:1], targets + ids[1:]
            elif prep in TARGET_PREPS and not targets and not ("recip" in trig.flags and prep in VENUE_PREPS):
                targets = ids
    if "about" in trig.flags:  # "a complaint to the UN over Israeli raids"
        targets = prep_targets(tok, GRIEVANCE_PREPS, mentions) or targets
    if not sources and trig.mode != "visit":
        sources = [a for x in participle_agents(tok, lambda v: performs(v, lex)) for a in np_actors(x, mentions)]
    if trig.mode in _TAKEN_FROM_MODES:
        sources, targets = _taken_from(tok, trig, mentions, sources, targets)
    # "Donald J. Trump ... Meeting with": one actor named by several words is one party (not a meeting with himself)
    return list(dict.fromkeys(sources)), list(dict.fromkeys(modifiers)), list(dict.fromkeys(targets))


def goods_origin(tok: Token, trig: Trigger) -> bool:
    """"duties on Chinese goods as well as steel from the European Union": a trade penalty laid "on"
    goods (flag goods of ``kb/events.tsv``) whose "from" phrase the parser hangs on the noun names
    where the goods come from, the side it hits, not who lays it; "tariffs from China" with no
    "on" phrase may still be China's own."""
    return "goods" in trig.flags and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(x.dep_ == "pobj" and not x._.actor for x in c.children)
        for c in tok.children)


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


def sequence_not_own(tok: Token, trig: Trigger) -> bool:
    """"approved sending troops after the Sept. 14 attacks", "took the lead spot after the
    indictment of X", "played down diplomacy after the 9/11 attacks": an event a phrase of time
    sequence names is what the clause's act follows or precedes, done by someone else; only an
    encounter, "said after talks with Y", is one the subject took part in."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _SEQUENCE_PREPS and trig.type not in _ENCOUNTER_TYPES


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
    return "light" in c.trig.flags and not c.governed and not possessor_performs(c.tok, c.trig.flags)


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
        c.targets = [a for x in of_objects(c.tok) for a in prep_targets(x, OBJECT_PREPS, c.mentions)]


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
    """"kicked off a visit", "said in a phone call with": the governing verb's (active) subject; not
    of an event the clause's act only follows or precedes (``sequence_not_own``), nor of a verb of
    undergoing, "Trump faces an impeachment inquiry", "the general, facing an internal
    investigation": its subject undergoes the act (``undergoer_target``), it never does it."""
    if not c.sources and c.governed and c.gov is not None and not sequence_not_own(c.tok, c.trig) \
            and not (c.frame and c.frame.effect == "undergo"):
        subj, passive = subject(c.gov, c.lex.subjects)
        if subj is not None and not passive:
            c.sources = np_actors(subj, c.mentions)


def attack_authors(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> list[str]:
    """"Was killed in a U.S. drone strike": the attack's own author did it (``instruments.py``)."""
    for x, inner in instrument_attacks(tok, trig, lex):
        sources, modifiers, _ = own_parties(x, inner, mentions, lex)
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
    if c.targets or gov is None or not c.governed or sequence_not_own(c.tok, c.trig):
        return
    c.targets = [a for x in gov.children if x.dep_ in DIRECT_OBJECT_DEPS and x.i != c.tok.i
                 for a in np_actors(x, c.mentions) if a not in c.sources]
    preps = TARGET_PREPS[:5] + (("in",) if c.trig.type in IN_PLACE else ()) + \
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


def met_abroad_partners(c: NounCase) -> None:
    """"a trip to Singapore to meet Trump", "made a trip to Vienna for talks with Putin": a trip whose
    purpose (on the noun or the verb that carries it) names whom it meets, at a venue of no partner's
    state, is a visit to the partners (``visits``)."""
    if c.trig.mode != "visit" or "host" in c.trig.flags or not c.targets:
        return
    heads = [c.tok, *([c.gov] if c.governed and c.gov is not None else [])]
    partners = meeting_partners(heads, c.lex, c.mentions, c.sources)
    if met_abroad(c.targets, partners, c.tok.doc._.actors or {}):
        c.targets = partners


# Filling in a nominal event's parties, in order: each rule completes what the earlier left open.
def announced_act_target(c: NounCase) -> None:
    """"Trump's threat to impose tariffs on China", "Kim's threats to attack South Korea": a threat
    its possessor makes (flag ``possinf``) is made to whom the act it announces would hit, the
    object of its "to" infinitive or that verb's "on", "against", "to" or "into" phrase."""
    if c.targets or "possinf" not in c.trig.flags:
        return
    for act in (x for x in c.tok.children if announced_act(x)):
        objs = [a for x in act.children if x.dep_ in DIRECT_OBJECT_DEPS for a in np_actors(x, c.mentions)]
        c.targets = objs or prep_targets(act, ("on", "against", "to", "into"), c.mentions)
        return


NOUN_PARTY_RULES: tuple[Callable[[NounCase], None], ...] = (
    companion_trip,  # "joined X on a trip": X's trip, read before any rule takes the governing verb's parties
    eased_measure_recipient, of_object_recipient, of_object_author, modifiers_as_parties, instrument_author_source,
    claimant_source, instrument_victim_target, light_verb_agent_source, governing_subject_source, inquiry_target,
    under_event_undergoer, undergoer_target, governing_verb_targets, struck_place_target, met_abroad_partners,
    announced_act_target,
)


def noun_roles(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[list[str], list[str]] | None:
    """Parties of a nominal event, or None when the noun does not report an event here."""
    sources, modifiers, targets = own_parties(tok, trig, mentions, lex)
    gov = governor(tok)
    frame = lex.frame(gov) if gov is not None else None
    case = NounCase(tok, trig, lex, mentions, sources, modifiers, targets, gov, frame, _governed(tok, gov, frame))
    if any(rejects(case, lex) for rejects in NOUN_REJECTIONS):
        return None
    for rule in NOUN_PARTY_RULES:
        rule(case)
    return case.sources, case.targets

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

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...kb import activate, override_folder
from ...model import UNIDENTIFIED_ATTACKERS_KEY, Actor, Event
from .. import extensions  # noqa: F401  (registers the attributes)
from ..common import record_id, sentence_of, state_actor
from ..lines import heading_line
from ..syntax import DIRECT_OBJECT_DEPS, clause_tokens, governor, is_negated, subject
from .act_places import act_place_targets
from .after_publication import flag_still_to_come
from .arrests import arrests_private_persons
from .claimed_elsewhere import claimed_elsewhere
from .coparticipants import coordinated_subject_meets_apart
from .dating import date_from_anchors, event_date
from .drafts import Draft, country_of
from .frames import apply_frames
from .hosting import hosted_roles
from .interviews import journalists, without_outlets, without_press
from .lexicon import NEEDS_TARGET, Lexicon, Trigger, carrier, lexicon
from .location import (
    UNNAMED_AGENT_TYPES,
    drop_place_agents,
    event_location,
    location_source,
    mentions_of_a_named_attack,
)
from .merge import absorb_protest_demands, collapse_force, deduplicate, same_party
from .noun_roles import noun_roles
from .now import told_as_now
from .offset_day import offset_date
from .own_forces import FORCE_NOUNS, met_at_home
from .paragraph_day import carried_date
from .parties import OWN_SIDE_TYPES, done_at_home, np_actors, own_side
from .peg import peg_date
from .referred_attacks import referred_author
from .role_phrases import prep_targets
from .roles import verb_roles
from .speech_acts import drop_assertions, speech_acts
from .targets import eases_a_measure_abroad

_MAX_PARTIES = 4  # a list of ten countries is a list, not ten events
# Acts done at home when no recipient is named: their recipient is the actor's own country.
DOMESTIC = frozenset({"COERCE", "CONCEDE", "PROTEST"})
# ... and, when a part of the population does them, these too.
GROUP_DOMESTIC = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "ASSAULT"})
# Promises, threats and refusals: made to another party, not to the maker's own state unless the clause
# names its people (``pledged_home_act``); a demand keeps it, "called on supporters to take to the streets".
PLEDGED_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})
# ... but never these, which are done to another party even when the text does not name it: a cyber
# attack ("Russian hackers hacked the servers") and a seizure of territory ("annexed", "seized the
# town", CAMEO 192) have no home recipient.
NOT_AT_HOME_MODES = frozenset({"cyber"})
NOT_AT_HOME_CAMEO = frozenset({"192"})


def _placed_attack(trig: Trigger) -> bool:
    """An attack whose unnamed agent the place it hit stands for ("the attack on the consulate in
    Benghazi"): not a seizure of territory, CAMEO 192 ("Crimea's annexation"), whose place is what
    was taken from its state, never the state or people that took it."""
    return trig.type in UNNAMED_AGENT_TYPES and trig.cameo not in NOT_AT_HOME_CAMEO


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
            return _first_actor(a, lex, mentions)
        child = a
    root = sentence_of(tok).root
    for c in root.children:
        if c.dep_ == "parataxis" and c.lemma_.lower() in lex.speech and not c.is_ancestor(tok):
            return _first_actor(c, lex, mentions)
    if root.lemma_.lower() in lex.speech and root.i != tok.i and not any(
            c.dep_ == "ccomp" for c in root.children) and root.i > tok.i:
        return _first_actor(root, lex, mentions)
    return None


def _first_actor(verb: Token, lex: Lexicon, mentions: list) -> str | None:
    subj, _ = subject(verb, lex.subjects)
    ids = np_actors(subj, mentions) if subj is not None else []
    return ids[0] if ids else None


def _flies_forces(tok: Token) -> bool:
    """"flew stealth bombers over South Korea", "flew troops into Kabul": a trip verb whose object is a
    force (``kb/force_nouns.tsv``) moves it, a deployment, no visit of the subject."""
    return any(c.dep_ in DIRECT_OBJECT_DEPS and c.lemma_.lower() in FORCE_NOUNS for c in tok.children)


# ---------------------------------------------------------------- coding one trigger
def code_trigger(tok: Token, trig: Trigger, lex: Lexicon, doc: Doc) -> Draft | None:
    mentions = doc._.mentions or []
    actors = doc._.actors or {}
    if trig.pos == "V":
        if "person" in trig.flags:
            subj, _ = subject(tok, lex.subjects)
            if subj is not None and subj.lemma_.lower() in FORCE_NOUNS or _flies_forces(tok):
                return None  # troops arriving, bombers flown over: a deployment, not a visit
        if tok.dep_ == "amod":
            return None  # "an occupying army", "the besieged town": a description, not an event
        sources, targets = verb_roles(tok, trig, lex, mentions)
    else:
        roles = noun_roles(tok, trig, lex, mentions)
        if roles is None:
            return None
        sources, targets = roles
    if "host" in trig.flags:  # PLOVER codes the visitor as source and the host as recipient
        sources, targets = targets, sources
    sources, targets = hosted_roles(tok, trig, (sources, targets), actors)  # "met X at the White House"
    sources = drop_place_agents(tok, sources)
    flags = trig.flags
    if not sources and trig.type in UNNAMED_AGENT_TYPES:
        sources = referred_author(tok, targets, doc, lex)  # "U.S. jets struck ... was also killed in the strike"
    if not sources and (_placed_attack(trig) or "home" in trig.flags):
        # "guerrillas in Macedonia have been demobilized": an agentless domestic act is the state's
        where = location_source(tok, targets)
        if where is not None and trig.type in UNNAMED_AGENT_TYPES:
            where = unidentified_attackers(actors, where)
        sources = [where] if where else []
        flags = trig.flags | {"unclaimed"}  # an unclaimed attack on no named party: violence at home
    if not sources:
        return None  # PLOVER codes no event without a named actor doing it
    if trig.type == "CONCEDE" and not trig.objects:
        flags = flags | {"yield"}  # nothing yielded is named by the row ("backed down", "relented")
    if trig.type == "CONCEDE" and eases_a_measure_abroad(tok):
        flags = flags | {"abroad"}  # "eased sanctions": yielded to whom they hit, never at home
    d = Draft(type=trig.type, mode=trig.mode, cameo=trig.cameo, sources=sources, targets=targets,
              anchor=tok, words=trig.words, recip="recip" in trig.flags, negated=is_negated(tok),
              flags=flags, base=trig.type)
    if "solo" in flags and not targets and len(sources) == 1:
        abroad = _held_in(tok, mentions, sources, actors)
        if abroad:  # "conducting military exercises in Alaska": a show of force against the host
            d = replace(d, type="MOBILIZE", mode="troops", cameo="152", targets=abroad, recip=False)
    d.reported_by = _reporter(tok, doc, lex, mentions)
    return apply_frames(d, tok, lex, mentions, actors)


def unidentified_attackers(actors: dict, place_id: str) -> str:
    """The unnamed attackers of an unclaimed attack, as a group of the state where it happened
    ("the attack on the U.S. consulate in Benghazi": "Unidentified attackers (Libya)", as ICEWS
    codes unidentified gunmen): the state did not make it, but the act belongs to its territory
    (its country is what the PLOVER gold codes as the source). A place that is no state stays."""
    return _population_group(actors, place_id, UNIDENTIFIED_ATTACKERS_KEY, "Unidentified attackers")


def demonstrators(actors: dict, source_id: str) -> str:
    """The people of a state coded as the source of a street demonstration at home ("Iranians
    protested", "thousands of Egyptians marched", "protests erupted in Cairo"): a state does not
    march in its own streets, a group of its population does ("Protesters (Iran)"; its country
    stays the state's). Any other source stays."""
    return _population_group(actors, source_id, "protesters", "Protesters")


def _population_group(actors: dict, state_id: str, key: str, label: str) -> str:
    """The group ``label`` of the state ``state_id`` ("Protesters (Iran)"), added to the
    document's actors when new; an actor that is no state stays itself."""
    state = actors.get(state_id)
    if state is None or state.kind != "state" or not state.country:
        return state_id
    aid = f"group:{state.country.lower()}-{key}"
    if aid not in actors:
        actors[aid] = Actor(aid, f"{label} ({state.name})", "group", state.country)
    return aid


def _held_in(tok: Token, mentions: list, sources: list[str], actors: dict) -> list[str]:
    """The other state in whose territory the act is held: "in X" on the noun or its verb."""
    gov = governor(tok)
    own = {country_of(actors, s) for s in sources}
    for t in (tok, gov) if gov is not None else (tok,):
        found = [a for a in prep_targets(t, ("in",), mentions) if country_of(actors, a) not in own]
        if found:
            return found
    return []


def _expand(d: Draft, actors: dict, press: frozenset[str] = frozenset()) -> list[Draft]:
    """One draft per (source, target) pair; parties named on both sides act together."""
    d = without_outlets(d, actors)  # "spoke with CNN": an interview, no partner
    d = without_press(d, press)  # "CNN's Blitzer pressed Swalwell": a journalist's question
    if act_places := act_place_targets(d):  # "rejected military action in Syria": where, not to whom
        d = replace(d, targets=[t for t in d.targets if t not in act_places])
    sources = [s for s in d.sources if s in actors][:_MAX_PARTIES]
    targets = [t for t in d.targets if t in actors and t not in sources][:_MAX_PARTIES]
    targets = [t for t in targets if not met_at_home(d.type, actors, sources, t)]  # "visited Texas": no partner
    if not sources:
        return []
    if d.type in OWN_SIDE_TYPES and (other := [t for t in targets if not _own_side_of(actors, sources, t)]) != targets:
        # "Israel's navy seized Israeli rockets": the source's own side named as the target is
        # never it, nor is the source's state then the target at home
        return [replace(d, sources=[s], targets=other) for s in sources] if not other else \
            [replace(d, sources=[s], targets=[t]) for s in sources for t in other]
    if not targets and len(sources) > 1 and d.recip and not coordinated_subject_meets_apart(d):
        sources, targets = sources[:1], sources[1:]  # "Lukashenko and Xi met": one meeting; not "met with leaders"
    if not targets and "solo" in d.flags and d.type == "COOPERATE":
        d = replace(d, type="MOBILIZE", mode="troops", cameo="152")  # exercises alone are a show of force
    if not targets and d.type == "ASSAULT" and "target" in d.flags:
        return []  # "strikes on X": the sense of the word is known only by whom it hits ("strikes on Monday")
    if not targets and d.type == "PROTEST" and d.mode == "demo":
        d = replace(d, sources=[demonstrators(actors, s) for s in sources])  # "Iranians protested": its people
        sources = d.sources
    if not targets and _bare_yield(d):
        return []  # "Egypt backed down": to an adversary the clause does not name, never to itself
    if not targets:
        homes = {s: _home_state(d, [s], actors) for s in sources}
        if all(homes.values()) and (len(set(homes.values())) > 1 or _home_state(d, sources, actors)):
            # each party acts at home: "US and British activists protested" (two domestic protests)
            placed = {s: h for s, h in homes.items() if h is not None}  # every one, by the test above
            return [replace(d, sources=[s], targets=[h]) for s, h in placed.items() if s != h] or \
                [replace(d, sources=[s], targets=[h]) for s, h in placed.items()]
        # a directed act with no recipient found ("demanded", "refused", "attended the summit" with
        # no partner): the recipient was missed or the word misread (lexicon.NEEDS_TARGET says how often)
        if (d.type in NEEDS_TARGET and "alone" not in d.flags) or _addressee_lost(d) or d.type == "CONSULT":
            return []
        return [replace(d, sources=[s], targets=[]) for s in sources]
    if d.recip and len(sources) == 1 and len(targets) > 1:
        return [replace(d, sources=sources, targets=[t]) for t in targets]
    return [replace(d, sources=[s], targets=[t]) for s in sources for t in targets]


def _addressee_lost(d: Draft) -> bool:
    """A word whose row names its addressee ("urged", "asked", "pressed", "called on"; flag
    ``target`` of kb/events.tsv) with none found: the addressee was lost or the word misread.
    Judged audit records of such words with no target were right 3 times in 53 (2026-12-06). Only in the row's own
    sense: an intention recoded as a pledge ("will send a team to help") keeps its own test."""
    return "target" in d.flags and d.type == d.base


def _own_side_of(actors: dict, sources: list[str], target: str) -> bool:
    return any(own_side(actors, s, target) for s in sources)


def _bare_yield(d: Draft) -> bool:
    """A concession verb with nothing yielded ("backed down", "relented", "caved", "complied"):
    one yields to an adversary, so with none named there is no recipient (a measure lifted or a
    pardon granted, with its object, is a concession at home)."""
    return d.type == "CONCEDE" and "yield" in d.flags and d.anchor.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ == "nsubjpass" for c in d.anchor.children)


def _home_state(d: Draft, sources: list[str], actors: dict) -> str | None:
    """The recipient of an act that names none and is done at home: a curfew imposed, a ban
    lifted, a strike held, or a demand, threat or attack by a part of a country's own population
    (PLOVER codes the country as the recipient). The state's actor id, added when unmentioned."""
    kinds = {actors[s].kind for s in sources if s in actors}
    if d.mode in NOT_AT_HOME_MODES or d.cameo in NOT_AT_HOME_CAMEO or "abroad" in d.flags:
        return None
    if "unclaimed" in d.flags and sources[0] in actors:
        first = actors[sources[0]]  # the state itself, or its unidentified attackers
        return sources[0] if first.kind != "group" else state_actor(actors, first.country)
    if not (d.type in DOMESTIC or d.base in DOMESTIC or "home" in d.flags
            or ("group" in kinds and d.type in GROUP_DOMESTIC)):
        return None
    countries = {actors[s].country for s in sources if s in actors}
    if len(countries) != 1 or None in countries:
        return None
    home = state_actor(actors, countries.pop())
    if home is not None and not done_at_home(d.type, d.cameo) and _own_side_of(actors, sources, home):
        return None  # "Iran seized tankers", "China made concessions": not done to Iran or China
    if arrests_private_persons(d.anchor, d.cameo):
        return None  # "police detained two men": done to the men, not to the police's own state
    if home is not None and pledged_home_act(d) and "group" not in kinds and not names_home_group(d, home, actors):
        return None  # "vowed to apprehend those responsible", "refused to back down": not to the own state
    return home


def pledged_home_act(d: Draft) -> bool:
    """A promise, threat or refusal (``PLEDGED_TYPES``) a governing word made of an act done at home
    (``DOMESTIC``): "vowed to apprehend those responsible", "said he would ease travel restrictions",
    "refused to back down". It is made to whom it binds, coerces or refuses, an adversary or a party
    abroad the clause may not name, so the act's home recipient passes to it only when the clause names
    a part of the home state's population the act is done to (``names_home_group``), or when such a part
    makes it ("protesters agreed to remove the barriers": to their own state, as ``GROUP_DOMESTIC``)."""
    return d.base in DOMESTIC and d.type != d.base and d.type in PLEDGED_TYPES and "home" not in d.flags


def names_home_group(d: Draft, home: str, actors: dict) -> bool:
    """"Hungary threatened to ban opposition candidates": the governed clause names a group of the home
    state's own population (not the maker itself), so the pledge is made at home (PLOVER: X -> X)."""
    country = actors[home].country
    return any((a := actors.get(t._.actor)) is not None and a.kind == "group" and a.country == country
               and t._.actor not in d.sources for t in d.anchor.subtree)


# ---------------------------------------------------------------- the document
def find_events(doc: Doc, lex: Lexicon | None = None) -> list[Event]:
    """Every PLOVER event the document reports, one record per real-world event."""
    lex = lex or lexicon()
    actors = doc._.actors or {}
    if not actors:
        return []
    press = journalists(doc, actors)
    drafts: list[Draft] = []
    recoded: set[int] = set()  # governing words that became events themselves ("refused", "urged")
    for i in lex.trigger_indices(doc):
        tok = doc[i]
        trig = lex.match(tok)
        if trig is None or heading_line(tok):  # a headline between paragraphs reports no act of its own
            continue
        tok = carrier(tok) if trig.pos == "N" else tok
        d = code_trigger(tok, trig, lex, doc)
        if d is None:
            continue
        if d.anchor.i != tok.i:
            recoded.add(d.anchor.i)
        drafts.extend(_expand(d, actors, press))
    drafts = drop_assertions(drafts) + [x for d in speech_acts(doc, lex) for x in _expand(d, actors, press)]
    drafts = [d for d in drafts if not (d.anchor.i in recoded and d.words.split()[0] == d.anchor.lemma_.lower()
                                        and " " not in d.words)]
    drafts = mentions_of_a_named_attack(drafts, actors)
    drafts = claimed_elsewhere(drafts, doc, lex)  # "ISIS claimed the attacks ... the attacks in Paris"
    drafts = absorb_protest_demands(collapse_force(drafts, lambda a, b: same_party(a, b, actors)))
    events = [_to_event(doc, d) for d in drafts]
    events = deduplicate(events, actors)
    date_from_anchors(events, doc)  # "since Moscow launched its invasion of Ukraine"
    flag_still_to_come(events, doc)  # "Macron pays a state visit on April 24" in an April 3 article
    for n, e in enumerate(events, start=1):
        e.id = record_id(doc, "e", n)
    return events


def _to_event(doc: Doc, d: Draft) -> Event:
    sent: Span = sentence_of(d.anchor)
    clause = clause_tokens(d.anchor)
    start = min(t.idx for t in clause)
    end = max(t.idx + len(t.text) for t in clause)
    return Event(id="", type=d.type, source=d.sources[0], target=d.targets[0] if d.targets else None,
                 sentence=sent.text, span=(start, end), mode=d.mode, cameo=d.cameo,
                 date=_offset(doc, d) or event_date(doc, d.anchor, clause) or _carried(doc, d) or _peg(doc, d)
                 or _now(doc, d),
                 location=event_location(d.anchor, d.mode),
                 negated=d.negated, hypothetical=d.hypothetical,
                 reported_by=d.reported_by if d.reported_by != d.sources[0] else None, trigger=d.words)


def _offset(doc: Doc, d: Draft) -> str | None:
    """The day a measured clause of order ties a done act to, "a day after X struck" (``offset_day``)."""
    return None if d.negated or d.hypothetical else offset_date(doc, d.anchor)


def _now(doc: Doc, d: Draft) -> str | None:
    """The document's date for a done act told in the present progressive (``now.told_as_now``)."""
    return None if d.negated or d.hypothetical else told_as_now(doc, d.anchor)


def _carried(doc: Doc, d: Draft) -> str | None:
    """The time of the occasion its paragraph opened with, for a done act of the occasion's
    subject told after it (``paragraph_day.carried_date``)."""
    return None if d.negated or d.hypothetical else carried_date(doc, d.anchor, d.sources)


def _peg(doc: Doc, d: Draft) -> str | None:
    """The day of a done act's news: its speaker's one dated occasion, else the lead's day
    (``peg.peg_date``)."""
    return None if d.negated or d.hypothetical else peg_date(doc, d.anchor, [*d.sources, *d.targets], d.sources)


@Language.factory("diplograph_events", default_config={"kb_dir": None}, assigns=["doc._.events"],
                  requires=["doc._.actors", "doc._.mentions", "token._.actor", "doc._.times", "doc.user_data"])
def make_events(nlp: Language, name: str, kb_dir: str | None) -> EventCoder:
    return EventCoder(kb_dir)


class EventCoder:
    """spaCy component: ``doc._.events = find_events(doc, lexicon)``; the trigger and frame
    lexicon (the packaged tables and those of ``kb_dir``; None: ``$DIPLOGRAPH_KB_DIR``) is built
    once, with the pipeline, and lives here."""

    def __init__(self, kb_dir: str | None = None) -> None:
        self.kb_dir = override_folder(kb_dir)
        with activate(self.kb_dir):
            self.lexicon = Lexicon()

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            doc._.events = find_events(doc, self.lexicon)
        return doc

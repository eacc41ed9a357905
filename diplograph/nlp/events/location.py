"""Where an event happened, as the text states it: "visited Beijing", "talks in Geneva",
"met in Moscow on Tuesday", "a visit to China", "fired at targets near Jericho".

A location is a place the knowledge base knows (a city, region or capital: ``kb/places.tsv``,
``kb/countries.tsv``, marked by the actors component in ``doc.user_data[LOCATIONS]``) or a
GPE/LOC/FAC entity, named in a locative phrase ("in", "at", "near", ...) on the trigger, on
the verb that governs a nominal trigger ("held talks in Geneva"), or on their objects ("fired
at targets in Jericho"); a visit also happens where it goes ("visited Beijing", "a trip to
Moscow"). Phrases on the subject ("the US commander in Iraq held talks ...") place the actor,
not the event, and are not read. The first place found, in that order of attachment, is the
location; its whole name is returned ("New York", "the West Bank").

Places in events: a city or region (``kb/places.tsv``) names its state as the location or
the target of an act ("fired at targets in Jericho", "southwest of Baghdad"), never as the one
who acts; and an attack whose attacker the text does not name ("a roadside bomb near Samarra
killed ...") is coded, as the PLOVER gold standard codes it, with the state where it happened
as its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..common import actor_of, sentence_of
from ..extensions import LOCATIONS
from ..syntax import NOMINAL_SUBJECT_DEPS, clause_tokens, governor, own_subjects
from .parties import np_actors

if TYPE_CHECKING:
    from .drafts import Draft

# Prepositions that put an act somewhere.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
# Modes whose destination is where the event happens ("a visit to Beijing").
_GOING_MODES = frozenset({"visit"})
# Nouns of going somewhere: "talks during a visit to Beirut" happen in Beirut.
_JOURNEYS = frozenset({"visit", "trip", "tour", "journey"})
# Verbs of arriving: "met X after arriving in Minsk" happened in Minsk.
_ARRIVALS = frozenset({"arrive", "land", "reach"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Nouns that stand before the place they introduce ("the city of Nablus", "the town of Tikrit").
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district",
                          "port", "island", "state", "county", "border", "outskirts", "suburb", "area"})


def event_location(anchor: Token, mode: str | None = None) -> str | None:
    """The place name where the event of ``anchor`` (its trigger or recoding word) happened."""
    heads = _heads(anchor)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            going = prep.lower_ == "to" and (mode in _GOING_MODES or head.lemma_.lower() in _JOURNEYS)
            if prep.lower_ in LOCATIVE_PREPS or going:
                name = _first_place([x for x in prep.children if x.dep_ == "pobj"])
                if name:
                    return name
    if mode in _GOING_MODES:  # "visited Beijing"
        return _first_place([c for h in heads[:2] for c in h.children if c.dep_ in ("dobj", "obj")])
    return None


def _heads(anchor: Token) -> list[Token]:
    """The trigger, the verb of a nominal trigger, and their objects, in order of preference."""
    heads = [anchor]
    gov = governor(anchor)
    if anchor.pos_ in ("NOUN", "PROPN") and gov is not None and gov.pos_ in ("VERB", "AUX"):
        heads.append(gov)
    for h in list(heads):
        for c in h.children:
            arrival = c.dep_ == "advcl" and c.lemma_.lower() in _ARRIVALS  # "met X after arriving in Minsk"
            if arrival or (c.dep_ in ("dobj", "obj") and c.i != anchor.i):
                heads.append(c)
            elif c.dep_ == "prep":  # "fired at targets in Jericho", "talks during a visit to Beirut"
                heads += [x for x in c.children if x.i != anchor.i and (x.dep_ == "pobj" or (
                    x.dep_ == "pcomp" and x.lemma_.lower() in _ARRIVALS))]
    return heads


def _first_place(tokens: list[Token]) -> str | None:
    for t in tokens:
        for cand in (t, *t.conjuncts):
            name = place_name(cand)
            if name:
                return name
            if cand.lemma_.lower() in _PLACE_NOUNS:  # "the city of Nablus", "the capital, Kabul"
                inner = [x for p in cand.children if p.dep_ == "prep" and p.lower_ == "of"
                         for x in p.children if x.dep_ == "pobj"]
                inner += [x for x in cand.children if x.dep_ in ("appos", "compound")]
                name = next((n for n in map(place_name, inner) if n), None)
                if name:
                    return name
    return None


def place_name(tok: Token) -> str | None:
    """The whole name of the place ``tok`` heads, or None when it names no place."""
    where = tok.doc.user_data.get(LOCATIONS) or {}
    if tok.ent_type_ in _PLACE_ENTS and tok.ent_iob_ in ("B", "I"):
        return _entity_text(tok)
    if tok.i in where:
        start, end = tok.i, tok.i + 1
        while start > 0 and start - 1 in where and actor_of(tok.doc[start - 1]) == actor_of(tok):
            start -= 1
        while end < len(tok.doc) and end in where and actor_of(tok.doc[end]) == actor_of(tok):
            end += 1
        return tok.doc[start:end].text
    return None


def _entity_text(tok: Token) -> str:
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while end - 1 > start and doc[end - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ", "PART"):
        end -= 1  # "the Roosevelt Room of": an entity cut inside its phrase
    while start < end - 1 and doc[start].pos_ == "DET":
        start += 1  # "the West Bank" -> "West Bank"
    return doc[start:end].text


# ---------------------------------------------------------------- places as agents and targets
# Prepositions that put an act somewhere ("in", "near the town of", "southwest of").
_LOCATIVE = frozenset({"in", "near", "at", "of", "outside", "around", "inside", "on", "across"})
# Types whose unnamed agent the gold standard codes as the state where the act took place.
UNNAMED_AGENT_TYPES = frozenset({"ASSAULT"})


def _locations(tok: Token) -> dict[int, str]:
    return tok.doc.user_data.get(LOCATIONS) or {}


def drop_place_agents(tok: Token, sources: list[str]) -> list[str]:
    """The sources a sentence names otherwise than only by a place inside it."""
    where = _locations(tok)
    if not where or not sources:
        return sources
    named: set[str] = set()
    for t in sentence_of(tok):
        a = actor_of(t)
        if a and where.get(t.i) != "place":
            named.add(a)
    return [s for s in sources if s in named]


def _names_country(t: Token, actors: dict) -> bool:
    """"killed in Ukraine": a state's own name used as a place."""
    a = actors.get(actor_of(t))
    return a is not None and a.kind == "state" and t.ent_type_ in ("GPE", "LOC")


def location_source(tok: Token, targets: list[str]) -> str | None:
    """The state where an act with no named agent took place: the first place or capital in a
    locative phrase of the trigger's clause (or of its subject's), not already a target."""
    where = _locations(tok)
    actors = tok.doc._.actors or {}
    tokens = list(clause_tokens(tok))
    for c in own_subjects(tok, NOMINAL_SUBJECT_DEPS):
        tokens += list(c.subtree)
    for t in sorted(tokens, key=lambda x: x.i):
        a = actor_of(t)
        # a country's own name places only an act on a named party ("soldiers killed in Ukraine"),
        # not "the wars in Afghanistan" or "fought in Iraq"
        if not a or a in targets or not (t.i in where or (targets and _names_country(t, actors))):
            continue
        if any(x.dep_ == "prep" and x.lower_ in _LOCATIVE for x in t.ancestors if x.i > tok.i - 30):
            return a
    return None


# ---------------------------------------------------------------- what fire at a distance hits
# CAMEO codes of fire at a distance (194: artillery and tanks, 195: aerial weapons): what they hit
# is a place, so the state the place belongs to is their recipient ("drone strikes in Pakistan").
FIRE_AT_A_PLACE = frozenset({"194", "195"})
# Prepositions that put what is hit somewhere ("airstrikes in Syria", "struck targets near Damascus").
_STRUCK_PREPS = frozenset({"in", "near", "on", "inside", "across", "outside", "around", "at"})


def struck_place_states(heads: list[Token], cameo: str | None, sources: list[str]) -> list[str]:
    """"The United States carried out a drone strike in Pakistan", "Israel launched airstrikes in
    Syria", "jets struck targets near Damascus": the states of the places a strike of another
    state's forces hits, in a locative phrase on the trigger (or its object, or the verb that
    governs the noun): a place is never the attacker, but it is what is attacked. A state's
    strikes at home ("Syrian jets bombed Idlib") name no recipient here."""
    if cameo not in FIRE_AT_A_PLACE or not sources or not heads:
        return []
    if any(_names_what_is_hit(h) for h in heads):
        return []
    actors = heads[0].doc._.actors or {}
    own = {actors[s].country if s in actors and actors[s].country else s for s in sources}
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _STRUCK_PREPS:
                continue
            found = [a for x in prep.children if x.dep_ == "pobj" for a in np_actors(x)
                     if a in actors and actors[a].kind == "state" and actors[a].country not in own]
            if found:
                return list(dict.fromkeys(found))
    return []


def _names_what_is_hit(head: Token) -> bool:
    """"Air strikes in Iraq on the terror group", "airstrikes in Syria against facilities tied to
    a militia", "strikes targeting ISIS": the text names what was hit, and the place is only
    where (a place or state after "on"/"against" is still the place: "strikes on Damascus")."""
    where = _locations(head)
    actors = head.doc._.actors or {}
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "target":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            for x in c.children:
                named_place = x.i in where or (actor_of(x) in actors and actors[actor_of(x)].kind == "state")
                if x.dep_ == "pobj" and not named_place and x.ent_type_ not in ("DATE", "TIME"):
                    return True
    return False


def mentions_of_a_named_attack(drafts: list[Draft], actors: dict) -> list[Draft]:
    """"The attack on the U.S. consulate in Benghazi ... the Benghazi attack ... the attacks in
    Benghazi": when the document names whom an unclaimed attack hit, its other mentions that
    name only the place are that attack, not an attack on the state there: they go, and the
    mention that names the target stands for them all."""
    named = {d.sources[0] for d in drafts if _unclaimed_attack(d) and not d.negated and not d.hypothetical
             and d.targets and not _at_home(d, actors)}
    return [d for d in drafts if not (_unclaimed_attack(d) and d.sources[0] in named and _at_home(d, actors))]


def _unclaimed_attack(d: Draft) -> bool:
    return d.type in UNNAMED_AGENT_TYPES and "unclaimed" in d.flags and len(d.sources) == 1


def _at_home(d: Draft, actors: dict) -> bool:
    """The only target is the state the unnamed attackers are of (the place's state)."""
    source, targets = actors.get(d.sources[0]), [actors.get(t) for t in d.targets]
    return source is not None and len(targets) == 1 and targets[0] is not None and targets[0].kind == "state" \
        and targets[0].country == source.country

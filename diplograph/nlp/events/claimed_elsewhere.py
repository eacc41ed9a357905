"""An attack the document says was claimed is the claimant's wherever else it is told: "The
Islamic State claimed responsibility for the attacks that killed 130 people. ... Fear spread after
the attacks in Paris", "the group, which has claimed responsibility for the Nov. 13 attacks ...
the deadly attacks in Paris".

News names an attack's author once, in the claim (``responsibility.claiming_verb``), and later
mentions only the place or the toll; read alone, each of those is an unclaimed attack and was coded
to "Unidentified attackers" of the place's state (``component.unidentified_attackers``), though
the document says who did it. The claimed attack and the unclaimed ones are one when the claim
names the same state as its place, or names no place and every unclaimed attack of the document
happened in one state. Only a mention by an attack noun ("the attacks in Paris") is the claimed
attack, or a verb of violence the text makes that attack's own act: its subject is the attack ("the
attacks that killed 130 in Paris") or it was done in it ("an American was killed in the London
attack", ``instruments.instrument_attacks``); any other verb of violence done to someone ("two
reporters were shot in Khost") is an act of its own, which a claim of another attack in the same
country does not cover. Not when the document
has two claimants (which attack is whose is then unknown), nor a claim negated or only possible
(``responsibility.claimants``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import UNIDENTIFIED_ATTACKERS_KEY
from ..syntax import agents, own_subjects, subject
from .drafts import Draft
from .instruments import instrument_attacks
from .lexicon import Lexicon
from .location import UNNAMED_AGENT_TYPES
from .parties import np_actors
from .responsibility import attacked_place, claimants, claiming_verb

_RELATIVE_WORDS = frozenset({"which", "that", "who"})


def _claims(doc: Doc, lex: Lexicon) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """(claimants, countries of the attack's stated place) of each attack noun a claim names."""
    mentions = doc._.mentions or []
    actors = doc._.actors or {}
    found = []
    for i in lex.trigger_indices(doc):
        trig = lex.match(doc[i])
        if trig is None or trig.pos != "N" or trig.type not in UNNAMED_AGENT_TYPES:
            continue
        who = tuple(claimants(doc[i], lex, mentions))
        if who and _claimed_in_own_words(doc[i], mentions):
            places = frozenset(actors[a].country for a in attacked_place(doc[i], list(who)) if actors[a].country)
            found.append((who, places))
    return found


def _claimed_in_own_words(attack: Token, mentions: list) -> bool:
    """The claim names its claimant itself: the claiming verb's own subject or agent, or the noun
    its relative clause hangs on ("the group, which has claimed ..."), not a subject the parse
    lent it from a verb above ("the Monitor reported that the group claimed ...", with the group
    misparsed, would make the outlet the claimant of every attack of the document)."""
    verb = claiming_verb(attack)
    if verb is None:
        return False
    subj = agents(verb) or [s for s in own_subjects(verb) if s.dep_ == "nsubj"]
    heads = [verb.head if s.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl" else s for s in subj]
    return any(np_actors(h, mentions) for h in heads)


def _is_attack_noun(tok: Token, lex: Lexicon) -> bool:
    trig = lex.match(tok)
    return trig is not None and trig.pos == "N" and trig.type in UNNAMED_AGENT_TYPES


def attacks_own_act(verb: Token, lex: Lexicon) -> bool:
    """A verb of violence an attack noun did: the attack is its (active) subject, "the attacks
    killed 130", or the noun its relative clause hangs on, "the bombings that killed 30 in
    Brussels"; or the verb was done in the attack, "an American was killed in the London attack"."""
    trig = lex.match(verb)
    if trig is None:
        return False
    subj, passive = subject(verb, lex.subjects)
    if subj is not None and not passive:
        head = verb.head if subj.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl" else subj
        if _is_attack_noun(head, lex):
            return True
    return bool(instrument_attacks(verb, trig, lex))


def _placeholder_country(d: Draft, actors: dict, lex: Lexicon) -> str | None:
    """The state of the unidentified attackers of an unclaimed attack, else None."""
    if d.type not in UNNAMED_AGENT_TYPES or "unclaimed" not in d.flags or len(d.sources) != 1:
        return None
    if d.anchor.pos_ != "NOUN" and not attacks_own_act(d.anchor, lex):
        return None  # "two reporters were shot in Khost": an act of its own, not the attack the claim names
    source = actors.get(d.sources[0])
    if source is None or not source.id.endswith(UNIDENTIFIED_ATTACKERS_KEY):
        return None
    return source.country


def claimed_elsewhere(drafts: list[Draft], doc: Doc, lex: Lexicon) -> list[Draft]:
    """The unclaimed attacks the document's one claim covers, given to its claimant (the module
    notes say when they are one attack)."""
    actors = doc._.actors or {}
    unclaimed = {c for d in drafts if (c := _placeholder_country(d, actors, lex))}
    if not unclaimed:
        return drafts
    claims = _claims(doc, lex)
    if len({who for who, _ in claims}) != 1:
        return drafts
    who = list(claims[0][0])
    places = frozenset().union(*(p for _, p in claims))
    covered = places if places else (unclaimed if len(unclaimed) == 1 else frozenset())
    return [replace(d, sources=who, flags=d.flags - {"unclaimed"})
            if _placeholder_country(d, actors, lex) in covered and not set(who) & set(d.targets) else d
            for d in drafts]

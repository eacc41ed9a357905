"""An attack told again by a definite noun is the attack the document named before, with its
author: "U.S. jets struck a convoy near the border ... Two commanders were also killed in the
strike", "The president ordered the raid on Tuesday. ... A guard died in the raid".

News names an attack's author once, on its first mention ("U.S. airstrikes", "the president
ordered the strike", "the army launched the raid", "jets struck the convoy"), and then refers back
to it by a definite noun alone ("the strike", "the raids"); read alone, the act done in it or by it
("was killed in the strike", "the strikes also killed X") has no author of its own and was coded
to "Unidentified attackers" of the place's state (``component.unidentified_attackers``), or, with
no place, not at all. A bare definite attack noun refers back to the document's earlier mentions
of the same head word ("strike": "airstrikes", "drone strike", "struck"); when those that name an
author all name the same one, that author did it (``component.code_trigger``, before the place's
unidentified attackers). An earlier mention names its author by its own possessor, adjective,
compound or "by" phrase (``noun_roles.own_parties``), as its claimant
(``responsibility.claimants``), as the subject of a light verb of performing, "launched strikes",
or of deciding, "ordered the strike" (``kb/declaring_words.tsv`` class decide), or, for a verb, as
its active subject when the attack was done ("if Iran strikes", "tends to attack" name none); a
place is no author ("the Benghazi attack"). Not an indefinite noun ("in a strike"), nor one that
tells its attack apart ("the Nov. 13 attacks in Paris"), which may be another attack; not when
earlier mentions name two authors; not an author the act hit.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ...model import UNIDENTIFIED_ATTACKERS_KEY
from ..mood import irrealis
from ..syntax import is_negated, is_to_infinitive, subject
from .instruments import INSTRUMENT_PREPS
from .lexicon import Lexicon, Trigger
from .location import UNNAMED_AGENT_TYPES, drop_place_agents
from .noun_roles import own_parties, performs
from .parties import np_actors
from .responsibility import claimants

_DECIDING = WordClass("declaring_words", "decide")
_DEFINITE = frozenset({"the"})


def _attack_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    trig = lex.match(tok)
    return trig if trig is not None and trig.pos == "N" and trig.type in UNNAMED_AGENT_TYPES else None


def _definite(noun: Token) -> bool:
    """"the strike", "the deadly strike": an article that refers back, and nothing else of its own
    that would tell one attack from another ("the Nov. 13 attacks in Paris", "the Benghazi attack",
    "the attack on the embassy" describe an attack, which may be another one)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and all(c.dep_ == "det" or (c.dep_ == "amod" and c.pos_ == "ADJ" and not c._.actor) for c in noun.children)


def referring_attack(anchor: Token, lex: Lexicon) -> Token | None:
    """The definite noun an unclaimed act of violence is or was done by or in: the noun itself
    ("the strike on Friday"), the active subject of the verb ("the strikes also killed X"), or the
    "in"/"during" phrase it was done in ("was also killed in the strike")."""
    if anchor.pos_ == "NOUN":
        return anchor if _definite(anchor) else None
    if lex.match(anchor) is None or anchor.pos_ not in ("VERB", "AUX"):
        return None
    subj, passive = subject(anchor, lex.subjects)
    if subj is not None and not passive:
        return subj if _definite(subj) else None
    found = [x for p in anchor.children if p.dep_ == "prep" and p.lower_ in INSTRUMENT_PREPS
             for x in p.children if x.dep_ == "pobj" and not x._.actor]
    return found[0] if len(found) == 1 and _definite(found[0]) else None


def _same_head(a: Token, b: Token) -> bool:
    """"strike" refers back to "airstrike", "strikes", "drone strike" (one head word, plural or not)."""
    x, y = a.lemma_.lower(), b.lemma_.lower()
    return x.endswith(y) or y.endswith(x)


def mention_author(tok: Token, trig: Trigger, lex: Lexicon, mentions: list) -> tuple[str, ...]:
    """Who an earlier mention of the attack names as its author: a verb of the same word's active
    subject, "U.S. jets struck the convoy"; an attack noun's own possessor, adjective, compound or
    "by" phrase, "U.S. airstrikes", "the strikes by X"; its claimant, "X claimed responsibility for
    the strike"; or the subject of the verb that performed or decided it, "launched strikes",
    "ordered the strike"."""
    if tok.pos_ in ("VERB", "AUX"):
        if is_negated(tok) or is_to_infinitive(tok) or irrealis(tok, lex.irrealis) is not None:
            return ()  # "if Iran strikes any Americans", "X tends to attack airports": no attack done
        subj, passive = subject(tok, lex.subjects)
        return tuple(np_actors(subj, mentions)) if subj is not None and not passive else ()
    sources, modifiers, _ = own_parties(tok, trig, mentions, lex)
    if sources or modifiers:
        return tuple(sources or modifiers)
    claimed = claimants(tok, lex, mentions)
    if claimed:
        return tuple(claimed)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return ()
    if not (performs(verb, lex) or verb.lemma_.lower() in _DECIDING):
        return ()
    subj, passive = subject(verb, lex.subjects)
    return tuple(np_actors(subj, mentions)) if subj is not None and not passive else ()


def _earlier_mention(t: Token, noun: Token, lex: Lexicon) -> bool:
    """A noun of the same head, or a verb of violence of the same word ("struck" before "the strike")."""
    if not _same_head(t, noun) or t.i == noun.i:
        return False
    if t.pos_ == "NOUN":
        return True
    trig = lex.match(t) if t.pos_ in ("VERB", "AUX") else None
    return trig is not None and trig.type in UNNAMED_AGENT_TYPES


def earlier_author(noun: Token, doc: Doc, lex: Lexicon) -> tuple[str, ...]:
    """The one author the document's earlier mentions of the attack (nouns of the same head, one of
    them at least an attack noun of ``kb/events.tsv``, none a noun of another event, "a hunger
    strike") name, else ()."""
    mentions = doc._.mentions or []
    earlier = [t for t in doc[:noun.i] if _earlier_mention(t, noun, lex)]
    matched = [lex.match(t) for t in [*earlier, noun]]
    if any(m is not None and m.type not in UNNAMED_AGENT_TYPES for m in matched):
        return ()  # "the strike" after "a general strike": another event's noun
    trig = next((m for m in matched if m is not None), None)
    if trig is None:
        return ()
    found = set()
    for t in earlier:
        who = tuple(a for a in drop_place_agents(t, list(mention_author(t, trig, lex, mentions)))
                    if not a.endswith(UNIDENTIFIED_ATTACKERS_KEY))  # "the Benghazi attack": a place, no author
        if who:
            found.add(who)
    return found.pop() if len(found) == 1 else ()


def referred_author(tok: Token, targets: list[str], doc: Doc, lex: Lexicon) -> list[str]:
    """The author the document named before of the definite attack an act of violence with no
    author of its own is, or was done by or in ("was also killed in the strike"), else []."""
    noun = referring_attack(tok, lex)
    who = earlier_author(noun, doc, lex) if noun is not None else ()
    return [] if set(who) & set(targets) else list(who)

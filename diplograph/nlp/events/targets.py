"""Recipients the plain subject/object reading of a verb misses.

* A demand, refusal or promise whose object is itself an event noun ("demanded the withdrawal
  of Serbian forces", "rejected an invitation from Kabul") is addressed to that event's own
  party: PLOVER codes the demand, with the demanded act's actor as the recipient.
* "reneged on its commitment to the Zambian people": the recipient hangs on the noun the verb's
  preposition governs.
* "opened the bridge to allow the delivery of grain to Afghanistan": a purpose clause ("to
  allow ...", "to disperse the demonstrators") names whom the act was for or against.
* "demanded that the United States match ...": the addressee of a demand on a clause is that
  clause's subject; "called on Russia to withdraw", the phrase of address (``addressees``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from ..syntax import NOMINAL_SUBJECT_DEPS, own_subjects
from .addressees import addressed_parties
from .lexicon import Lexicon
from .parties import np_actors

# Frame types whose object event names the recipient ("demanded the withdrawal of X").
WRAPPING_TYPES = frozenset({"REQUEST", "REJECT", "AGREE"})
# Prepositions on a nominal event that name its own party ("the withdrawal of X", "an offer from X").
_NOMINAL_PARTY_PREPS = frozenset({"of", "by", "from", "with"})
# Prepositions after which a noun can carry the recipient ("reneged on its pledge to X").
_CARRYING_PREPS = frozenset({"on", "of", "from", "for", "to"})
# Nouns of pressure on an actor: "despite pressure by X", "under pressure from X" name whom a
# refusal or a concession answers.
_PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "plea", "request", "urging", "criticism"})
_PRESSURE_PREPS = frozenset({"despite", "under", "amid"})
_PRESSURE_PARTY_PREPS = frozenset({"by", "from", "of"})
_RECIPIENT_PREPS = ("to", "for", "with", "against", "into")
_CONDITION_MARKS = frozenset({"unless", "if"})
# Prepositions naming whom a measure is aimed at ("sanctions on Iran", "tariffs against China").
_MEASURE_PREPS = ("on", "against", "to", "for")


def _pobjs(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [x for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for x in p.children if x.dep_ == "pobj"]


def _ids(tokens: list[Token], mentions: list, exclude: list[str]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        out += [a for a in np_actors(t, mentions) if a not in out and a not in exclude]
    return out


def wrapped_event_party(verb: Token, vtype: str, lex: Lexicon, mentions: list, sources: list[str]) -> list[str]:
    """The party of the event noun a demand, refusal or promise has as its object."""
    if vtype not in WRAPPING_TYPES:
        return []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or lex.match(obj) is None:
            continue
        owners = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        found = _ids(owners, mentions, sources) or _ids(_pobjs(obj, _NOMINAL_PARTY_PREPS), mentions, sources)
        if found:
            return found
    return []


def carried_recipient(verb: Token, mentions: list, sources: list[str]) -> list[str]:
    """"reneged on its commitment to the Zambian people": the recipient on the governed noun."""
    for noun in _pobjs(verb, _CARRYING_PREPS):
        found = _ids(_pobjs(noun, _RECIPIENT_PREPS), mentions, sources)
        if found:
            return found
    return []


def purpose_recipient(verb: Token, mentions: list, sources: list[str]) -> list[str]:
    """"opened the bridge to allow the delivery of grain to Afghanistan", "opened fire to
    disperse demonstrators": the object of a purpose clause, or the recipient on its object."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ in ("dobj", "obj") and _named(c)]
        found = _ids(objects, mentions, sources)
        if found:
            return found
        for obj in objects:
            found = _ids(_pobjs(obj, _RECIPIENT_PREPS), mentions, sources)
            if found:
                return found
    return []


def condition_party(verbs: list[Token], mentions: list, sources: list[str]) -> list[str]:
    """"threatened to strike unless Israel withdraws": whose act the condition names is the one
    threatened."""
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                              for m in clause.children):
                found = _ids(own_subjects(clause, NOMINAL_SUBJECT_DEPS), mentions, sources)
                if found:
                    return found
    return []


def pressing_party(verbs: list[Token], mentions: list, sources: list[str]) -> list[str]:
    """"declined to resign despite pressure by the anti-corruption commission": whoever presses
    for what is refused is the refusal's recipient."""
    for verb in verbs:
        for noun in _pobjs(verb, _PRESSURE_PREPS):
            if noun.lemma_.lower() not in _PRESSURE_NOUNS:
                continue
            owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
            found = _ids(_pobjs(noun, _PRESSURE_PARTY_PREPS), mentions, sources) or _ids(owners, mentions, sources)
            if found:
                return found
    return []


def object_recipient(clause: Token, mentions: list, sources: list[str]) -> list[str]:
    """"threatened to impose restrictions against German goods": the recipient on the object of
    the governed clause."""
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    return _ids([x for o in objects for x in _pobjs(o, _RECIPIENT_PREPS)], mentions, sources)


def _named(tok: Token) -> bool:
    """A phrase that names its party rather than refer back to one ("their talks" may mean anyone)."""
    return tok.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def clause_addressee(path_child: Token, mentions: list, sources: list[str]) -> list[str]:
    """"demanded that the United States match ...": the subject of the complement clause
    through which a demand governs the inner event; "called on Russia to withdraw from
    Ukraine": the phrase of address of the verb governing the infinitive
    (``addressees.addressed_parties``)."""
    if path_child.dep_ == "xcomp":
        return addressed_parties(path_child.head, mentions, sources)
    if path_child.dep_ != "ccomp":
        return []
    subj = own_subjects(path_child, NOMINAL_SUBJECT_DEPS)
    return _ids(subj, mentions, sources)


# Measures aimed at another party (kb/foreign_measures.tsv): easing one is no concession at home.
FOREIGN_MEASURES = WordClass("foreign_measures", "measure")


def eases_a_measure_abroad(tok: Token) -> bool:
    """"The United States eased sanctions", "Beijing softened its demands", "the easing of U.S.
    sanctions": a concession whose object is a measure against or a demand on another party
    (``FOREIGN_MEASURES``, on the object or its compound: "the sanctions regime") yields to that
    party, whether or not the clause names it."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + \
        [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
    return any(x.lemma_.lower() in FOREIGN_MEASURES for o in objects
               for x in (o, *(c for c in o.children if c.dep_ == "compound")))


def measure_recipients(tok: Token, mentions: list, sources: list[str]) -> list[str]:
    """"the easing of sanctions on Iran": whom the eased measure is aimed at."""
    measures = [x for x in _pobjs(tok, ("of",)) if x.lemma_.lower() in FOREIGN_MEASURES]
    return _ids([x for m in measures for x in _pobjs(m, _MEASURE_PREPS)], mentions, sources)


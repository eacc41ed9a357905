"""The source's own side is not the recipient of what it does with its forces or says of its own
conduct. "Trump pulled American troops from the border", "decided to withdraw U.S. troops from
Syria", "refused to put American forces on the ground", "ruled out sending U.S. troops to Syria":
the state whose adjective, abbreviation or possessive names the troops moved or withheld
(``kb/force_nouns.tsv``) is the source's own side (``parties.own_side``), never the party the
withdrawal or refusal is done to; a rule after the one that found it may name that party ("from
Syria"), else there is none. "Kerry defended the U.S. policy": the owner of a conduct a support is
about is the source's own side too (``own_conduct_owners``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from .parties import np_actors, own_side

FORCE_NOUNS = WordClass("force_nouns", "force")
# Acts that move or withhold the source's forces: a withdrawal, a refusal to send them.
FORCE_MOVING_TYPES = frozenset({"RETREAT", "REJECT"})
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp"})


def _forces_in(tok: Token) -> list[Token]:
    """Force nouns among the act's object or its complement's object ("refused to put American
    forces"): the act's own arguments, not any noun of the sentence."""
    out: list[Token] = []
    for arg in (c for c in tok.children if c.dep_ in _ARGUMENT_DEPS):
        heads = [arg] if arg.pos_ in ("NOUN", "PROPN") else [c for c in arg.children if c.dep_ in ("dobj", "obj")]
        out += [h for h in heads if h.lemma_.lower() in FORCE_NOUNS]
    return out


def own_forces_owners(tok: Token, type_: str, sources: list[str]) -> set[str]:
    """The source's own states the act names only as the owner of the forces it moves or
    withholds ("pulled American troops": the United States, for a US source)."""
    if type_ not in FORCE_MOVING_TYPES or not sources:
        return set()
    actors = tok.doc._.actors or {}
    owners = {m._.actor for f in _forces_in(tok) for m in f.children if m.dep_ in _OWNER_DEPS and m._.actor}
    return {a for a in owners if any(own_side(actors, s, a) for s in sources)}


# Evaluations of a conduct: praising or defending it.
_PRAISING_TYPES = frozenset({"SUPPORT"})


def own_conduct_owners(tok: Token, type_: str, sources: list[str], mentions: list) -> set[str]:
    """"Kerry defended the U.S. policy", "Mnuchin defended the administration's action", "Trump
    defended the U.S. tariff hike": the source's own state named only as the owner of the conduct
    a support or defence is about (the object's possessor or modifier, the object itself no actor)
    is the source's own side justifying its own act, never the party supported."""
    if type_ not in _PRAISING_TYPES or not sources:
        return set()
    actors = tok.doc._.actors or {}
    owners = {a for o in tok.children if o.dep_ in ("dobj", "obj") and not o._.actor and o.pos_ == "NOUN"
              for m in o.children if m.dep_ in _OWNER_DEPS for a in np_actors(m, mentions)}
    return {a for a in owners if any(own_side(actors, s, a) for s in sources)}


# Kinds of source whose own state is never their partner in a meeting or visit: a state and a person
# act for it (an organisation may be its opposition or an insurgency: "the Taliban met Afghan officials").
_HOME_VISITOR_KINDS = frozenset({"state", "person"})


def met_at_home(type_: str, actors: dict, sources: list[str], target: str) -> bool:
    """"Pence visited migrant shelters in Texas", "Trump left the White House for the summit",
    "the ambassador's body arrived in Moscow", "a meeting at the White House": a visit, trip or meeting
    whose only other party found is the source's own state happens at home and names no partner
    (PLOVER CONSULT is with another party); with none, there is no record."""
    if type_ != "CONSULT":
        return False
    kinds = {actors[s].kind for s in sources if s in actors}
    return kinds <= _HOME_VISITOR_KINDS and any(own_side(actors, s, target) for s in sources)

"""An event noun that is its clause's subject and names both of its parties in its own phrase:
"a French airstrike in Mali killed ten militants", "the U.S.-led invasion of Iraq toppled Saddam".

A nominal subject is otherwise read as a state, not an event ("the cooperation has intensified",
``noun_roles.describes_a_state``). When the noun phrase itself says who acted (a possessor, an
adjective or compound of a state, a "by" phrase) and to whom (a complement, or the state of the
place a strike hit), and its active clause reports what the act did ("killed", "toppled",
"targeted"), it reports that act. A clause that only describes or foresees it does not: a
passive ("US support of Israel is motivated by money"), a predicate adjective ("a meeting between
A and B seemed impossible"), a future, modal or conjecture ("the visit to X will take place", "a
strike on Y could be a disaster": ``mood.irrealis``). Nor does a meeting's or a visit's: "talks
between A and B broke down", "X's visit to Paris drew attention" say what became of it or what
was made of it, and a meeting named as a subject is as often one still planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..mood import irrealis
from .location import struck_place_states

if TYPE_CHECKING:
    from .noun_roles import NounCase

# Dependents of a predicate that describe its subject rather than report what it did.
_DESCRIBING_DEPS = frozenset({"acomp", "attr", "oprd"})


def reports_its_effect(c: NounCase) -> bool:
    """The subject's clause reports a thing the act did: a real verb ("killed", "toppled"), not a
    copula or a predicate that describes the event, nor a modal, future or conjecture."""
    verb = c.tok.head
    return verb.pos_ == "VERB" and not any(d.dep_ in _DESCRIBING_DEPS for d in verb.children) \
        and irrealis(verb, c.lex.irrealis) is None


def names_both_parties(c: NounCase) -> bool:
    """"Israeli airstrikes on Gaza killed ten people", "A US airstrike in Somalia targeted a
    leader": a subject event noun whose own phrase names an author and another party (not the
    author again), in a clause that reports its effect, is an event, not a state."""
    if c.tok.dep_ != "nsubj":  # "US support of Israel is motivated by money" describes the support
        return False
    if "recip" in c.trig.flags or c.trig.type == "CONSULT":  # "talks between A and B broke down"
        return False
    authors = c.sources or c.modifiers
    if not authors:
        return False
    others = [t for t in c.targets if t not in authors] or struck_place_states([c.tok], c.trig.cameo, authors)
    return bool(others) and reports_its_effect(c)

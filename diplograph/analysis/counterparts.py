"""Who is no counterpart of a side, and which records are no act between the two.

The side answer (``alignment``) lists the actors a side stands with and against. Some stored
actors are nobody a side can be on or against, and some records name a party that is only where
the act happened; their records stay (a source for profiles and dyads), the answer skips them:

- a place (its name in ``kb/places.tsv`` or ending in a place word of ``kb/place_words.tsv``:
  "Tiananmen Square", "Helmand Province");
- a placeholder group of a state's population (``kb/placeholder_groups.tsv``): the unnamed
  attackers of an unclaimed attack ("Unidentified attackers (Libya)"), "Militants (United
  States)", "Civilians (Iraq)" (the whole-corpus reviews found them ranked among the opponents of
  China, the United States and Russia through misread or borrowed attacks and victims);
- a territory of the side's own state (``kb/countries.tsv`` status substate, its parent the
  side's state: Hong Kong for China), governed under the side;
- a summit forum (``kb/forums.tsv``: G20, G7, APEC) as the party of a meeting: the forum is
  where it took place ("will talk to Xi at the G20 summit").
"""

from __future__ import annotations

import re

from ..kb import load_table, per_folder
from ..model import UNIDENTIFIED_ATTACKERS_KEY
from .common import ActorRef


@per_folder
def _place_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Place names, place words, and the place words that are also family names. Not the words that
    also head an institution that acts ("Hadassah Hospital said"): such a counterpart is that body; nor
    those that head a name only as its first word ("Place de la Bastille", not "Better Place")."""
    words = [r for r in load_table("place_words") if r["institution"] != "yes" and r["first"] != "yes"]
    return (frozenset(r["place"].lower() for r in load_table("places")),
            frozenset(r["word"] for r in words), frozenset(r["word"] for r in words if r["surname"] == "yes"))


def is_place(ref: ActorRef) -> bool:
    """A counterpart that names a location ("Tiananmen Square", "Helmand Province"), not an actor."""
    if ref.kind == "state":
        return False
    names, words, surnames = _place_words()
    last = ref.name.split()[-1].lower() if ref.name.split() else ""
    if ref.name.lower() in names:
        return True
    return len(ref.name.split()) > 1 and last in words and not (ref.kind == "person" and last in surnames)


@per_folder
def _placeholder_keys() -> frozenset[str]:
    return frozenset(r["key"] for r in load_table("placeholder_groups")) | {UNIDENTIFIED_ATTACKERS_KEY}


def is_unattributed(ref: ActorRef) -> bool:
    """A placeholder group of a state's population (``kb/placeholder_groups.tsv``): the unnamed
    attackers of an unclaimed attack (``model.UNIDENTIFIED_ATTACKERS_KEY``), "Militants (United
    States)", "Civilians (Iraq)": no actor a side stands with or against."""
    if ref.kind != "group" or not re.match(r"^group:[a-z]{3}-", ref.id):
        return False
    return ref.id.split("-", 1)[1] in _placeholder_keys()


VENUE_ACTS = ("CONSULT",)


@per_folder
def _forums() -> frozenset[str]:
    return frozenset(f"org:{r['id']}" for r in load_table("forums"))


def is_venue_act(ref: ActorRef, type_: str) -> bool:
    """A meeting whose party is a summit forum (``kb/forums.tsv``: G20, G7, APEC): the forum is
    where the act took place ("will talk to Xi at the G20 summit"), not a counterpart of it."""
    return type_ in VENUE_ACTS and ref.id in _forums()


@per_folder
def _substates() -> dict[str, str]:
    """Substate ISO3 -> the ISO3 of the state it lies in."""
    return {r["iso3"]: r["parent"] for r in load_table("countries")
            if r.get("status") == "substate" and r.get("parent")}


def is_own_territory(ref: ActorRef, side_country: str | None) -> bool:
    """A substate of the side's own state (Hong Kong for China): governed under the side."""
    return bool(side_country) and ref.kind == "state" and _substates().get(ref.country or "") == side_country


def no_counterpart(ref: ActorRef, side_country: str | None) -> bool:
    """A place, a placeholder group or a territory of the side's state (see the module notes)."""
    return is_place(ref) or is_unattributed(ref) or is_own_territory(ref, side_country)

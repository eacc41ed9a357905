"""Whose administration an unplaced "administration" is: "a senior administration official said", "administration
officials said", "the administration's plan" -- news names a government by the word only once the story has named
whose it is. "The administration" is the government of the head the document names as heading one: "the Trump
administration", "the Obama administration" (that leader's state: ``leader_governments.leader_state``), "the U.S.
administration" (the state named before the word), or, with none of these, the seat of a head of state's office the
document names ("the White House", "the Kremlin": that state; ``kb/speaking_bodies.tsv`` seats of slug presidency).
It is never the state its sentence happens to name ("Iraq" in "a senior administration official said Iraq's forces
had fled" is whom the official spoke of).

``administration_state`` (read by ``roles._role_phrase`` for the unaffiliated title "Administration"): the named
administration nearest before the phrase, else the first after it, else the nearest seat of a head of state's
office; None when the document names no administration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...kb import load_table, per_folder
from ...kb.gazetteer import SEAT, Gazetteer, gazetteer
from .leader_governments import MAX_LEADER_TOKENS, leader_name, leader_state

if TYPE_CHECKING:  # roles.py reads this module
    from .roles import Cand, TitleSpan

ADMINISTRATION_TITLE = "Administration"  # kb/titles.tsv: the government a head of state or government leads
_PRESIDENCY = "presidency"  # kb/speaking_bodies.tsv slug of a head of state's office


@per_folder
def presidency_seats() -> frozenset[str]:
    """"white house", "kremlin", "elysee": the seats of a head of state's office."""
    return frozenset(form for r in load_table("speaking_bodies") if r["kind"] == "seat" and r["slug"] == _PRESIDENCY
                     for form in r["phrase"].split("|"))


def _named_administration(doc: Doc, g: Gazetteer, i: int, by_end: dict[int, Cand]) -> str | None:
    """The state of "<leader> administration" or "<state> administration" whose noun is token ``i``."""
    for n in range(MAX_LEADER_TOKENS, 0, -1):
        if i - n >= 0 and leader_name(doc, i - n, i) and (state := leader_state(g, doc[i - n:i].text)):
            return state
    named = by_end.get(i)
    return named.country if named is not None and named.kind == "state" and named.country else None


def _seat_state(c: Cand) -> str | None:
    words = c.text.lower().split()
    form = " ".join(words[1:] if words and words[0] == "the" else words)
    return c.country if c.how == SEAT and form in presidency_seats() else None


def administration_state(doc: Doc, i: int, by_start: dict[int, Cand], by_end: dict[int, Cand]) -> str | None:
    """The state of the administration the document names, for an unplaced "administration" at token ``i``."""
    g = gazetteer()
    named = [(j, s) for j, t in enumerate(doc) if j != i and t.lower_ == doc[i].lower_ and
             (s := _named_administration(doc, g, j, by_end))]
    before = [s for j, s in named if j < i]
    if before or named:
        return before[-1] if before else named[0][1]
    seats = [(c.start, s) for c in by_start.values() if (s := _seat_state(c))]
    seats_before = [s for j, s in seats if j < i]
    return seats_before[-1] if seats_before else seats[0][1] if seats else None


def administration_word(doc: Doc, ts: TitleSpan) -> int | None:
    """Where the unplaced "administration" of a collective title is: the title itself ("the administration") or
    the word before it ("administration officials", "administration aides")."""
    if ts.title.title == ADMINISTRATION_TITLE:
        return ts.end - 1
    before = ts.start - 1
    return before if before >= 0 and doc[before].lower_ == ADMINISTRATION_TITLE.lower() else None


def administration_cand(doc: Doc, ts: TitleSpan, start: int, by_start: dict[int, Cand], by_end: dict[int, Cand],
                        sentence_state: Cand | None) -> Cand | None:
    """For ``roles._role_phrase``: the candidate of the state whose administration the collective at ``ts``
    (from ``start``) names; None when the document names no administration's state (no state at all: not the
    sentence's); ``sentence_state`` as before when the collective names no administration."""
    from .roles import Cand  # roles.py reads this module

    i = administration_word(doc, ts)
    if i is None:
        return sentence_state
    iso = administration_state(doc, i, by_start, by_end)
    return Cand(start, ts.end, f"state:{iso}", "state", "collective", iso) if iso else None

"""Cooperation-conflict weights: per PLOVER event type, per relation kind, per quote cue word.

The numbers are data (``kb/plover_weights.tsv``), on a Goldstein-like scale from -10 to +10.
An event's weight is its type's weight, adjusted for how the text states it:

- a negated event ("refused to join the sanctions") counts at half strength with the
  opposite sign: not sanctioning someone is a mild act of cooperation with them;
- a hypothetical event (reported only as possible, feared, planned or proposed: "could strike",
  "potential airstrikes") did not happen between the two and counts nothing; an intention the
  text reports as expressed ("said it will support") is coded as that act (AGREE, THREATEN).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, literal_column

from ..errors import DiplographError
from ..kb import load_table, per_folder
from ..model import PLOVER_TYPES, RELATION_KINDS

NEGATED_FACTOR = -0.5
HYPOTHETICAL_FACTOR = 0.0


@dataclass(frozen=True)
class Weights:
    events: dict[str, float]
    relations: dict[str, float]
    quote_words: tuple[tuple[re.Pattern[str], float], ...]

    def event(self, type_: str, negated: bool = False, hypothetical: bool = False) -> float:
        w = self.events.get(type_, 0.0)
        if negated:
            w *= NEGATED_FACTOR
        if hypothetical:
            w *= HYPOTHETICAL_FACTOR
        return w

    def relation(self, kind: str) -> float:
        return self.relations.get(kind, 0.0)

    def quote(self, text: str) -> float:
        """The summed weight of the cue words in a quotation (0 when none)."""
        return sum(w for pattern, w in self.quote_words if pattern.search(text))

    def event_weight_sql(self, type_col: ColumnElement[Any], negated_col: ColumnElement[Any] | None = None,
                         hypothetical_col: ColumnElement[Any] | None = None) -> ColumnElement[Any]:
        """A SQL expression for an event row's weight, as ``event`` computes it (to sum weights
        in the database rather than fetch every row). The numbers are written into the SQL, not
        bound: SQLite evaluates it per row, and compares bound values several times slower."""
        w: ColumnElement[Any] = case({_sql_text(t): literal_column(repr(float(v))) for t, v in self.events.items()},
                 value=type_col, else_=literal_column("0.0"))
        if negated_col is not None:
            w = w * case((negated_col.is_(True), literal_column(repr(NEGATED_FACTOR))), else_=literal_column("1.0"))
        if hypothetical_col is not None:
            w = w * case((hypothetical_col.is_(True), literal_column(repr(HYPOTHETICAL_FACTOR))),
                         else_=literal_column("1.0"))
        return w


def _sql_text(value: str) -> Any:
    """A string written into SQL as a quoted literal (a type name from the weights table)."""
    return literal_column("'" + value.replace("'", "''") + "'")


def _word_pattern(word: str) -> re.Pattern[str]:
    if word.endswith("*"):
        return re.compile(r"\b" + re.escape(word[:-1]), re.IGNORECASE)
    return re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)


@per_folder
def weights() -> Weights:
    """The weights table, loaded once (``$DIPLOGRAPH_KB_DIR/plover_weights.tsv`` overrides rows)."""
    events: dict[str, float] = {}
    relations: dict[str, float] = {}
    words: list[tuple[re.Pattern[str], float]] = []
    for row in load_table("plover_weights"):
        try:
            w = float(row["weight"])
        except ValueError:
            raise DiplographError(f"plover_weights.tsv: weight of {row['name']!r} is not a number") from None
        kind = row["applies_to"]
        if kind == "event":
            events[row["name"].upper()] = w
        elif kind == "relation":
            relations[row["name"].lower()] = w
        elif kind == "quote":
            words.append((_word_pattern(row["name"]), w))
    missing = [t for t in PLOVER_TYPES if t not in events] + [k for k in RELATION_KINDS if k not in relations]
    if missing:
        raise DiplographError(f"plover_weights.tsv has no weight for {', '.join(missing)}")
    return Weights(events, relations, tuple(words))

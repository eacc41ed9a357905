"""A vague count back from the story's date is a coarse period.

"When Russian jets violated Turkish airspace a few weeks ago", "the strike several days ago": the
normaliser leaves such an expression a mere past reference (``PAST_REF``: no number of units), so
the act stays undated, though the text places it in a stretch of time the story's date bounds. A
few weeks before 24 November 2015 lie between 13 October and 10 November 2015: the act is of
2015. Such an expression dates the act by the calendar month holding the whole stretch, else the
year, else not at all (``kb/vague_amounts.tsv`` gives the least and most units of each amount).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc

from ...kb import load_table, per_folder, split_list
from ...model import TimeExpr
from ..time.calendar import shift_month

_UNIT_DAYS = {"day": 1, "week": 7}


@per_folder
def vague_amounts() -> dict[str, tuple[int, int]]:
    """Each vague amount of ``kb/vague_amounts.tsv`` and the least and most units it means."""
    return {w: (int(r["least"]), int(r["most"])) for r in load_table("vague_amounts") for w in split_list(r["words"])}


@per_folder
def _pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(vague_amounts(), key=len, reverse=True))
    return re.compile(rf"^(?:some |about |only )?(?P<amount>{words}) (?P<unit>day|week|month)s? ago$")


def _back(published: dt.date, n: int, unit: str) -> dt.date:
    if unit == "month":
        y, m = shift_month(published.year, published.month, -n)
        return dt.date(y, m, 1)
    return published - dt.timedelta(days=n * _UNIT_DAYS[unit])


def vague_period(text: str, published: str | None) -> str | None:
    """The month or year holding every day "a few weeks ago" (``text``) can mean, counted back
    from ``published``; None when it is no vague count back or the stretch crosses a year."""
    m = _pattern().match(" ".join(text.lower().split()))
    if m is None or not published:
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    least, most = vague_amounts()[m["amount"]]
    unit = m["unit"]
    latest, earliest = _back(day, least, unit), _back(day, most, unit)
    if unit == "month":  # "a few months ago": the months themselves, not a day in them
        latest = latest.replace(day=1)
    if (earliest.year, earliest.month) == (latest.year, latest.month) and unit != "month":
        return f"{earliest.year}-{earliest.month:02d}"
    if earliest.year == latest.year:
        return str(earliest.year)
    return None


def with_vague_periods(doc: Doc, times: list[TimeExpr]) -> list[TimeExpr]:
    """``times`` with each vague count back given its coarse period (the document's own
    expressions are left as the normaliser made them)."""
    published: str | None = doc._.published
    out = []
    for t in times:
        period = vague_period(t.text, published) if t.value == "PAST_REF" else None
        out.append(dataclasses.replace(t, value=period) if period else t)
    return out

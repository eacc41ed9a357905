"""Comparing TIMEX3-style date values: how much one says, which days it covers, whether two
could name the same time.

Values handled: ``2023``, ``2023-03``, ``2023-02-24``, ``2023-W08``, ``2023-W08-WE`` (its weekend),
``2022-FA`` and the same with ``XXXX`` for an unknown year; anything else (durations, PRESENT_REF) is not a usable date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(-WE)?|-(SP|SU|FA|WI|Q[1-4]|H[12]))?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14), "Q1": (1, 3), "Q2": (4, 6),
                  "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def usable(value: str | None) -> bool:
    return value is not None and value != "" and _DATE.match(value) is not None


def precision(value: str | None) -> int:
    """How much a value says: 0 nothing, 1 a year, 2 a season or month, 3 a week, 4 a day;
    an unknown year costs half a step."""
    if value is None or not usable(value):
        return 0
    m = _DATE.match(value)
    assert m is not None
    level = 4 if m.group(3) else 3 if m.group(4) else 2 if (m.group(2) or m.group(6)) else 1
    return level * 2 - (1 if m.group(1) == "XXXX" else 0)


def more_specific(a: str | None, b: str | None) -> str | None:
    return b if precision(b) > precision(a) else a


def day_range(value: str | None, year: int = 2000) -> tuple[dt.date, dt.date, bool] | None:
    """First and last day the value covers, and whether its year is known (``year`` stands in
    for XXXX)."""
    if not usable(value):
        return None
    m = _DATE.match(value or "")
    assert m is not None
    known = m.group(1) != "XXXX"
    y = int(m.group(1)) if known else year
    try:
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d, known
        if m.group(2):
            mo = int(m.group(2))
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), known
        if m.group(4):
            start = dt.date.fromisocalendar(y, int(m.group(4)), 6 if m.group(5) else 1)
            return start, start + dt.timedelta(days=1 if m.group(5) else 6), known
        if m.group(6):
            lo, hi = _SEASON_MONTHS[m.group(6)]
            end_y, end_m = (y + 1, hi - 12) if hi > 12 else (y, hi)
            return dt.date(y, lo, 1), dt.date(end_y, end_m, calendar.monthrange(end_y, end_m)[1]), known
    except ValueError:
        return None
    return dt.date(y, 1, 1), dt.date(y, 12, 31), known


def date_compatible(a: str | None, b: str | None, slack_days: int = 0) -> bool:
    """Could both values name the same time? Unknown dates are compatible with anything;
    an unknown year matches any year."""
    if not usable(a) or not usable(b):
        return True
    ra, rb = day_range(a), day_range(b)
    if ra is None or rb is None:
        return True
    if not (ra[2] and rb[2]):  # compare month and day within one stand-in year
        year = (ra[0].year if ra[2] else rb[0].year if rb[2] else 2000)
        ra, rb = day_range(a, year), day_range(b, year)
        if ra is None or rb is None:  # no such day in the stand-in year (XXXX-02-29, week 53)
            return True
    slack = dt.timedelta(days=slack_days)
    return ra[0] - slack <= rb[1] and rb[0] - slack <= ra[1]

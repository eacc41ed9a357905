"""Calendar arithmetic for the normaliser (``timex``): ISO values of a day, month, week,
quarter and season, month shifts, and which year an undated "August 16" means given the
document's date and the verb's tense. Pure ``datetime``, no words.
"""

from __future__ import annotations

import datetime as dt
import re

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def numeric_date(s: str) -> str | None:
    if m := re.fullmatch(r"((?:1[89]|20)\d\d)-(\d\d)-(\d\d)", s):
        return iso(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})", s)
    if not m:
        return None
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    # Dots are the European day-first style; slashes the American month-first one,
    # unless a number over 12 settles which is the day.
    day_first = a > 12 or (m[2] == "." and b <= 12)
    day, month = (a, b) if day_first else (b, a)
    return iso(year, month, day)


def iso(year: int | None, month: int, day: int | None = None) -> str | None:
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays valid unknown-year
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def date_of(value: str | None) -> dt.date | None:
    if value and (m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + delta
    return n // 12, n % 12 + 1


def iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def quarter(day: dt.date, delta: int = 0) -> str:
    y, q = divmod(day.year * 4 + (day.month - 1) // 3 + delta, 4)
    return f"{y}-Q{q + 1}"


def season_of(day: dt.date) -> tuple[int, str]:
    """(season year, code): January and February belong to the previous year's winter."""
    m = day.month
    if m in (1, 2):
        return day.year - 1, "WI"
    return day.year, next(code for code, start in reversed(SEASON_START.items()) if m >= start)


# Days of distance a reading pays for contradicting the tense: a past-tense "Dec. 7" in a
# story of Oct. 30 is still more likely next month than thirteen months ago (the tense
# detection is wrong more often than news dates a same-season event of last year without
# saying so). A strong penalty for a decided tense, a mild lean for present / no verb.
# "done" is the past no plan is told in (a simple past, present perfect or past passive of an
# action verb placed "in"/"on" the time: "was freed in May", "visited in May"; see
# ``component.tense_of``): the only tense trusted to rule out the future outright.
TENSE_PENALTY = {"past": (0, 180), "future": (300, 0), "present": (60, 0), "unknown": (0, 60),
                 "done": (0, 100_000)}


def pick_year(candidates: dict[int, dt.date], anchor: dt.date, how: str) -> int:
    """Choose among the same calendar point in neighbouring years: the nearest to the anchor,
    after a penalty for lying on the side of the anchor the tense rules out."""
    before, after = TENSE_PENALTY.get(how, (0, 180))

    def cost(year: int) -> tuple[int, bool]:
        days = (candidates[year] - anchor).days
        return abs(days) + (after if days > 0 else before if days < 0 else 0), days > 0

    return min(candidates, key=cost)

"""Publication dates: the date line that opens a plain-text article, and date strings in metadata.

A date line is a whole line holding only a date (``28.02.2023``, ``2023-02-28``,
``Feb. 28, 2023``, ``February 28, 2023``, ``28 February 2023``, ``2023/02/28``,
optionally with a weekday) or the word ``unknown``. We parse these forms with our
own patterns rather than a general date parser: a date line must be recognised
exactly, and a body line such as "May 5 was a quiet day" must not be taken for one.
Numeric dates with dots or slashes are read day first (European and news-agency
usage) unless the year comes first, and a first number over 12 makes the order
unambiguous either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_UNKNOWN = {"unknown", "undated", "n/a", "none", "no date"}

_PATTERNS = (
    # 2023-02-28, 2023/02/28, 2023.02.28, optionally followed by an ISO time
    re.compile(r"(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"),
    # 28.02.2023, 28/02/2023, 28-02-2023 (day first)
    re.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<year>\d{4})"),
    # Feb. 28, 2023 / February 28 2023 / Tuesday, February 28, 2023
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.IGNORECASE),
    # 28 February 2023 / 28 Feb. 2023 / Tuesday 28 February, 2023
    re.compile(_WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
               re.IGNORECASE),
    # 20230228 (compact ISO, as some feeds and file names carry it)
    re.compile(r"(?P<year>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)"),
)

# A date line is short; anything longer is a sentence that happens to start with a date.
_MAX_DATE_LINE = 40


@dataclass(frozen=True)
class DateLine:
    """A recognised date line; ``iso`` is None when the line says the date is unknown."""

    iso: str | None


def parse_date_line(line: str) -> DateLine | None:
    """The ``DateLine`` this line is, or None when it is not a date line at all."""
    stripped = line.strip().strip("*_#").strip()
    if not stripped or len(stripped) > _MAX_DATE_LINE:
        return None
    if stripped.lower().rstrip(".") in _UNKNOWN:
        return DateLine(iso=None)
    iso = parse_date(stripped, whole=True)
    return DateLine(iso=iso) if iso else None


def parse_date(value: str, whole: bool = False) -> str | None:
    """ISO ``YYYY-MM-DD`` of the first date form found in ``value`` (all of it when ``whole``)."""
    value = value.strip()
    for pattern in _PATTERNS:
        match = pattern.fullmatch(value) if whole else pattern.match(value)
        if match:
            iso = _iso_from_match(match)
            if iso:
                return iso
    return None


def to_iso_date(value: object) -> str | None:
    """Best-effort ISO date from metadata (JSON field, HTML meta, feed entry); None if unreadable.

    Accepts ``date``/``datetime`` objects, ISO strings with or without a time, the
    date-line forms, and, as a last resort, whatever ``dateparser`` understands
    (RFC 822 dates in feeds, for one).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text or text.lower() in _UNKNOWN:
        return None
    return parse_date(text) or _rfc822_date(text) or _dateparser_date(text)


def _iso_from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    day = int(groups["d"])
    if groups.get("month"):
        month = MONTHS.get(groups["month"].lower())
        if month is None:
            return None
    else:
        month = int(groups["m"])
        if month > 12 >= day and "year" in groups and match.start("year") > match.start("d"):
            # 02/28/2023: the second number cannot be a month, so the writer put the month first.
            day, month = month, day
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> str | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _rfc822_date(text: str) -> str | None:
    # Feeds and HTTP headers: "Fri, 24 Feb 2023 14:05:00 GMT". The stdlib reads these
    # exactly; the date is the one the publisher wrote, in its own time zone.
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):  # a year of 80 digits overflows a C long
        return None


def _dateparser_date(text: str) -> str | None:
    # Imported lazily: dateparser takes a noticeable time to load and most inputs never
    # need it. English only: loading every language's data costs seconds per process.
    import dateparser

    try:
        parsed = dateparser.parse(
            text, languages=["en"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None


__all__ = ["DateLine", "MONTHS", "parse_date", "parse_date_line", "to_iso_date"]

"""Copyright and credit footers: strip them from the body and read the outlet they name.

Agencies and newspapers close articles with boilerplate such as
``© 2023 Deutsche Welle Copyright Statement: ...``, ``Copyright 2023 Reuters. All
rights reserved.``, ``(c) The Guardian`` or ``Reporting by ...; Editing by ...``.
These lines are not reporting (leaving them in would give the extractor a fake
"Deutsche Welle" actor and a fake date), but the copyright holder they name is the
best evidence of which outlet published the text. The outlet name is read from the
shape of the line (a run of capitalised words after the copyright sign and year),
never from a list of known outlets, so any publisher's footer works.
"""

from __future__ import annotations

import re

# Only the last few lines can be a footer; looking further up would risk eating a
# paragraph of reporting that happens to start with "Copyright".
_MAX_FOOTER_LINES = 6
# Real footers can be long (legal statements), but a whole paragraph is reporting.
_MAX_FOOTER_CHARS = 600

_YEAR = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
_SIGN = r"(?:©|\([cC]\)|&copy;)"
# "© 2023 X", "© X", "(c) X", "Copyright 2023 X", "Copyright © 2023 X", "Copyright (c) X".
# After the word "Copyright" we insist on a sign or a year so that a body sentence
# like "Copyright law in China ..." is never mistaken for a footer.
_COPYRIGHT = re.compile(
    rf"^(?:{_SIGN}\s*(?:{_YEAR})?|Copyright\s*(?:{_SIGN}\s*)?{_YEAR}|Copyright\s*{_SIGN})\s*,?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:all rights reserved\b|(?:additional\s+)?(?:reporting|writing|editing|compiled|"
    r"translated|produced)\s+by\s+[A-Z])",
    re.IGNORECASE,
)
# A name ends where the legal words start.
_NAME_STOP = {
    "copyright", "all", "rights", "reserved", "statement", "notice", "terms", "privacy",
    "this", "any", "used", "may", "reproduction", "unauthorised", "unauthorized", "source",
}
_NAME_CONNECTORS = {"of", "and", "&", "de", "du", "der", "für", "the", "for", "la", "le", "el"}
_CORPORATE_SUFFIXES = {"ltd", "limited", "inc", "llc", "plc", "gmbh", "co", "corp", "corporation",
                       "company", "sa", "ag", "s.a", "a/s"}
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|rights reserved", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[^\s,;:|()\[\]]+")
_LEAD_IN = re.compile(rf"^(?:{_YEAR}|{_SIGN}|copyright\b|by\b)\s*,?\s*", re.IGNORECASE)


def split_footer(body: str) -> tuple[str, str | None]:
    """(body without its trailing footer lines, outlet named by a copyright footer or None)."""
    lines = body.rstrip().split("\n")
    outlet: str | None = None
    kept = len(lines)
    for index in range(len(lines) - 1, max(len(lines) - 1 - _MAX_FOOTER_LINES, -1), -1):
        line = lines[index].strip()
        if not line:
            kept = index
            continue
        if not is_footer_line(line):
            break
        outlet = outlet_from_footer(line) or outlet
        kept = index
    return "\n".join(lines[:kept]).rstrip(), outlet


def is_footer_line(line: str) -> bool:
    line = line.strip()
    if len(line) > _MAX_FOOTER_CHARS:
        return False
    if _CREDIT.match(line):
        return True
    # "(c) the third point" is a list item: a copyright line names a holder or a year.
    return bool(_COPYRIGHT.match(line)) and bool(outlet_from_footer(line) or _HAS_YEAR.search(line))


def outlet_from_footer(line: str) -> str | None:
    """The publisher a copyright line names (``© 2023Deutsche Welle Copyright ...`` -> Deutsche Welle)."""
    match = _COPYRIGHT.match(line.strip())
    if not match:
        return None
    # "© Copyright 2017 by X", "Copyright © 2023 X": peel signs, years and "by" off the front.
    rest = match.group("rest").strip()
    while (shorter := _LEAD_IN.sub("", rest, count=1)) != rest:
        rest = shorter
    return _leading_name(rest)


def _leading_name(text: str) -> str | None:
    words: list[str] = []
    for match in _NAME_TOKEN.finditer(text[:120]):
        token = match.group()
        # A dot ends the name ("Reuters. All rights ...") unless the token is an
        # abbreviation or a domain with inner dots ("U.S.", "CREATORS.COM").
        ends_sentence = token.endswith(".") and "." not in token[:-1]
        token = token.rstrip(".") if ends_sentence else token
        if not token or not _continues_name(token, words):
            break
        words.append(token)
        following = text[match.end():match.end() + 2].strip()[:1]
        if ends_sentence or len(words) >= 8 or following in {",", ";", ":", "|", "("}:
            break
    return _tidy_name(words)


def _continues_name(token: str, words: list[str]) -> bool:
    lower = token.lower()
    if words and lower in _NAME_STOP:
        return False
    if token[0].isupper():
        return True
    if not words:
        return False
    return token[0].isdigit() or lower in _NAME_CONNECTORS


def _tidy_name(words: list[str]) -> str | None:
    while words and (words[-1].lower().rstrip(".") in _CORPORATE_SUFFIXES | _NAME_CONNECTORS
                     or re.fullmatch(_YEAR, words[-1])):
        words.pop()
    if words and words[0].lower() == "the" and len(words) == 1:
        return None
    return " ".join(words) or None


__all__ = ["is_footer_line", "outlet_from_footer", "split_footer"]

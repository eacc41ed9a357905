"""The writer's credits opening and closing an article: the byline block and the bio line naming the
author, not sentences of the story. ``opening_credits`` finds the byline block among the opening lines
(``byline_over_desk``); ``closing_credits`` the bio below.

Opinion pages end a piece with a line on its writer: "Jane Roe is a senior fellow at the Example
Institute.", "— John Doe is a syndicated columnist.", "Ann Lee, MD, is an assistant professor of
medicine. Follow her on Twitter @annlee." Parsed as prose, the line gives the writer as an actor,
the institutes as organisations, the books as the writer's quotes and a line of the writer's career
as events. These rules find such lines among the last lines of the text (``TAIL_RULES``, ordered,
each a small named function of the line and the text above it); ``clutter.strip_clutter`` drops them
after the page clutter below them is gone, so the bio is the text's closing line.

A rule never fires on a line whose person the text named before (outside its short byline lines):
"Chinese President Xi Jinping is likely to visit ..." or "Vladimir Putin is president of Russia."
closing a story are the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diplograph import kb

# Only the closing lines of a text can be its writer's credit.
MAX_TAIL_LINES = 3
# A line of at most this many words is a byline or a heading ("Jane Roe", "Jane Roe, Opinion
# contributor"): the writer named there is not named by the story.
_MAX_BYLINE_WORDS = 6

_FIRST_WORDS_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Our", "His",
                                     "Her", "Their", "When", "If", "While", "Now", "But", "And", "So"})
# The writer's name at the line's start, past the dash or asterisk a page sets before a bio ("— Jane
# Roe", "* John Doe"): capitalised words with initials and particles ("Robert A. Manning", "Ted Galen
# Carpenter", "Richard D. Fisher Jr."), then degrees or an apposition set off by commas ("Ann Lee,
# MD, PhD,", "John Doe, a former judge,").
_NAME = (r"(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)*(?: (?:[A-Z][\w'’-]+|de|van|von|al|bin|el|[A-Z]\.))+"
         r"(?:,? (?:Jr|Sr)\.|,? I{2,3}\b)?)")
_DEGREES = r"(?:, (?:[A-Z][A-Za-z.]{1,5})(?:, [A-Z][A-Za-z.]{1,5})*,)?"
_APPOSITION = r"(?:, [^,.;:]{2,200},)?"
# The copula and its complement's opening: "is a", "has been an", "is also the", "was"; the words
# between it and the occupation modify the occupation ("a senior fellow", "the international editor",
# "Al Jazeera's digital correspondent"): no preposition or verb, which would open another clause
# ("was among the few candidates", "is likely to visit ... the host").
_COPULA = r" (?:is|was|has been|serves as)(?: also| now| currently)?(?: (?:a|an|the))?"
_NOT_A_MODIFIER = (r"(?:among|of|in|at|to|for|with|on|by|from|as|that|who|which|not|being|expected|likely|"
                   r"set|due|said|says)")
_MODIFIERS = rf"(?: (?!{_NOT_A_MODIFIER}\b)[\w’'&.-]+){{0,6}}?"
_LEAD = r"^(?:[—–]|--?|\*+)? ?"


@kb.per_folder
def _bio_line() -> re.Pattern[str]:
    nouns = sorted({r["noun"] for r in kb.load_table("bio_nouns")}, key=len, reverse=True)
    noun = "(?i:" + "|".join(re.escape(n) for n in nouns) + ")"
    return re.compile(_LEAD + _NAME + _DEGREES + _APPOSITION + _COPULA + _MODIFIERS + rf"[ -]{noun}s?\b")


def _named_before(surname: str, before: list[str]) -> bool:
    """The story names the person: the surname in a line above that is not a byline's short line."""
    pattern = re.compile(rf"\b{re.escape(surname)}\b")
    return any(len(line.split()) > _MAX_BYLINE_WORDS and pattern.search(line) for line in before)


def author_bio_line(line: str, before: list[str]) -> bool:
    """A closing line that tells who the writer is: a person's name, the copula and an occupation of
    ``kb/bio_nouns.tsv`` ("Jane Roe is a senior fellow at the Example Institute.", "— John Doe is a
    syndicated columnist.", "Ann Lee, MD, is an assistant professor ...", "Al Poe has been an adviser to
    two governors"), a person the text above names nowhere but in its byline (108 audit-corpus files)."""
    match = _bio_line().match(line)
    if match is None or match.group("name").split()[0] in _FIRST_WORDS_NOT_A_NAME:
        return False
    surname = re.sub(r",? (?:Jr|Sr)\.$|,? I{2,3}$", "", match.group("name")).split()[-1]
    return not _named_before(surname, before)


# A byline's line of names, with an optional "By": "Jane Roe", "By Jane Roe and John Doe", "Jane Roe, Al Poe
# and Ed Ray" (capitalised words with initials and the particles of surnames).
_ONE_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|der|van|von|al|bin|el|da|du|la|le)){1,3}"
_NAMES_LINE = re.compile(rf"^(?:By )?{_ONE_NAME}(?:(?:,? and |, ){_ONE_NAME})*$")
# The desk line under it names the outlet, the bureau or the writer's post: a few words, no sentence.
_DESK_LINE = re.compile(r"^[A-Z(][^.!?:;“”\"]*[^.!?:;,“”\"\s]$")
_MAX_DESK_WORDS = 6
# Only the opening lines of a text (its date line, then the byline) can hold the byline block.
MAX_HEAD_LINES = 3


def byline_over_desk(line: str, below: str) -> bool:
    """The byline block opening a story: a line of the writers' names over a short line naming their
    outlet, bureau or post, "Jane Roe <blank> Example Washington Bureau", "Jane Roe and Al Poe <blank>
    Special for Example Daily", "John Doe <blank> Opinion contributor" (USA Today's form; 231 audit-corpus
    files, 183 of them over "USA TODAY", whose writers ``actors/bylines.names_above_outlet`` already drops
    as actors but whose names the parse still hung on the lead's verb).
    The writers take no part in the story; the names line goes, the desk line with it."""
    return (bool(_NAMES_LINE.match(line)) and len(below.split()) <= _MAX_DESK_WORDS
            and bool(_DESK_LINE.match(below)))


def opening_credits(lines: list[str]) -> dict[int, str]:
    """The indexes of ``lines`` that are the byline block among the opening ``MAX_HEAD_LINES`` non-empty
    lines (``byline_over_desk``), the names line and the desk line under it, with the rule's name."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    head = filled[:MAX_HEAD_LINES + 1]
    for here, below in zip(head, head[1:], strict=False):
        if byline_over_desk(lines[here].strip(), lines[below].strip()):
            return {here: byline_over_desk.__name__, below: byline_over_desk.__name__}
    return {}


TailRule = Callable[[str, list[str]], bool]
TAIL_RULES: tuple[TailRule, ...] = (author_bio_line,)


def closing_credits(lines: list[str]) -> dict[int, str]:
    """The indexes of ``lines`` that are the writer's credits closing the text, with the rule's name:
    any of the last ``MAX_TAIL_LINES`` non-empty lines a rule of ``TAIL_RULES`` takes, read again once
    those are gone (a second writer's bio above the first), so that the text left has none: removing
    the credits from a text without them changes nothing."""
    found: dict[int, str] = {}
    while True:
        filled = [i for i, line in enumerate(lines) if line.strip() and i not in found]
        new = {i: name for i in filled[-MAX_TAIL_LINES:] if (name := _credit_rule(lines, filled, i))}
        if not new:
            return found
        found.update(new)


def _credit_rule(lines: list[str], filled: list[int], i: int) -> str | None:
    before = [lines[j].strip() for j in filled if j < i]
    return next((rule.__name__ for rule in TAIL_RULES if rule(lines[i].strip(), before)), None)


__all__ = ["MAX_HEAD_LINES", "MAX_TAIL_LINES", "TAIL_RULES", "author_bio_line", "byline_over_desk", "closing_credits",
           "opening_credits"]

"""Headlines on a line of their own inside the body: lines that are no sentence of the article.

A page copied into text keeps the headlines it prints between paragraphs: Fox News's links to
other stories in capitals ("POMPEO BLAMES IRAN FOR TANKER ATTACKS, SAYS US DOES NOT WANT WAR"),
and the section headings in capitals of Reuters and others ("‘TIME TO MOVE FORWARD’", "RED LINE
CROSSED"). Parsed as prose, a headline in headline grammar gives events with no date and quotes
with no speaker ("MATTIS: U.S. MILITARY DEPLOYING RESOURCES TO MEXICO BORDER" a MOBILIZE of the
United States). The rules here are line rules of ``clutter.LINE_RULES``.
"""

from __future__ import annotations

import re

# A word in capitals, past an opening quotation mark or bracket ("‘TIME", "(SOUNDBITE", "U.S.").
_CAPITAL_WORD = re.compile(r"(?<![\w'’])[A-Z][A-Z0-9'’.&-]*")
# A transcript's speaker label closing the line ("STEVE INSKEEP, HOST:") introduces the words on
# the next line; a turn in capitals, "JOHN ROE: OK.", is somebody's words.
_SPEAKER_LABEL = re.compile(r".*:\s*$|[A-Z][A-Z .,'’-]{1,60}:\s.*\.\W{0,2}")
# A dateline alone on its line ("WASHINGTON (AP) —") places the story.
_DATELINE_DASH = re.compile(r".*[—–-]\s*$")
_MAX_HEADLINE = 200
_MIN_WORDS = 3


def capitals_headline_line(line: str) -> bool:
    """A headline or section heading printed in capitals on its own line: a line of at least three
    words with no lowercase letter, "MATTIS: U.S. MILITARY DEPLOYING RESOURCES TO MEXICO BORDER" (a
    link to another story), "‘TIME TO MOVE FORWARD’", "RED LINE CROSSED" (headings) (262 files of the
    audit corpus, 471 lines). The article's own sentences are in mixed case. A transcript's speaker
    label ("JANE ROE, HOST:") or turn ("JOHN ROE: OK.") and a dateline closed by a dash stay."""
    if len(line) > _MAX_HEADLINE or any(ch.islower() for ch in line):
        return False
    if len(_CAPITAL_WORD.findall(line)) < _MIN_WORDS:
        return False
    return not (_SPEAKER_LABEL.fullmatch(line) or _DATELINE_DASH.fullmatch(line))


__all__ = ["capitals_headline_line"]

"""Headlines on a line of their own inside the body: lines that are no sentence of the article.

A page copied into text keeps the headlines it prints between paragraphs: Fox News's links to
other stories in capitals ("POMPEO BLAMES IRAN FOR TANKER ATTACKS, SAYS US DOES NOT WANT WAR"),
and the section headings in capitals of Reuters and others ("‘TIME TO MOVE FORWARD’", "RED LINE
CROSSED"). Parsed as prose, a headline in headline grammar gives events with no date and quotes
with no speaker ("MATTIS: U.S. MILITARY DEPLOYING RESOURCES TO MEXICO BORDER" a MOBILIZE of the
United States). ``capitals_headline_line`` is a line rule of ``clutter.LINE_RULES``.

A quotation alone on its line whose words the article prints again in a longer line is a display
heading or a pull quote ("‘We remain united’" over a section whose paragraph says "... we remain
united as one," the minister said."): ``pull_quote_lines``, read by ``clutter.strip_clutter`` on the
whole text once the clutter lines are gone. The words stay quoted, with their speaker, where the
article reports them.
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


# A line that is one quotation and nothing else: its marks open and close the line (a full stop may
# follow), and no double quotation mark inside it opens another.
_BARE_QUOTE = re.compile(r"[\"“‘'](?P<words>[^\"“”\n]{8,300}?)[\"”’'][.,]?")
_MIN_QUOTE_WORDS = 3


def _words(text: str) -> str:
    """The text's words in lower case, one space between them (marks and dashes dropped)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def pull_quote_lines(lines: list[str]) -> dict[int, str]:
    """The indexes of ``lines`` that are a pull quote or a quoted section heading, with the rule's name:
    a line of one quotation of at least three words, "‘Begging for war’", "“Our aim is to stay”",
    whose words recur inside a longer line of the text, the sentence that reports them ("Kim was
    "begging for war", she said.") (206 files of the audit corpus, 253 lines). A quotation alone on
    its line that the text does not print again is somebody's words and stays."""
    words = [_words(line) for line in lines]
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        bare = _BARE_QUOTE.fullmatch(line.strip())
        if not bare:
            continue
        quoted = _words(bare.group("words"))
        if len(quoted.split()) < _MIN_QUOTE_WORDS:
            continue
        if any(j != i and len(other) > len(quoted) and f" {quoted} " in f" {other} " for j, other in enumerate(words)):
            found[i] = pull_quote_lines.__name__
    return found


__all__ = ["capitals_headline_line", "pull_quote_lines"]

"""Where an article's lines meet its grammar: the parser runs a byline, a section heading or a
dateline into the lead's clause and hangs a name there as the verb's subject. These rules say
which subject dependent is such a stray (``STRAY_SUBJECT_RULES``) and which phrase of the verb's
own line is its real subject (``line_opening_subject``); ``syntax.subject_slots`` applies them, so
events, quotes, relations and claims read the same subject.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .common import doc_text, line_break_between

# The dashes that close a dateline ("WASHINGTON –", "BEIRUT (AP) —").
DASHES = frozenset({"—", "–", "-", "--"})
# The long dashes a page glues between a dateline and the lead's first word ("Fla.—President").
GLUED_DASHES = ("—", "–")
# A wire dateline opening a line, "WASHINGTON (Reuters) -", "UNITED NATIONS —", with the space after it.
DATELINE = re.compile(r"[A-Z][A-Z.,'’ ]*[A-Z.](?: ?\([^)\n]{1,60}\))? ?(?:—|–|--?) ?")
# A wire or outlet credit opening a line, "(Reuters)", "(CNN) –": the outlet that sent the story.
WIRE_CREDIT = re.compile(r"^\s*\(([A-Z][^)\n]{1,60})\)", re.M)
# Dependencies of the words before a noun phrase's head ("the former envoy Edward Roe").
PREMODIFIER_DEPS = frozenset({"compound", "amod", "det", "nummod", "poss", "case", "punct"})


# A roundup's credit under a quoted excerpt, "Jane Roe, The Daily Planet": title case but for the lower-case
# words of outlets' names ("Council on Foreign Relations"), as `speech/excerpts._byline` reads it.
_CREDIT_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CREDIT_LINKS = frozenset({"of", "on", "the", "and", "for", "at"})
_QUOTE_CLOSERS = ("”", '"', "’", "…")
_MAX_CREDIT_WORDS = 12
_MAX_SIGNER_WORDS = 5  # "Reuel Marc Gerecht and Ray Takeyh"


def excerpt_credit(line: str, above: str) -> bool:
    """A line crediting the quoted paragraph right above it (the last non-blank line ends with a closing
    quote mark), "Jane Roe, The Daily Planet", "Editorial Board, Daily Planet": a news roundup's byline,
    whose writer speaks the excerpt. A name and an outlet joined by a comma, every word capitalised but
    an outlet's links, none of a heading's lower-case verbs or prepositions ("Roe, Poe in Leadership Pact")."""
    head, comma, outlet = line.strip(" \t-–—").partition(",")
    if not comma or not outlet.strip() or not above.rstrip().endswith(_QUOTE_CLOSERS):
        return False
    if not 1 <= len(head.split()) <= _MAX_SIGNER_WORDS or any(ch.isdigit() for ch in line):
        return False  # a headline: "More Than 4,000 Dead In ..."
    words = _CREDIT_WORD.findall(line)
    return len(words) <= _MAX_CREDIT_WORDS and all(w[0].isupper() or w in _CREDIT_LINKS for w in words)


def excerpt_credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the excerpt credit lines of ``text``, from the signer's first letter (past
    a leading dash) to the line's end."""
    out, pos, above = [], 0, ""
    for line in text.split("\n"):
        if excerpt_credit(line, above):
            out.append((pos + len(line) - len(line.lstrip(" \t-–—")), pos + len(line)))
        pos += len(line) + 1
        above = line if line.strip() else above
    return out


_CREDITS = "diplograph.excerpt_credits"


def excerpt_credit_at(doc: Doc, char: int) -> tuple[int, int] | None:
    """The excerpt credit line (``excerpt_credit_spans``) holding ``char``, if any. The lines are found
    once per Doc: the actors, the speakers' and the events' pronoun indexes all ask."""
    spans = doc.user_data.get(_CREDITS)
    if spans is None:
        spans = doc.user_data[_CREDITS] = excerpt_credit_spans(doc_text(doc))
    k = bisect.bisect_right(spans, (char, float("inf"))) - 1
    return spans[k] if k >= 0 and spans[k][0] <= char < spans[k][1] else None


def dateline_end(doc: Doc, i: int) -> int | None:
    """Where the wire dateline that opens a line at token ``i`` ends (a character offset), or None."""
    if i > 0 and "\n" not in doc[i - 1].text_with_ws:
        return None
    found = DATELINE.match(doc_text(doc), doc[i].idx)
    return found.end() if found else None


def _ends_line(tok: Token) -> bool:
    return "\n" in tok.text_with_ws


def _phrase_start(tok: Token) -> int:
    """Where the name ``tok`` heads starts: the compounds right before it on its own line."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == tok:
        if _ends_line(doc[start - 1]):
            break
        start -= 1
    return start


def across_paragraph(subj: Token, verb: Token) -> bool:
    """A byline or a section heading glued to the next paragraph ("Jane Roe\n\nUSA TODAY\n\nPresident
    Putin resisted ..."): the parser hangs a name of an earlier line on the verb as a subject,
    but a clause does not run across a line break."""
    lo, hi = sorted((subj.i, verb.i))
    doc = subj.doc
    # a line break in the words from ``lo`` up to ``hi``: a bisect into the text's line breaks (asked
    # of every subject), not a Token per word; the words' texts with their spaces tile the text
    return line_break_between(doc, doc[lo].idx, doc[hi].idx)


def bracketed_credit(subj: Token, verb: Token) -> bool:
    """The wire credit of a dateline, "BEIRUT (AP) — Russia blamed ...", "(CNN) – Gov. Christie
    painted ...": a name in brackets is an aside, never the subject of the clause around it."""
    doc = subj.doc
    if subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ")":
        return False  # the cheap test first: this is asked of every subject
    start = _phrase_start(subj)
    return start > 0 and doc[start - 1].text == "("


def _dateline_dash(place: Token) -> int | None:
    """The dash that closes a dateline after ``place`` ("WASHINGTON –", "BEIRUT (AP) —"), or None."""
    doc, j = place.doc, place.i + 1
    if j < len(doc) and doc[j].text == "(":
        j = next((k + 1 for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")"), len(doc))
    return j if j < len(doc) and doc[j].text in DASHES else None


def dateline_place(subj: Token, verb: Token) -> bool:
    """"WASHINGTON – Paul Manafort ... pleaded guilty", "WASHINGTON (Reuters) - Pompeo warned": the
    place of a dateline, in capitals at the start of its line and closed by a dash, is no subject."""
    doc = subj.doc
    if _dateline_dash(subj) is None:
        return False  # the cheap test first: this is asked of every subject
    start = _phrase_start(subj)
    return ((start == 0 or _ends_line(doc[start - 1]))
            and all(t.is_alpha and t.is_upper for t in doc[start:subj.i + 1]) and len(subj.text) > 2)


# Subject dependents the parser gives a verb that are no subject of its clause (ordered, named).
STRAY_SUBJECT_RULES: tuple[Callable[[Token, Token], bool], ...] = (across_paragraph, bracketed_credit, dateline_place)


def is_stray(subj: Token, verb: Token) -> bool:
    return any(rule(subj, verb) for rule in STRAY_SUBJECT_RULES)


def line_opening_subject(stray: Token, verb: Token) -> Token | None:
    """What the parse hung under a stray subject of an earlier line is the phrase that opens the
    verb's own line (past a dateline): "John Roe\n\nUSA TODAY\n\nFormer contractor Edward Snowden
    called" (the byline's conjunct), "Trade\n\nThe ministers issued" (the heading's apposition),
    "A court 'out of control'\n\nNathan Roe, an expert, says" (the heading's object), "BEIRUT (AP) —
    Syria's foreign minister said" (the dateline on the verb's own line)."""
    if stray.i > verb.i:
        return None
    doc = verb.doc
    breaks = [t.i for t in doc[stray.i:verb.i] if _ends_line(t)]
    dash = _dateline_dash(stray)
    if breaks:
        i = breaks[-1] + 1
    elif dash is not None and dateline_place(stray, verb):
        # the dateline opens the verb's own line (a paragraph is a sentence of its own):
        # "WASHINGTON (Reuters) - U.S. President Donald Trump ... said"
        i = dash + 1
    else:
        return None
    for _ in range(2):  # the line's first phrase, then the one after its dateline
        while i < verb.i and doc[i].is_space:
            i += 1
        if i >= verb.i:
            return None
        head = doc[i]
        while head.dep_ in PREMODIFIER_DEPS and i <= head.i < head.head.i < verb.i:
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN", "PRON") or not stray.is_ancestor(head):
            return None
        dash = _dateline_dash(head)
        if dash is None or not dateline_place(head, verb):
            return None if is_stray(head, verb) else head
        i = dash + 1
    return None


# A sentence's closing mark, or the mark a line broken inside a sentence or a list item ends with.
_LINE_END_MARKS = frozenset(".!?:;,\"”’')]…-—–")
_MAX_HEADING_WORDS = 12
# A block of related-story links runs to three or four lines.
_MAX_HEADING_RUN = 4


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _heading_shaped(line: str) -> bool:
    """At most twelve words, a capital first, no closing mark: the shape of a headline."""
    return (bool(line) and line[0].isupper() and line[-1] not in _LINE_END_MARKS
            and len(line.split()) <= _MAX_HEADING_WORDS)


def heading_shaped_line(tok: Token) -> bool:
    """The token's own line has the shape of a headline (``_heading_shaped``), wherever it stands:
    the title over the lede ("Jeb Roe: Obama's policies helped the rebels' rise") as well as a
    heading between paragraphs."""
    text = doc_text(tok.doc)
    start, end = _line_bounds(text, tok.idx)
    return _heading_shaped(text[start:end].strip())


def _lines_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The non-empty lines before (nearest first) and after the line ``text[start:end]``."""
    before = [line.strip() for line in reversed(text[:start].split("\n")) if line.strip()]
    after = [line.strip() for line in text[end:].split("\n") if line.strip()]
    return before, after


def heading_line(tok: Token) -> bool:
    """A headline or sub-heading standing between two paragraphs, the token's own line: at most twelve
    words, a capital first and no closing mark ("Still Talking", "Turkey opens border", a related-story
    link "Rebels vow new push on the capital"), after a paragraph that ends a sentence and before one
    that opens one, perhaps with more such lines between (a block of related-story links). Headline
    grammar reports no act of its own; the paragraphs report what it sums up. A sentence broken across
    lines ("... blacklisted the envoy\\n\\nfor arms sales") goes on in lower case and is no heading."""
    text = doc_text(tok.doc)
    start, end = _line_bounds(text, tok.idx)
    if not _heading_shaped(text[start:end].strip()):
        return False
    before, after = _lines_around(text, start, end)
    prose_before = next((line for line in before[:_MAX_HEADING_RUN] if not _heading_shaped(line)), None)
    prose_after = next((line for line in after[:_MAX_HEADING_RUN] if not _heading_shaped(line)), None)
    return (prose_before is not None and prose_before[-1] in _LINE_END_MARKS
            and prose_after is not None and (prose_after[0].isupper() or prose_after[0] in "\"“‘'"))

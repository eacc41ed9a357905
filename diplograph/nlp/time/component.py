"""``diplograph_times``: finds the time expressions of a document and normalises them.

Detection is a token-level ``Matcher`` whose word classes come from ``kb/time_words.tsv``,
plus the model's DATE entities for forms the patterns miss. Each expression is read by
``timex.resolve`` against the document date, the tense of the verb that governs it, and
the dates the text gave before it (``On the same day``; weekdays of an undated story).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import LOWER, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...kb import activate, override_folder, per_folder
from ...model import TimeExpr
from .. import extensions  # noqa: F401  (registers the attributes)
from ..extensions import INFERRED_PUBLISHED
from ..tense import auxiliaries, is_settled_past
from .timex import Context, Resolved, lexicon, normalize, resolve

__all__ = ["TimesComponent", "find_times", "infer_published", "normalize"]

YEAR_RE = r"^(?:1[89]\d\d|20\d\d)$"
# 28.02.2023, 2/28/23, 2023-02-28 (dotted dates need a four-digit year: "1.5.2" is a version)
NUMERIC_DATE = r"^(?:\d{1,2}[./]\d{1,2}[./](?:1[89]|20)\d\d|\d{1,2}/\d{1,2}/\d\d|(?:1[89]|20)\d\d-\d\d-\d\d)$"
# Words after which a bare four-digit number is a year ("in 2017", "since 1991", "fiscal 1989").
YEAR_CONTEXT = {"in", "since", "by", "of", "until", "till", "from", "to", "through", "during", "before",
                "after", "between", "and", "fiscal", "early", "late", "mid", "-", "the", "around", "circa",
                "year", "spring", "summer", "autumn", "fall", "winter", "than", "as", "for", "end",
                "beginning", "start", "©", "copyright", "(", "year-end"}
# A bare month needs a cue when its name is also a common word ("may", "march").
AMBIGUOUS_MONTHS = {"may", "march"}
MONTH_CONTEXT = {"in", "since", "by", "until", "till", "from", "to", "through", "during", "last", "this",
                 "next", "early", "late", "mid", "-", "of", "before", "after", "between", "and", "or",
                 "past", "coming", "on"}
SEASON_CONTEXT = {"in", "during", "since", "by", "until", "over", "through", "this", "last", "next",
                  "past", "the", "coming", "early", "late", "mid", "each", "every"}
HYPHEN_ADJECTIVE = re.compile(r"^[\w.]+\s?-\s?(?:day|week|month|year|hour|minute|decade)s?\b.*", re.I)
FULL_DATE = re.compile(r"^(\d{4}|XXXX)-\d\d-\d\d$")
CALENDAR = re.compile(r"^(\d{3,4}|XXXX)(-|$)")
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would"}  # "would" in reported speech: future-in-past


def _words(kind: str) -> list[str]:
    return sorted(lexicon().of(kind))


def _forms(kind: str) -> list[str]:
    """Title-case spellings of month or weekday names, with and without an abbreviation dot."""
    out = []
    for w in _words(kind):
        out += [w.title(), w.upper()] if len(w) > 4 else [w.title(), w.title() + "."]
    return out


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    lex = lexicon()
    opt: dict[str, Any] = {"OP": "?"}
    month = {"TEXT": {"IN": _forms("month")}}
    weekday = {"LOWER": {"IN": [w for w in _words("weekday") if len(w) > 4] + ["tues.", "thurs.", "wed."]}}
    daynum = {"TEXT": {"REGEX": r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
    year: dict[str, Any] = {"TEXT": {"REGEX": YEAR_RE}}
    comma = {"TEXT": ",", **opt}
    edge: dict[str, Any] = {"LOWER": {"IN": ["early", "earlier", "late", "later", "mid", "mid-"]}, **opt}
    hyphen: dict[str, Any] = {"TEXT": "-", **opt}
    rel = {"LOWER": {"IN": ["last", "this", "next", "past", "previous", "coming", "current", "following",
                            "latest", "upcoming", "preceding", "prior"]}}
    the: dict[str, Any] = {"LOWER": "the", **opt}
    cal_unit = {"LOWER": {"IN": ["year", "month", "week", "weekend", "quarter", "decade", "century"]}}
    season = {"LOWER": {"IN": _words("season")}}
    part = {"LOWER": {"IN": _words("part")}}
    number = {"LOWER": {"IN": [w for w in _words("number") if " " not in w] + ["couple"]}}
    num = {"OR_NUM": True}  # placeholder, replaced below
    unit = {"LOWER": {"IN": _words("unit")}}
    ordinal = {"LOWER": {"IN": _words("ordinal")}}
    tens = {"LOWER": {"IN": [w for w, v in lex.of("number").items() if v.isdigit() and 20 <= int(v) <= 90]}}
    groups: dict[str, list[list[dict[str, Any]]]] = {
        "calendar": [
            [{**weekday, **opt}, comma, month, daynum, comma, {**year, **opt}],
            [{**weekday, **opt}, comma, daynum, {"LOWER": "of", **opt}, month, {**year, **opt}],
            [edge, hyphen, {**rel, **opt}, month, comma, {**year, **opt}],
            [edge, {**rel, **opt}, weekday, {**part, **opt}],
            [edge, {"LOWER": {"IN": _words("dayword")}}, {**part, **opt}],
            [{"LOWER": {"IN": ["this", "last"]}}, part],
            [edge, the, {**rel, **opt}, season, {"LOWER": "of", **opt}, {**year, **opt}],
        ],
        "unit": [
            [edge, the, rel, cal_unit],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding", "same"]}},
             {"LOWER": "day"}],
            [{"LOWER": "that"}, {"LOWER": {"IN": ["day", "year", "month", "week"]}}],
            [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["in", "on"]}},
             {"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "day"}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["quarter", "weekend"]}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["latest", "current"]}}, {"LOWER": {"IN": ["period", "fiscal"]}},
             {"LOWER": "year", **opt}],
            [num, {**num, **opt}, {"LOWER": "of", **opt}, unit,
             {"LOWER": {"IN": ["ago", "earlier", "later", "hence", "back"]}}],
            [num, {**num, **opt}, {"LOWER": "of", **opt}, unit, {"LOWER": "from"}, {"LOWER": "now"}],
            [the, {"LOWER": {"IN": ["comparable", "corresponding", "same"]}, **opt}, {"LOWER": "year"}, hyphen,
             {"LOWER": {"IN": ["earlier", "ago"]}}, {"LOWER": {"IN": ["period", "quarter", "level", "levels"]}, **opt}],
            [the, {**rel, **opt}, num, {**num, **opt}, {"LOWER": "of", **opt}, unit],
            [the, {"LOWER": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)$"}}, {"LOWER": "century"}],
            [the, {**year, **opt}, {"LOWER": "fiscal", **opt}, ordinal, hyphen, {"LOWER": "quarter"},
             {"LOWER": "of", **opt}, {**year, **opt}],
            [{"LOWER": {"IN": ["recent", "past", "coming", "the"]}}, {"LOWER": {"IN": ["few", "several"]}, **opt},
             {"LOWER": {"IN": ["days", "weeks", "months", "years", "decades"]}}],
        ],
        "number": [
            [edge, hyphen, {"LOWER": {"IN": ["fiscal", "calendar"]}, **opt}, year],
            [{"TEXT": {"REGEX": r"^(?:1[89]|20)\d\d[,;.:]\S"}}],  # "2020,Minsk": a year glued to the next word
            [the, {"TEXT": {"REGEX": r"^(?:1[89]|20)\d0s$"}}],
            [{"LOWER": "the"}, {"TEXT": "'", **opt}, {"LOWER": {"REGEX": r"^'?\d0s$"}}],
            [{"TEXT": {"REGEX": NUMERIC_DATE}}],
        ],
        "ref": [[{"LOWER": "the"}, {"LOWER": {"IN": _words("decade")}}],
                [{"TEXT": {"IN": _forms("month")}, **opt}, {"LOWER": {"IN": ["nineteen", "twenty"]}}, tens, hyphen,
                 {"LOWER": {"IN": _words("number")}, **opt}],
                [{"LOWER": "the", **opt}, {"LOWER": "year", **opt}, {"LOWER": "two"}, {"LOWER": "thousand"}],
                *([{"LOWER": w} for w in phrase.split()] for phrase in sorted(lex.alone))],
    }
    numbers = {"LIKE_NUM": True}
    out: dict[str, list[list[dict]]] = {}
    for group, pats in groups.items():  # a number is a digit string or a number word: two patterns
        out[group] = []
        for p in pats:
            out[group].append([({**numbers, **({"OP": t["OP"]} if "OP" in t else {})} if t.get("OR_NUM") else t)
                               for t in p])
            if any(t.get("OR_NUM") for t in p):
                out[group].append([({**number, **({"OP": t["OP"]} if "OP" in t else {})} if t.get("OR_NUM") else t)
                                   for t in p])
    return out


@per_folder
def trigger_words() -> dict[str, frozenset[str]]:
    """Per pattern group, the head words one of its patterns needs: a group's matcher only
    runs on windows around its heads (the ``number`` group is triggered by digit shapes)."""
    lex = lexicon()

    def kinds(*names: str) -> set[str]:
        return {w for k in names for w in lex.of(k) if " " not in w}

    calendar = kinds("month", "weekday", "dayword", "part", "season")
    calendar |= {w + "." for w in kinds("month", "weekday")}
    ref = {w for phrase in lex.alone for w in phrase.split()} | kinds("decade") | {"nineteen", "thousand"}
    return {"calendar": frozenset(calendar), "unit": frozenset(kinds("unit") | {"period", "weekend"}),
            "ref": frozenset(ref - {"the", "at", "in", "right"})}


TRIGGER_SHAPE = re.compile(r"^(?:1[89]|20)\d\d|^\d{1,2}[./]\d|^'?\d0s$")
WINDOW_BEFORE, WINDOW_AFTER = 5, 6  # reach of the longest patterns around their head word


def _windows(hits: np.ndarray, n: int) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for i in np.flatnonzero(hits).tolist():
        lo, hi = max(0, i - WINDOW_BEFORE), min(n, i + WINDOW_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


class TimeMatcher:
    """Token patterns in groups, each run only on windows around its head words: most tokens
    of a news story cannot be part of a time expression, and matching is this component's
    main cost. Heads are found on the token arrays, without building Token objects."""

    def __init__(self, vocab: Vocab) -> None:
        self.matchers: dict[str, Matcher] = {}
        for group, pats in _patterns().items():
            self.matchers[group] = Matcher(vocab)
            self.matchers[group].add("TIME", pats, greedy="LONGEST")
        self.heads = {group: np.array([vocab.strings.add(w) for w in words], dtype=np.uint64)
                      for group, words in trigger_words().items()}

    def __call__(self, doc: Doc) -> list[Span]:
        n = len(doc)
        if not n:
            return []
        strings = doc.vocab.strings
        lowers, shapes = doc.to_array([LOWER, SHAPE]).T
        hits = {group: np.isin(lowers, heads) for group, heads in self.heads.items()}
        digit_shapes = np.array([h for h in np.unique(shapes) if strings[int(h)][:1] == "d"], dtype=np.uint64)
        hits["number"] = np.zeros(n, dtype=bool)
        for i in np.flatnonzero(np.isin(shapes, digit_shapes)).tolist():
            hits["number"][i] = bool(TRIGGER_SHAPE.match(doc[i].text))
        found = []
        for group, matcher in self.matchers.items():
            for lo, hi in _windows(hits[group], n):
                found += [doc[lo + s:lo + e] for _, s, e in matcher(doc[lo:hi])]
        return found


def build_matcher(vocab: Vocab) -> TimeMatcher:
    return TimeMatcher(vocab)


# ---------------------------------------------------------------- detection
def _trim(span: Span) -> Span:
    """Drop edge punctuation and a leading "the" before a bare unit-less word."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct and span.doc[start].text != "'":
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def _plausible(span: Span) -> bool:
    """Context checks the patterns cannot express: years, ambiguous month names, seasons."""
    doc, first = span.doc, span[0]
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    words = [t.lower_ for t in span]
    if len(span) == 1 and re.match(YEAR_RE, first.text):
        return prev in YEAR_CONTEXT or first.ent_type_ == "DATE" or (
            span.end < len(doc) and doc[span.end].text in (",", ")"))
    if words[-1].rstrip(".") in AMBIGUOUS_MONTHS and len(span) == 1:
        return first.text[0].isupper() and prev in MONTH_CONTEXT
    if len(span) == 1 and first.lower_.rstrip(".") in lexicon().of("month") and not first.text.endswith("."):
        return len(first.text) > 3  # "Jan" alone is more often a name than January
    if words[-1] in lexicon().of("season") or (len(words) > 1 and words[-2] in lexicon().of("season")):
        season_tok = next(t for t in span if t.lower_ in lexicon().of("season"))
        if season_tok.text[0].isupper() and not season_tok.is_sent_start:
            return False  # "Arab Spring", "Spring Festival": names, not seasons
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            return False  # "the fall of Kabul"
        return len(span) > 1 or prev in SEASON_CONTEXT
    # "now that" is a conjunction, not a time
    return not (words == ["now"] and span.end < len(doc) and doc[span.end].lower_ == "that")


# Words before a bare "May" or "March" the model calls a DATE that make it a month: the matcher's
# cues and a few the model knows ("planned for May", "around March").
ENTITY_MONTH_CONTEXT = MONTH_CONTEXT | {"for", "at", "around", "mid", "until", "by"}


def _no_month_cue(span: Span) -> bool:
    """Whether a one-word "May"/"March" entity lacks a month's cue before it: then it is a name
    ("Mrs May's predecessor", "With May vowing to stand by her deal", "who urged May to go back")."""
    return span.start == 0 or span.doc[span.start - 1].lower_ not in ENTITY_MONTH_CONTEXT


def candidates(doc: Doc, matcher: TimeMatcher) -> list[Span]:
    """Time-expression spans in text order: matcher hits, then DATE entities the patterns missed."""
    found = [_trim(span) for span in matcher(doc)]
    found = [s for s in found if len(s) and _plausible(s)]
    for ent in doc.ents:
        if ent.label_ != "DATE" or HYPHEN_ADJECTIVE.match(ent.text):
            continue
        if any(s.start < ent.end and ent.start < s.end for s in found):
            continue
        if re.fullmatch(r"[\d.,]+", ent.text) and not re.fullmatch(YEAR_RE[1:-1], ent.text):
            continue  # a bare number is never a date unless it is a year
        if len(ent) == 1 and ent[0].lower_ in AMBIGUOUS_MONTHS and _no_month_cue(ent):
            continue  # "Mrs May's predecessor", "urged May to": the model's DATE is a surname
        found.append(ent)
    return sorted(filter_spans(found), key=lambda s: s.start)


# Prepositions that place a settled-past act at a time ("freed in May", "met on Monday"); "for",
# "until", "by" name a time set for or awaited ("was scheduled for May").
SETTLED_PREPS = frozenset({"in", "on", "during"})


def tense_of(span: Span) -> str:
    """past / present / future from the verb governing the expression; "unknown" when the
    expression hangs off a noun ("the Dec. 7 meeting"): a reporting verb further up ("said")
    tells when the story was told, not when the thing happens. Default past (news). "done" is
    a past that cannot tell a plan (``tense.is_settled_past`` placed "in"/"on"/"during" the
    time): the year chooser never reads it as a future month or day."""
    tok, via_noun, via_modifier = span.root, False, False
    preps: list[str] = []
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            auxes = auxiliaries(tok)
            if any(a.lower_ in FUTURE_AUX for a in auxes):
                return "future"
            if via_modifier:
                # the expression dates a participle on a noun ("troops were believed to be
                # stationed at the base targeted on Thursday"): an infinitive above the noun is
                # another act's outlook, not this one's
                return "unknown"
            if any(a.lower_ == "to" for a in auxes) and tok.dep_ in ("xcomp", "advcl", "acl"):
                # "plans to visit on Monday" looks ahead; "planned to visit in June" may be past
                return "unknown" if tok.head.tag_ == "VBD" else "future"
            if via_noun:
                return "unknown"
            if is_settled_past(tok) and set(preps) <= SETTLED_PREPS:
                return "done"
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if any(a.lower_ in ("has", "have", "'ve") for a in auxes):
                return "past"  # present perfect reports the past
            if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
                return "present"
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                via_modifier = True
        elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(span.start, span.end):
            via_noun = True
        elif tok.dep_ == "prep" or tok.pos_ == "ADP":
            preps.append(tok.lower_)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return "unknown" if via_noun else "past"


# ---------------------------------------------------------------- reading
@dataclass
class Found:
    span: Span
    time: TimeExpr
    tense: str
    resolved: Resolved


def _anchor(doc: Doc) -> dt.date | None:
    try:
        return dt.date.fromisoformat(doc._.published) if doc._.published else None
    except ValueError:
        return None


def _char_span(span: Span) -> tuple[int, int]:
    """Character offsets, tightened to the year digits for a year glued to the next word."""
    if len(span) == 1 and (m := re.match(r"^(?:1[89]|20)\d\d(?=[,;.:]\S)", span.text)):
        return span.start_char, span.start_char + m.end()
    return span.start_char, span.end_char


def scan(doc: Doc, matcher: TimeMatcher | None = None, *, anchor: dt.date | None = None,
         use_published: bool = True) -> list[Found]:
    """Every time expression with its tense and how it was resolved, in text order."""
    matcher = matcher or build_matcher(doc.vocab)
    ctx = Context(anchor=_anchor(doc) if use_published else anchor, year_hint=doc._.year_hint)
    out: list[Found] = []
    for span in candidates(doc, matcher):
        start, end = _char_span(span)
        text = span.text[: end - start]
        if span[-1].lower_ == "today" and span.end < len(doc) and doc[span.end].lower_.replace("’", "'") == "'s":
            text_for_rules = text + "'s"  # "today's world": the present, not a date
        else:
            text_for_rules = text
        ctx.tense = tense_of(span)
        res = resolve(text_for_rules, ctx)
        if res is None:
            continue
        out.append(Found(span, TimeExpr(text=text, value=res.value, span=(start, end)), ctx.tense, res))
        _remember(ctx, res)
    return out


def _remember(ctx: Context, res: Resolved) -> None:
    """Later expressions ("that day", "a year earlier", an undated weekday) read these."""
    value = res.value
    if not value or not CALENDAR.match(value) or res.anaphoric:
        return
    ctx.previous_value = value
    if FULL_DATE.match(value):
        ctx.previous_day = value
        if res.explicit_day:
            ctx.previous_explicit = value


def find_times(doc: Doc) -> list[TimeExpr]:
    """The document's time expressions, in text order, spans as character offsets."""
    return [f.time for f in scan(doc)]


def infer_published(doc: Doc, matcher: TimeMatcher | None = None) -> tuple[str, str] | None:
    """For an undated document: (ISO date, basis in words), the latest full date the text
    resolves once a year is known (a date written with its year, or ``doc._.year_hint``).
    Dates the text puts in the future do not count. None if nothing supports a date.
    The times component works this out once for every undated document
    (``doc.user_data[INFERRED_PUBLISHED]``); this reads it back when it is there."""
    if INFERRED_PUBLISHED in doc.user_data:
        return doc.user_data[INFERRED_PUBLISHED]
    return _infer_published(doc, matcher)


def _infer_published(doc: Doc, matcher: TimeMatcher | None) -> tuple[str, str] | None:
    found = [f for f in scan(doc, matcher, use_published=False) if f.time.value and f.tense != "future"
             and re.match(r"^\d{4}-\d\d-\d\d$", f.time.value)]
    if not found:
        return None
    best = max(found, key=lambda f: f.time.value or "")
    year = ("year from other documents" if doc._.year_hint is not None and
            not re.search(r"(1[89]|20)\d\d", best.time.text) else "year stated in the text")
    if best.resolved.explicit_day:
        basis = f"latest dated mention in the text: {best.time.text!r} ({year})"
    else:
        basis = f"weekday consistency: {best.time.text!r} after the last dated mention ({year})"
    return best.time.value or "", basis


class TimesComponent:
    """Sets ``doc._.times`` and, for an undated document, ``doc.user_data[INFERRED_PUBLISHED]``.
    The matcher is built once, with the pipeline, and lives here."""

    def __init__(self, nlp: Language, name: str, kb_dir: str | None = None) -> None:
        self.name = name
        self.kb_dir = override_folder(kb_dir)  # None: $DIPLOGRAPH_KB_DIR, else the packaged tables
        with activate(self.kb_dir):
            self.matcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            doc._.times = [f.time for f in scan(doc, self.matcher)]
            if not doc._.published:
                doc.user_data[INFERRED_PUBLISHED] = _infer_published(doc, self.matcher)
        return doc


@Language.factory("diplograph_times", default_config={"kb_dir": None}, assigns=["doc._.times", "doc.user_data"],
                  requires=["doc.ents", "token.dep"])
def make_times(nlp: Language, name: str, kb_dir: str | None) -> TimesComponent:
    return TimesComponent(nlp, name, kb_dir)

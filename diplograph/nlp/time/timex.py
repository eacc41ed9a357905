"""The pure normaliser: one English time expression -> a TIMEX3 value (as in TempEval-3).

Values: ``2023``, ``2023-06``, ``2023-02-24``, ``XXXX-08-16`` (year unknown), ``2022-FA``
(seasons SP SU FA WI), ``2023-W09`` (ISO weeks; ``-WE`` for the weekend), ``2023-Q1``,
``199`` (a decade), ``19`` (a century), ``P3D`` / ``P3DE`` / ``PT5H`` (durations),
``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``. No spaCy here: ``dates.py`` finds the
expressions and supplies the context (document date, tense, earlier dates in the text).

dateparser is not used for relative forms: it returns nothing for "earlier this year" and
reads "Tuesday" on a Tuesday as a week earlier, so the news conventions are written out here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...kb import load_table, per_folder, split_list
from .calendar import SEASON_START, date_of, iso, iso_week, numeric_date, pick_year, quarter, season_of, shift_month

# "unknown": no verb decides (the expression hangs off a noun); calendar dates then take the
# nearest reading, weekdays the news default (the latest such day).
TENSES = ("past", "present", "future", "unknown")
# The month a season starts in; winter belongs to the year of its December.


@dataclass(frozen=True)
class Lexicon:
    """``kb/time_words.tsv`` as lookup tables (word -> value, per kind)."""

    kinds: dict[str, dict[str, str]]
    alone: frozenset[str]

    def of(self, kind: str) -> dict[str, str]:
        return self.kinds.get(kind, {})

    def alternation(self, kind: str) -> str:
        """A regex alternation of the kind's words, longest first so phrases win."""
        return "|".join(re.escape(w) for w in sorted(self.of(kind), key=len, reverse=True))


@per_folder
def lexicon() -> Lexicon:
    kinds: dict[str, dict[str, str]] = {}
    alone: set[str] = set()
    for row in load_table("time_words"):
        for word in split_list(row["word"]):
            kinds.setdefault(row["kind"], {})[word] = row["value"]
            if row.get("alone") == "yes":
                alone.add(word)
    return Lexicon(kinds, frozenset(alone))


@dataclass
class Context:
    """What an expression is read against. ``previous_*`` come from earlier in the same text."""

    anchor: dt.date | None = None
    tense: str = "past"
    year_hint: int | None = None
    previous_day: str | None = None  # the last full date resolved ("On the same day")
    previous_explicit: str | None = None  # the last full date written with month and day
    previous_value: str | None = None  # the last calendar value of any precision ("a year earlier")

    @property
    def year(self) -> int | None:
        return self.anchor.year if self.anchor else self.year_hint


@dataclass
class Resolved:
    value: str | None
    explicit_day: bool = False  # a full date spelled out in the text (month and day)
    kind: str = field(default="date")
    anaphoric: bool = False  # counted from an earlier expression ("a year earlier"): not a new reference point


def normalize(expression: str, anchor: dt.date | None, *, tense: str = "past",
              year_hint: int | None = None, previous: str | None = None) -> str | None:
    """TIMEX3 value of ``expression`` read against the document date ``anchor``; ``previous``
    is the last full date the text resolved before it (for "that day", and for weekdays in
    an undated text). None when the expression is not understood or needs an unknown date."""
    ctx = Context(anchor=anchor, tense=tense, year_hint=year_hint, previous_day=previous,
                  previous_explicit=previous, previous_value=previous)
    res = resolve(expression, ctx)
    return res.value if res else None


def resolve(expression: str, ctx: Context) -> Resolved | None:
    """Like ``normalize`` with the full context; None when the words are not a time expression."""
    raw = expression.strip()
    numeric = numeric_date(raw)
    if numeric:
        return Resolved(numeric, explicit_day=True)
    text = clean(raw)
    for _ in range(4):  # "earlier in the year" needs an edge then a preposition stripped
        for rule in RULES:
            res = rule(text, ctx)
            if res is not None:
                return res
        stripped = _strip_edges(text)
        if stripped == text:
            return None
        text = stripped
    return None


# ---------------------------------------------------------------- cleaning
_PREPOSITIONS = ("as of", "on", "in", "at", "by", "since", "during", "from", "until", "till", "to",
                 "for", "of", "over", "through", "throughout", "before", "after", "within", "between",
                 "its", "their", "his", "her", "our", "the company's")
_TRAILERS = ("or so", "and beyond", "or later", "or earlier", "and after", "onward", "onwards")


def clean(expression: str) -> str:
    s = expression.lower().replace("’", "'").replace("`", "'")
    s = re.sub(r"(?<=[a-z])\.", "", s)  # "aug." / "sept." -> "aug" / "sept"
    s = re.sub(r"[-–—/,;:()\"!?]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .'")
    return _strip_words(_spelled_years(s))


def _spelled_years(s: str) -> str:
    """Broadcast transcripts spell years out: "nineteen ninety six" -> 1996, "the year two
    thousand" -> 2000, so the digit rules apply to them."""
    nums = lexicon().of("number")
    tens = "|".join(w for w, v in nums.items() if v.isdigit() and 20 <= int(v) <= 90)
    units = "|".join(w for w, v in nums.items() if v.isdigit() and 1 <= int(v) <= 9 and w not in ("a", "an"))

    def year(m: re.Match[str]) -> str:
        century = 1900 if m["c"] == "nineteen" else 2000
        value = century + int(nums[m["t"]]) + (int(nums[m["u"]]) if m["u"] else 0)
        return str(value)

    s = re.sub(rf"\b(?P<c>nineteen|twenty) (?P<t>{tens})(?: (?P<u>{units}))?\b", year, s)
    s = re.sub(rf"\b(?:the year )?two thousand(?: and)?(?: (?P<u>{units}))?\b",
               lambda m: str(2000 + (int(nums[m["u"]]) if m["u"] else 0)), s)
    return s


def _strip_words(s: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in (*_PREPOSITIONS, *lexicon().of("approx")):
            if s.startswith(word + " "):
                s, changed = s[len(word) + 1:], True
        for word in _TRAILERS:
            if s.endswith(" " + word):
                s, changed = s[: -len(word) - 1], True
    return s


def _strip_edges(s: str) -> str:
    """Drop one early/late/middle-of modifier: TIMEX3 keeps the value of the bare expression."""
    edges = lexicon().alternation("edge")
    m = re.match(rf"^(?:the |a )?(?:very )?(?:{edges})(?: part)?(?: of)? (.+)$", s)
    if m and m.group(1) not in ("year", "month", "week", "day"):
        return _strip_words(m.group(1))
    return s


# ---------------------------------------------------------------- words as numbers
def _number(word: str) -> int | None:
    """A cardinal, as digits or words ("three", "twenty four"); None for vague ones (several)."""
    nums = lexicon().of("number")
    if word.isdigit():
        return int(word)
    parts = word.split()
    if all(p in nums and nums[p] != "X" for p in parts):
        return sum(int(nums[p]) for p in parts)
    return None


def _relative(word: str | None) -> str | None:
    return lexicon().of("relative").get(word.strip()) if word else None


# ---------------------------------------------------------------- rules, in order
def _rx(template: str) -> re.Pattern[str]:
    """Compile a rule regex whose {MONTH} {WEEKDAY} ... slots are the lexicon's words."""
    lex = lexicon()
    slots = {k.upper(): f"(?:{lex.alternation(k)})" for k in lex.kinds}
    slots["N"] = rf"(?:\d+|{lex.alternation('number')}(?: {lex.alternation('number')})?)"
    return re.compile("^" + template.format(**slots) + "$")


@per_folder
def _patterns() -> dict[str, re.Pattern[str]]:
    day, year = r"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?", r"(?: (?P<y>\d{{4}}))?"
    return {name: _rx(t) for name, t in {
        "month_day": r"(?:(?P<wd>{WEEKDAY}) )?(?:the )?(?P<m>{MONTH}) (?:the )?" + day + year,
        "day_month": r"(?:(?P<wd>{WEEKDAY}) )?(?:the )?" + day + r" (?:of )?(?P<m>{MONTH})" + year,
        "month_year": r"(?P<m>{MONTH}) (?:of )?(?P<y>\d{{4}})",
        "month": r"(?:(?P<rel>{RELATIVE}) )?(?P<m>{MONTH})",
        "season_year": r"(?:the )?(?P<s>{SEASON}) (?:of )?(?P<y>\d{{4}})",
        "season": r"(?:(?P<rel>{RELATIVE}) |the )?(?P<s>{SEASON})",
        "year": r"(?:the |fiscal |the fiscal |calendar )?(?P<y>(?:1[89]|20)\d\d)"
                r"(?: (?:fiscal year|period|year|season|levels?|results))?",
        "quarter": r"(?:the )?(?:(?P<y1>\d{{4}}) |(?P<ry>this|last|next) year's |(?P<ago>year (?:ago|earlier) ))?"
                   r"(?:fiscal )?(?P<q>{ORDINAL}) (?:fiscal )?quarter"
                   r"(?: of (?:fiscal )?(?P<y2>\d{{4}}))?",
        "quarter_rel": r"(?:(?:the )?(?P<y>\d{{4}})|"
                       r"(?P<rel>(?:the )?(?:{RELATIVE}|latest|most recent|same)|the)(?: fiscal)?) "
                       r"(?P<unit>year|month|week|weekend|quarter|decade|century|period|day)",
        "q_code": r"q(?P<q>[1-4])(?: (?P<y>\d{{4}}))?",
        "decade": r"(?:the )?(?:(?P<c>1[89]|20)?(?P<d>\d)0 ?'?s|'(?P<d2>\d)0s|(?P<w>{DECADE}))",
        "century": r"(?:the )?(?P<n>\d{{1,2}})(?:st|nd|rd|th) century",
        "dayword": r"(?P<dw>{DAYWORD})(?: (?P<part>{PART}))?|(?:this|last) (?P<p2>{PART})",
        "weekday": r"(?:(?P<rel>{RELATIVE}) )?(?P<wd>{WEEKDAY})(?: (?P<part>{PART}))?",
        "same": r"(?:the same|that|the very same|this same) (?P<unit>day|date|year|month|week)",
        "within_day": r"(?:earlier|later) (?:in|on) (?:the|that) day",
        "shift": r"(?P<n>{N}|a few|a couple of|several|some|many) (?P<unit>{UNIT}) "
                 r"(?P<dir>ago|earlier|before|later|after|hence|from now|back|before that|later on)",
        "year_ago": r"(?:the )?(?:comparable |corresponding |same )?(?:year (?:earlier|ago)|(?:period|quarter|month) "
                    r"(?:a year (?:earlier|ago)|last year|of last year|a year before))"
                    r"(?: (?:period|quarter|month|level|levels|figures?|results))?",
        "duration": r"(?:the )?(?:(?P<rel>{RELATIVE}) )?(?P<n>{N}|a few|a couple of|several)"
                    r"(?: (?:more|additional|full|straight|consecutive|long))? (?P<unit>{UNIT})",
        "vague": r"(?:the )?(?P<rel>recent|past|coming|next|last|future|previous|the past few|the past several|"
                 r"the last few|the next few|the coming few|the past|the next) (?:several |few |many )?"
                 r"(?P<unit>days|weeks|months|years|decades|quarters|times)(?: and (?:days|weeks|months|years))?",
    }.items()}


def _r_month_day(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["month_day"].match(s) or _patterns()["day_month"].match(s)
    if not m:
        return None
    month, day = int(lexicon().of("month")[m["m"]]), int(m["d"])
    if m["y"]:
        return Resolved(iso(int(m["y"]), month, day), explicit_day=True)
    if ctx.anchor:
        cands = {}
        for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
            try:
                cands[y] = dt.date(y, month, day)
            except ValueError:
                continue
        if not cands:
            return Resolved(None)
        if m["wd"]:  # "Saturday, April 25": the year in which April 25 is a Saturday
            wd = int(lexicon().of("weekday")[m["wd"]])
            cands = {y: d for y, d in cands.items() if d.weekday() == wd} or cands
        return Resolved(iso(pick_year(cands, ctx.anchor, ctx.tense), month, day), explicit_day=True)
    return Resolved(iso(ctx.year_hint, month, day), explicit_day=True)


def _r_month(s: str, ctx: Context) -> Resolved | None:
    if m := _patterns()["month_year"].match(s):
        return Resolved(iso(int(m["y"]), int(lexicon().of("month")[m["m"]])), kind="month")
    m = _patterns()["month"].match(s)
    if not m:
        return None
    month, rel = int(lexicon().of("month")[m["m"]]), _relative(m["rel"])
    if not ctx.anchor:
        return Resolved(iso(ctx.year_hint, month), kind="month")
    a = ctx.anchor
    cands = {y: dt.date(y, month, 1) for y in (a.year - 1, a.year, a.year + 1)}
    here = dt.date(a.year, a.month, 1)
    if rel == "last":  # "last June": the most recent June before this month
        year = max(y for y, d in cands.items() if d < here)
    elif rel == "next":
        year = min(y for y, d in cands.items() if d > here)
    elif rel == "this":
        year = a.year
    else:
        year = pick_year(cands, here, ctx.tense)
    return Resolved(iso(year, month), kind="month")


def _r_season(s: str, ctx: Context) -> Resolved | None:
    if m := _patterns()["season_year"].match(s):
        return Resolved(f"{m['y']}-{lexicon().of('season')[m['s']]}", kind="season")
    m = _patterns()["season"].match(s)
    if not m:
        return None
    code, rel = lexicon().of("season")[m["s"]], _relative(m["rel"])
    if not ctx.anchor:
        if ctx.year_hint is None:
            return Resolved(None, kind="season")
        # Only the year is known: "last fall" is most likely the previous year's.
        return Resolved(f"{ctx.year_hint - (rel == 'last')}-{code}", kind="season")
    now_year, now_code = season_of(ctx.anchor)
    order = list(SEASON_START)
    now_n = now_year * 4 + order.index(now_code)
    target = order.index(code)
    before = max(n for n in range(now_n - 4, now_n + 1) if n % 4 == target)  # on/before now
    after = min(n for n in range(now_n, now_n + 5) if n % 4 == target)
    if rel == "last":
        n = before if before < now_n else before - 4
    elif rel == "next":
        n = after if after > now_n else after + 4
    elif rel == "this":  # "this summer": the current season, else that season of the document's year
        n = now_n if before == now_n else ctx.anchor.year * 4 + target
    else:
        n = after if ctx.tense == "future" else before
    return Resolved(f"{n // 4}-{order[n % 4]}", kind="season")


def _r_year(s: str, ctx: Context) -> Resolved | None:
    if m := _patterns()["year"].match(s):
        return Resolved(m["y"], kind="year")
    if m := _patterns()["decade"].match(s):
        digit = m["d"] or m["d2"] or lexicon().of("decade").get(m["w"] or "")
        century = m["c"] or ("20" if digit in ("0", "1") and not m["w"] else "19")
        return Resolved(f"{century}{digit}", kind="decade")
    if m := _patterns()["century"].match(s):
        return Resolved(f"{int(m['n']) - 1:02d}", kind="century")
    return None


def _r_quarter(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["quarter"].match(s) or _patterns()["q_code"].match(s)
    if not m:
        return None
    q = lexicon().of("ordinal").get(m["q"], m["q"])
    groups = m.groupdict()
    year = groups.get("y1") or groups.get("y2") or groups.get("y") or ctx.year
    shift = {"last": -1, "next": 1}.get(groups.get("ry") or "", -1 if groups.get("ago") else 0)
    if year and shift:
        year = int(year) + shift
    return Resolved(f"{year or 'XXXX'}-Q{q}", kind="quarter")


def _r_dayword(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["dayword"].match(s)
    if not m:
        return None
    if not ctx.anchor:
        return Resolved(None, kind="day")
    if m["p2"]:  # "this morning", "last night"
        return Resolved((ctx.anchor - dt.timedelta(days=s.startswith("last"))).isoformat(), kind="day")
    offset = int(lexicon().of("dayword")[m["dw"]])
    return Resolved((ctx.anchor + dt.timedelta(days=offset)).isoformat(), kind="day")


def _r_weekday(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["weekday"].match(s)
    if not m:
        return None
    wd, rel = int(lexicon().of("weekday")[m["wd"]]), _relative(m["rel"])
    if ctx.anchor is None:
        # Undated: a narrative moves forward from the last date it spelled out
        # ("arriving on Aug. 16 ... On Thursday" is the 17th); unknown without a year.
        base = date_of(ctx.previous_explicit)
        if base is None or rel is not None:  # "last Friday" counts back from an unknown date
            return Resolved(None, kind="day")
        return Resolved((base + dt.timedelta(days=(wd - base.weekday()) % 7)).isoformat(), kind="day")
    a = ctx.anchor
    back = (a.weekday() - wd) % 7  # days back to the most recent such day, today included
    if rel == "last":
        day = a - dt.timedelta(days=back or 7)
    elif rel == "next":
        day = a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)
    elif ctx.tense == "future" or (m["rel"] or "").endswith("coming"):
        day = a + dt.timedelta(days=(wd - a.weekday()) % 7)
    elif back == DAY_AFTER_BACK:  # the day after the story's date: ``DAY_AFTER_BACK``
        day = a + dt.timedelta(days=1)
    else:  # news convention: a weekday is the latest such day on or before the story's date
        day = a - dt.timedelta(days=back)
    return Resolved(day.isoformat(), kind="day")


# A bare weekday naming the day after the story's date (six days back) is that next day, in any
# tense: a story carries the date it was first filed and is updated after it ("arrested a second
# suspect Saturday night" in a story dated Friday; "On Friday, Tehran dismissed the claims" after
# "Trump said Thursday" in a story dated Thursday), and one filed across time zones runs ahead of
# it; an act six days old is told "last Friday" or with its date, rarely by a bare weekday.
DAY_AFTER_BACK = 6


def _r_same(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["same"].match(s)
    if not m:
        return None
    prev = ctx.previous_day if m["unit"] in ("day", "date") else ctx.previous_value
    if m["unit"] in ("day", "date"):
        return Resolved(prev or (ctx.anchor.isoformat() if ctx.anchor else None), kind="day")
    if not prev or not re.match(r"\d{4}|XXXX", prev):
        return Resolved(None, kind=m["unit"])
    if m["unit"] == "year":
        return Resolved(prev[:4] if prev[:4] != "XXXX" else None, kind="year")
    if m["unit"] == "month" and re.match(r"(\d{4}|XXXX)-\d\d", prev):
        return Resolved(prev[:7], kind="month")
    day = date_of(prev)
    return Resolved(iso_week(day) if day else None, kind="week")


def _r_within_day(s: str, ctx: Context) -> Resolved | None:
    """"earlier in the day", "later that day": the story's day, as "today" is (the last date the
    text gave is as often a background or coming date: "tariffs from Sept. 1 ... China, which
    earlier in the day said"); without the edge word it would be read as the bare unit "the day",
    which dates nothing. In the future ("he would meet later in the day") it is the day of an
    occasion still to come; in an undated story it is unknown."""
    if not _patterns()["within_day"].match(s):
        return None
    if ctx.tense == "future" or ctx.anchor is None:
        return Resolved(None, kind="day")
    return Resolved(ctx.anchor.isoformat(), kind="day")


def _r_calendar_unit(s: str, ctx: Context) -> Resolved | None:
    """this/last/next year, month, week, weekend, quarter; the (latest) quarter; the year."""
    m = _patterns()["quarter_rel"].match(s)
    if not m:
        return None
    unit, rel_words = m["unit"], re.sub(r"^the\b ?", "", m["rel"] or "")
    if m["y"]:  # "the 1988 period": in results reporting, the quarter under discussion of 1988
        q = re.fullmatch(r"\d{4}-(Q[1-4])", ctx.previous_value or "")
        if q and unit in ("quarter", "period"):
            return Resolved(f"{m['y']}-{q[1]}", kind="quarter", anaphoric=True)
        return Resolved(m["y"], kind="year")
    rel = {"latest": "last", "most recent": "last", "same": "this", "": "this"}.get(rel_words) or _relative(rel_words)
    if rel is None:
        return None
    if unit == "period":
        # "the latest period" in results reporting is the quarter just ended
        if rel_words not in ("latest", "most recent"):
            return None
        unit = "quarter"
    base = ctx.anchor
    # "the following month" / "the next day": counted from the date the text last gave
    counted_back = s.startswith("the ") and rel_words in ("following", "next", "previous", "preceding")
    if counted_back:
        prev = date_of(ctx.previous_day) if unit in ("day", "week") else date_of(_pad(ctx.previous_value))
        base = prev or base
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "quarter" and rel_words in ("", "latest", "most recent"):
        step = -1  # "the quarter" of an earnings report is the one just ended
    if unit == "year":
        # told ahead ("will try to get it done in the next year") it is the coming year, not a narrative's
        year = _year_told_before(ctx) if counted_back and ctx.tense not in ("future", "present") else None
        year = year or (base.year if base else ctx.year_hint)
        return Resolved(str(year + step) if year else None, kind="year")
    if base is None:
        return Resolved(None, kind=unit)
    shift = _UNIT_SHIFTS.get(unit)
    return shift(base, step, rel_words, ctx) if shift is not None else None


def _year_told_before(ctx: Context) -> int | None:
    """"In 2015, Iran signed the deal. The following year, it ...": the year of the last value the
    text gave, of any precision; a bare year has no day for ``date_of`` to read, and the document's
    year would be the wrong base (as for "fourteen years later": ``_shift_value``)."""
    m = re.match(r"(\d{4})(?:$|-)", ctx.previous_value or "")
    return int(m[1]) if m else None


def _shift_day(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    return Resolved((base + dt.timedelta(days=step)).isoformat(), kind="day") if rel_words else None


def _shift_month_unit(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    y, mo = shift_month(base.year, base.month, step)
    return Resolved(f"{y}-{mo:02d}", kind="month")


# Modifiers of "week" that mean the seven days ending on the story's date, not the calendar
# week before the story's week: "this past week" in a Sunday story is the week ending that day.
TRAILING_WEEK = frozenset({"past", "this past"})
SUNDAY = 6  # date.weekday()


def _shift_week(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    if rel_words in TRAILING_WEEK and base == ctx.anchor:
        # the ISO week holding most of those seven days: the one of the day three days back
        return Resolved(iso_week(base - dt.timedelta(days=3)), kind="week")
    if rel_words == "last" and base == ctx.anchor and base.weekday() == SUNDAY:
        # a Sunday story's "last week" is the working week that ended the day before (news weeks run
        # Sunday to Saturday), the Monday-Saturday of the story's own ISO week, not the one before it
        return Resolved(iso_week(base), kind="week")
    return Resolved(iso_week(base + dt.timedelta(weeks=step)), kind="week")


# Tenses that tell an act as done: "this weekend" with one of them, early in the week, is past.
DONE_TENSES = frozenset({"past", "done"})


def _shift_weekend(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    if rel_words == "" and ctx.tense != "future" and base.weekday() < 5:
        step = -1  # "over the weekend" in a weekday story: the one just past
    if rel_words == "this" and ctx.tense in DONE_TENSES and base.weekday() < 4 and base == ctx.anchor:
        step = -1  # "X met Y this weekend" in a Monday-Thursday story: the weekend just past
    return Resolved(iso_week(base + dt.timedelta(weeks=step)) + "-WE", kind="week")


def _shift_quarter(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    return Resolved(quarter(base, step), kind="quarter")


def _shift_decade(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    return Resolved(str(base.year // 10 + step), kind="decade")


def _shift_century(base: dt.date, step: int, rel_words: str, ctx: Context) -> Resolved | None:
    return Resolved(f"{base.year // 100 + step:02d}", kind="century")


# "this/last/next UNIT" from a base date, by unit ("year" needs no base date: see above).
_UNIT_SHIFTS: dict[str, Callable[[dt.date, int, str, Context], Resolved | None]] = {
    "day": _shift_day, "month": _shift_month_unit, "week": _shift_week, "weekend": _shift_weekend,
    "quarter": _shift_quarter, "decade": _shift_decade, "century": _shift_century,
}


def _pad(value: str | None) -> str | None:
    """A month or date value as a full date (first of the month) so it can be shifted."""
    if value and re.fullmatch(r"\d{4}-\d\d", value):
        return value + "-01"
    return value


def _r_shift(s: str, ctx: Context) -> Resolved | None:
    """"three days ago", "a year earlier": counted from the document date (ago) or from the
    period the text was last talking about (earlier/later), at the unit's precision."""
    if m := _patterns()["year_ago"].match(s):
        return _shift_value(1, "Y", -1, ctx, from_previous=True)
    m = _patterns()["shift"].match(s)
    if not m:
        return None
    n = _number(m["n"])
    sign = -1 if m["dir"] in ("ago", "earlier", "before", "back", "before that") else 1
    if n is None:
        return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF", kind="ref")
    unit = lexicon().of("unit")[m["unit"]]
    # "ago" counts from the story's date, "earlier" from the last time mentioned; but "profit
    # fell from a year ago" after "third-quarter" compares quarters either way
    quarter_context = unit == "Y" and re.fullmatch(r"\d{4}-Q[1-4]", ctx.previous_value or "") is not None
    from_previous = quarter_context or m["dir"] not in ("ago", "hence", "from now", "back")
    return _shift_value(n, unit, sign, ctx, from_previous=from_previous)


def _shift_value(n: int, unit: str, sign: int, ctx: Context, *, from_previous: bool) -> Resolved:
    prev = ctx.previous_value if from_previous else None
    if prev and (q := re.fullmatch(r"(\d{4})-Q([1-4])", prev)) and unit == "Y":
        return Resolved(f"{int(q[1]) + sign * n}-Q{q[2]}", kind="quarter", anaphoric=True)
    years = n * {"Y": 1, "DE": 10, "CE": 100}.get(unit, 0)
    if prev and years and re.fullmatch(r"\d{4}", prev):
        # "In 2001 ... Fourteen years later": counted from the year the text last named, which
        # has no month to pad to a date (the document's year would be the wrong base)
        return Resolved(str(int(prev) + sign * years), kind="year", anaphoric=True)
    base = date_of(_pad(prev)) if prev else None
    base = base or ctx.anchor
    if base is None:
        return Resolved(None, kind="shift")
    if unit in ("D", "W", "2W"):
        days = n * {"D": 1, "W": 7, "2W": 14}[unit]
        return Resolved((base + dt.timedelta(days=sign * days)).isoformat(), kind="day")
    if unit == "M":
        y, mo = shift_month(base.year, base.month, sign * n)
        return Resolved(f"{y}-{mo:02d}", kind="month")
    if unit == "Q":
        return Resolved(quarter(base, sign * n), kind="quarter")
    if not years:
        return Resolved(None, kind="shift")
    if prev and re.fullmatch(r"\d{4}-\d\d-\d\d", prev) and unit == "Y":
        try:
            return Resolved(base.replace(year=base.year + sign * years).isoformat(), kind="day", anaphoric=True)
        except ValueError:
            pass
    return Resolved(str(base.year + sign * years), kind="year")


def _r_duration(s: str, ctx: Context) -> Resolved | None:
    m = _patterns()["duration"].match(s)
    if not m or re.fullmatch(r"(?:1[89]|20)\d\d", m["n"]):  # "the 1988 quarter" is no duration
        return None
    unit = lexicon().of("unit")[m["unit"]]
    n = _number(m["n"])
    amount = "X" if n is None else str(n)
    if unit == "2W":
        unit, amount = "W", ("X" if n is None else str(2 * n))
    if unit in ("TH", "TM"):
        return Resolved(f"PT{amount}{unit[1]}", kind="duration")
    return Resolved(f"P{amount}{unit}", kind="duration")


def _r_ref(s: str, ctx: Context) -> Resolved | None:
    refs = lexicon().of("ref")
    if s in refs:
        return Resolved(refs[s], kind="ref")
    if m := _patterns()["vague"].match(s):
        rel = m["rel"]
        future = any(w in rel for w in ("coming", "next", "future"))
        return Resolved("FUTURE_REF" if future else "PAST_REF", kind="ref")
    return None


RULES: tuple[Callable[[str, Context], Resolved | None], ...] = (
    _r_ref, _r_month_day, _r_month, _r_season, _r_year, _r_quarter, _r_dayword, _r_weekday,
    _r_same, _r_within_day, _r_shift, _r_calendar_unit, _r_duration,
)

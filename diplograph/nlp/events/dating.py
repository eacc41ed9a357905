"""Dating events.

An event takes the date of its own clause, else of the clauses that govern it (not above an
event it happens after, a known event in a phrase, a past-perfect clause or a clause of order,
"before X insisted": ``CLIMB_STOPS``),
else of an earlier mention of the same event in the document (``MENTION_RULES``), else, for a
done act of an actor the lead names recounted in the simple past in a sentence with no time of
its own, the day the lead gives (the news peg, ``peg.peg_date``: "Haley warned Friday ..." then
"Russia's envoy slammed the US action"), else none: a past event is never silently given the
document's date. A deadline ("demanded a withdrawal by 2025", "extended the deadline until October
31", "no later than June") is when something is due, not when the event happened: it never dates
an event; nor do the two ends of a period ("between September 2005 and September 2012", "from
2005 to 2012"), nor its start ("has met every president since 1952", "three calls since late
October": ``starts_a_period``).

Dates of well-known events the text mentions without a date: "Since Moscow launched its
invasion of Ukraine" gives no date, yet every reader knows it; a past event with no date in its
clause or sentence that matches a row of ``kb/anchor_events.tsv`` (type, source and target
states, trigger lemma) takes that row's date. Of several matching rows the latest on or before
the document's date wins (a 2015 article's invasion of Ukraine is the 2014 one); with no
document date, or before every row, the event stays undated. A date the text gives is never
replaced, and intended, conditional or negated events are not dated this way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...kb import load_table, per_folder, split_list
from ...model import Actor, Event, TimeExpr
from ..common import DEFINITE_DETERMINERS, column, doc_text, sentence_of, speech_media
from ..speech.attribution import addressed_verbs
from ..syntax import clause_tokens, is_negated
from ..time.compare import date_compatible, precision, usable
from ..time.component import infer_published
from .lexicon import lexicon
from .medium_day import medium_of_the_act
from .occasion_day import occasion_of_the_act
from .period_day import within_a_dated_period
from .vague_ago import with_vague_periods

_FAR_FUTURE = "9999-12-31"
WEEK_PRECISION = 6  # ``compare.precision`` of an ISO week
# Words that make the time expression after them a deadline or the end of a span.
DEADLINE_WORDS = frozenset({"by", "until", "till", "til", "within"})
# Words that may stand between a deadline word and the expression: "by the end of 2020".
DEADLINE_FILLERS = frozenset({"the", "end", "start", "beginning", "middle", "close", "of", "mid", "-",
                              "early", "late", "than", "later", "no"})


def event_date(doc: Doc, anchor: Token, clause: list[Token]) -> str | None:
    """The date of the anchor's clause, else of a governing clause, else of another mention of
    the same event in the document (``date_from_mentions``)."""
    return sentence_date(doc, anchor, clause) or date_from_mentions(doc, anchor, clause)


def sentence_date(doc: Doc, anchor: Token, clause: list[Token], *, climb: bool = True) -> str | None:
    """The date of the anchor's clause, else (with ``climb``) of a governing clause, up to a
    ``CLIMB_STOPS`` rule."""
    sent = sentence_of(anchor)
    in_sentence = with_vague_periods(doc, [t for t in doc._.times or []
                                           if sent.start_char <= t.span[0] < sent.end_char])
    ends = span_ends(doc, in_sentence)
    times = [t for t in in_sentence if usable(t.value) and not is_deadline(doc, t.span[0])
             and tuple(t.span) not in ends and not starts_a_period(doc, t, anchor) and not on_date_line(doc, t.span[0])]
    if not times:
        return None

    def inside(tokens: list[Token], top: Token) -> list:
        idx = {t.idx for t in tokens}
        return [t for t in times if _first_token_idx(doc, t.span[0]) in idx and not _dates_a_noun(doc, t, anchor, top)
                and not in_participle(doc, t, top)]

    found = inside(clause, anchor) or inside(_when_clauses(anchor), anchor)
    node, clauses_left, ordered = anchor, None, False
    while climb and not found and node.head.i != node.i and clauses_left != 0:
        ordered = ordered or is_ordered_clause(node)
        stop = next((rule(node) for rule in CLIMB_STOPS if rule(node) is not None), None)
        if stop is not None:
            if stop == 0:
                return None  # a time above this point dates another act
            clauses_left = stop if clauses_left is None else min(clauses_left, stop)
        node = node.head
        if node.pos_ in ("VERB", "AUX") and clauses_left is not None:
            clauses_left -= 1
        found = inside(clause_tokens(node), node) or inside(_when_clauses(node), node)
        if ordered:  # the day or week of the act an ordered clause precedes or follows is not its own
            found = [t for t in found if precision(t.value) < WEEK_PRECISION]
    if not found:  # a time of another clause ("Russia, which invaded Crimea in 2014, ...") is not ours
        return None
    best = min(found, key=lambda t: (abs(t.span[0] - anchor.idx), -precision(t.value)))
    return best.value


# ---------------------------------------------------------------- how far up a date may come from
# Prepositions that put the governing act inside the named event's time ("during the talks",
# "amid the protests", "in the attack"): the governing clause may date it, but nothing above.
SAME_TIME_PREPS = frozenset({"during", "amid", "amidst", "in", "at", "throughout"})


def _definite(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in tok.children)


# Prepositions that order the governing act against the named event ("after the strike",
# "since the invasion"): the act's time is by definition not the event's.
ORDERING_PREPS = frozenset({"after", "before", "since", "following", "until", "till"})


def _event_in_a_phrase(node: Token) -> int | None:
    """"protested on Monday after the strike", "claimed on Monday that there were no troops during
    the bombing", "his condemnation of the airstrike": an event noun in a prepositional phrase
    is another act than the one its phrase hangs on. After/before/since it: that act's time is
    not its own (0: climb no further); a definite one ("the strike", "its attack") names an event
    already known, dated by its own words (0), except that "during"/"amid"/"in" the event, the
    clause it hangs on lies within it (1 more clause)."""
    if node.dep_ != "pobj" or node.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = node.head.lower_
    if prep in ORDERING_PREPS:
        return 0
    if not _definite(node):
        return None
    return 1 if prep in SAME_TIME_PREPS else 0


def _past_perfect(node: Token) -> int | None:
    """"discovered this week that he had used the villa to meet rebels": the past perfect puts the
    clause before the time of the clause governing it, so that clause's time does not date it."""
    if node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in node.children) \
            and node.dep_ in ("ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp") \
            and not any(c.dep_ == "advmod" and c.lower_ == "just" for c in node.children):
        return 0  # ("tweeted Saturday that he had just talked to": the same day)
    return None


def _ordered_clause(node: Token) -> int | None:
    """"He was passed over, X wrote last year, before Petraeus insisted ...", "protested on Monday
    after the US struck": a clause of order puts its act on the other side of its governor's
    time. Only the governing clause may date it, and only with a period that holds both acts
    ("in 1990, after Yemen voted against it, Baker told"), never a day or a week ("announcing
    plans this week, after Washington imposed tariffs": ``sentence_date``)."""
    return 1 if is_ordered_clause(node) else None


def is_ordered_clause(node: Token) -> bool:
    return (node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ORDERING_PREPS for c in node.children)) \
        or _ordered_gerund(node)


def _ordered_gerund(node: Token) -> bool:
    """"Israel said Friday it would relent, a day after barring entry", "Trump suggested on Saturday,
    days after mocking Kim": a gerund after an ordering preposition is a clause of order too (the
    parse hangs it as the preposition's complement, not as an adverbial clause)."""
    return node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in ORDERING_PREPS


# Where climbing towards a governing clause stops, in order: each rule returns None (no say),
# 0 (take no date from above this token) or n (at most n more clauses up).
CLIMB_STOPS: tuple[Callable[[Token], int | None], ...] = (_event_in_a_phrase, _past_perfect, _ordered_clause)


# Subordinators of a clause that happens at the same time as its governor.
WHEN_MARKS = frozenset({"when", "while", "as"})


def _when_clause(clause: Token) -> list[Token]:
    """"When Lukashenko and Xi met last year, they announced ..." dates the announcement last year
    ("after"/"before" clauses do not: they put the event on the other side of their date)."""
    if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in clause.children):
        return clause_tokens(clause)
    return []


# Dependents that make a participle clause more than the occasion of its governor's act: a
# subordinator ("after meeting"), an auxiliary ("having met": before it), a subject of its own.
NOT_AN_OCCASION_DEPS = frozenset({"mark", "aux", "auxpass", "nsubj", "nsubjpass", "expl"})
# How the participle's own time hangs on it besides a preposition: "last week", "Tuesday", "yesterday".
OCCASION_TIME_DEPS = frozenset({"npadvmod", "tmod", "advmod"})


def _occasion_participle(clause: Token) -> list[Token]:
    """"Speaking at a summit in Oslo on Wednesday, Solberg accused Russia ...", "Asked about the
    border Tuesday, Putin urged ...", "Merkel praised France, addressing reporters last week": a
    participle clause with no subordinator, auxiliary or subject of its own tells the occasion of
    its governor's act, so the time that hangs on the participle itself is that act's. A past
    participle only of a verb of telling whose passive subject is the one addressed, first
    ("Asked ... Tuesday", ``kb/speech_addressees.tsv``): another describes the subject ("Born in
    1923, Peres immigrated", "Founded in 1928, the party won") or, after the governor, often a
    noun ("praised the accord, signed in 2015"); only before a governor told in the simple past
    ("Unveiled in January, the plan gives Israel ..."), and only the participle's own time, not one
    inside its objects ("recalling his 2010 visit")."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN") or clause.head.tag_ != "VBD" \
            or any(c.dep_ in NOT_AN_OCCASION_DEPS for c in clause.children) \
            or (clause.tag_ == "VBN" and (clause.i > clause.head.i or clause.lemma_.lower() not in addressed_verbs())):
        return []
    own = []
    for c in clause.children:
        if c.dep_ == "prep":
            own += [c, *(t for p in c.children if p.dep_ == "pobj" for t in _phrase(p) if t.dep_ != "conj")]
        elif c.dep_ in OCCASION_TIME_DEPS:
            own += list(c.subtree)
    return own


# The clauses below an act that happen at its time, in order; each gives the tokens whose time
# dates the act, or none.
SAME_TIME_CLAUSES: tuple[Callable[[Token], list[Token]], ...] = (_when_clause, _occasion_participle)


def _when_clauses(tok: Token) -> list[Token]:
    """The tokens of ``tok``'s clauses of the same time (``SAME_TIME_CLAUSES``)."""
    return [t for c in tok.children for rule in SAME_TIME_CLAUSES for t in rule(c)]


# How a time expression hangs on a noun it dates: "the 2015 nuclear deal", "Friday's attack".
NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
# The dated nouns whose time is also the act's, in order: an occasion the act is done at ("said at
# a Tuesday news conference"), an event whose period holds the act ("captured it in the 1967 war"),
# a medium the act is done in ("In a 2008 paper, X called on Y").
ACT_TIME_NOUNS: tuple[Callable[[Token, Token, Token, Token], bool], ...] = (
    occasion_of_the_act, within_a_dated_period, medium_of_the_act)


def _dates_a_noun(doc: Doc, time: TimeExpr, anchor: Token, top: Token | None = None) -> bool:
    """Whether ``time`` modifies a noun other than ``anchor``: then it dates that thing ("after
    the 2018 summit, X accused Y" does not put the accusation in 2018), unless the noun is the
    occasion the clause of ``top`` is done at ("said at a Tuesday news conference") or an event
    whose period holds it ("in the 1967 war"): ``ACT_TIME_NOUNS``."""
    start, end = time.span
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in NOUN_DATE_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != anchor.i \
        and not span.start <= root.head.i < span.end and not _told_within(anchor, root.head) \
        and not (top is not None and any(rule(root.head, root, anchor, top) for rule in ACT_TIME_NOUNS))


def _told_within(anchor: Token, noun: Token) -> bool:
    """The act is told in a relative clause of the dated occasion: "a July 25 phone call in which
    Trump asked Zelensky to ...", "the March 20 meeting at which X agreed": the occasion's date is
    the act's."""
    return any(a.dep_ == "relcl" and a.head.i == noun.i for a in (anchor, *anchor.ancestors))


def in_participle(doc: Doc, time: TimeExpr, top: Token) -> bool:
    """Whether ``time`` hangs, below ``top``, on a participle modifying a noun: "the talks,
    first held in 2017, ended" does not put the ending in 2017. A participle on the medium the
    act is done in is the act's time: "in a statement released Sunday, X urged Y" (``kb/speech_media``)."""
    start, end = time.span
    span = doc.char_span(start, end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    while tok is not None and tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX"):
            return not _medium_of_the_act(tok.head)
        tok = tok.head
    return False


# Prepositions that make a medium the channel of the act: "in a statement", "through a video".
CHANNEL_PREPS = frozenset({"in", "through", "via"})




def _medium_of_the_act(noun: Token) -> bool:
    """"In a statement released Sunday": the noun is a medium of speech and the channel of the
    clause's act, not its object ("criticised the statement released Sunday")."""
    return noun.lemma_.lower() in speech_media() and noun.dep_ == "pobj" and noun.head.lower_ in CHANNEL_PREPS


def on_date_line(doc: Doc, char: int) -> bool:
    """The character lies on the document's date line ("2015-10-11" above the lede, kept in the
    text so that offsets can point at it): the day the article came out, never the day of an act.
    The parser glues that line to the first sentence, where its year dated the lede's act ("2015"
    for "the Air Force has bombed the convoy, the military said Sunday")."""
    published: str | None = doc._.published
    end = doc_text(doc).find("\n")
    return published is not None and 0 <= char < end and doc_text(doc)[:end].strip() == published


def is_deadline(doc: Doc, char: int) -> bool:
    """Whether the time expression starting at ``char`` is a deadline: a deadline word before
    it, with nothing but fillers between ("by the end of", "no later than", "until mid-")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span[0].i - 1
    sent_start = span[0].sent.start
    while i >= sent_start and doc[i].lower_ in DEADLINE_FILLERS:
        if doc[i].lower_ == "than" and i > sent_start and doc[i - 1].lower_ == "later":
            return True  # "no later than June"
        i -= 1
    return i >= sent_start and doc[i].lower_ in DEADLINE_WORDS


# Words that make the time expression after them the start of a period reaching to the time of
# the telling: "has met every president since 1952", "three conversations since late October".
PERIOD_START_WORDS = frozenset({"since"})


def starts_a_period(doc: Doc, time: TimeExpr, anchor: Token) -> bool:
    """Whether ``time`` follows "since" (past fillers: "since late October", "since the end of
    2014"): an act told over the period it opens happened after it, at one or many times, never
    on it. The act of a clause on the time itself is its own ("since 2014, when Russia annexed
    Crimea": the annexation is in 2014); a time that dates a noun after "since" dates that noun
    ("since the 2015 attacks": the attacks are of 2015)."""
    start, end = time.span
    if opened_by(doc, start) not in PERIOD_START_WORDS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or (span.root.dep_ in NOUN_DATE_DEPS and span.root.head.pos_ in ("NOUN", "PROPN")
                                         and not span.start <= span.root.head.i < span.end):
        return False
    return not any(a.i == span.root.i for a in anchor.ancestors) and not _defined_by(span, anchor)


def _defined_by(span: Span, anchor: Token) -> bool:
    """"since early May, when Washington accused Tehran": the clause right after the time says
    what happened then, however the parser hangs it."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    return i < len(doc) and doc[i].lower_ == "when" and doc[i].head.i == anchor.i


# A period written as its two ends: "between September 2005 and September 2012", "from 2005 to
# 2012", "2005-2012". An act told over it happened all through it: neither end is its date.
SPAN_OPENERS = frozenset({"between", "from"})
SPAN_JOINERS = frozenset({"and", "to", "through", "until", "till", "-", "–"})
BARE_SPAN_JOINERS = frozenset({"-", "–"})  # "2005-2012" needs no opening word; " — " is a parenthesis


def span_ends(doc: Doc, times: list) -> set[tuple[int, int]]:
    """The character spans of the time expressions that are the two ends of a period."""
    ends: set[tuple[int, int]] = set()
    ordered = sorted(times, key=lambda t: t.span[0])
    text = doc_text(doc)
    for first, second in zip(ordered, ordered[1:], strict=False):
        gap = text[first.span[1]:second.span[0]]
        joiner = gap.strip().lower()
        if joiner not in SPAN_JOINERS:
            continue
        if gap in BARE_SPAN_JOINERS or opened_by(doc, first.span[0]) in SPAN_OPENERS:
            ends |= {tuple(first.span), tuple(second.span)}
    return ends


def opened_by(doc: Doc, char: int) -> str | None:
    """The word before the expression at ``char``, past fillers ("from the end of", "between mid-")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    i = span[0].i - 1
    while i >= span[0].sent.start and doc[i].lower_ in DEADLINE_FILLERS:
        i -= 1
    return doc[i].lower_ if i >= span[0].sent.start else None


def _first_token_idx(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].idx if span is not None and len(span) else char


# ---------------------------------------------------------------- other mentions of the event
# Auxiliaries and modals of an act not (yet) done: its mention dates nothing.
UNREAL_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "could", "may", "might", "should", "must",
                        "can", "to"})


# The arguments of a mention whose actors are its parties, and the prepositions that introduce
# one; a noun phrase's own words keep "of" phrases and coordinated names, nothing clausal.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "poss", "compound", "amod", "agent"})
PARTY_PREPS = frozenset({"with", "to", "against", "on", "by", "between", "of", "from"})
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "conj", "cc", "nmod", "case", "flat"})


def _phrase(tok: Token) -> list[Token]:
    """A noun phrase without its clauses and appositions: "Sung Kim, the ambassador to the
    Philippines," is Sung Kim; "officials of North Korea" keeps North Korea."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in _PHRASE_DEPS or (c.dep_ == "prep" and c.lower_ == "of")
                  or (c.dep_ == "pobj" and t.lower_ == "of")]
    return out


def _arguments(tok: Token) -> list[Token]:
    args = []
    for c in tok.children:
        if c.dep_ in ARGUMENT_DEPS:
            args += _phrase(c)
        elif c.dep_ == "prep" and c.lower_ in PARTY_PREPS:
            args += [t for p in c.children if p.dep_ == "pobj" for t in _phrase(p)]
    return args


def _participants(tok: Token) -> set[str]:
    """The actors a mention names as its parties: a verb's subject, objects and prepositional
    partners; a noun's possessor, modifiers and partners and, when it is an argument, its verb's
    ("Butina's arrest", "authorities arrested Butina")."""
    tokens = _arguments(tok)
    if tok.pos_ not in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        tokens += _arguments(tok.head)
    return {a for t in tokens if (a := t._.actor)}


def _mention_date(doc: Doc, tok: Token) -> str | None:
    """The date a mention's own clause gives: a verb's clause; a noun's phrase, or the clause of
    the verb it is the subject or object of ("the strike came on Monday"), never a clause further
    up ("resolving the war" under "a statement issued Tuesday" does not date the war)."""
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ != "VERB":
        return sentence_date(doc, tok, clause_tokens(tok), climb=False)
    return sentence_date(doc, tok, clause_tokens(tok), climb=False) or \
        sentence_date(doc, tok, clause_tokens(tok.head), climb=False)


def _real_mention(tok: Token) -> bool:
    return not is_negated(tok) and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in UNREAL_AUX
                                           for c in tok.children)


def _mentions(doc: Doc, anchor: Token) -> list[Token]:
    """Earlier words of the document with the anchor's lemma, as verb or noun ("arrested" and
    "the arrest", "struck" and "the strike"). Only earlier ones: news dates an event where it
    first tells it and refers back without a date; a dated mention further on is more often
    another occasion of the same act ("met on Thursday" after "met" on Friday)."""
    lemma = anchor.lemma_.lower()
    if lemma in lexicon().speech:
        return []  # one speaker says many things on many days
    lemmas = column(doc, "LEMMA_LOWER")
    return [t for i in range(anchor.sent.start) if lemmas[i] == lemma
            and (t := doc[i]).pos_ in ("VERB", "NOUN") and t.dep_ not in ("amod", "compound") and _real_mention(t)]


def _shared(doc: Doc, own: set[str], theirs: set[str]) -> bool:
    """Whether two mentions name the same parties: both of two named on each side ("Russia
    invaded Ukraine" is not "Russia invaded Georgia in 2008"), or one that is no state (a state
    is named all through a story about it: "Iran's 2009 movement saw scores killed" is not
    "the strike that killed an Iranian general on Jan. 3")."""
    common = own & theirs
    if len(common) >= 2:
        return True
    actors = doc._.actors or {}
    one_side_names_one = min(len(own), len(theirs)) == 1
    return one_side_names_one and any((a := actors.get(x)) is not None and a.kind != "state" for x in common)


def _mention_by_participant(doc: Doc, anchor: Token, mentions: list[Token]) -> list[tuple[Token, str]]:
    """Dated mentions that name the anchor's participants: "Butina was arrested last weekend"
    for "the authorities who arrested Butina"."""
    own = _participants(anchor)
    if not own:
        return []
    return [(m, date) for m in mentions if _shared(doc, own, _participants(m)) and (date := _mention_date(doc, m))]


def _mention_by_definite_reference(doc: Doc, anchor: Token, mentions: list[Token]) -> list[tuple[Token, str]]:
    """"the arrest", "this strike": a definite description refers back to the last mention of its
    word, unless the two name different parties; that mention's date, if it has one (an older
    mention may be another event). A possessive is no reference back ("his first meeting")."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in anchor.children) or anchor.pos_ != "NOUN":
        return []
    if not mentions:
        return []
    last = mentions[-1]
    own, theirs = _participants(anchor), _participants(last)
    if own and theirs and not own & theirs:
        return []
    date = _mention_date(doc, last)
    return [(last, date)] if date else []


# How another mention of the event is recognised, in order; the first that finds one decides.
MENTION_RULES: tuple[Callable[[Doc, Token, list[Token]], list[tuple[Token, str]]], ...] = (
    _mention_by_participant, _mention_by_definite_reference)


def date_from_mentions(doc: Doc, anchor: Token, clause: list[Token]) -> str | None:
    """An event its own sentence does not date takes the date of another mention of it in the
    document: the same word (verb or noun) naming one of its participants, or the mention a
    definite description refers back to. Mentions that disagree on the date (two meetings of the
    same leaders) date nothing; a negated or intended act neither takes nor gives a date."""
    if not _real_mention(anchor):
        return None
    mentions = _mentions(doc, anchor)
    if not mentions:
        return None
    for rule in MENTION_RULES:
        found = rule(doc, anchor, mentions)
        if not found:
            continue
        dates = {d for _, d in found}
        if all(date_compatible(a, b) for a in dates for b in dates):
            return max(dates, key=precision)
        return None
    return None


# ---------------------------------------------------------------- anchor events
@dataclass(frozen=True)
class Anchor:
    source: str  # ISO3 of a state (any actor of that country matches) or an actor id
    type: str
    target: str
    date: str  # YYYY-MM-DD
    triggers: frozenset[str]


@per_folder
def anchors() -> dict[str, list[Anchor]]:
    """Anchor events by PLOVER type, latest first."""
    out: dict[str, list[Anchor]] = {}
    for row in load_table("anchor_events"):
        a = Anchor(row["source"], row["type"], row["target"], row["date"],
                   frozenset(w.lower() for w in split_list(row["triggers"])))
        out.setdefault(a.type, []).append(a)
    for rows in out.values():
        rows.sort(key=lambda a: a.date, reverse=True)
    return out


def _is(actor_id: str | None, code: str, actors: dict[str, Actor]) -> bool:
    if actor_id is None:
        return False
    if ":" in code:
        return actor_id == code
    a = actors.get(actor_id)
    return actor_id == f"state:{code}" or (a is not None and a.country == code)


def anchor_date(event: Event, published: str | None, actors: dict[str, Actor]) -> str | None:
    """The date of the latest anchor event ``event`` matches, on or before ``published``."""
    if event.date or not published or event.negated or event.hypothetical:
        return None
    words = set((event.trigger or "").lower().split())
    for a in anchors().get(event.type, ()):
        if a.date <= published[:10] and words & a.triggers and _is(event.source, a.source, actors) \
                and _is(event.target, a.target, actors):
            return a.date
    return None


def date_from_anchors(events: list[Event], doc: Doc) -> None:
    """Give each undated event that matches an anchor event the anchor's date (in place).
    An undated document is at least as late as the latest full date it mentions (the date the
    pipeline will infer for it), which is asked for only when some event could match."""
    actors = doc._.actors or {}
    published: str | None = doc._.published
    candidates = [e for e in events if anchor_date(e, _FAR_FUTURE, actors)]
    if not candidates:
        return
    if not published:
        inferred = infer_published(doc)
        published = inferred[0] if inferred else None
    if not published:
        return
    for e in candidates:
        e.date = anchor_date(e, published, actors) or e.date

"""The news peg: a report opens with the day of its news ("Haley warned Friday that ..."); the
acts of the lead's actors it then recounts in the simple past, with no time of their own, happened
that day. Background the report recalls carries a time of its own, a past perfect, a clause of
order ("after the invasion"), or follows a time the report has just gone back to ("Obama's trip
came before the 2008 election. He also visited Iraq."): ``peg_date`` leaves it undated.
Moved out of ``dating`` (which calls nothing here) to keep both modules small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from ...model import TimeExpr
from ..common import occasion_nouns, sentence_of, sentence_on_its_line
from ..lines import heading_shaped_line
from ..syntax import ACTIVE_SUBJECT_DEPS, clause_tokens, own_subject
from ..tense import is_simple_past
from ..time.compare import date_compatible, day_range, precision, usable
from ..time.component import tense_of
from .dating import (
    NOUN_DATE_DEPS,
    ORDERING_PREPS,
    PERIOD_START_WORDS,
    in_participle,
    is_deadline,
    opened_by,
    sentence_date,
)
from .occasion_day import OCCASION_PREPS, phrase_head
from .parties import np_actors
from .speaking_day import speaking_lemmas, speaking_verb

# A news report opens with its peg: "Haley warned Friday that ...", "Obama threw down the gauntlet
# Monday ...". The acts the report then recounts of the lead's actors in the simple past, with no
# time of their own, happened that day ("Trudeau said he takes responsibility", "Russia's envoy
# slammed the US action"). Background the report recalls carries a time of its own, a past
# perfect, or a clause of order ("after the invasion"), and is left alone.
LEAD_SENTENCES = 2  # the lead: the first sentences of the body
PEG_MAX_DAYS = 7  # a weekday, "today" or "yesterday": within the week before the document's date
PEG_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})  # the report's own clauses, not adjuncts
PEG_KEY = "diplograph_news_peg"
DAY_PRECISION = 8  # ``compare.precision`` of a day
# Words that place a recounted act in a period or an order of its own, or make it a habit: the
# sentence is background ("met multiple times during his first term", "had earlier refused").
BACKGROUND_WORDS = frozenset({"during", "since", "before", "after", "until", "ago", "once", "previously",
                              "formerly", "earlier", "repeatedly", "times", "ever", "already", "past",
                              "initially", "originally"})
# Background words that are also the preposition of an occasion: "said during a news conference".
OCCASION_BACKGROUND = BACKGROUND_WORDS & OCCASION_PREPS


def background_word(tok: Token, act: Token | None) -> bool:
    """A word of ``BACKGROUND_WORDS`` that places the sentence in a period or order of its own,
    not the preposition of an occasion the act ``act`` (the verb that tells it) is done at: "met
    him during his first term" is background; "told reporters during a news conference", "pledged
    during a visit to Seoul" is the occasion of the act itself (``kb/occasion_nouns.tsv``), done on
    the day the report tells, as "said at a news conference" is. An occasion on another verb
    ("the ships fired missiles, Shoigu told Putin during a meeting") says nothing of the act."""
    if tok.lower_ not in BACKGROUND_WORDS:
        return False
    if tok.lower_ not in OCCASION_BACKGROUND or act is None or tok.head.i != act.i:
        return True
    objects = [phrase_head(c) for c in tok.children if c.dep_ == "pobj"]
    return not objects or any(o.lemma_.lower() not in occasion_nouns() for o in objects)


def _body_sentences(doc: Doc) -> list:
    """The sentences of the body: the date line the reader puts first is none."""
    out = []
    for s in doc.sents:
        if not any(t.is_alpha for t in s):
            continue
        out.append(s)
    return out


def news_peg(doc: Doc) -> tuple[str, frozenset[str]] | None:
    """The day the lead dates (a day-precise time within ``PEG_MAX_DAYS`` before the document's
    date) and the actors the lead names; None when the lead dates no day (computed once per doc)."""
    if PEG_KEY in doc.user_data:
        return doc.user_data[PEG_KEY]
    found: tuple[str, frozenset[str]] | None = None
    published: str | None = doc._.published
    lead = _body_sentences(doc)[:LEAD_SENTENCES]
    if published and lead:
        start, end = lead[0].start_char, lead[-1].end_char
        times = [t for t in doc._.times or [] if start <= t.span[0] < end and precision(t.value) == 8
                 and not is_deadline(doc, t.span[0]) and opened_by(doc, t.span[0]) not in PERIOD_START_WORDS
                 and _within_week(t.value, published)]
        days = sorted({t.value for t in times})
        if len(days) == 1 and all(_told_done(doc, t, published) for t in times):
            actors = frozenset(t._.actor for s in lead for t in s if t._.actor)
            found = (days[0], actors)
    doc.user_data[PEG_KEY] = found
    return found


def _within_week(value: str, published: str) -> bool:
    """Within the week before the document's date, or on the day after it, which a story updated
    after its date tells as done ("On Friday, Tehran dismissed" in a story dated Thursday:
    ``timex.DAY_AFTER_BACK``)."""
    days = _days_before(value, published)
    return days is not None and -1 <= days <= PEG_MAX_DAYS


def _days_before(value: str, published: str) -> int | None:
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(value[:10])).days
    except ValueError:
        return None


def _told_done(doc: Doc, time: TimeExpr, published: str) -> bool:
    """A lead's day after the document's date is the news peg only in the past: "will use his
    address on Tuesday" in a story dated Monday is the coming occasion, not the day of the news."""
    if _days_before(time.value or "", published) != -1:
        return True
    start, end = time.span
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and tense_of(span) in ("past", "done")


def report_verb(anchor: Token) -> Token | None:
    """The verb whose clause reports the act: the anchor, or the verb a nominal anchor hangs from."""
    tok: Token | None = anchor
    while tok is not None and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head if tok.head.i != tok.i else None  # the root is its own head
    return tok


def recounted_today(verb: Token) -> bool:
    """A simple past in the report's own clauses, each verb above it a simple past too ("said
    Russia slammed"), not a past or present perfect ("has documented that ... was"), a modal or
    a subordinate clause of order or time."""
    node = verb
    while True:
        if node.pos_ in ("VERB", "AUX") and not is_simple_past(node):
            return False
        if node.dep_ == "ROOT":
            return True
        if node.dep_ not in PEG_DEPS:
            return False
        node = node.head


def peg_date(doc: Doc, anchor: Token, parties: list[str], sources: Sequence[str] = ()) -> str | None:
    """The day of the act's news for an act recounted in the simple past, in a sentence with no
    time expression of its own: the lead's day, or the day of its speaker's one dated occasion
    (``PEG_DAYS``). ``parties`` are the act's sources and targets, ``sources`` its sources."""
    sent = sentence_on_its_line(anchor)  # not the next paragraph the parse ran the sentence into
    verb = report_verb(anchor)
    if verb is not None and verb.i == anchor.i:
        verb = speaking_verb(verb)  # "said the US will support": the saying's tense, not the content's
    if verb is None:
        return None
    day = next((d for rule in PEG_DAYS if (d := rule(doc, verb, sent, parties, sources))), None)
    if day is None:
        return None
    if any(sent.start_char <= t.span[0] < sent.end_char and not _no_time_of_the_act(doc, t, anchor)
           for t in doc._.times or []) or any(background_word(t, verb) for t in sent):
        return None
    if not recounted_today(verb) or _told_in_a_flashback(doc, sent, day):
        return None
    if heading_shaped_line(anchor):  # a title's past sums up a charge or a story ("X's policies helped Y")
        return None
    return day


def lead_actors_day(doc: Doc, verb: Token, sent: Span, parties: Sequence[str], sources: Sequence[str]) -> str | None:
    """The lead's day (``news_peg``), for an act of the lead's actors."""
    peg = news_peg(doc)
    return peg[0] if peg is not None and set(parties) & peg[1] else None


def reaction_day(doc: Doc, verb: Token, sent: Span, parties: Sequence[str], sources: Sequence[str]) -> str | None:
    """The lead's day (``news_peg``), for the words of any speaker the report gathers as
    reactions (``reaction_told``)."""
    peg = news_peg(doc)
    return peg[0] if peg is not None and reaction_told(verb) else None


def speaker_occasion_day(doc: Doc, verb: Token, sent: Span, parties: Sequence[str],
                         sources: Sequence[str]) -> str | None:
    """A report dates a speaker's occasion once and tells the rest of what was said there without
    a time: "Kerry said in a speech Wednesday ...", later "Kerry accused Israel of ...";
    "Abdul Mahdi on Monday condemned the strikes", later "The prime minister described the attack
    as ..., his office said". The words of a speaker told by a verb of saying (``reaction_told``)
    whose subject is the act's source take the day of that speaker's dated saying told before
    them, when every saying of the speaker the document dates is of that one day, not after the
    document's date, and no act of the speaker is dated at another time (a speaker dated on two
    occasions, or in another year, may be recalled from either)."""
    if not reaction_told(verb) or _a_conversation(verb):
        return None
    subj = own_subject(verb, ACTIVE_SUBJECT_DEPS)
    speakers = set(np_actors(subj, doc._.mentions or [])) & set(sources) if subj is not None else set()
    days = {day for s in speakers if (day := _one_occasion(doc, s, sent.start_char))}
    return days.pop() if len(days) == 1 else None


# Prepositions that name the partner of a conversation: "spoke with Cameron", "talked to Putin".
CONVERSATION_PREPS = frozenset({"with"})


def _a_conversation(verb: Token) -> bool:
    """"He spoke with Cameron and Hollande": a saying with a partner is a conversation, an occasion
    of its own (a call, a meeting), not words of the speaker's dated occasion."""
    return any(c.dep_ == "prep" and c.lower_ in CONVERSATION_PREPS for c in verb.children)


SPEAKER_DAYS_KEY = "diplograph_speaker_days"


def _one_occasion(doc: Doc, speaker: str, before: int) -> str | None:
    """The day of ``speaker``'s one dated occasion, when told before the character ``before``."""
    dated = _speaker_dates(doc).get(speaker, [])
    days = {date for _, date, saying in dated if saying and precision(date) == DAY_PRECISION}
    if len(days) != 1:
        return None
    day = days.pop()
    published: str | None = doc._.published
    if not published or (_days_before(day, published) or 0) < 0 \
            or not all(date_compatible(date, day) for _, date, _ in dated):
        return None  # a saying told as done is not after its report
    return day if any(start < before and date == day for start, date, _ in dated) else None


def _speaker_dates(doc: Doc) -> dict[str, list[tuple[int, str, bool]]]:
    """Each actor's acts its own clause dates, as the subject of a verb: where the sentence
    starts, the date, and whether the verb is one of saying (computed once per doc)."""
    if SPEAKER_DAYS_KEY in doc.user_data:
        return doc.user_data[SPEAKER_DAYS_KEY]
    out: dict[str, list[tuple[int, str, bool]]] = {}
    mentions = doc._.mentions or []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = own_subject(tok, ACTIVE_SUBJECT_DEPS)  # the dateline's place is no subject
        subjects = set(np_actors(subj, mentions)) if subj is not None else set()
        if not subjects:
            continue
        date = sentence_date(doc, tok, clause_tokens(tok), climb=False)
        if not date or not usable(date):
            continue
        saying = tok.lemma_.lower() in speaking_lemmas() and is_simple_past(tok)
        for s in subjects:
            out.setdefault(s, []).append((sentence_of(tok).start_char, date, saying))
    doc.user_data[SPEAKER_DAYS_KEY] = out
    return out


# Where the day of a recounted act's news comes from, in order: the lead's day for the lead's own
# actors, the day of its speaker's one dated occasion, the lead's day for any speaker's reaction.
PEG_DAYS: tuple[Callable[[Doc, Token, Span, Sequence[str], Sequence[str]], str | None], ...] = (
    lead_actors_day, speaker_occasion_day, reaction_day)


# Verbs of saying that tell a joint act, recounted from its own occasion, not a reaction to the news:
# "Moon and Kim also agreed to work on a plan" (of a summit the week before).
JOINT_SAYING = frozenset({"agree"})


def reaction_told(verb: Token | None) -> bool:
    """A report gathers reactions to its news: the words of other speakers it tells in the simple past,
    with no time of their own, were said on the news peg's day, whoever says them ("Hollande called
    for better surveillance", "In Washington, spokesman X warned ...", "Y accused Z of poor judgment
    and called for an investigation"), as the lead's own actors' acts are. ``verb`` is the verb that
    tells the act (``speaking_verb``): a verb of saying of ``kb/speech_verbs.tsv``, not its content in
    the past ("said Russia attacked" keeps the attack's own time), nor a joint act (``JOINT_SAYING``)."""
    lemma = verb.lemma_.lower() if verb is not None else ""
    return lemma in speaking_lemmas() and lemma not in JOINT_SAYING


HOURS_A_DAY = 24  # a length of the act shorter than this fits in the peg's day


def _no_time_of_the_act(doc: Doc, time: TimeExpr, anchor: Token) -> bool:
    """A time in the act's sentence that says nothing against the peg's day: a length shorter than
    a day ("talked for three hours"), or the time of another thing, a noun it hangs on ("praised the
    pledge last week by the envoys") or a participle on a noun ("as anger at the decree signed
    last week grew"). Any other time (a day, a year,
    "three years", "recent", "Thursday morning") may be the act's own, and the act then keeps none
    rather than the peg's."""
    value: str = time.value or ""
    if value.startswith("PT"):
        amount, unit = value[2:-1], value[-1:]
        return unit == "M" or amount == "X" or (amount.isdigit() and int(amount) < HOURS_A_DAY)
    start, end = time.span
    span = doc.char_span(start, end, alignment_mode="expand")
    if not usable(value) or span is None or not len(span):
        return False  # "recent", "now": no date of a thing, a word of the narrative's time
    head = span.root.head
    # a common noun: a time glued to a name is the parser's slip over a fronted time ("Friday
    # morning Prime Minister X urged ..." read as one long name)
    on_a_noun = head.pos_ == "NOUN" and head.i != anchor.i and not span.start <= head.i < span.end \
        and not _part_of_a_time(head) and not (head.dep_ == "pobj" and head.head.lower_ in ORDERING_PREPS)
    return on_a_noun or in_participle(doc, time, sentence_of(anchor).root)


def _part_of_a_time(noun: Token) -> bool:
    """The noun a time hangs on is more of the clause's time, "Thursday morning", "Monday night":
    a time entity or a bare noun phrase used as an adverb."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.dep_ in ("npadvmod", "tmod")


RECALL_SENTENCES = 2  # how far back a time the report went back to still holds the narrative


def _told_in_a_flashback(doc: Doc, sent: Span, peg_day: str) -> bool:
    """Whether the report has just gone back in time: the last time expression of the sentences
    right before ends before the peg's day ("Obama's visit to Kuwait was part of a trip before
    the 2008 election. He also visited Iraq and Jordan."; "Trump told reporters after the August
    verdict ... Trump also called him a brave man"). The acts then told in the simple past without
    a time of their own belong to that earlier time, not to the news of the day."""
    before = [s for s in _body_sentences(doc) if s.end_char <= sent.start_char][-RECALL_SENTENCES:]
    if not before:
        return False
    start = before[0].start_char
    recalled = [t for t in doc._.times or [] if start <= t.span[0] < sent.start_char and usable(t.value)
                and not is_deadline(doc, t.span[0]) and opened_by(doc, t.span[0]) not in PERIOD_START_WORDS
                and _moves_the_narrative(doc, t)]
    if not recalled:
        return False
    last = max(recalled, key=lambda t: t.span[0])
    period, day = day_range(last.value), day_range(peg_day)
    return period is not None and day is not None and period[2] \
        and (day[0] - period[1]).days > PEG_MAX_DAYS


def _moves_the_narrative(doc: Doc, time: TimeExpr) -> bool:
    """A time that dates a noun is a label ("fully implementing the 2015 nuclear deal") unless the
    noun orders the clause against it ("prior to the 2008 election", "after the August verdict")."""
    start, end = time.span
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    if not (root.dep_ in NOUN_DATE_DEPS and root.head.pos_ in ("NOUN", "PROPN")):
        return True
    noun = root.head
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in ORDERING_PREPS or prep.head.lower_ in ORDERING_ADVERBS)


# Words whose "to" phrase orders an act against an event: "prior to the election".
ORDERING_ADVERBS = frozenset({"prior", "previous", "subsequent"})

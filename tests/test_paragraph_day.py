"""An act of the subject of a dated sentence, told after it in the simple past in the same
paragraph with no time of its own, takes its time (``events/paragraph_day.py``): hand-built
parses, no model."""

from __future__ import annotations

from diplograph.model import Actor, TimeExpr
from diplograph.nlp.events.paragraph_day import carried_date
from docs import WARNED_ON_MONDAY, parse, shifted

DATED = WARNED_ON_MONDAY  # Serbia warned France on Monday .
IDS = {"Serbia": "state:SRB", "France": "state:FRA", "Austria": "state:AUT", "Hungary": "state:HUN"}


def _carried(*later: list[tuple], breaks: tuple[int, ...] = ()) -> str | None:
    """The date ``carried_date`` gives the verb of the last sentence of ``DATED`` + ``later``,
    each later sentence given with heads relative to its own start; a paragraph break (a line
    break token) opens the sentences whose positions are in ``breaks``."""
    rows, starts = list(DATED), [0]
    for n, sent in enumerate(later, start=1):
        if n in breaks:
            rows.append(("\n\n", "\n\n", "SPACE", "dep", len(rows) + 1))
        starts.append(len(rows))
        rows += shifted(sent, len(rows))
    ids = {i: IDS[r[0]] for i, r in enumerate(rows) if r[0] in IDS}
    known = {a: Actor(a, a, "state", a[-3:]) for a in IDS.values()}
    sent_starts = [i in starts for i in range(len(rows))]
    doc = parse(rows, ids, known, sent_starts=sent_starts, published="2020-01-14")
    span = doc[4:5]
    doc._.times = [TimeExpr(text="Monday", value="2020-01-13", span=(span.start_char, span.end_char))]
    verb = next(t for t in doc[starts[-1]:] if t.dep_ == "ROOT")
    sources = [a for t in verb.children if t.dep_ == "nsubj" and (a := t._.actor)]
    return carried_date(doc, verb, sources)


def _past(subject: str, verb: str, lemma: str, obj: str) -> list[tuple]:
    return [(subject, subject.lower(), "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1, "VBD"),
            (obj, obj.lower(), "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]


def test_the_subject_of_a_dated_sentence_keeps_its_time_through_the_paragraph():
    # Serbia warned France on Monday . Serbia courted Austria .
    assert _carried(_past("Serbia", "courted", "court", "Austria")) == "2020-01-13"
    # ... France replied to Hungary . Serbia courted Austria . (a simple past in between)
    assert _carried(_past("France", "answered", "answer", "Hungary"),
                    _past("Serbia", "courted", "court", "Austria")) == "2020-01-13"


def test_no_time_is_carried_to_another_actor_or_paragraph_or_past_a_perfect():
    # Serbia warned France on Monday . Austria courted Hungary . (not the dated sentence's subject)
    assert _carried(_past("Austria", "courted", "court", "Hungary")) is None
    # Serbia warned France on Monday .  <new paragraph>  Serbia courted Austria .
    assert _carried(_past("Serbia", "courted", "court", "Austria"), breaks=(1,)) is None
    # Serbia warned France on Monday . France has long distrusted Hungary . Serbia courted Austria .
    perfect = [("France", "france", "PROPN", "nsubj", 3), ("has", "have", "AUX", "aux", 3, "VBZ"),
               ("long", "long", "ADV", "advmod", 3), ("distrusted", "distrust", "VERB", "ROOT", 3, "VBN"),
               ("Hungary", "hungary", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    assert _carried(perfect, _past("Serbia", "courted", "court", "Austria")) is None
    # Serbia warned France on Monday . Serbia has courted Austria . (not a simple past)
    has = [("Serbia", "serbia", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2, "VBZ"),
           ("courted", "court", "VERB", "ROOT", 2, "VBN"), ("Austria", "austria", "PROPN", "dobj", 2),
           (".", ".", "PUNCT", "punct", 2)]
    assert _carried(has) is None

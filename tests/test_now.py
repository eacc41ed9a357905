"""An act told in the present progressive of a main clause takes the document's date
(``events/now.py``): hand-built parses, no model."""

from __future__ import annotations

from diplograph.model import TimeExpr
from diplograph.nlp.events.now import told_as_now
from docs import parse

# Hungary is courting Serbia .
COURTING = [("Hungary", "hungary", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2, "VBZ"),
            ("courting", "court", "VERB", "ROOT", 2, "VBG"), ("Serbia", "serbia", "PROPN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2)]


def test_an_act_in_the_present_progressive_takes_the_documents_date():
    doc = parse(COURTING, published="2020-03-02")
    assert told_as_now(doc, doc[2]) == "2020-03-02"
    # no document date, no date
    assert told_as_now(parse(COURTING), doc[2]) is None


def test_a_past_progressive_or_a_time_of_its_own_is_not_now():
    # Hungary was courting Serbia .
    past = [COURTING[0], ("was", "be", "AUX", "aux", 2, "VBD"), *COURTING[2:]]
    doc = parse(past, published="2020-03-02")
    assert told_as_now(doc, doc[2]) is None
    # Hungary is courting Serbia in May . (an arrangement of its own time)
    later = [*COURTING[:4], ("in", "in", "ADP", "prep", 2), ("May", "may", "PROPN", "pobj", 4), COURTING[4]]
    doc = parse(later, published="2020-03-02")
    span = doc[5:6]
    doc._.times = [TimeExpr(text="May", value="2020-05", span=(span.start_char, span.end_char))]
    assert told_as_now(doc, doc[2]) is None
    # Hungary is now courting Serbia . ("now" confirms the present)
    now = [("Hungary", "hungary", "PROPN", "nsubj", 3), ("is", "be", "AUX", "aux", 3, "VBZ"),
           ("now", "now", "ADV", "advmod", 3), ("courting", "court", "VERB", "ROOT", 3, "VBG"),
           ("Serbia", "serbia", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    doc = parse(now, published="2020-03-02")
    span = doc[2:3]
    doc._.times = [TimeExpr(text="now", value="PRESENT_REF", span=(span.start_char, span.end_char))]
    assert told_as_now(doc, doc[3]) == "2020-03-02"

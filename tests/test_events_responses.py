"""A reply answers whoever made the request, demand or offer it replies to (``events/responses.py``):
"Seoul asked Tokyo to lift the curbs. Tokyo refused." is a REJECT of South Korea; a request made of
someone else, or a reply that names its own object, names no recipient. Hand-built parses of our own
sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.lexicon import lexicon
from diplograph.nlp.events.outcomes import OUTCOME_RULES
from diplograph.nlp.events.responses import answered_request
from docs import parse

KNOWN = {"state:KOR": Actor("state:KOR", "South Korea", "state", "KOR"),
         "state:JPN": Actor("state:JPN", "Japan", "state", "JPN"),
         "state:PHL": Actor("state:PHL", "Philippines", "state", "PHL")}
IDS = {"Seoul": "state:KOR", "Tokyo": "state:JPN", "Manila": "state:PHL"}


def _two_sentences(asker: str, asked: str, replier: str, reply: tuple[str, str] = ("refused", "refuse"),
                   answered: tuple[str, str] | None = None):
    # "ASKER asked ASKED to lift the curbs . REPLIER refused [the ANSWERED] ."
    rows = [(asker, asker, "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
            (asked, asked, "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4), ("lift", "lift", "VERB", "xcomp", 1),
            ("the", "the", "DET", "det", 6), ("curbs", "curb", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1),
            (replier, replier, "PROPN", "nsubj", 9), (*reply, "VERB", "ROOT", 9)]
    if answered is not None:
        rows += [("the", "the", "DET", "det", 11), (*answered, "NOUN", "dobj", 9)]
    rows.append((".", ".", "PUNCT", "punct", 9))
    actors = {i: IDS[r[0]] for i, r in enumerate(rows) if r[0] in IDS}
    starts = [i in (0, 8) for i in range(len(rows))]
    return parse(rows, actors, KNOWN, mentions=True, sent_starts=starts)


def _reply(doc, source: str = "state:JPN", kind: str = "REJECT") -> Draft:
    return Draft(type=kind, mode=None, cameo="120", sources=[source], targets=[], anchor=doc[9], words=doc[9].text)


def test_the_rule_is_an_outcome_rule():
    assert answered_request in OUTCOME_RULES


def test_a_refusal_answers_the_request_made_of_the_refuser():
    doc = _two_sentences("Seoul", "Tokyo", "Tokyo")
    d = _reply(doc)
    assert answered_request(d, doc[9], lexicon())
    assert d.targets == ["state:KOR"]


def test_a_rejected_demand_and_an_accepted_offer_answer_their_maker():
    doc = _two_sentences("Seoul", "Tokyo", "Tokyo", ("rejected", "reject"), ("demand", "demand"))
    d = _reply(doc)
    assert answered_request(d, doc[9], lexicon()) and d.targets == ["state:KOR"]
    doc = _two_sentences("Seoul", "Tokyo", "Tokyo", ("accepted", "accept"), ("offer", "offer"))
    d = _reply(doc, kind="AGREE")
    assert answered_request(d, doc[9], lexicon()) and d.targets == ["state:KOR"]


def test_a_request_made_of_someone_else_is_not_the_one_answered():
    doc = _two_sentences("Seoul", "Manila", "Tokyo")
    d = _reply(doc)
    assert not answered_request(d, doc[9], lexicon())
    assert d.targets == []


def test_a_reply_that_names_another_object_is_left_alone():
    doc = _two_sentences("Seoul", "Tokyo", "Tokyo", ("rejected", "reject"), ("plan", "plan"))
    d = _reply(doc)
    assert not answered_request(d, doc[9], lexicon())
    doc = _two_sentences("Seoul", "Tokyo", "Tokyo")
    d = _reply(doc, kind="ACCUSE")
    assert not answered_request(d, doc[9], lexicon())

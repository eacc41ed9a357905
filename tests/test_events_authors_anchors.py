"""Three general rules of the event coder, on sentences we wrote:

* an event aimed at an authored thing (a plan, a report, "the document") is aimed at its author;
* a participle without a subject of its own ("After meeting X, Y said ...") is predicated of the
  main clause's subject, or of that subject's possessor when the subject is not an actor;
* a well-known event the text leaves undated takes the date of the anchor event it matches
  (``kb/anchor_events.tsv``), the latest one on or before the document's date.
"""

from __future__ import annotations

import pytest

from diplograph.model import Actor, Event
from diplograph.nlp.events import find_events
from diplograph.nlp.events.artifacts import is_artifact
from diplograph.nlp.events.dating import anchor_date, anchors
from docs import make_doc, parse, tag_actors

ACTORS = {
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
    "state:SRB": Actor("state:SRB", "Serbia", "state", "SRB"),
    "state:BLR": Actor("state:BLR", "Belarus", "state", "BLR"),
    "state:RUS": Actor("state:RUS", "Russia", "state", "RUS"),
    "state:UKR": Actor("state:UKR", "Ukraine", "state", "UKR"),
    "group:west": Actor("group:west", "the West", "group", None),
    "person:ivan-petrov": Actor("person:ivan-petrov", "Ivan Petrov", "person", "RUS"),
    "group:lby-gunmen": Actor("group:lby-gunmen", "Gunmen (Libya)", "group", "LBY"),
    "state:USA": Actor("state:USA", "United States", "state", "USA"),
}


def parsed(rows: list[tuple[str, int, str, str, str, str]], actors: dict[int, str],
           sent_starts: list[bool] | None = None):
    """rows: (word, head, dep, pos, tag, lemma)."""
    return parse([(w, lemma, p, dep, head, tag) for w, head, dep, p, tag, lemma in rows], actors, ACTORS,
                 sent_starts=sent_starts, doc_id="rulesdoc")


def coded(doc) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.source, e.target) for e in find_events(doc)}


# ---------------------------------------------------------------- participles (hand-built parses)
def test_fronted_participle_is_done_by_the_possessor_of_a_non_actor_subject():
    # "After suppressing protests, the Minsk government's dependence grew."
    doc = parsed([("After", 9, "prep", "ADP", "IN", "after"), ("suppressing", 0, "pcomp", "VERB", "VBG", "suppress"),
                  ("protests", 1, "dobj", "NOUN", "NNS", "protest"), (",", 9, "punct", "PUNCT", ",", ","),
                  ("the", 6, "det", "DET", "DT", "the"), ("Minsk", 6, "compound", "PROPN", "NNP", "Minsk"),
                  ("government", 8, "poss", "NOUN", "NN", "government"), ("'s", 6, "case", "PART", "POS", "'s"),
                  ("dependence", 9, "nsubj", "NOUN", "NN", "dependence"), ("grew", 9, "ROOT", "VERB", "VBD", "grow"),
                  (".", 9, "punct", "PUNCT", ".", ".")], {5: "state:BLR"})
    assert coded(doc) == {("COERCE", "state:BLR", "state:BLR")}  # done at home: its own state


def test_passive_participle_takes_the_main_subject_as_its_patient():
    # "Backed by Germany, Serbia suppressed protests."
    doc = parsed([("Backed", 5, "advcl", "VERB", "VBN", "back"), ("by", 0, "agent", "ADP", "IN", "by"),
                  ("Germany", 1, "pobj", "PROPN", "NNP", "Germany"), (",", 5, "punct", "PUNCT", ",", ","),
                  ("Serbia", 5, "nsubj", "PROPN", "NNP", "Serbia"),
                  ("suppressed", 5, "ROOT", "VERB", "VBD", "suppress"),
                  ("protests", 5, "dobj", "NOUN", "NNS", "protest"), (".", 5, "punct", "PUNCT", ".", ".")],
                 {2: "state:DEU", 4: "state:SRB"})
    assert coded(doc) == {("SUPPORT", "state:DEU", "state:SRB"), ("COERCE", "state:SRB", "state:SRB")}


def test_participle_keeps_its_own_voice_under_a_passive_main_clause():
    # "After invading Ukraine, Russia was sanctioned by the West."
    doc = parsed([("After", 6, "prep", "ADP", "IN", "after"), ("invading", 0, "pcomp", "VERB", "VBG", "invade"),
                  ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"), (",", 6, "punct", "PUNCT", ",", ","),
                  ("Russia", 6, "nsubjpass", "PROPN", "NNP", "Russia"), ("was", 6, "auxpass", "AUX", "VBD", "be"),
                  ("sanctioned", 6, "ROOT", "VERB", "VBN", "sanction"), ("by", 6, "agent", "ADP", "IN", "by"),
                  ("the", 9, "det", "DET", "DT", "the"), ("West", 7, "pobj", "PROPN", "NNP", "West"),
                  (".", 6, "punct", "PUNCT", ".", ".")], {2: "state:UKR", 4: "state:RUS", 9: "group:west"})
    assert coded(doc) == {("ASSAULT", "state:RUS", "state:UKR"), ("SANCTION", "group:west", "state:RUS")}


# ---------------------------------------------------------------- authored things (hand-built parse)
def test_definite_document_refers_back_to_the_released_report():
    # "Germany released a report. Western leaders criticized the document."
    doc = parsed([("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"), ("released", 1, "ROOT", "VERB", "VBD", "release"),
                  ("a", 3, "det", "DET", "DT", "a"), ("report", 1, "dobj", "NOUN", "NN", "report"),
                  (".", 1, "punct", "PUNCT", ".", "."),
                  ("Western", 6, "amod", "ADJ", "JJ", "western"), ("leaders", 7, "nsubj", "NOUN", "NNS", "leader"),
                  ("criticized", 7, "ROOT", "VERB", "VBD", "criticize"), ("the", 9, "det", "DET", "DT", "the"),
                  ("document", 7, "dobj", "NOUN", "NN", "document"), (".", 7, "punct", "PUNCT", ".", ".")],
                 {0: "state:DEU", 5: "group:west", 6: "group:west"},
                 sent_starts=[True, False, False, False, False, True, False, False, False, False, False])
    assert coded(doc) == {("ACCUSE", "group:west", "state:DEU")}


def _asked_then_refused(det: str):
    # "Serbia asked for new loans. Germany refused DET requests."
    return parsed([("Serbia", 1, "nsubj", "PROPN", "NNP", "Serbia"), ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
                   ("for", 1, "prep", "ADP", "IN", "for"), ("new", 4, "amod", "ADJ", "JJ", "new"),
                   ("loans", 2, "pobj", "NOUN", "NNS", "loan"), (".", 1, "punct", "PUNCT", ".", "."),
                   ("Germany", 7, "nsubj", "PROPN", "NNP", "Germany"),
                   ("rejected", 7, "ROOT", "VERB", "VBD", "reject"), (det, 9, "det", "DET", "DT", det.lower()),
                   ("requests", 7, "dobj", "NOUN", "NNS", "request"), (".", 7, "punct", "PUNCT", ".", ".")],
                  {0: "state:SRB", 6: "state:DEU"},
                  sent_starts=[True, False, False, False, False, False, True, False, False, False, False])


def test_a_demonstrative_request_refers_back_to_whoever_made_it():
    assert ("REJECT", "state:DEU", "state:SRB") in coded(_asked_then_refused("these"))
    # "some requests" is no reference back: whose they are is not said (a refusal of no one: no record)
    assert {e for e in coded(_asked_then_refused("some")) if e[0] == "REJECT"} == set()


def test_a_demonstrative_claim_refers_back_to_its_speaker_only_when_named():
    # "Belarus said the vote was fair. Ivan Petrov rejected that claim."
    rows = [("Belarus", 1, "nsubj", "PROPN", "NNP", "Belarus"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"), ("vote", 4, "nsubj", "NOUN", "NN", "vote"),
            ("was", 1, "ccomp", "AUX", "VBD", "be"), ("fair", 4, "acomp", "ADJ", "JJ", "fair"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("Ivan", 8, "compound", "PROPN", "NNP", "Ivan"), ("Petrov", 9, "nsubj", "PROPN", "NNP", "Petrov"),
            ("rejected", 9, "ROOT", "VERB", "VBD", "reject"), ("that", 11, "det", "DET", "DT", "that"),
            ("claim", 9, "dobj", "NOUN", "NN", "claim"), (".", 9, "punct", "PUNCT", ".", ".")]
    starts = [i in (0, 7) for i in range(len(rows))]
    petrov = {7: "person:ivan-petrov", 8: "person:ivan-petrov"}
    doc = parsed(rows, {0: "state:BLR", **petrov}, sent_starts=starts)
    assert coded(doc) == {("REJECT", "person:ivan-petrov", "state:BLR")}
    # "Observers said ...": the nearest maker names no actor, so no earlier one is taken (and a
    # refusal of no one is no record)
    rows[0] = ("Observers", 1, "nsubj", "NOUN", "NNS", "observer")
    assert coded(parsed(rows, petrov, sent_starts=starts)) == set()


def test_artifact_nouns_come_from_the_kb():
    doc = make_doc(["plan", "proposal", "troops"], pos=["NOUN", "NOUN", "NOUN"])
    assert [is_artifact(t) for t in doc] == [True, True, False]


# ---------------------------------------------------------------- anchor events (records)
def _event(**kw) -> Event:
    base = dict(id="", type="ASSAULT", source="state:RUS", target="state:UKR", sentence="", span=(0, 1),
                trigger="invasion")
    base.update(kw)
    return Event(**base)


@pytest.mark.parametrize(("event", "published", "expected"), [
    (_event(), "2023-05-01", "2022-02-24"),           # the latest anchor before the document
    (_event(), "2015-06-01", "2014-02-27"),           # a 2015 article's invasion is the 2014 one
    (_event(), "2013-01-01", None),                   # before any anchor: undated
    (_event(), None, None),                           # no document date: undated
    (_event(date="2014"), "2023-05-01", None),        # the text's own date is never replaced
    (_event(hypothetical=True), "2023-05-01", None),  # "will invade"
    (_event(negated=True), "2023-05-01", None),
    (_event(trigger="attack"), "2023-05-01", None),   # not the anchor's trigger
    (_event(target="state:DEU"), "2023-05-01", None),  # another target
    (_event(source="person:ivan-petrov", trigger="launch invasion"), "2023-05-01", "2022-02-24"),  # a Russian
    (_event(type="ASSAULT", trigger="annexation"), "2023-05-01", "2014-03-18"),
    # "the attack on the US compound in Benghazi" told undated in a later story
    (_event(source="group:lby-gunmen", target="state:USA", trigger="attack"), "2013-05-01", "2012-09-11"),
    (_event(source="group:lby-gunmen", target="state:USA", trigger="attack"), "2012-09-01", None),
])
def test_anchor_date(event, published, expected):
    assert anchor_date(event, published, ACTORS) == expected


def test_anchor_table_is_well_formed():
    from diplograph.model import PLOVER_TYPES
    from diplograph.nlp.time import precision

    rows = [a for rows in anchors().values() for a in rows]
    assert len(rows) >= 15
    for a in rows:
        assert a.type in PLOVER_TYPES and precision(a.date) == 8 and a.triggers, a


# ---------------------------------------------------------------- on real parses
NAMES = {
    "Germany": ("state:DEU", "state", "DEU"), "German": ("state:DEU", "state", "DEU"),
    "Serbia": ("state:SRB", "state", "SRB"), "Serbian": ("state:SRB", "state", "SRB"),
    "Spain": ("state:ESP", "state", "ESP"), "France": ("state:FRA", "state", "FRA"),
    "Paris": ("state:FRA", "state", "FRA"), "Madrid": ("state:ESP", "state", "ESP"),
    "Russia": ("state:RUS", "state", "RUS"), "Moscow": ("state:RUS", "state", "RUS"),
    "Ukraine": ("state:UKR", "state", "UKR"), "Western": ("group:west", "group", None),
    "Berg": ("person:anna-berg", "person", "DEU"), "Moreau": ("person:luc-moreau", "person", "FRA"),
}

CASES = [
    # the author of an authored thing is the target
    ("Germany unveiled a peace plan. Serbia rejected the proposal.", {("REJECT", "state:SRB", "state:DEU")}),
    ("Germany released a report on Monday. Spain criticized the document.", {("ACCUSE", "state:ESP", "state:DEU")}),
    ("France praised the report released by Germany.", {("SUPPORT", "state:FRA", "state:DEU")}),
    ("Serbia rejected the plan that Germany proposed.", {("REJECT", "state:SRB", "state:DEU")}),
    ("France criticized the plan by Germany.", {("ACCUSE", "state:FRA", "state:DEU")}),
    ("Germany issued a statement. France welcomed the statement.", {("SUPPORT", "state:FRA", "state:DEU")}),
    ("Germany unveiled a peace plan. The plan was rejected by France.", {("REJECT", "state:FRA", "state:DEU")}),
    # the latest authored thing of that name; an unauthored one names no one
    ("Germany unveiled a plan. Spain published a second plan. France criticized the plan.",
     {("ACCUSE", "state:FRA", "state:ESP")}),
    ("The plan was rejected by France.", set()),  # an unauthored plan: no other side, no record
    # subjectless participles and gerunds
    ("After meeting Moreau, Berg criticized Serbia.",
     {("CONSULT", "person:anna-berg", "person:luc-moreau"), ("ACCUSE", "person:anna-berg", "state:SRB")}),
    ("After invading Serbia, Germany was sanctioned by France.",
     {("ASSAULT", "state:DEU", "state:SRB"), ("SANCTION", "state:FRA", "state:DEU")}),
    ("Having crushed the protests, the Serbian government's grip on power tightened.",
     {("COERCE", "state:SRB", "state:SRB")}),
    ("When asked about Serbia, Berg said nothing.", set()),  # Berg was asked: no demand by Berg
    ("Serbia was accused of attacking France.", {("ASSAULT", "state:SRB", "state:FRA")}),
    ("German police crushed the protests.", {("COERCE", "state:DEU", "state:DEU")}),
    # what is prevented did not happen; an event only named ("called X a crime") is not reported
    ("Germany prevented Serbia from attacking France.", {("ASSAULT", "state:SRB", "state:FRA")}),
    ("France called the invasion of Serbia a crime.", set()),
]


def tag(doc, published: str | None = None):
    return tag_actors(doc, NAMES, published)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_rules_on_real_parses(spacy_model, sentence, expected):
    events = find_events(tag(spacy_model(sentence)))
    assert {(e.type, e.source, e.target) for e in events} == expected


@pytest.mark.model
def test_prevented_act_is_negated(spacy_model):
    (event,) = find_events(tag(spacy_model("Germany prevented Serbia from attacking France.")))
    assert event.negated
    # whoever prevents an attack is not its attacker
    assert find_events(tag(spacy_model("Germany prevented another attack on France."))) == []


@pytest.mark.model
@pytest.mark.parametrize(("published", "date"), [("2023-05-01", "2022-02-24"), ("2015-06-01", "2014-02-27"),
                                                 ("2012-01-01", None)])
def test_undated_invasion_takes_the_anchor_date(spacy_model, published, date):
    doc = tag(spacy_model("Since Moscow launched its invasion of Ukraine, trade has fallen."), published)
    (event,) = [e for e in find_events(doc) if e.type == "ASSAULT"]
    assert (event.source, event.target, event.date) == ("state:RUS", "state:UKR", date)

"""The trigger lexicon (kb/events.tsv) as data: every row well-formed and attested, and a few
model-backed cases for rows added from the CAMEO verb lists, with their sense checks
("fired a missile" is force, "fired an employee" is nothing). Sentences are ours."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from diplograph.kb import load_table, split_list
from diplograph.nlp.events import find_events
from diplograph.nlp.events.lexicon import COMPLEMENT_RULES
from docs import tag_actors

KB = Path(__file__).resolve().parent.parent / "diplograph" / "kb"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
FLAGS = {"recip", "host", "target", "helped", "noadj", "light", "person", "mediate", "thing", "home", "inplace",
         "framed", "solo", "about", "nopromise", "intrans", "tocomp", "infinitive", "named", "words", "individual",
         "predicts", "coercive", "tohelp", "alone", "possinf", "persons", "diplomatic", "goods", "captors"}
MIN_ATTESTED = 3


def test_every_row_is_well_formed():
    rows = load_table("events")
    assert len(rows) > 600
    seen = set()
    for row in rows:
        where = f"events.tsv row {row['trigger']!r}/{row['pos']}"
        assert row["trigger"] and row["trigger"] == row["trigger"].lower(), where
        assert row["pos"] in {"V", "N"}, where
        assert row["type"] in TYPES, where
        assert not row["cameo"] or (row["cameo"].isdigit() and 3 <= len(row["cameo"]) <= 4), where
        assert set(split_list(row["flags"])) <= FLAGS, where
        assert all(o and " " not in o for o in split_list(row["object"])), where
        key = (row["trigger"], row["pos"], row["object"], row["flags"])
        assert key not in seen, f"{where}: duplicate row"
        seen.add(key)


def test_a_bare_row_does_not_hide_a_narrower_row_of_its_lemma():
    """Rows of one lemma are tried in order: a row with no object, particle or light condition
    matches everything, so any row of the same lemma and part of speech after it is dead."""
    open_rows: set[tuple[str, str]] = set()
    for row in load_table("events"):
        words = row["trigger"].split()
        key = (words[0], row["pos"])
        assert key not in open_rows, f"{row['trigger']}/{row['pos']} comes after a bare row of {words[0]}"
        # a flag of lexicon.COMPLEMENT_RULES ("intrans", "words", ...) restricts the row too
        conditions = {"light", *(flag for flag, _ in COMPLEMENT_RULES)}
        if len(words) == 1 and not row["object"] and not conditions & set(split_list(row["flags"])):
            open_rows.add(key)


def test_every_row_has_its_attestation_count():
    """kb/events_attestation.tsv (scripts/attest_lexicon.py) has a count for every row; rows
    added after the first 342 are attested at least MIN_ATTESTED times in allsides_intl."""
    with (KB / "events_attestation.tsv").open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    counts = [(r["trigger"], r["pos"], r["type"], r["object"], int(r["count"]))
              for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    rows = load_table("events")
    assert [(r["trigger"], r["pos"], r["type"], r["object"]) for r in rows] == [c[:4] for c in counts], \
        "events_attestation.tsv is stale: run scripts/attest_lexicon.py"
    first = KB / "events.tsv"
    text = first.read_text(encoding="utf-8")
    batch2 = text[text.index("# ==== Batch 2"):]
    added = {tuple(ln.split("\t")[i] for i in (0, 1, 2, 5)) for ln in batch2.splitlines()
             if ln.strip() and not ln.startswith("#")}
    low = [c for c in counts if c[:4] in added and c[4] < MIN_ATTESTED]
    assert not low, f"added rows attested fewer than {MIN_ATTESTED} times: {low}"


NAMES = {
    "France": ("state:FRA", "state", "FRA"), "French": ("state:FRA", "state", "FRA"),
    "Serbia": ("state:SRB", "state", "SRB"), "Serbian": ("state:SRB", "state", "SRB"),
    "Austria": ("state:AUT", "state", "AUT"), "Austrian": ("state:AUT", "state", "AUT"),
    "Vance": ("person:ivo-vance", "person", "SRB"),
    "Brigade": ("armedgroup:red-brigade", "armedgroup", None),
}

CASES = [
    ("Austria designated the Red Brigade a terrorist organisation.",
     {("SANCTION", "state:AUT", "armedgroup:red-brigade")}),
    ("France thanked Austria for its help.", {("SUPPORT", "state:FRA", "state:AUT")}),
    ("Austria encouraged Serbia to hold new elections.", {("REQUEST", "state:AUT", "state:SRB")}),
    ("France levied tariffs on Serbian steel.", {("SANCTION", "state:FRA", "state:SRB")}),
    ("Serbian troops regained control of the town from the Red Brigade.",
     {("ASSAULT", "state:SRB", "armedgroup:red-brigade")}),
    # sense checks: the object class tells force from office work
    ("Serbian artillery targeted French positions.", {("ASSAULT", "state:SRB", "state:FRA")}),
    ("The Serbian company targeted new customers in France.", set()),
    ("Vance hit out at Austria over the border fence.", {("ACCUSE", "person:ivo-vance", "state:AUT")}),
    ("Vance hit the ball across the field.", set()),
    ("Austria turned down the offer from Serbia.", {("REJECT", "state:AUT", "state:SRB")}),
    ("Vance turned down the heat on Austria.", set()),
    ("France funded the Red Brigade for years.", {("AID", "state:FRA", "armedgroup:red-brigade")}),
    ("France funded the Serbian schools for years.", set()),
    # batch 3 rows (CAMEO verb patterns) with their sense checks
    ("France shipped weapons to Serbia.", {("AID", "state:FRA", "state:SRB")}),
    ("France shipped cheese to Serbia.", set()),
    # "strikes on/against X": a military strike only when it hits a party ("a strike on Monday")
    ("France launched strikes on Serbia.", {("ASSAULT", "state:FRA", "state:SRB")}),
    ("Serbian dockworkers began a strike on Monday.", set()),
    # "struck a ... tone/note/balance": a figurative object (kb/figurative.tsv "obj LEMMA")
    ("Vance struck a conciliatory tone toward Austria.", set()),
    ("Vance vowed revenge against Austria.", {("THREATEN", "person:ivo-vance", "state:AUT")}),
    ("Serbia forged closer ties with Austria.", {("SUPPORT", "state:SRB", "state:AUT")}),
    ("Serbia forged the documents.", set()),
    ("Serbian jets buzzed a French warship.", {("MOBILIZE", "state:SRB", "state:FRA")}),
    ("Vance buzzed the doorbell of the Austrian embassy.", set()),
    ("Austria scuttled the deal with Serbia.", {("REJECT", "state:AUT", "state:SRB")}),
    ("The Serbian navy scuttled the old frigate.", set()),
    ("France granted clemency to Serbian prisoners.", {("CONCEDE", "state:FRA", "state:SRB")}),
    ("France granted the Serbian company a licence.", set()),
    ("Austria admitted Serbian refugees.", {("AID", "state:AUT", "state:SRB")}),
    ("Austria admitted the mistake to France.", set()),
    # type audits (acc-types3): a word's sense read from its object or complement
    ("Serbia mobilized its voters ahead of the election.", set()),
    ("Serbia mobilized troops along the border with Austria.", {("MOBILIZE", "state:SRB", None)}),
    ("Vance offered his view of the Austrian plan.", set()),
    ("Vance offered condolences to Austria.", set()),
    ("France offered aid to Serbia.", {("AGREE", "state:FRA", "state:SRB")}),
    ("France beat the tariffs on Serbian steel.", set()),
    ("Serbian police beat Austrian protesters.", {("ASSAULT", "state:SRB", "state:AUT")}),
    ("Serbia fired the opening shots in a trade war with Austria.", set()),
    ("Serbian troops fired shots at Austrian police.", {("ASSAULT", "state:SRB", "state:AUT")}),
    ("France hit back at Serbia with tariffs.", {("SANCTION", "state:FRA", "state:SRB")}),
    ("France retaliated against Serbia with tariffs.", {("SANCTION", "state:FRA", "state:SRB")}),
    ("France hit back at Serbia over the remarks.", {("ACCUSE", "state:FRA", "state:SRB")}),
    ("Vance dismissed Austrian criticism.", {("REJECT", "person:ivo-vance", "state:AUT")}),
    ("Vance vowed to fight the challenge from Austria.", {("REJECT", "person:ivo-vance", "state:AUT")}),
    ("Vance vowed to attack Austria.", {("THREATEN", "person:ivo-vance", "state:AUT")}),
    ("France warned Serbia to show restraint.", {("REQUEST", "state:FRA", "state:SRB")}),
    ("France warned Serbia that it will retaliate.", {("THREATEN", "state:FRA", "state:SRB")}),
    ("France warned Serbia to better watch itself.", {("THREATEN", "state:FRA", "state:SRB")}),
    # a warning of the risk another's act may bring is criticism of it, a risk of no one's act no event
    ("Vance warned that Austrian tariffs could cause a recession.", {("ACCUSE", "person:ivo-vance", "state:AUT")}),
    ("Vance warned that the unrest could spread.", set()),
    # backing a party's removal backs no party (kb/figurative.tsv)
    ("France backed the removal of Vance.", set()),
    ("Vance welcomed Austria joining the pact.", {("SUPPORT", "person:ivo-vance", "state:AUT")}),
    ("Vance welcomed Austria to Belgrade.", {("CONSULT", "state:AUT", "person:ivo-vance")}),
    ("Serbia fired two missiles into the sea.", {("MOBILIZE", "state:SRB", None)}),
    ("Serbia launched a rocket carrying a satellite.", {("MOBILIZE", "state:SRB", None)}),
    ("Serbia fired missiles at Austrian bases.", {("ASSAULT", "state:SRB", "state:AUT")}),
    ("Serbia test-fired a missile.", {("MOBILIZE", "state:SRB", None)}),
    ("Serbia tried to launch a missile but it failed.", {("MOBILIZE", "state:SRB", None)}),
    ("Serbia fired a missile over Austria.", {("MOBILIZE", "state:SRB", "state:AUT")}),
    ("The Red Brigade fired rockets over Austria.", {("ASSAULT", "armedgroup:red-brigade", "state:AUT")}),
    # a resignation is RETREAT (mode resign) when done; one to come is no AGREE (kb/events.tsv nopromise)
    ("Vance will step down next month.", {("RETREAT", "person:ivo-vance", None)}),
    ("Vance announced his resignation on Friday.", {("RETREAT", "person:ivo-vance", None)}),
    # "withdrew the country from the deal": the withdrawn party is no recipient (flag thing)
    ("Vance withdrew Serbia from the deal with Austria.", {("REJECT", "person:ivo-vance", "state:AUT")}),
    # a campaign rally, or rallying one's supporters, is no PLOVER PROTEST (kb/figurative.tsv)
    ("Vance held a campaign rally in Austria.", set()),
    ("Vance rallied his supporters in Austria.", set()),
    ("Serbian protesters held a rally against Austria.", {("PROTEST", "state:SRB", "state:AUT")}),
    # a warning against a course of action reports no act and threatens no one
    ("France warned against a Serbian attack on Austria.", set()),
    ("France warned Serbia against any attack on Austria.", {("THREATEN", "state:FRA", "state:SRB")}),
    ("France issued a travel alert for Serbia.", set()),
    # a threatened act is not reported as done (kb/event_frames.tsv threat)
    ("Serbia's threats to wage war against Austria alarmed France.", set()),
    ("France ignored the threat of Serbian sanctions against Austria.", set()),
    ("France warned against overreacting to the Serbian attack on Austria.", {("ASSAULT", "state:SRB", "state:AUT")}),
    # releasing a picture, a statement or a report publishes it: no RETREAT, though it shows a party
    ("Serbian police released photos of Vance.", set()),
    ("Serbia released the Austrian prisoners.", {("RETREAT", "state:SRB", "state:AUT")}),
    # inspecting a place visits it, investigates no one; stocks that rally rise (kb/figurative.tsv)
    ("Vance flew to Austria to inspect the scene of the blast.", {("CONSULT", "person:ivo-vance", "state:AUT")}),
    ("Serbian stocks rallied after the vote in Austria.", set()),
    ("Serbian protesters rallied against Austria.", {("PROTEST", "state:SRB", "state:AUT")}),
    # "to protest" as the aim of an official act is that act's grievance, no demonstration
    ("Vance resigned to protest the Austrian decree.", {("RETREAT", "person:ivo-vance", "state:AUT")}),
    ("Serbian students marched to protest the Austrian decree.", {("PROTEST", "state:SRB", "state:AUT")}),
    # the aim of an act offered is offered with it: an agreement, no aid given
    ("Serbia offered to send doctors to help Austria.", {("AGREE", "state:SRB", "state:AUT")}),
    ("Serbia sent doctors to help Austria.", {("AID", "state:SRB", "state:AUT")}),
    # "called X a Y" names X: no "call for", no request of the named event
    ("Vance called the agreement a disaster for Serbia.", set()),
    ("Vance called it a bad deal.", set()),
    ("Vance called for talks with Austria.", {("REQUEST", "person:ivo-vance", "state:AUT")}),
    # killing a bill, a vote or jobs stops them, hurts no one (kb/figurative.tsv "kill obj ...")
    ("Vance killed the Austrian bill.", set()),
    ("Serbian tariffs killed Austrian jobs.", set()),
    ("Serbian police killed the Austrian protesters.", {("ASSAULT", "state:SRB", "state:AUT")}),
    # fighting a domestic political body is a political struggle, disapproval, no armed force (kb/events.tsv)
    ("Vance fought the Austrian administration for months.", {("ACCUSE", "person:ivo-vance", "state:AUT")}),
    ("Serbian troops fought the Austrian army.", {("ASSAULT", "state:SRB", "state:AUT")}),
    # an annexation carried out is a military occupation: ASSAULT (PLOVER manual), not COERCE
    ("Serbia annexed the Austrian border province.", {("ASSAULT", "state:SRB", "state:AUT")}),
    # rows dropped after the corpus audits stay dropped: no event from these senses
    ("Serbia voiced concern over the safety of French tourists.", set()),
    ("Austria proposed a new budget.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_added_rows_on_real_parses(spacy_model, sentence, expected):
    events = find_events(tag_actors(spacy_model(sentence), NAMES))
    assert {(e.type, e.source, e.target) for e in events} == expected


def test_a_figurative_modifier_makes_a_trigger_noun_no_event():
    from diplograph.nlp.events.lexicon import lexicon
    from docs import parse

    # "a trade war with Spain" / "a war of words with Spain" / "a war with Spain"
    trade = parse([("a", "a", "DET", "det", 2), ("trade", "trade", "NOUN", "compound", 2),
                   ("war", "war", "NOUN", "ROOT", 2), ("with", "with", "ADP", "prep", 2),
                   ("Spain", "Spain", "PROPN", "pobj", 3)])
    words = parse([("a", "a", "DET", "det", 1), ("war", "war", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                   ("words", "word", "NOUN", "pobj", 2), ("with", "with", "ADP", "prep", 1),
                   ("Spain", "Spain", "PROPN", "pobj", 4)])
    plain = parse([("France", "France", "PROPN", "nsubj", 1), ("waged", "wage", "VERB", "ROOT", 1),
                   ("a", "a", "DET", "det", 3), ("war", "war", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 3),
                   ("Spain", "Spain", "PROPN", "pobj", 4)])
    # "France waged an economic war on Spain": a war without arms
    economic = parse([("France", "France", "PROPN", "nsubj", 1), ("waged", "wage", "VERB", "ROOT", 1),
                      ("an", "an", "DET", "det", 4), ("economic", "economic", "ADJ", "amod", 4),
                      ("war", "war", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 4),
                      ("Spain", "Spain", "PROPN", "pobj", 5)])
    lex = lexicon()
    assert lex.match(trade[2]) is None
    assert lex.match(words[1]) is None
    assert lex.match(economic[4]) is None
    war = lex.match(plain[3])
    assert war is not None and war.type == "ASSAULT"


def test_a_war_is_an_act_only_as_a_light_verb_object():
    from diplograph.nlp.events.lexicon import lexicon
    from docs import parse

    # "France waged war on Spain" is an act; "France has been at war with Spain", "France's war with
    # Spain", "the war broke out" name a state of war over a period, no act of a day
    waged = parse([("France", "France", "PROPN", "nsubj", 1), ("waged", "wage", "VERB", "ROOT", 1),
                   ("war", "war", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
                   ("Spain", "Spain", "PROPN", "pobj", 3)])
    at_war = parse([("France", "France", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2),
                    ("been", "be", "AUX", "ROOT", 2), ("at", "at", "ADP", "prep", 2), ("war", "war", "NOUN", "pobj", 3),
                    ("with", "with", "ADP", "prep", 4), ("Spain", "Spain", "PROPN", "pobj", 5)])
    owned = parse([("France", "France", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                   ("war", "war", "NOUN", "nsubj", 6), ("with", "with", "ADP", "prep", 2),
                   ("Spain", "Spain", "PROPN", "pobj", 3), ("has", "have", "AUX", "aux", 6),
                   ("ended", "end", "VERB", "ROOT", 6)])
    lex = lexicon()
    assert lex.match(waged[2]).type == "ASSAULT"
    assert lex.match(at_war[4]) is None
    assert lex.match(owned[2]) is None


def test_a_contest_won_is_no_beating():
    from diplograph.nlp.events.lexicon import lexicon
    from docs import parse

    # "Lopez beat Berg in the election" / "Lopez beat Berg by two points" won a contest;
    # "Lopez beat Berg in the street" is an assault
    def beat(prep: str, noun: str, lemma: str):
        doc = parse([("Lopez", "Lopez", "PROPN", "nsubj", 1), ("beat", "beat", "VERB", "ROOT", 1),
                     ("Berg", "Berg", "PROPN", "dobj", 1), (prep, prep, "ADP", "prep", 1),
                     ("the", "the", "DET", "det", 5), (noun, lemma, "NOUN", "pobj", 3)])
        return lexicon().match(doc[1])

    assert beat("in", "election", "election") is None
    assert beat("by", "points", "point") is None
    assert beat("in", "street", "street").type == "ASSAULT"


def test_traded_insults_and_fire_are_no_cooperation():
    from diplograph.nlp.events.lexicon import lexicon
    from docs import parse

    def traded(obj: str, lemma: str):
        doc = parse([("France", "France", "PROPN", "nsubj", 1), ("traded", "trade", "VERB", "ROOT", 1),
                     (obj, lemma, "NOUN", "dobj", 1)])
        return lexicon().match(doc[1])

    assert traded("insults", "insult").type == "ACCUSE"
    assert traded("fire", "fire").type == "ASSAULT"
    assert traded("threats", "threat").type == "THREATEN"
    assert traded("goods", "good").type == "COOPERATE"


def test_struck_a_deal_is_an_agreement_also_in_a_relative_clause():
    from diplograph.nlp.events.lexicon import lexicon
    from docs import parse

    # "France struck a deal with Spain" / "the deal that France struck with Spain"
    main = parse([("France", "France", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
                  ("a", "a", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1)])
    relative = parse([("the", "the", "DET", "det", 1), ("deal", "deal", "NOUN", "ROOT", 1),
                      ("that", "that", "PRON", "dobj", 4), ("France", "France", "PROPN", "nsubj", 4),
                      ("struck", "strike", "VERB", "relcl", 1)])
    town = parse([("France", "France", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), ("town", "town", "NOUN", "dobj", 1)])
    assert lexicon().match(main[1]).type == "AGREE"
    assert lexicon().match(relative[4]).type == "AGREE"
    assert lexicon().match(town[1]).type == "ASSAULT"

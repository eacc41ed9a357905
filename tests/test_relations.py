"""Relations: alignment statements typed by kb/relations.tsv (sentences are ours)."""

from __future__ import annotations

import pytest
from test_quotes import annotate

from diplograph.model import RELATION_KINDS
from diplograph.nlp.relations import find_relations, relation_rows
from diplograph.nlp.speech import find_quotes


def test_table_kinds_are_model_kinds() -> None:
    assert {kind for _w, kind, _n in relation_rows()} <= set(RELATION_KINDS)


RELATION_CASES = [
    ("appositive ally of", "Tomas Berg, a staunch ally of Maria Lopez, arrived.",
     ("person:tomas-berg", "person:maria-lopez", "alliance", "staunch ally")),
    ("regarded as", "Norway is regarded as a close ally of Spain.",
     ("state:NOR", "state:ESP", "alliance", "close ally")),
    ("possessive ally", "Lopez described Portugal as Spain’s No. 1 ally.",
     ("state:PRT", "state:ESP", "alliance", "No. 1 ally")),
    ("strategic partnership", "Norway and Spain agreed on an all-weather comprehensive strategic partnership.",
     ("state:NOR", "state:ESP", "partnership", "all-weather comprehensive strategic partnership")),
    ("old friend", "Lopez was glad to meet old friend Tomas Berg.",
     ("person:maria-lopez", "person:tomas-berg", "friendship", "old friend")),
    ("fraternal relations", "Spain and Portugal enjoy fraternal relations.",
     ("state:ESP", "state:PRT", "friendship", "fraternal relations")),
    ("ties are strained", "The Norway-Spain relationship is strained over fishing.",
     ("state:NOR", "state:ESP", "rivalry", "strained")),
    ("trade partner", "Portugal has become Spain’s largest trade partner.",
     ("state:PRT", "state:ESP", "trade", "largest trade partner")),
    ("invasion of", "Spain launched its invasion of Portugal in spring.",
     ("state:ESP", "state:PRT", "conflict", "invasion")),
    ("sanctions from on", "Oslo backed sanctions from Spain on Portugal.",
     ("state:ESP", "state:PRT", "sanctions", "sanctions")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", RELATION_CASES, ids=[c[0] for c in RELATION_CASES])
def test_relation_forms(spacy_model, name: str, text: str, expected: tuple) -> None:
    doc = annotate(spacy_model, text)
    rels = find_relations(doc)
    got = [(r.a, r.b, r.kind, r.label) for r in rels]
    a, b, kind, label = expected
    assert any({x, y} == {a, b} and k == kind and lab == label for x, y, k, lab in got), got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain refused to join sanctions on Portugal.",  # who imposes them is not said
    "Norway is not an ally of Spain.",
    "Her voice sounded strained at the meeting with Berg.",
])
def test_no_relation(spacy_model, text: str) -> None:
    assert find_relations(annotate(spacy_model, text)) == []


@pytest.mark.model
def test_relation_speaker_and_one_per_pair(spacy_model) -> None:
    doc = annotate(spacy_model, "“Spain is our closest ally,” Tomas Berg said. Norway remains an ally of Spain.")
    find_quotes(doc)
    rels = find_relations(doc)
    assert len(rels) == 1
    assert rels[0].speaker == "person:tomas-berg" and rels[0].kind == "alliance"


# The speaker's frame, apposition, "since" and the constructions that state no relation
# (issue 14 item 4). Our own sentences; the actors are tagged as the actors component would.
FRAME_ACTORS = {**{k: v for k, v in __import__("test_quotes").ACTORS.items()},
                "Labour Party": ("org:labour-esp", "organization", "ESP"),
                "Erik Dahl": ("person:erik-dahl", "person", ""),  # a person of no known country
                "Spanish": ("state:ESP", "state", "ESP"),
                "Acme Steel": ("org:acme-steel", "organization", ""),
                "Fjord Motors": ("org:fjord-motors", "organization", "NOR"),
                "NATO": ("org:nato", "organization", ""),
                "Atlantic Front": ("org:atlantic-front", "organization", ""),
                "Norwegian": ("state:NOR", "state", "NOR")}


def _pairs(spacy_model, text: str, published: str | None = None) -> set[tuple[frozenset[str], str, str | None]]:
    doc = annotate(spacy_model, text, FRAME_ACTORS)
    doc._.published = published
    find_quotes(doc)
    return {(frozenset({r.a, r.b}), r.kind, r.since) for r in find_relations(doc)}


FRAME_CASES = [
    ("rivals such as: the subject's state to each (a state's rivals are its own)",
     "Tomas Berg vowed to confront rivals such as Spain and Portugal.",
     {(frozenset({"state:NOR", "state:ESP"}), "rivalry", None),
      (frozenset({"state:NOR", "state:PRT"}), "rivalry", None)}),
    ("allies like, the clause's subject a person of a known state: that state's allies",
     "Tomas Berg urged allies like Spain and Portugal to pay more.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None),
      (frozenset({"state:NOR", "state:PRT"}), "alliance", None)}),
    ("a rival as the title of a state, held by the clause's subject: the subject's state",
     "Tomas Berg struggled to sell talks with arch-rival Spain at home.",
     {(frozenset({"state:NOR", "state:ESP"}), "rivalry", None)}),
    ("allies like, the subject a person of no known state: the person",
     "Erik Dahl urged allies like Spain and Portugal to pay more.",
     {(frozenset({"person:erik-dahl", "state:ESP"}), "alliance", None),
      (frozenset({"person:erik-dahl", "state:PRT"}), "alliance", None)}),
    ("allies like: the speaker's side to each",
     "“We will always stand by allies like Spain and Portugal,” Tomas Berg said.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None),
      (frozenset({"state:NOR", "state:PRT"}), "alliance", None)}),
    ("apposition with a possessive", "Lopez criticised Norway, Spain’s only major ally, on Monday.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None)}),
    ("since a year", "Norway has been a close ally of Spain since 2013.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", "2013")}),
    ("for N years, counted back from the document", "Tomas Berg, a friend of Maria Lopez for 30 years, spoke first.",
     {(frozenset({"person:tomas-berg", "person:maria-lopez"}), "friendship", "1990")}),
    ("sanctions placed on X by Y", "The tough sanctions placed on Portugal by Spain hurt its farmers.",
     {(frozenset({"state:ESP", "state:PRT"}), "sanctions", None)}),
    ("allied with", "Portugal, allied with Spain for decades, protested.",
     {(frozenset({"state:PRT", "state:ESP"}), "alliance", None)}),
    ("called X an enemy", "On Friday, Tomas Berg called Maria Lopez an ‘enemy’ of the people.",
     {(frozenset({"person:tomas-berg", "person:maria-lopez"}), "rivalry", None)}),
    ("considers X a friend", "Spain considers Portugal a friend.",
     {(frozenset({"state:ESP", "state:PRT"}), "friendship", None)}),
    ("our alliance with: the speaker's side to each partner",
     "Tomas Berg said: “We are focused on modernizing our alliance with both Spain and Portugal.”",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None),
      (frozenset({"state:NOR", "state:PRT"}), "alliance", None)}),
    ("apposition with the possessive parsed apart", "Lopez urged Norway, Spain’s only major ally, to do more.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None)}),
    ("maintains a partnership with", "Norway maintains a strategic partnership with Portugal.",
     {(frozenset({"state:NOR", "state:PRT"}), "partnership", None)}),
    ("an apposition hung on the subject describes the phrase before its comma",
     "Tomas Berg is relying on Spain and Norway, Portugal's two biggest rivals, to act.",
     {(frozenset({"state:ESP", "state:PRT"}), "rivalry", None),
      (frozenset({"state:NOR", "state:PRT"}), "rivalry", None)}),
    ("by far the closest ally of: the phrase before the comma, a post standing for its state",
     "Maria Lopez was rude to the President of Spain, by far the most important ally of Portugal.",
     {(frozenset({"state:ESP", "state:PRT"}), "alliance", None)}),
    ("allies like, in the speaker's reported words: the speaker's side",
     "Tomas Berg says he is encouraged by the role of allies like Spain and Portugal.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None),
      (frozenset({"state:NOR", "state:PRT"}), "alliance", None)}),
    ("their relationship: the coordinated subject",
     "When Spain and Portugal met, they agreed to upgrade their relationship to a strategic partnership.",
     {(frozenset({"state:ESP", "state:PRT"}), "partnership", None)}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_relation_frames(spacy_model, name: str, text: str, expected: set) -> None:
    assert _pairs(spacy_model, text, "2020-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lopez urged Norway to ease tensions with Spain.",  # a tension to lower, nobody's rivalry
    "The rival Labour Party picked up nine seats in Spain.",  # a domestic rival, no second party
    "Tomas Berg, a managing partner at a law firm in Oslo, met Maria Lopez.",  # a post, not a tie
    "Troops from Norway came under enemy fire near Portugal.",  # "enemy" describes the fire
    "Tomas Berg, the managing partner of Spain's biggest law firm, spoke.",  # a post, not a tie
    "Spain met Portugal on Monday and Norway praised the allies.",  # co-mention is no relation
    "Spain and Portugal are among our strongest allies.",  # a third party's allies, not each other's
    "Lopez named two officials who are allied with Tomas Berg.",  # the officials are, not Lopez
    "Lopez said regional allies of Spain and Portugal now need to act.",  # the allies of both, not each other
    "“They will try hitting advanced rivals like Spain,” Tomas Berg wrote.",  # their rivals, not the writer's
    "Norway cheered Spain’s enemies after the vote.",  # cheering them makes nobody their enemy
    "Portugal is unlikely to be a close friend to Spain.",  # a doubt, not a tie
    "If Spain intends to start a war with Portugal, it will say so.",  # a condition, not a war
    "Spain and Portugal are no longer enemies.",  # negated
    "Some argue that Spain would be willing to launch a war against Portugal.",  # a possibility
    "Lopez praised the alliance including Spain and Portugal.",  # an alliance's members
    "Spain sought to forge a new defence partnership with Portugal.",  # a plan, not a tie
    "In May, Spain and Portugal signed the Atlantic Partnership.",  # a treaty's name
    "Spain and Portugal call for calm\n\nThe heightened tensions have worried Lopez.",  # a headline glued on
    "Lopez called for new Spanish sanctions on Portugal.",  # a demand, not sanctions imposed
    "Norway threatened tough Spanish sanctions against Portugal.",  # a threat
    "Lopez warned of the risk of Spain's war with Portugal.",  # a fear
    "Norway worked to avert Spain's war with Portugal.",  # averted
    "Tomas Berg vowed to launch a war on Portugal.",  # a vow, not a war
    "Lopez warned of the threat of Spanish sanctions against Portugal.",  # a threat (a noun)
    "Norway would welcome an opportunity to partner with Spain against the rebels.",  # a wish
    "“We must protect our key allies such as Spain,” Erik Dahl said.",  # his state's allies, state unknown
    "“Some Halvorsen allies, including Maria Lopez, attacked the plan,” Tomas Berg said.",  # Halvorsen's, not Berg's
    "Norway praised Spain's local allies against Portugal.",  # a common enemy, not an ally
    "Spain hosted the Portugal-led NATO alliance in May.",  # the alliance itself and its leader
    "Spain worked with an alliance of Norwegian-backed militias known as the Atlantic Front.",  # a backer
    "Norway and Spain reached a consensus about imposing sanctions on Portugal.",  # talk of an act
    "Norway barred Halvorsen rival Acme Steel from its market.",  # Halvorsen's rival, not Norway's
    "Norway praised NATO allies such as Spain and Portugal.",  # members of a group, not its allies
    "Drone makers face growing competition from Spanish and Norwegian rivals.",  # rivals' nationalities
    "Norway's protracted wars in Spain and Portugal have ended.",  # where the wars were fought
    "Critics attacked Tomas Berg's supposed friendship with Maria Lopez.",  # a doubt
    "The two leaders discussed how Spain and Portugal can work together to de-escalate tensions.",  # lowered
    'Norway convened the first "Friends of Spain" conference in Oslo.',  # a forum's name
    "Opposing the Norway War while campaigning for president, she subsequently became a close political ally "
    "of Maria Lopez.",  # a clausal subject holds no tie (and "she" is not resolved here)
    "Possible Spanish sanctions against Portugal worried its farmers.",  # a prospect, not sanctions in force
    "Spain's potential war with Portugal worried Norway.",  # a prospect
    "Spain criticised NATO ally Portugal on Monday.",  # a member of NATO, not a tie with it
    "European allies such as Spain and Portugal have criticised Maria Lopez, Tomas Berg said.",  # nobody's allies
    # a possessor that names no actor holds the tie, not the clause's subject
    "Tomas Berg urged the country's longtime ally Spain to intervene.",
    "Tomas Berg also scolded the regime's closest ally, Spain, saying it could do more.",
])
def test_frame_states_no_relation(spacy_model, text: str) -> None:
    assert _pairs(spacy_model, text) == set()


def test_a_tie_that_has_ended_is_no_relation() -> None:
    from diplograph.nlp.relations import Statement, is_past
    from docs import parse

    # "Albania, a former Russian ally" / "Albania, a Russian ally" / "Albania, a one-time ally"
    def statement(words: list[tuple]) -> Statement:
        doc = parse(words)
        return Statement(doc=doc, span=doc[len(words) - 1:len(words)], kind="alliance", anchor=doc[len(words) - 1],
                         speaker=None)

    former = [("a", "a", "DET", "det", 3), ("former", "former", "ADJ", "amod", 3),
              ("Russian", "russian", "ADJ", "amod", 3), ("ally", "ally", "NOUN", "ROOT", 3)]
    assert is_past(statement(former))
    assert not is_past(statement([("a", "a", "DET", "det", 2), ("Russian", "russian", "ADJ", "amod", 2),
                                  ("ally", "ally", "NOUN", "ROOT", 2)]))
    one_time = [("a", "a", "DET", "det", 4), ("one", "one", "NUM", "amod", 4), ("-", "-", "PUNCT", "punct", 4),
                ("time", "time", "NOUN", "amod", 4), ("ally", "ally", "NOUN", "ROOT", 4)]
    assert is_past(statement(one_time))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Lopez recalled Spain's 2003 invasion of Portugal.", set()),  # a war of an earlier year
    ("Lopez recalled the Spanish invasion of Portugal in 2003.", set()),  # dated by a phrase of the act
    ("Lopez recalled the Spanish invasion of Portugal in 2015.",  # two years back: a conflict still
     {(frozenset({"state:ESP", "state:PRT"}), "conflict", None)}),
    ("Lopez recalled Spain's 2014 invasion of Portugal.",  # three years back: a conflict still
     {(frozenset({"state:ESP", "state:PRT"}), "conflict", None)}),
    ("Portugal was a close ally of Spain until 1979.", set()),  # a tie that lasted until then
    ("The 2019 sanctions placed on Portugal by Spain hurt its farmers.",
     {(frozenset({"state:ESP", "state:PRT"}), "sanctions", None)}),  # sanctions of an earlier year stay in force
    ("Norway has been a close ally of Spain since 2013.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", "2013")}),
])
def test_dated_past_ties(spacy_model, text: str, expected: set) -> None:
    assert _pairs(spacy_model, text, "2017-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Spain's trade war with Portugal hurt farmers.", {(frozenset({"state:ESP", "state:PRT"}), "rivalry", None)}),
    ("Spain and Portugal are locked in a bitter trade war.",
     {(frozenset({"state:ESP", "state:PRT"}), "rivalry", None)}),
    ("Fjord Motors abandoned its bid for Spanish rival Acme Steel.",  # the bidder's rival; "Spanish" its nationality
     {(frozenset({"org:fjord-motors", "org:acme-steel"}), "rivalry", None)}),
    ("Portugal criticised Spanish ally Norway.", {(frozenset({"state:ESP", "state:NOR"}), "alliance", None)}),
    ("Even Spain has been forced to ally with Portugal.", {(frozenset({"state:ESP", "state:PRT"}), "alliance", None)}),
    ("Norway is threatened by Spain's aggression against Portugal.",
     {(frozenset({"state:ESP", "state:PRT"}), "conflict", None)}),
    ("Norway's war against Spain is in its second year.", {(frozenset({"state:NOR", "state:ESP"}), "conflict", None)}),
    ("Spain's long rivalry against Portugal is well known.",
     {(frozenset({"state:ESP", "state:PRT"}), "rivalry", None)}),
    ("Lopez pushed Norway to toughen Spanish sanctions on Portugal.",  # toughened: in force, not a demand
     {(frozenset({"state:ESP", "state:PRT"}), "sanctions", None)}),
    ("“We must protect our key allies such as Spain,” Tomas Berg said.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None)}),
    # a body of a known state speaks for its state: "our ally" of a lobby is its country's ally
    ("“Every deputy should visit our democratic ally Spain,” Fjord Motors said.",
     {(frozenset({"state:NOR", "state:ESP"}), "alliance", None)}),
])
def test_figurative_war_and_holders(spacy_model, text: str, expected: set) -> None:
    """A figurative war is a rivalry; a nationality adjective holds a state's or a person's title;
    a speaker of a known country speaks for its state in "our allies"."""
    assert _pairs(spacy_model, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "“Nothing is settled until my friend Tomas Berg and I meet,” Maria Lopez said.",
    "“My warm friendship with Tomas Berg matters a great deal,” Maria Lopez said.",
])
def test_my_is_the_speaker_in_person(spacy_model, text: str) -> None:
    """"my friend X", said by a person, is that person's own tie, not the state's ("our" is the state's)."""
    assert _pairs(spacy_model, text) == {(frozenset({"person:maria-lopez", "person:tomas-berg"}), "friendship", None)}


@pytest.mark.model
def test_label_stops_at_a_line_break(spacy_model) -> None:
    """A dateline the parser hangs on the relation noun is not part of its label."""
    doc = annotate(spacy_model, "2019-08-30\n\nThe trade war between Spain and Portugal hurt farmers.", FRAME_ACTORS)
    find_quotes(doc)
    assert [r.label for r in find_relations(doc)] == ["trade war"]


def test_title_parsed_as_an_adjective() -> None:
    """"bid for Spanish rival Acme" with "rival" parsed as an adjective of the name: a title as with a
    compound; "Spanish" is the company's nationality, so the bidder (the clause's subject) holds it."""
    from diplograph.model import Actor
    from diplograph.nlp.relations import Statement, _anchor, title_pair
    from docs import parse

    rows = [("Fjord", "Fjord", "PROPN", "nsubj", 1), ("abandoned", "abandon", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3), ("bid", "bid", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 3),
            ("Spanish", "spanish", "ADJ", "amod", 6), ("rival", "rival", "NOUN", "amod", 7),
            ("Acme", "Acme", "PROPN", "pobj", 4)]
    known = {"org:fjord": Actor(id="org:fjord", name="Fjord", kind="organization", country="NOR"),
             "state:ESP": Actor(id="state:ESP", name="Spain", kind="state", country="ESP"),
             "org:acme": Actor(id="org:acme", name="Acme", kind="organization", country=None)}
    doc = parse(rows, {0: "org:fjord", 5: "state:ESP", 7: "org:acme"}, known)
    anchor = _anchor(doc[6])
    assert anchor.i == 6
    st = Statement(doc=doc, span=doc[6:7], kind="rivalry", anchor=anchor, speaker=None)
    assert title_pair(st) == [("org:fjord", "org:acme")]

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

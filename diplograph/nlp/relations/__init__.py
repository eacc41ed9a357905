"""Relations: statements of how two actors stand to each other ("Russia's No. 1 ally", "an
all-weather comprehensive strategic partnership", "ties are strained"), typed by ``kb/relations.tsv``.

``statement`` holds one relation word in its sentence and the parties its phrases name;
``pair_rules`` relate the two parties a sentence relates through the parse (``PAIR_RULES``, in
order); ``no_relation`` says when a relation word states no tie (``NO_RELATION``); ``labels`` the
kind a word states, its label, its noun and the date a relation began; ``component`` matches the
table and codes a document (``diplograph_relations``).
"""

from .component import RelationMatcher, RelationsComponent, build_matcher, find_relations, make_relations
from .labels import _anchor as _anchor
from .labels import stated_kind
from .no_relation import NO_RELATION, is_dated_past, is_hedged, is_past, is_unrealised
from .pair_rules import PAIR_RULES, title_pair
from .statement import Pair, Statement, relation_rows

__all__ = ["NO_RELATION", "PAIR_RULES", "Pair", "RelationMatcher", "RelationsComponent", "Statement", "build_matcher",
           "find_relations", "is_dated_past", "is_hedged", "is_past", "is_unrealised", "make_relations",
           "relation_rows", "stated_kind", "title_pair"]

"""Answers: the questions an analyst asks of the store, as plain functions over a ``Store``.

Each returns a dataclass whose ``to_dict()`` is the JSON the CLI (``--json``) and the HTTP API
give. Unknown actors and malformed questions raise ``QueryError``.
"""

from .alignment import Alignment, alignment
from .dyads import Dyad, dyad
from .graph import Graph, graph
from .profiles import ActorProfile, actor_profile
from .search import SearchResult, search
from .sources import SourcesReport, sources

__all__ = [
    "ActorProfile", "Alignment", "Dyad", "Graph", "SearchResult", "SourcesReport",
    "actor_profile", "alignment", "dyad", "graph", "search", "sources",
]

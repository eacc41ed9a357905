"""Answers: the questions an analyst asks of the store, as plain functions over a ``Store``.
``diplograph.api.Corpus`` is their front door (the CLI and the web routes call it, not these).

Each returns a dataclass whose ``to_dict()`` is the JSON the CLI (``--json``) and the HTTP API
give. Unknown actors and malformed questions raise ``QueryError``.
"""

from .alignment import Alignment, alignment
from .catalog import Page, actors_page, documents_page
from .dyads import Dyad, dyad
from .graph import Graph, graph
from .profiles import ActorProfile, actor_profile
from .search import SearchResult, search
from .sources import SourcesReport, sources

__all__ = [
    "ActorProfile", "Alignment", "Dyad", "Graph", "Page", "SearchResult", "SourcesReport",
    "actor_profile", "actors_page", "alignment", "documents_page", "dyad", "graph", "search", "sources",
]

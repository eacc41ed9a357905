"""diplograph: an evidence-linked model of international politics, read from the news.

The public API:

- ``diplograph.extract(paths)`` -> Extraction records, nothing stored
- ``diplograph.open(db)`` -> ``Corpus``: ``ingest``, ``export``, ``stats`` and every answer
  (``profile``, ``dyad``, ``alignment``, ``search``, ``sources``, ``graph``, ``actors``, ``documents``)
- the records in ``diplograph.model`` and the errors in ``diplograph.errors``
"""

from .api import Corpus, IngestReport, extract, open
from .errors import (
    DiplographError,
    ExtractionError,
    IngestError,
    OutputError,
    QueryError,
    StoreBusy,
    StoreConflict,
    StoreError,
)
from .model import Actor, Claim, Document, Event, Extraction, Quote, Relation, Role, TimeExpr

__all__ = [
    "Actor", "Claim", "Corpus", "DiplographError", "Document", "Event", "Extraction", "ExtractionError",
    "IngestError", "IngestReport", "OutputError", "QueryError", "Quote", "Relation", "Role", "StoreBusy",
    "StoreConflict", "StoreError", "TimeExpr",
    "extract", "open",
]
__version__ = "0.1.0"

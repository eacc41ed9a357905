"""The one exception tree that library code raises and the edges (CLI, HTTP) translate.

    DiplographError
    ├── IngestError       a file or item could not be read (names the path and the reason)
    ├── ExtractionError   the NLP pipeline failed on a document or could not be loaded
    ├── StoreError        the database could not be opened, migrated or written
    └── QueryError        a question asked of the store is malformed (unknown actor, bad argument)
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class IngestError(DiplographError):
    """An input could not be read; ``path`` names it and ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(DiplographError):
    """The NLP pipeline could not be built or failed on a document."""


class StoreError(DiplographError):
    """The store could not be opened, migrated, read or written."""


class QueryError(DiplographError):
    """A question asked of the store cannot be answered as asked."""

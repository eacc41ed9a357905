"""The one exception tree that library code raises and the edges (CLI, HTTP) translate.

    DiplographError
    ├── IngestError       a file or item could not be read (names the path and the reason)
    ├── ExtractionError   the NLP pipeline failed on a document or could not be loaded
    ├── StoreError        the database could not be opened, migrated, read or written
    │   ├── StoreConflict a write met a unique key already taken (a concurrent writer won)
    │   └── StoreBusy     another process holds the lock the statement needs
    ├── QueryError        a question asked of the store is malformed (unknown actor, bad argument)
    └── OutputError       an export's file or folder cannot be written (exists, missing folder)
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


class StoreConflict(StoreError):
    """A write met a unique key already taken (as when a concurrent ingest stored it first)."""


class StoreBusy(StoreError):
    """Another process holds the lock a statement needs (SQLite's "database is locked")."""


class QueryError(DiplographError):
    """A question asked of the store cannot be answered as asked."""


class OutputError(DiplographError):
    """An export's output cannot be written where it was asked to go."""

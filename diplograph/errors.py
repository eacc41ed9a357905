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

import re

# Characters a terminal acts on or that hide what a line says: C0/C1 controls (ANSI escape
# sequences start with ESC), DEL, bidirectional overrides, line separators, lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``), so a
    message that echoes a file name, an id or a URL cannot drive the terminal it is shown on."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class IngestError(DiplographError):
    """An input could not be read; ``path`` names it and ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        path, reason = printable(path), printable(reason)  # both may echo the input
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

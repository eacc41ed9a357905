"""Schema versions and the steps between them.

A new store is created at ``SCHEMA_VERSION`` in one step; an older store is brought up by
running each later migration in order, inside one transaction per step. The SQLite
full-text index (FTS5 over ``sentences.text``) is created here because SQLAlchemy's
``MetaData`` cannot describe virtual tables.

Version 2 added the ``side_pairs``, ``side_events`` and ``quote_actors`` aggregates and, on
PostgreSQL, a stored ``tsvector`` column for full-text search (``_to_v2``). ``side_events`` came
before any release, after the others: a development store of version 2 without it gets it when
opened (``_complete_v2``), as does one without the indexes of ``schema.LATE_V2_INDEXES``.

Version 1 grew, before any release, the aggregate tables, ``events.eff_date`` and wider
indexes; a development store written before that is completed in place when opened
(``_complete_v1``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.schema import CreateIndex

from ..errors import StoreError
from .records import (
    fill_effective_dates,
    rebuild_aggregates,
    rebuild_quote_actors,
    rebuild_side_events,
    rebuild_side_pairs,
)
from .schema import (
    LATE_V2_INDEXES,
    SCHEMA_VERSION,
    event_pairs,
    metadata,
    quote_actors,
    schema_info,
    side_events,
    side_pairs,
)

# indexes version 1 first had under these names, now wider (recreated by _complete_v1)
WIDENED_INDEXES = ("ix_events_source", "ix_events_target", "ix_mentions_actor", "ix_quotes_speaker")

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
    "text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES('delete', old.id, old.text); END",
]

# A stored tsvector: ranking reads it instead of parsing each matching sentence again.
POSTGRES_FTS = [
    "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_sentences_tsv ON sentences USING GIN (tsv)",
]
# PostgreSQL keeps a table apart from its primary key's index: these cover the by-key reads
# of the aggregates (index-only scans), as SQLite's WITHOUT ROWID tables do by themselves.
POSTGRES_COVERING = [
    "CREATE INDEX IF NOT EXISTS ix_event_pairs_source ON event_pairs "
    "(source, target, type, negated, hypothetical) INCLUDE (n, sample)",
    "CREATE INDEX IF NOT EXISTS ix_event_months_source ON event_months "
    "(source, target, type, negated, hypothetical, month) INCLUDE (n)",
    "CREATE INDEX IF NOT EXISTS ix_side_pairs_source ON side_pairs "
    "(source, target, type, negated, hypothetical) INCLUDE (n, sample)",
]


def _create(conn: Connection) -> None:
    metadata.create_all(conn)
    for stmt in SQLITE_FTS if conn.dialect.name == "sqlite" else POSTGRES_FTS + POSTGRES_COVERING:
        conn.execute(text(stmt))


def _to_v2(conn: Connection) -> None:
    """Version 2: the ``side_pairs`` and ``quote_actors`` aggregates, filled from the records;
    on PostgreSQL a stored ``tsv`` column with its GIN index instead of an index on an expression."""
    metadata.create_all(conn, tables=[side_pairs, quote_actors, side_events])
    rebuild_side_pairs(conn)
    rebuild_side_events(conn)
    rebuild_quote_actors(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text("DROP INDEX IF EXISTS ix_sentences_fts"))
        for stmt in POSTGRES_FTS + POSTGRES_COVERING:
            conn.execute(text(stmt))
        conn.execute(text("ANALYZE sentences"))  # the planner's statistics of the new column


# version reached -> the step that reaches it from the version before
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _create, 2: _to_v2}


def _complete_v1(conn: Connection) -> None:
    """Bring a version-1 store written before the aggregates up to today's version 1."""
    if conn.dialect.has_table(conn, event_pairs.name):
        return
    if "eff_date" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN eff_date TEXT"))
        fill_effective_dates(conn)
    for name in WIDENED_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    metadata.create_all(conn)  # the new tables, with their indexes
    for table in metadata.sorted_tables:
        for index in table.indexes:
            conn.execute(CreateIndex(index, if_not_exists=True))
    if conn.dialect.name == "postgresql":
        for stmt in POSTGRES_COVERING:
            conn.execute(text(stmt))
    rebuild_aggregates(conn)


def _complete_v2(conn: Connection) -> None:
    """Add ``side_events`` and the late indexes to a version-2 store written before they existed."""
    if not conn.dialect.has_table(conn, side_events.name):
        metadata.create_all(conn, tables=[side_events])
        rebuild_side_events(conn)
    for index in LATE_V2_INDEXES:  # looked up first: CREATE INDEX IF NOT EXISTS locks the table
        table = index.table
        if table is not None and index.name and not conn.dialect.has_index(conn, table.name, index.name):
            conn.execute(CreateIndex(index, if_not_exists=True))


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_info"):
        return 0
    row = conn.execute(select(schema_info.c.value).where(schema_info.c.key == "version")).first()
    return int(row[0]) if row else 0


def migrate(conn: Connection) -> int:
    """Bring the store to ``SCHEMA_VERSION``; returns the version it was at."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {found}, newer than this diplograph ({SCHEMA_VERSION})")
    if found == 0:
        _create(conn)
    else:
        if found == 1:
            _complete_v1(conn)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
        if found == 2:
            _complete_v2(conn)
    if found != SCHEMA_VERSION:
        conn.execute(schema_info.delete().where(schema_info.c.key == "version"))
        conn.execute(schema_info.insert().values(key="version", value=str(SCHEMA_VERSION)))
    return found

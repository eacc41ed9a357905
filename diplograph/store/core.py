"""The store: one API over SQLite (embedded default) and PostgreSQL.

Every document is written in one transaction with all its records, so an ingest that is
killed halfway leaves either the whole document or nothing. The content hash
(``documents.doc_id``) is unique, so a document is stored once however often it is ingested.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, case, create_engine, event, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from ..config import store_url
from ..errors import StoreBusy, StoreConflict, StoreError
from ..model import Actor, Event, Extraction
from . import schema as S
from .guard import first_line, guard
from .migrations import migrate
from .records import (
    SIDE_KINDS,
    aggregate_rows,
    extraction_rows,
    principal_id,
    read_extraction,
    rebuild_aggregates,
    side_event_rows,
    side_pair_rows,
)

# the columns of an aggregate table that a write adds to (the others are its key)
COUNT_COLUMNS = ("n", "documents", "mentions")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: the statements below may have to wait
    # WAL lets the web server read while an ingest writes; NORMAL sync is safe under WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Reads of a large store: map up to 1 GiB of the file instead of copying pages through
    # read(), and keep 64 MiB of pages per connection (the default, 2 MiB, holds too little of
    # the events indexes for a busy actor's questions); sorts stay in memory.
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _sqlite_path(db: str, url: str, *, create: bool) -> Path:
    """The file of a SQLite store, checked before SQLite sees it: SQLite would create a missing
    file (a mistyped ``--db`` became an empty store) and a journal beside a device (``/dev/null``
    got ``/dev/null-journal``)."""
    path = Path(url.removeprefix("sqlite:///"))
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "not a regular file"
        raise StoreError(f"{path}: {kind}, not a store (a store is a SQLite file)")
    if not path.exists():
        if path.parent and not path.parent.exists():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        if not create:
            raise StoreError(f"no store at {db} (ingest articles into it first)")
    return path


def make_engine(db: str, *, create: bool = True) -> Engine:
    """The engine of the store ``db``, every failure of which raises a ``StoreError`` (``guard``).
    ``create=False``: a SQLite file that does not exist is an error, not a new store."""
    url = store_url(db)
    try:
        if url.startswith("sqlite"):
            if url == "sqlite://":
                engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
            else:
                _sqlite_path(db, url, create=create)
                engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            # A document's rows as one multi-row INSERT per table instead of a statement per row
            # (psycopg's executemany): Store.write of a 10-event document 67 -> 36 ms at 1M events.
            # Every statement Store.write sends has distinct keys per row, as ON CONFLICT DO UPDATE
            # requires within one statement (aggregate_rows sums each key once).
            engine.dialect.use_insertmanyvalues_wo_returning = True
    except (ArgumentError, ImportError, ValueError) as exc:  # a URL SQLAlchemy cannot use
        raise StoreError(f"cannot open the store {db!r}: {first_line(exc)}") from exc
    guard(engine)
    return engine


_SCHEMA_LOCK = 0x6469706C  # an arbitrary advisory-lock key for schema changes ("dipl")


class Store:
    """A diplograph database. Open with ``Store(db)`` (a path, ``:memory:`` or a URL); with
    ``create=False`` a SQLite file that does not exist is a ``StoreError``, not a new store.

    Every database failure, of these methods or of a connection they hand out, raises a
    ``StoreError`` with a one-line message (``guard.py``)."""

    def __init__(self, db: str, *, create: bool = True) -> None:
        self.db = db
        self.engine = make_engine(db, create=create)
        self._open_schema()

    def _open_schema(self, patience: float = 60.0) -> None:
        """Create or migrate the schema, taking turns with other processes. SQLite may refuse a
        lock at once (rather than wait) when waiting could deadlock, as when a new file switches
        to WAL while another opener writes: such a refusal is retried until ``patience`` runs out."""
        deadline = time.monotonic() + patience
        delay = 0.05
        while True:
            try:
                with self.engine.connect() as conn:
                    self._lock_schema(conn)
                    migrate(conn)
                    conn.commit()
                return
            except StoreBusy:
                if time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    @staticmethod
    def _lock_schema(conn: Connection) -> None:
        """Make concurrent openers of a new store take turns: the first creates the schema,
        the others wait for it and then find it current. (SQLite's driver would otherwise
        run CREATE TABLE outside any transaction, so two ingests racing on a new file both
        tried to create it.)"""
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------
    def _insert_ignore(self, table: S.Table) -> Any:
        ins = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        return ins(table).on_conflict_do_nothing()

    def _upsert_add(self, table: S.Table) -> Any:
        """INSERT, or add the counts to the existing row (``ON CONFLICT DO UPDATE``): safe with
        concurrent writers, who serialise on the row instead of overwriting each other."""
        ins = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)
        new = ins.excluded
        set_: dict[str, Any] = {c: table.c[c] + new[c] for c in COUNT_COLUMNS if c in table.c}
        if "sample" in table.c:
            set_["sample"] = case((new.sample < table.c.sample, new.sample), else_=table.c.sample)
        return ins.on_conflict_do_update(index_elements=[c.name for c in table.primary_key.columns], set_=set_)

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(S.documents.c.seq).where(S.documents.c.doc_id == doc_id)).first() is not None

    def known_doc_ids(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(doc_ids)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                query = select(S.documents.c.doc_id).where(S.documents.c.doc_id.in_(chunk))
                found.update(r[0] for r in conn.execute(query))
        return found

    def write(self, extraction: Extraction) -> bool:
        """Store one document, its records and their aggregate counts in one transaction.
        False if already stored (then nothing is written, so nothing is counted twice)."""
        rows = extraction_rows(extraction)
        aggregates = aggregate_rows(rows)
        rows["documents"][0]["ingested_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                # the unique doc_id decides: a stored document (or one a concurrent write is
                # storing: PostgreSQL waits for it) inserts nothing and is not written again
                stored = conn.execute(self._insert_ignore(S.documents).returning(S.documents.c.seq),
                                      rows.pop("documents")).first()
                if stored is None:
                    return False
                parties = {x for e in rows["events"] for x in (e["source"], e["target"]) if x}
                principals = self._write_actors(conn, rows.pop("actors"), parties)
                for name, table_rows in rows.items():
                    if table_rows:
                        table = S.metadata.tables[name]
                        stmt = self._insert_ignore(table) if name == "aliases" else table.insert()
                        conn.execute(stmt, table_rows)
                aggregates["side_pairs"] = side_pair_rows(rows["events"], principals)
                aggregates["side_events"] = side_event_rows(rows["events"], principals)
                for name, table_rows in aggregates.items():
                    if table_rows:
                        conn.execute(self._add_to(S.metadata.tables[name]), table_rows)
            return True
        except StoreConflict as exc:
            # A concurrent ingest stored the same document first: nothing lost, nothing doubled.
            if self.has_document(extraction.document.doc_id):
                return False
            raise StoreError(f"{extraction.document.path}: could not be stored ({exc})") from None
        except StoreError as exc:
            raise StoreError(f"{extraction.document.path}: could not be stored ({exc})") from exc

    def _add_to(self, table: S.Table) -> Any:
        """The statement adding a document's rows to an aggregate table (counts add up; rows
        without counts are inserted once)."""
        if any(c in table.c for c in COUNT_COLUMNS):
            return self._upsert_add(table)
        return self._insert_ignore(table)

    def _write_actors(self, conn: Connection, actor_rows: list[dict[str, Any]], parties: set[str]) -> dict[str, str]:
        """Insert the new actors, give a country to stored ones first seen without one, and return
        the principal (``records.principal_id``) of every stored actor among them and ``parties``."""
        if actor_rows:
            conn.execute(self._insert_ignore(S.actors), actor_rows)
        stored = self._stored_actors(conn, parties | {r["id"] for r in actor_rows})
        # an actor first seen without a country gets one when a later document knows it
        for row in actor_rows:
            kind, country = stored.get(row["id"], (None, None))
            if kind is None or country is not None or not row["country"]:
                continue
            conn.execute(S.actors.update().where(S.actors.c.id == row["id"], S.actors.c.country.is_(None))
                         .values(country=row["country"]))
            stored[row["id"]] = (kind, row["country"])
            if kind in SIDE_KINDS:  # now counted under its state
                self._move_principal(conn, row["id"], principal_id(row["id"], kind, row["country"]))
        return {i: principal_id(i, kind, country) for i, (kind, country) in stored.items()}

    def _stored_actors(self, conn: Connection, ids: set[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (kind, country) of the stored actors among ``ids``, in one query (a few for many ids).
        On PostgreSQL the persons and organisations without a country are then locked, in id order,
        and read again: a concurrent write that gives one a country (and moves its ``side_pairs``
        rows) waits for this one, or this one for it and then sees the country. The others' principal
        never changes (a country, once set, stays), so they are not locked: every document names the
        busiest states, and locking them would make concurrent writers take turns."""
        A, wanted = S.actors, sorted(i for i in ids if i)
        found: dict[str, tuple[str, str | None]] = {}
        for i in range(0, len(wanted), 500):
            q = select(A.c.id, A.c.kind, A.c.country).where(A.c.id.in_(wanted[i:i + 500]))
            found.update((r.id, (r.kind, r.country)) for r in conn.execute(q))
        unplaced = sorted(i for i, (kind, country) in found.items() if kind in SIDE_KINDS and not country)
        if self.dialect == "postgresql" and unplaced:
            q = select(A.c.id, A.c.kind, A.c.country).where(A.c.id.in_(unplaced)).order_by(A.c.id).with_for_update()
            found.update((r.id, (r.kind, r.country)) for r in conn.execute(q))
        return found

    def _move_principal(self, conn: Connection, actor_id: str, new: str) -> None:
        """Move the ``side_pairs`` and ``side_events`` rows counted under ``actor_id`` (its own
        principal while it had no country) to its new principal."""
        P, E, SE = S.side_pairs, S.events, S.side_events
        for col in ("source", "target"):  # its events, found through the events indexes
            conn.execute(SE.update().where(SE.c.id.in_(select(E.c.id).where(E.c[col] == actor_id)))
                         .values({col: new}))
        for col in ("source", "target"):
            rows = [dict(r._mapping) for r in conn.execute(select(P).where(P.c[col] == actor_id))]
            if not rows:
                continue
            conn.execute(P.delete().where(P.c[col] == actor_id))
            moved = sorted(({**r, col: new} for r in rows), key=lambda r: tuple(r[c.name] for c in P.primary_key))
            conn.execute(self._upsert_add(P), moved)

    def rebuild_aggregates(self) -> None:
        """Recompute the aggregate tables from the records (after rows were loaded around ``write``)."""
        with self.engine.begin() as conn:
            rebuild_aggregates(conn)

    # --- reading -------------------------------------------------------------------------
    def document_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(S.documents.c.doc_id).order_by(S.documents.c.seq))]

    def extraction(self, doc_id: str) -> Extraction:
        with self.engine.connect() as conn:
            ex = read_extraction(conn, doc_id)
        if ex is None:
            raise StoreError(f"no document {doc_id!r} in the store")
        return ex

    def iter_extractions(self) -> Iterator[Extraction]:
        for doc_id in self.document_ids():
            yield self.extraction(doc_id)

    def known_actors(self) -> list[Actor]:
        """Every stored actor with its corpus aliases and latest roles (for cross-document identity)."""
        from .records import actors_with_aliases

        with self.engine.connect() as conn:
            return actors_with_aliases(conn)

    def known_events(self, sources: list[str] | None = None, months: tuple[str, str] | None = None,
                     undated: bool = True) -> list[tuple[Event, str | None]]:
        """Stored events (of ``sources`` only, when given; within ``months`` only, when given: see
        ``records.events_with_dates``) with their document's date, in ingest order (for
        cross-document event linking)."""
        from .records import events_with_dates

        with self.engine.connect() as conn:
            return events_with_dates(conn, sources, months, undated)

    def counts(self) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for name in ("documents", "actors", "events", "quotes", "claims", "relations", "times", "mentions"):
                table = S.metadata.tables[name]
                out[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return out

    def connect(self) -> Connection:
        """A read connection for the analysis layer (close it, or use ``with``)."""
        return self.engine.connect()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in one write transaction: committed when the block ends, rolled back
        if it raises."""
        with self.engine.begin() as conn:
            yield conn

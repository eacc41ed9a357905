"""How a database failure becomes a ``StoreError``: in one place, for every statement and
connection of a store's engine (SQLAlchemy's ``handle_error`` event), so no caller catches
``SQLAlchemyError`` itself.

The message is one line naming the store and the database's reason, never the SQL. A SQLite
file that is damaged (or not a database at all) also gets the first line of
``PRAGMA integrity_check``, so the user sees at once that the file, not the question, is at fault.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import IntegrityError, OperationalError

from ..errors import StoreBusy, StoreConflict, StoreError

# SQLite's words for a file it cannot read as a database
DAMAGED_WORDS = ("malformed", "not a database", "file is encrypted", "disk image")


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (drivers append the SQL and a link on later lines)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__


def store_name(engine: Engine) -> str:
    """The store as the user named it: the SQLite path, or the URL without its password."""
    if engine.dialect.name == "sqlite":
        return engine.url.database or ":memory:"
    return engine.url.render_as_string(hide_password=True)


def integrity_check(path: str) -> str:
    """The first line of ``PRAGMA integrity_check`` on the SQLite file at ``path`` (read-only)."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return first_line(exc)
    # the report starts with a "*** in database main ***" heading when it finds faults
    lines = [line for line in str(row[0] if row else "").splitlines() if not line.startswith("***")]
    return lines[0] if lines else "no answer"


def _is_damaged(engine: Engine, reason: str) -> bool:
    return engine.dialect.name == "sqlite" and any(w in reason.lower() for w in DAMAGED_WORDS)


def translate(engine: Engine, exc: BaseException) -> StoreError:
    """The ``StoreError`` for a failure of ``engine``: ``StoreConflict`` for a unique key already
    taken, ``StoreBusy`` for a lock another process holds, a damaged-file message for SQLite's
    corruption errors."""
    name, reason = store_name(engine), first_line(getattr(exc, "orig", None) or exc)
    if isinstance(exc, IntegrityError):
        return StoreConflict(f"{name}: {reason}")
    if isinstance(exc, OperationalError) and "locked" in reason:
        return StoreBusy(f"{name}: {reason}")
    if _is_damaged(engine, reason):
        database = engine.url.database or ""
        check = integrity_check(database) if database else "in memory"
        return StoreError(f"{name}: the store is damaged or not a diplograph store ({reason}); "
                          f"PRAGMA integrity_check: {check}")
    return StoreError(f"{name}: {reason}")


def guard(engine: Engine) -> None:
    """Make every database failure of ``engine`` raise its ``StoreError`` (``translate``)."""

    def _raise_store_error(ctx: ExceptionContext) -> None:
        if ctx.is_pre_ping:  # the pool's liveness probe: the pool reconnects, nothing to report
            return
        if isinstance(ctx.original_exception, Exception):  # not KeyboardInterrupt and the like
            raise translate(engine, ctx.sqlalchemy_exception or ctx.original_exception) from ctx.original_exception

    event.listen(engine, "handle_error", _raise_store_error)

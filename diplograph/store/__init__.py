"""One schema, two backends (SQLite embedded by default, PostgreSQL by URL)."""

from .core import Store

__all__ = ["Store"]

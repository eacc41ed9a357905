"""Exports of the whole store: jsonl (the public contract), csv, parquet, graphml."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..errors import DiplographError
from ..store import Store

FORMATS = ("jsonl", "csv", "parquet", "graphml")


def export(store: Store, fmt: str, out: str | Path | TextIO) -> int:
    """Write ``store`` to ``out`` in ``fmt``; returns the number of documents exported.

    jsonl and graphml write one file (or a text stream); csv and parquet write one file per
    record kind into the folder ``out``."""
    if fmt == "jsonl":
        from .jsonl import write_jsonl

        return write_jsonl(store, out)
    if fmt in ("csv", "parquet"):
        from .tables import write_tables

        if not isinstance(out, str | Path):
            raise DiplographError(f"--format {fmt} writes a folder: give -o FOLDER")
        return write_tables(store, Path(out), fmt)
    if fmt == "graphml":
        from .graphml import write_graphml

        return write_graphml(store, out)
    raise DiplographError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")

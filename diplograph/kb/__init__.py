"""Lexicons as data: packaged TSV/JSON tables with user overrides.

Every table is a UTF-8 TSV file in this folder whose first line names the columns;
lines starting with ``#`` are comments. A user can override or extend a table by
putting a file of the same name in the folder named by ``DIPLOGRAPH_KB_DIR``: its rows
are appended after the packaged rows (and a row whose first column repeats a packaged
key replaces it).
"""

from __future__ import annotations

import csv
import functools
import json
import os
from pathlib import Path
from typing import Any

from ..errors import DiplographError

KB_DIR = Path(__file__).resolve().parent


def _override_dir() -> Path | None:
    d = os.environ.get("DIPLOGRAPH_KB_DIR")
    return Path(d) if d else None


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DiplographError(f"{path}: row {n} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


@functools.cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``kb/NAME.tsv`` (packaged, then the user's override file), as dicts of strings."""
    packaged = KB_DIR / f"{name}.tsv"
    if not packaged.exists():
        raise DiplographError(f"no knowledge-base table named {name!r}")
    rows = _read_tsv(packaged)
    override = _override_dir()
    if override and (override / f"{name}.tsv").exists():
        extra = _read_tsv(override / f"{name}.tsv")
        if extra:
            key = next(iter(extra[0]))
            replaced = {r[key] for r in extra}
            rows = [r for r in rows if r.get(key) not in replaced] + extra
    return tuple(rows)


@functools.cache
def load_json(name: str) -> Any:
    """The parsed ``kb/NAME.json`` (a user file of the same name replaces it)."""
    override = _override_dir()
    path = override / f"{name}.json" if override and (override / f"{name}.json").exists() \
        else KB_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def split_list(cell: str) -> list[str]:
    """Cells holding several values separate them with ``|``."""
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []

"""Helpers for store-level tests: a synthetic corpus written by the test, and a comparable
dump of a SQLite store (every table's rows, sorted, without ingest times and autoincrement
keys, which legitimately differ between two runs)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

COUNTRIES = ["China", "Belarus", "Russia", "France", "Japan", "Brazil", "India", "Turkey", "Egypt", "Mexico"]


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        (folder / f"a{i:03d}.txt").write_text(
            f"2024-0{1 + i % 9}-1{i % 10}\nTalks number {i}\n\n"
            f"The foreign minister of {a} visited {b} on Monday for talks on trade, officials said. "
            f"“We want closer cooperation,” the minister said, adding that trade rose {i + 2} percent last year. "
            f"{b} criticized sanctions imposed on {a} by the European Union.\n", encoding="utf-8")


TABLES = ["documents", "actors", "aliases", "mentions", "roles", "events", "quotes", "claims", "relations",
          "times", "omissions", "sentences"]
VOLATILE = {"ingested_at", "seq"}
AUTOINCREMENT_ID = {"sentences"}  # tables whose `id` is a row number, not a record id


def dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        out = {}
        for t in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")
                    if r[1] not in VOLATILE and not (r[1] == "id" and t in AUTOINCREMENT_ID)]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[t] = sorted(conn.execute(f"SELECT {quoted} FROM {t}").fetchall(), key=repr)
        return out

"""CSV and Parquet: one table per record kind, each row naming its document."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from ..errors import DiplographError
from ..store import Store

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "title", "outlet", "published", "published_inferred"],
    "actors": ["doc_id", "id", "name", "kind", "country", "aliases", "roles", "mentions"],
    "events": ["doc_id", "id", "cluster", "type", "mode", "cameo", "source", "target", "date", "location",
               "negated", "hypothetical", "reported_by", "sentence", "start", "end"],
    "unrealized": ["doc_id", "id", "cluster", "type", "mode", "cameo", "source", "target", "date", "location",
                   "negated", "hypothetical", "reported_by", "sentence", "start", "end"],
    "quotes": ["doc_id", "id", "text", "speaker", "via", "direct", "start", "end"],
    "claims": ["doc_id", "id", "text", "value", "unit", "qualifier", "about", "speaker", "via", "date",
               "start", "end"],
    "relations": ["doc_id", "a", "b", "kind", "label", "since", "speaker", "start", "end"],
    "times": ["doc_id", "text", "value", "start", "end"],
}


def _rows(store: Store) -> tuple[dict[str, list[dict[str, Any]]], int]:
    tables: dict[str, list[dict[str, Any]]] = {k: [] for k in COLUMNS}
    n = 0
    for ex in store.iter_extractions():
        n += 1
        d = ex.to_dict()
        doc_id = d["doc_id"]
        tables["documents"].append({k: d[k] for k in COLUMNS["documents"]})
        for a in d["actors"]:
            tables["actors"].append({
                "doc_id": doc_id, "id": a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
                "aliases": "|".join(a["aliases"]),
                "roles": "|".join(f"{r['title']}@{r['of'] or ''}" for r in a["roles"]),
                "mentions": len(a["mentions"]),
            })
        for kind in ("events", "unrealized", "quotes", "claims", "relations", "times"):
            for rec in d[kind]:
                row = {"doc_id": doc_id, **{k: v for k, v in rec.items() if k != "span"}}
                row["start"], row["end"] = rec["span"]
                tables[kind].append({k: row.get(k) for k in COLUMNS[kind]})
    return tables, n


def write_tables(store: Store, folder: Path, fmt: str) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    tables, n = _rows(store)
    if fmt == "csv":
        for name, rows in tables.items():
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=COLUMNS[name])
                writer.writeheader()
                writer.writerows(rows)
        return n
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise DiplographError("Parquet export needs the optional extra: pip install 'diplograph[parquet]'") from exc
    for name, rows in tables.items():
        columns = {c: [r.get(c) for r in rows] for c in COLUMNS[name]}
        pq.write_table(pa.table(columns), folder / f"{name}.parquet")
    return n

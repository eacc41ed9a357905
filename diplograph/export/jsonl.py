"""JSON Lines: one export object per document (``../shared/spec/export-format.md``)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..model import Extraction
from ..store import Store


def dumps(extraction: Extraction) -> str:
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


@contextlib.contextmanager
def _opened(out: str | Path | TextIO) -> Iterator[TextIO]:
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8") as fh:
            yield fh
    else:
        yield out


def write_jsonl(store: Store, out: str | Path | TextIO) -> int:
    n = 0
    with _opened(out) as fh:
        for ex in store.iter_extractions():
            fh.write(dumps(ex) + "\n")
            n += 1
    return n

"""Reading one file or many: the dispatch from a path to the reader its format needs.

Nothing here raises for bad input: a file that cannot be read, or an item inside a
file that cannot be parsed, becomes an ``IngestError`` value in the stream, so one
bad file in a folder of thousands never stops an ingest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import IngestError
from diplograph.ingest.discover import FEED, HTML, JSONL, discover, display_path, reader_for_content
from diplograph.ingest.encoding import decode_bytes, read_bytes, refuse_non_text
from diplograph.ingest.feed import read_feed
from diplograph.ingest.html import read_html
from diplograph.ingest.jsonl import looks_like_jsonl, read_jsonl_text
from diplograph.ingest.text import read_text
from diplograph.model import Document


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    """Every Document of every file under ``paths``, in order; bad files and items as ``IngestError``."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield IngestError(str(given), "no such file or directory")
            continue
        for file, root in discover([path]):
            yield from read_file(file, root)


def read_file(path: Path, root: Path | None = None) -> Iterator[Document | IngestError]:
    """The documents of one file (several for JSON Lines and feeds); never raises for bad input."""
    path = Path(path)
    shown = display_path(path, root)
    try:
        data = read_bytes(path, label=shown)
        yield from _read_data(data, path, shown)
    except IngestError as exc:
        yield exc


def _read_data(data: bytes, path: Path, shown: str) -> Iterator[Document | IngestError]:
    refuse_non_text(data, shown)
    if reader_for_content(path, "") == FEED:
        # feedparser decodes by the XML declaration; only the containers are ours to refuse.
        yield from read_feed(data, shown)
        return
    text = decode_bytes(data, shown)
    reader = reader_for_content(path, text)
    if reader == FEED:
        yield from read_feed(data, shown)
    elif reader == HTML:
        yield read_html(text, shown)
    elif reader == JSONL:
        if not looks_like_jsonl(text):
            # A pretty-printed .json file would otherwise give one error per line.
            raise IngestError(shown, "not JSON Lines (one JSON object per line)")
        yield from read_jsonl_text(text, shown)
    else:
        yield read_text(text, shown)


__all__ = ["iter_documents", "read_file"]

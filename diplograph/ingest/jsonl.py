"""JSON Lines: one article object per line, from a file or from a stream (stdin).

Each object has ``text`` and optionally ``id``, ``title``, ``published``, ``outlet``
and ``url``. Unlike plain text, ``text`` is taken as the body as given (only
``make_document``'s ``clean_text`` and page-clutter removal apply: no date line, headline or
footer handling), because callers such as the evaluation scripts align our offsets with their
own text (the export's ``text`` is what the offsets refer to).

A broken line is an ``IngestError`` naming ``SOURCE:LINE``; the lines after it are
still read. Which field names a document differs by origin:

* stream (``diplograph extract -``): ``id``, else ``url``, else ``SOURCE:LINE`` -
  callers match our output to their input by ``path == id``;
* file: ``url``, else ``id``, else ``FILE:LINE`` - the export contract says a path is
  a file name or a URL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from diplograph.errors import IngestError
from diplograph.ingest.clean import make_document
from diplograph.ingest.dateline import to_iso_date
from diplograph.ingest.encoding import open_regular
from diplograph.model import Document

_TEXT_FIELDS = ("title", "outlet", "url")


def read_jsonl_stream(stream: TextIO, source: str = "-") -> Iterator[Document | IngestError]:
    """Documents of a JSON Lines stream; ``path`` of each is its ``id``."""
    yield from read_jsonl_lines(stream, source, prefer_url=False)


def read_jsonl_text(text: str, source: str) -> Iterator[Document | IngestError]:
    """Documents of a JSON Lines file's decoded text; ``path`` of each is its ``url`` or ``id``."""
    # split("\n"), not splitlines(): JSON strings may hold a raw U+2028, which
    # splitlines() would treat as a line end and so break the object in two.
    yield from read_jsonl_lines(text.split("\n"), source, prefer_url=True)


def read_jsonl_file(path: Path, source: str, max_line: int) -> Iterator[Document | IngestError]:
    """Documents of a JSON Lines file too large to read whole: streamed as UTF-8, line by line.

    Memory stays bounded by ``max_line``: a longer line is skipped (and reported) without
    being held, and the lines after it are read.
    """
    try:
        with open_regular(path, source) as fh:
            for number, raw in enumerate(_binary_lines(fh, max_line), start=1):
                where = f"{source}:{number}"
                if raw is None:
                    yield IngestError(where, f"line longer than {max_line} bytes")
                    continue
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield IngestError(where, f"not UTF-8: {exc.reason} at byte {exc.start}")
                    continue
                if line.strip():
                    yield _line_document(line, where, prefer_url=True)
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")


def _binary_lines(fh: BinaryIO, max_line: int) -> Iterator[bytes | None]:
    """The lines of ``fh`` without their ``\\n``; None for a line over ``max_line`` bytes."""
    while True:
        raw = fh.readline(max_line + 1)
        if not raw:
            return
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the overlong line, a megabyte at a time
            yield None
            continue
        yield raw.rstrip(b"\n").rstrip(b"\r")


def read_jsonl_lines(
    lines: Iterable[str], source: str, prefer_url: bool,
) -> Iterator[Document | IngestError]:
    for number, line in enumerate(lines, start=1):
        # A BOM can only be at the start of the stream; strip it so line 1 parses.
        line = line.lstrip("\ufeff") if number == 1 else line
        if not line.strip():
            continue
        yield _line_document(line, f"{source}:{number}", prefer_url)


def looks_like_jsonl(text: str) -> bool:
    """Whether the first non-empty line of ``text`` is a JSON object (a single-line one)."""
    for line in text.lstrip("\ufeff").split("\n"):
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except (ValueError, RecursionError):
                return False
    return False


def _line_document(line: str, where: str, prefer_url: bool) -> Document | IngestError:
    try:
        item = json.loads(line)
    except ValueError as exc:
        return IngestError(where, f"invalid JSON: {getattr(exc, 'msg', exc)}")
    except RecursionError:  # [[[[...]]]] nested deeper than the interpreter's stack
        return IngestError(where, "invalid JSON: nested too deeply")
    if not isinstance(item, dict):
        return IngestError(where, f"expected a JSON object, got {type(item).__name__}")
    problem = _problem(item)
    if problem:
        path = _path(item, where, prefer_url)
        return IngestError(path, problem if path == where else f"{problem} ({where})")
    path = _path(item, where, prefer_url)
    try:
        return make_document(
            item["text"],
            path,
            title=item.get("title"),
            published=to_iso_date(_scalar(item.get("published"))),
            outlet_name=item.get("outlet"),
            url=item.get("url"),
        )
    except IngestError as exc:
        return IngestError(path, exc.reason if path == where else f"{exc.reason} ({where})")


def _scalar(value: object) -> object:
    # A date is a string or a number; a list or an object there is not a date.
    return value if isinstance(value, str | int | float) and not isinstance(value, bool) else None


def _problem(item: dict[str, Any]) -> str | None:
    text = item.get("text")
    if not isinstance(text, str):
        if text is None:
            return "missing \"text\" string"
        return f"\"text\" is {type(text).__name__}, not a string"
    if not text.strip():
        return "empty \"text\""
    for name in _TEXT_FIELDS:
        if item.get(name) is not None and not isinstance(item[name], str):
            return f"\"{name}\" is {type(item[name]).__name__}, not a string"
    return None


def _path(item: dict[str, Any], where: str, prefer_url: bool) -> str:
    ident = item.get("id")
    ident = str(ident) if ident is not None and str(ident).strip() else None
    url = item.get("url") if isinstance(item.get("url"), str) and item["url"].strip() else None
    first, second = (url, ident) if prefer_url else (ident, url)
    return first or second or where


__all__ = ["looks_like_jsonl", "read_jsonl_file", "read_jsonl_lines", "read_jsonl_stream", "read_jsonl_text"]

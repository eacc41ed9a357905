"""Finding article files, deciding which reader each one needs, and reading them.

Directory walks are deterministic (sorted) and skip what is plainly not an article:
hidden files and folders, data and code files, and the folder's own documentation
(README, MANIFEST, LICENSE, ...), which sit next to articles in every corpus. A
file the user names explicitly is always passed on; if it cannot be read, the
reader says why, which is more useful than silently skipping it.

Nothing here raises for bad input: a file that cannot be read, or an item inside a
file that cannot be parsed, becomes an ``IngestError`` value in the stream, so one
bad file in a folder of thousands never stops an ingest.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import IngestError
from diplograph.ingest import encoding
from diplograph.ingest.encoding import decode_bytes, read_bytes, refuse_non_text
from diplograph.ingest.feed import looks_like_feed, read_feed
from diplograph.ingest.html import looks_like_html, read_html
from diplograph.ingest.jsonl import looks_like_jsonl, read_jsonl_file, read_jsonl_text
from diplograph.ingest.text import read_text
from diplograph.model import Document

log = logging.getLogger(__name__)

TEXT, HTML, JSONL, FEED = "text", "html", "jsonl", "feed"

READER_BY_SUFFIX = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
    ".jsonl": JSONL, ".ndjson": JSONL, ".json": JSONL,
    ".xml": FEED, ".rss": FEED, ".atom": FEED,
}
# Text-looking files that are never articles: sniffing would wrongly accept them.
SKIPPED_SUFFIXES = {
    ".tsv", ".csv", ".py", ".pyc", ".js", ".ts", ".css", ".yaml", ".yml", ".toml", ".ini", ".cfg",
    ".conf", ".log", ".sh", ".bat", ".sql", ".db", ".sqlite", ".lock", ".tex", ".bib", ".ipynb",
    ".parquet", ".graphml", ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".zip", ".gz", ".tar",
}
# A corpus folder's own documentation, by file stem (case-insensitive).
SKIPPED_STEMS = {"readme", "manifest", "license", "licence", "changelog", "contributing", "notice",
                 "authors", "copying"}
# How much of a file without a known suffix we read to decide what it is.
_SNIFF_BYTES = 64 * 1024


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every readable file under the given files/directories.

    Files come sorted within each directory argument and in argument order across
    arguments, each at most once. ``root`` is the directory the user named, or a
    named file's parent. Paths that do not exist are skipped (``iter_documents``
    reports them).
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = ((file, path) for file in walk_directory(path))
        elif path.is_file():
            found = iter([(path, path.parent)])
        else:
            continue
        for file, root in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file, root


def walk_directory(root: Path) -> Iterator[Path]:
    """Article files under ``root``, sorted by their path relative to ``root``."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        for name in files:
            path = Path(folder, name)
            if not _hidden(name) and reader_for_path(path) is not None:
                found.append(path)
    return iter(sorted(found, key=lambda p: p.relative_to(root).as_posix()))


def reader_for_path(path: Path) -> str | None:
    """Which reader a file found in a directory walk needs, or None to skip it."""
    suffix = path.suffix.lower()
    if path.stem.lower() in SKIPPED_STEMS or suffix in SKIPPED_SUFFIXES:
        return None
    reader = READER_BY_SUFFIX.get(suffix)
    if reader is not None and suffix != ".json":
        return reader
    head = _head(path)
    if head is None:
        return None
    sniffed = sniff_reader(head)
    if suffix == ".json":
        # Plain JSON (one object or array over many lines) is not an article format.
        return JSONL if sniffed == JSONL else None
    return sniffed


def reader_for_content(path: Path, text_head: str) -> str:
    """The reader for a file being read: by suffix when known, else by content."""
    return READER_BY_SUFFIX.get(path.suffix.lower()) or sniff_reader(text_head)


def sniff_reader(text_head: str) -> str:
    """The reader the start of a decoded file calls for (text when nothing else fits)."""
    if looks_like_feed(text_head):
        return FEED
    if looks_like_html(text_head):
        return HTML
    if looks_like_jsonl(text_head):
        return JSONL
    return TEXT


def display_path(path: Path, root: Path | None) -> str:
    """How a document names its file: relative to the root the user named, with / separators."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


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
    """The documents of one file (several for JSON Lines and feeds); never raises for bad input.

    Every reader raises only ``IngestError`` (the fuzz tests hold them to it); anything
    else escaping one is a bug, logged with its traceback and reported for this file
    alone, so that one file never stops a batch.
    """
    path = Path(path)
    shown = display_path(path, root)
    try:
        if _streamed_jsonl(path):
            yield from read_jsonl_file(path, shown, encoding.MAX_FILE_BYTES)
            return
        data = read_bytes(path, label=shown)
        yield from _read_data(data, path, shown)
    except IngestError as exc:
        yield exc
    except Exception as exc:  # the safety net promised above
        log.error("reader bug on %s", shown, exc_info=True)
        yield IngestError(shown, f"could not be read ({type(exc).__name__}: {exc})")


def _streamed_jsonl(path: Path) -> bool:
    """Whether ``path`` is a JSON Lines file too large to read whole (it is streamed instead)."""
    try:
        if path.stat().st_size <= encoding.MAX_FILE_BYTES:
            return False
    except OSError:
        return False  # read_bytes reports it
    suffix = path.suffix.lower()
    if suffix in READER_BY_SUFFIX:
        return READER_BY_SUFFIX[suffix] == JSONL
    head = _head(path)
    return head is not None and sniff_reader(head) == JSONL


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


def _head(path: Path) -> str | None:
    """The decoded start of a file, or None when it is not text (binary, archive, empty, unreadable)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(_SNIFF_BYTES)
        return decode_bytes(data, str(path))
    except (OSError, IngestError):
        return None


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


__all__ = ["FEED", "HTML", "JSONL", "READER_BY_SUFFIX", "TEXT", "discover", "display_path", "iter_documents",
           "read_file", "reader_for_content", "reader_for_path", "sniff_reader", "walk_directory"]

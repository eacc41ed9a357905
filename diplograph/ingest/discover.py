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

import errno
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import IngestError
from diplograph.ingest import encoding
from diplograph.ingest.encoding import decode_bytes, open_regular, read_bytes, refuse_non_text, special_kind
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
    named file's parent. What cannot be read is skipped here (``discover_all`` and
    ``iter_documents`` report it).
    """
    for item in discover_all(paths):
        if not isinstance(item, IngestError):
            yield item


def discover_all(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path] | IngestError]:
    """As ``discover``, with an ``IngestError`` in its place for every path that is refused.

    Refused, each with its reason: what does not exist, special files (FIFOs, sockets,
    devices: opening one could block forever), symbolic links that lead outside the folder
    named (or that loop, or lead nowhere), names that are not valid UTF-8 (the store could
    not hold them), and folders or files the user may not read."""
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        refused = _refusal(path, _shown(str(given)))
        if refused is not None:
            yield refused
            continue
        mode = os.stat(path).st_mode
        found: Iterable[Path | IngestError] = walk_entries(path) if stat.S_ISDIR(mode) else [path]
        for item in found:
            if isinstance(item, IngestError):
                yield item
                continue
            key = os.path.realpath(item)  # never raises, unlike Path.resolve() on a loop
            if key not in seen:
                seen.add(key)
                yield item, path if item is not path else path.parent


def walk_directory(root: Path) -> Iterator[Path]:
    """Article files under ``root``, sorted by their path relative to ``root``."""
    return (item for item in walk_entries(root) if not isinstance(item, IngestError))


def walk_entries(root: Path) -> Iterator[Path | IngestError]:
    """Article files under ``root`` and the refusals of what could not be walked, sorted by
    their path relative to ``root``. Symbolic links are followed only to files and folders
    inside ``root`` (a link to a folder above it is a loop); what is refused is reported."""
    real_root = os.path.realpath(root)
    found: list[tuple[str, Path | IngestError]] = []
    _scan(root, "", real_root, frozenset({_folder_key(root)}), found)
    found.sort(key=lambda pair: pair[0])
    return iter([item for _, item in found])


def _scan(folder: Path, rel: str, real_root: str, ancestors: frozenset[tuple[int, int]],
          found: list[tuple[str, Path | IngestError]]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        found.append((rel, IngestError(_shown(rel or str(folder)), f"cannot list folder: {exc.strerror or exc}")))
        return
    for entry in entries:
        if _hidden(entry.name):
            continue
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        path = Path(entry.path)
        refused = _refusal(path, _shown(child_rel), real_root, entry.is_symlink())
        if refused is not None:
            if not _skipped_name(path) or "not valid UTF-8" in refused.reason:
                found.append((child_rel, refused))
            continue
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            key = _folder_key(path)
            if key in ancestors:
                found.append((child_rel, IngestError(_shown(child_rel),
                                                     "symbolic link loop (leads back to a folder above it)")))
            else:
                _scan(path, child_rel, real_root, ancestors | {key}, found)
        elif reader_for_path(path) is not None:
            found.append((child_rel, path))


def _refusal(path: Path, shown: str, real_root: str | None = None, is_link: bool = False) -> IngestError | None:
    """Why ``path`` is not read (an ``IngestError``), or None when it is a folder or regular file
    that may be read. ``real_root``: the resolved folder a symbolic link must stay inside."""
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        return IngestError(shown, "file name is not valid UTF-8: skipped (rename the file to read it)")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return IngestError(shown, "symbolic link loop: not followed")
        if exc.errno == errno.ENOENT:
            return IngestError(shown, "broken symbolic link" if os.path.islink(path) else "no such file or directory")
        return IngestError(shown, f"cannot read: {exc.strerror or exc}")
    if is_link and real_root is not None and not _inside(os.path.realpath(path), real_root):
        return IngestError(shown, "symbolic link leading outside the folder being read: not followed")
    kind = special_kind(mode)
    if kind is not None and not stat.S_ISDIR(mode):
        return IngestError(shown, f"{kind}, not a regular file: not read")
    return None


def _inside(real: str, real_root: str) -> bool:
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _folder_key(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _skipped_name(path: Path) -> bool:
    """Names a walk skips without a word (data, code and documentation files)."""
    return path.stem.lower() in SKIPPED_STEMS or path.suffix.lower() in SKIPPED_SUFFIXES


def _shown(name: str) -> str:
    """``name`` as a message may show it: bytes that are not UTF-8 as ``\\xff`` escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def reader_for_path(path: Path) -> str | None:
    """Which reader a file found in a directory walk needs, or None to skip it."""
    suffix = path.suffix.lower()
    if _skipped_name(path):
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
        for item in discover_all([given]):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from read_file(*item)


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
            items = read_jsonl_file(path, shown, encoding.MAX_FILE_BYTES)
        else:
            items = _read_data(read_bytes(path, label=shown), path, shown)
        yield from (_storable(item) for item in items)
    except IngestError as exc:
        yield exc
    except Exception as exc:  # the safety net promised above
        log.error("reader bug on %s", shown, exc_info=True)
        yield IngestError(shown, f"could not be read ({type(exc).__name__}: {exc})")


# Metadata a JSON Lines item or a file name can fill with lone surrogates ("\\udcff"), which no
# store can encode: they are kept as escapes (the text itself is cleaned by ``clean_text``).
_METADATA = ("path", "title", "url", "outlet_name", "published_basis")


def _storable(item: Document | IngestError) -> Document | IngestError:
    if isinstance(item, Document):
        for name in _METADATA:
            value = getattr(item, name)
            if value and not value.isascii():
                setattr(item, name, value.encode("utf-8", "backslashreplace").decode("utf-8"))
    return item


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
        with open_regular(path) as fh:
            data = fh.read(_SNIFF_BYTES)
        return decode_bytes(data, str(path))
    except (OSError, IngestError):
        return None


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


__all__ = ["FEED", "HTML", "JSONL", "READER_BY_SUFFIX", "TEXT", "discover", "discover_all", "display_path",
           "iter_documents",
           "read_file", "reader_for_content", "reader_for_path", "sniff_reader", "walk_directory", "walk_entries"]

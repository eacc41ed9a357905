"""Bytes -> str: bounded reads, refusal of archives and binaries, encoding detection.

Order of trust: a byte-order mark is certain; strict UTF-8 is almost certain (random
bytes of a legacy code page rarely form valid UTF-8); a NUL pattern that fits UTF-16
is strong evidence; only then do we ask charset-normalizer to guess among legacy
code pages (cp1252, GB18030, ...). Every refusal is an ``IngestError`` naming the
path and a reason a user can act on.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from diplograph.errors import IngestError

# Articles are kilobytes and news pages a few megabytes; a text, HTML or feed file
# larger than this is a dump or a mistake, and reading it whole would hold it in memory
# several times over (bytes, str, cleaned str, parse tree). JSON Lines files larger than
# this are not read whole but streamed line by line, each line held to this limit.
MAX_FILE_BYTES = 16 * 1024 * 1024

# Magic numbers of containers people drop into article folders by accident.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "rar archive"),
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) file"),
)

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters (other than whitespace) above which decoded "text"
# is really binary that some code page happened to accept.
_MAX_CONTROL_SHARE = 0.05
_PREFERRED_LEGACY = "cp1252"
_TIE = 0.01


def read_bytes(path: Path, limit: int | None = None, label: str | None = None) -> bytes:
    """The file's bytes, refusing files over ``limit`` (default ``MAX_FILE_BYTES``).

    ``label`` is how errors name the file (default: the path as given).
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    label = label or str(path)
    try:
        with open_regular(path, label) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise IngestError(label, f"too large ({size} bytes; the limit is {limit})")
            data = fh.read(limit + 1)  # the file may have grown since fstat()
    except OSError as exc:
        raise IngestError(label, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise IngestError(label, f"too large (over {limit} bytes)")
    return data


# What a file that is not a regular file is, for the message that refuses it.
_SPECIAL_KINDS: tuple[tuple[object, str], ...] = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"),
)


def special_kind(mode: int) -> str | None:
    """None for a regular file, else what it is ("a named pipe (FIFO)", "a socket", ...)."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "not a regular file")  # type: ignore[operator]


def open_regular(path: Path, label: str | None = None) -> BinaryIO:
    """``path`` opened for reading, only if it is a regular file; never blocks.

    Opened with ``O_NONBLOCK`` (a FIFO with no writer would otherwise block the open, and a
    device the reads), then checked with ``fstat`` on the open descriptor, so a file swapped
    for a FIFO after a walk looked at it is refused too. ``IngestError`` for anything else."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise IngestError(label or str(path), f"{kind}, not a regular file: not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def container_kind(data: bytes) -> str | None:
    """What kind of non-text container ``data`` starts with, or None."""
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def refuse_non_text(data: bytes, path: str = "-") -> None:
    """Raise ``IngestError`` for an empty file or a known binary container (zip, gzip, PDF, ...)."""
    if not data.strip():
        raise IngestError(path, "empty file")
    kind = container_kind(data)
    if kind:
        raise IngestError(path, f"{kind}, not a text file")


def decode_bytes(data: bytes, path: str = "-") -> str:
    """Decode an article file; raise ``IngestError`` for empty, archived or binary input."""
    refuse_non_text(data, path)
    text = _decode(data, path)
    if _looks_binary(text):
        raise IngestError(path, "binary content, not text")
    if not text.strip():
        raise IngestError(path, "empty file")
    return text


def _decode(data: bytes, path: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, path)
    if b"\x00" in data:
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise IngestError(path, "binary content (NUL bytes), not text")
        return _strict(data, utf16, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data, path)


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not valid {codec}: {exc.reason} at byte {exc.start}") from exc


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes sit where UTF-16 puts them, else None.

    Text in Latin script encoded as UTF-16 has a NUL in every other byte: the high
    byte of each code unit. NULs concentrated on odd offsets mean little-endian, on
    even offsets big-endian; NULs scattered evenly mean some other binary format.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    units = len(sample) // 2
    if odd_nuls >= 0.4 * units and even_nuls <= 0.05 * units:
        return "utf-16-le"
    if even_nuls >= 0.4 * units and odd_nuls <= 0.05 * units:
        return "utf-16-be"
    return None


def _guess(data: bytes, path: str) -> str:
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise IngestError(path, "undecodable: not UTF-8, UTF-16 or a recognised legacy encoding")
    # Short Western texts score the same under cp1250, cp1252 and cp1257, and the
    # tie is broken arbitrarily (turning "naïve" into "naďve"). cp1252 is by far the
    # most common legacy encoding of news text, so it wins any tie it is part of.
    for match in results:
        if match.encoding == _PREFERRED_LEGACY and match.chaos <= best.chaos + _TIE \
                and match.coherence >= best.coherence - _TIE:
            return str(match)
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)


__all__ = ["MAX_FILE_BYTES", "container_kind", "decode_bytes", "open_regular", "read_bytes", "refuse_non_text",
           "special_kind",
           "utf16_without_bom"]

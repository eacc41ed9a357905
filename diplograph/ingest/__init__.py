"""Readers: files and streams in, cleaned ``Document`` records out.

Public API (what the CLI, the API and the scale runner call)::

    discover(paths)            -> (file, root) pairs for every article file
    iter_documents(paths)      -> Document | IngestError, for every file under paths
    read_file(path, root=None) -> Document | IngestError, for one file
    read_jsonl_stream(stream)  -> Document | IngestError, for JSON Lines on stdin
    clean_text(raw)            -> the normalisation every Document.text has had
    make_document(text, path, ...) -> Document with doc_id = sha256(cleaned text)

Readers never raise for bad input: the error is yielded as a value so that the
caller can report it and go on.
"""

from __future__ import annotations

from diplograph.ingest.clean import clean_text, make_document
from diplograph.ingest.dateline import parse_date_line, to_iso_date
from diplograph.ingest.discover import discover, iter_documents, read_file
from diplograph.ingest.encoding import MAX_FILE_BYTES, decode_bytes
from diplograph.ingest.jsonl import read_jsonl_stream

__all__ = [
    "MAX_FILE_BYTES",
    "clean_text",
    "decode_bytes",
    "discover",
    "iter_documents",
    "make_document",
    "parse_date_line",
    "read_file",
    "read_jsonl_stream",
    "to_iso_date",
]

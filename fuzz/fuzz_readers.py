"""Coverage-guided fuzz target (atheris / libFuzzer) for the text, HTML, JSON Lines and feed readers.

The first byte of each input picks the reader, the rest is the file's bytes; the target goes
through ``decode_bytes`` as a file would. Anything but ``IngestError`` escaping a reader is a
crash: libFuzzer saves the input (``crash-*``) for a regression test in ``tests/test_fuzz.py``.

    python fuzz/fuzz_readers.py -max_total_time=60 -rss_limit_mb=2048 -timeout=30 CORPUS_DIR
(``fuzz/run.sh`` does this with a seed corpus it writes.)
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["diplograph"]):
    from diplograph.errors import IngestError
    from diplograph.ingest.encoding import decode_bytes
    from diplograph.ingest.feed import read_feed
    from diplograph.ingest.html import html_to_text, read_html
    from diplograph.ingest.jsonl import read_jsonl_text
    from diplograph.ingest.text import read_text
    from diplograph.model import Document


def _text(data: bytes) -> list[object]:
    return [read_text(decode_bytes(data, "f.txt"), "f.txt")]


def _html(data: bytes) -> list[object]:
    markup = decode_bytes(data, "f.html")
    html_to_text(markup)
    return [read_html(markup, "f.html")]


def _jsonl(data: bytes) -> list[object]:
    return list(read_jsonl_text(decode_bytes(data, "f.jsonl"), "f.jsonl"))


def _feed(data: bytes) -> list[object]:
    return list(read_feed(data, "f.rss"))


READERS = (_text, _html, _jsonl, _feed)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    reader = READERS[data[0] % len(READERS)]
    try:
        items = reader(data[1:])
    except IngestError as exc:
        assert exc.path and exc.reason
        return
    for item in items:
        assert isinstance(item, Document | IngestError), type(item)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

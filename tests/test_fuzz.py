"""Property-based fuzzing (Hypothesis) of every reader and of ``extract``.

The contract: whatever the input, a reader returns or yields ``Document``/``IngestError`` and
raises nothing but ``IngestError`` (naming a path and a reason); ``extract`` raises nothing but
``DiplographError``. Crashes found by this file or by the atheris targets in ``fuzz/`` are
pinned below as regression tests. Bounds: the reader properties run 150-300 examples each
(seconds in all); the ``extract`` property 30 short texts with the model loaded once.
"""

from __future__ import annotations

import io
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.errors import DiplographError, IngestError
from diplograph.ingest import clean_text, decode_bytes, read_file, read_jsonl_stream
from diplograph.ingest.feed import read_feed
from diplograph.ingest.html import html_to_text, read_html
from diplograph.ingest.jsonl import read_jsonl_text
from diplograph.ingest.text import read_text
from diplograph.model import Document

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKUP = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<a href='x'>", "</a>",
                          "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&lt;", "<br/>", "<",
                          ">", "<html>", "<body>", "<article>", "<title>", "</title>", "<meta charset='utf-16'>",
                          "<?xml version='1.0'?>", "<!DOCTYPE html>", "\x00", "\ufeff", "\u2028"])
PROSE = st.sampled_from(["China ", "and Belarus ", "signed a deal. ", "“We agree,” he said. ", "Minsk, ",
                         "2023-02-28\n", "\n\n", "© 2024 Wire\n", "Sanctions ", "\"", "'"])
# Unicode of every category, surrogates included (JSON and Python strings may carry them).
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)
MIXED = st.lists(st.one_of(MARKUP, PROSE, ANY_TEXT), max_size=25).map("".join)


def only_documents_and_errors(items: list[object], path: str | None = None) -> None:
    """Every item a Document or an IngestError naming a path and a reason; with ``path`` (a
    reader of one whole file), something was reported for it, and its errors name it (a feed's
    entries as ``path#n``)."""
    if path is not None:
        assert items, f"nothing reported for {path}"
        assert all(i.path.startswith(path) for i in items if isinstance(i, IngestError)), items
    for item in items:
        assert isinstance(item, Document | IngestError), item
        if isinstance(item, IngestError):
            assert item.path and item.reason
        else:
            assert item.text == clean_text(item.text) and item.text
            assert len(item.doc_id) == 64


def call(reader, *args: object) -> list[object]:  # type: ignore[no-untyped-def]
    try:
        result = reader(*args)
        return [result] if isinstance(result, Document) else list(result)
    except IngestError as exc:
        assert exc.path and exc.reason
        return [exc]


@FAST
@given(ANY_TEXT)
def test_clean_text_is_idempotent_and_encodable(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once
    once.encode("utf-8")


@FAST
@given(st.one_of(ANY_TEXT, MIXED))
def test_text_reader(raw: str) -> None:
    only_documents_and_errors(call(read_text, raw, "fuzz.txt"), "fuzz.txt")


@SLOW
@given(MIXED)
def test_html_reader(markup: str) -> None:
    only_documents_and_errors(call(read_html, markup, "fuzz.html"), "fuzz.html")
    assert isinstance(html_to_text(markup), str)


@FAST
@given(st.lists(st.one_of(
    st.builds(lambda t, i, p: json.dumps({"id": i, "text": t, "published": p}), MIXED, ANY_TEXT,
              st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2))),
    st.builds(lambda v: json.dumps(v), st.recursive(st.none() | st.booleans() | st.integers() | ANY_TEXT,
                                                    lambda inner: st.lists(inner, max_size=3)
                                                    | st.dictionaries(st.sampled_from(["text", "id", "url",
                                                                                       "title", "outlet"]),
                                                                      inner, max_size=4), max_leaves=10)),
    ANY_TEXT), max_size=8).map("\n".join))
def test_jsonl_readers(text: str) -> None:
    only_documents_and_errors(call(read_jsonl_text, text, "fuzz.jsonl"))
    only_documents_and_errors(call(read_jsonl_stream, io.StringIO(text), "-"))


FEED_PARTS = st.sampled_from([
    "<?xml version='1.0' encoding='utf-8'?>", "<rss version='2.0'>", "<channel>", "<title>", "</title>",
    "<item>", "</item>", "<description>", "</description>", "<link>http://x.org/a</link>", "</channel>", "</rss>",
    "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "<content type='html'>", "</content>",
    "<pubDate>Fri, 24 Feb 2023 14:05:00 GMT</pubDate>", "<updated>not a date</updated>", "&lt;p&gt;", "&amp;",
    "<![CDATA[<p>China and Belarus signed a deal.</p>]]>", "<!DOCTYPE rss>", "/etc/passwd", "&lol;"])


@SLOW
@given(st.one_of(st.lists(st.one_of(FEED_PARTS, PROSE, MARKUP), max_size=30).map("".join).map(str.encode),
                 st.binary(max_size=600)))
def test_feed_reader(data: bytes) -> None:
    only_documents_and_errors(call(read_feed, data, "fuzz.rss"), "fuzz.rss")


@FAST
@given(st.one_of(st.binary(max_size=600), MIXED.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
                 MIXED.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_decoding(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "fuzz.bin"), str)
    except IngestError as exc:
        assert exc.path == "fuzz.bin" and exc.reason


@SLOW
@given(st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.json", "noext"]),
       st.one_of(st.binary(max_size=600), MIXED.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_file_through_read_file(tmp_path_factory: pytest.TempPathFactory, name: str, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / name).write_bytes(data)
    items = list(read_file(folder / name, folder))
    assert items, f"nothing reported for {name}"  # a file is stored or refused with a reason, never dropped
    only_documents_and_errors(items)


# --- regressions: crashes and hangs found by fuzzing --------------------------------------------
def test_lone_surrogate_in_json_text_is_stored_as_a_replacement_character() -> None:
    (doc,) = read_jsonl_text('{"text": "Minsk \\ud800 and Beijing met."}', "s.jsonl")
    assert isinstance(doc, Document) and "\ufffd" in doc.text


def test_json_nested_beyond_the_stack_is_an_error_for_its_line() -> None:
    good = json.dumps({"text": "China and Belarus met."})
    items = list(read_jsonl_text(good + "\n" + "[" * 50_000 + "\n" + good, "d.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "IngestError", "Document"]
    assert items[1].reason == "invalid JSON: nested too deeply"


def test_a_feed_whose_content_names_a_file_is_not_opened() -> None:
    for content in (b"/etc/passwd", b"/dev/zero", b"http://127.0.0.1:9/feed"):
        (item,) = read_feed(content, "p.rss")
        assert isinstance(item, IngestError) and "not an RSS/Atom feed" in item.reason


@pytest.mark.parametrize("ref", ["&#xD800;", "&#55296;", "&#x110000;", "&#99999999999;"])
def test_a_feed_with_an_impossible_character_reference_is_reported(ref: str) -> None:
    for data in (f"<title>{ref}".encode(), f"<rss version='2.0'><channel><item><title>{ref}</title>"
                 f"<description>China and Belarus met.</description></item></channel></rss>".encode()):
        items = list(read_feed(data, "r.rss"))
        assert all(isinstance(i, Document | IngestError) for i in items)


def test_a_feed_date_with_a_year_beyond_any_calendar_is_no_date() -> None:
    # atheris: email.utils.parsedate_to_datetime raised OverflowError on an 80-digit year
    data = (b"<rss version='2.0'><channel><item><title>Deal</title><pubDate>Fri, 24 Feb " + b"5" * 80
            + b" 14:05:00 GMT</pubDate><description>China and Belarus met.</description></item></channel></rss>")
    (doc,) = list(read_feed(data, "y.rss"))
    assert isinstance(doc, Document) and doc.published is None


def test_a_fragment_holding_a_broken_html_element() -> None:
    # atheris: lxml's fragment parser failed an assertion ("too many bodies") on this
    markup = ("<!doctype html><html><head><title>Deal</title><meta charset='utf-8></head><body><article><p>"
              "China and Belarus signed a trade agreement.</p></article><script>x()</script></body></html>")
    text = html_to_text(markup)
    assert "x()" not in text and isinstance(text, str)


def test_unclosed_tags_take_linear_time() -> None:
    started = time.perf_counter()
    html_to_text("<p>China" + "<a" * 200_000)
    html_to_text("<![CDATA[" + "x<" * 100_000)
    assert time.perf_counter() - started < 5  # the stdlib HTMLParser took minutes here


def test_json_text_of_control_characters_only_is_no_article() -> None:
    (item,) = read_jsonl_text(json.dumps({"id": "c", "text": "\x00\x01 \ufeff"}), "c.jsonl")
    assert isinstance(item, IngestError) and item.path == "c" and "no article text" in item.reason


def test_non_string_metadata_in_json_is_ignored_or_reported() -> None:
    line = json.dumps({"text": "China and Belarus met.", "published": ["2023"], "title": None})
    (doc,) = read_jsonl_text(line, "m.jsonl")
    assert isinstance(doc, Document) and doc.published is None


# --- extract ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def extractor(pipeline):  # type: ignore[no-untyped-def]
    from diplograph.config import Settings
    from diplograph.extraction import Extractor

    return Extractor(Settings())


EXTRACT_TEXT = st.lists(st.one_of(PROSE, st.text(st.characters(codec=None), max_size=40),
                                  st.sampled_from(["President Xi ", "Lukashenko said ", "“", "”", "«", "»",
                                                   "‘", "NATO ", "on Monday ", "3 percent ", "U.S. "])),
                        min_size=1, max_size=20).map("".join)


@pytest.mark.model
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(EXTRACT_TEXT)
def test_extract_on_arbitrary_text(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    import diplograph

    stream = io.StringIO(json.dumps({"id": "fuzz", "text": text}) + "\n")
    errors: list[DiplographError] = []
    records = list(diplograph.extract(stream=stream, extractor=extractor, on_error=errors.append))
    # exactly one outcome for the one line: its record, or an error naming it with the reason
    assert len(records) + len(errors) == 1, (records, errors)
    if records:
        assert records[0].to_dict()["path"] == "fuzz"
    else:
        (error,) = errors
        assert isinstance(error, IngestError) and error.path == "fuzz" and error.reason, error


@pytest.mark.model
def test_many_quotation_marks_extract_in_bounded_time(extractor) -> None:  # type: ignore[no-untyped-def]
    """1,000 quotation marks in one document: quote attribution was once quadratic here (27 s,
    and minutes for 10,000). The bound is generous, so load on a shared machine cannot trip
    it, yet far below what the quadratic version took."""
    import diplograph

    text = " ".join(['The minister said "yes" and "no".'] * 500)
    stream = io.StringIO(json.dumps({"id": "quotes", "text": text}) + "\n")
    started = time.perf_counter()
    (record,) = diplograph.extract(stream=stream, extractor=extractor)
    assert time.perf_counter() - started < 20.0
    assert len(record.quotes) >= 900


"""Readers: HTML, feeds, JSON Lines, encodings, bad input, discovery and the public API."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diplograph.errors import IngestError
from diplograph.ingest import discover, encoding, iter_documents, read_file, read_jsonl_stream
from diplograph.ingest.clean import clean_text, content_hash
from diplograph.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def read_all(name: str) -> list[Document | IngestError]:
    path = FIXTURES / name
    return list(read_file(path, path.parent))


def read_one(name: str) -> Document:
    (item,) = read_all(name)
    assert isinstance(item, Document), item
    return item


def error_of(name: str) -> IngestError:
    (item,) = read_all(name)
    assert isinstance(item, IngestError), item
    return item


def assert_consistent(doc: Document) -> None:
    """``text`` is clean, and ``doc_id`` is the hash of exactly that text."""
    assert doc.text == clean_text(doc.text)
    assert doc.doc_id == content_hash(doc.text)


# --- HTML ---------------------------------------------------------------------------------


def test_html_page() -> None:
    doc = read_one("news_page.html")
    assert doc.path == "news_page.html"
    assert doc.title == "Minsk and Beijing pledge closer trade ties"
    assert doc.published == "2024-03-05"
    assert doc.outlet_name == "Eastern Ledger"
    assert doc.url == "https://ledger.example.org/world/minsk-beijing-trade"
    assert doc.text.startswith("Belarusian Prime Minister Roman Golovchenko met")
    assert "“Our partnership has never been stronger,” Golovchenko said" in doc.text
    for boilerplate in ("Reader123", "Home", "All rights reserved", doc.title):
        assert boilerplate not in doc.text
    assert_consistent(doc)


def test_html_without_site_name_takes_outlet_from_footer_and_invents_no_date(tmp_path: Path) -> None:
    markup = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    markup = "\n".join(line for line in markup.split("\n")
                       if "og:site_name" not in line and "published_time" not in line)
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    (doc,) = read_file(page)
    assert isinstance(doc, Document)
    assert doc.outlet_name == "Eastern Ledger"
    assert doc.published is None


def test_html_without_article_is_an_error() -> None:
    assert error_of("no_article.html").reason == "no article text"


# --- feeds --------------------------------------------------------------------------------


def test_rss_feed() -> None:
    first, second = read_all("feed.rss")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Foreign ministers of China and Belarus hold phone call"
    assert first.published == "2023-02-24"
    assert first.outlet_name == "Harbor Wire World"
    assert first.url == first.path == "https://wire.example.com/world/china-belarus-call"
    # content:encoded beats the description; tags go, entities are decoded, paragraphs kept
    assert first.text == ("China's foreign minister spoke by phone with his Belarusian counterpart on "
                          "Friday, the ministry said.\nBoth sides “oppose unilateral sanctions”, "
                          "according to a readout.")
    assert second.text == "The European Union added 20 people to its sanctions list on Monday."
    assert second.published == "2023-07-03"
    assert_consistent(first)


def test_atom_feed_with_an_empty_entry() -> None:
    doc, empty = read_all("feed.atom")
    assert isinstance(doc, Document)
    assert doc.title == "Defence ministers meet in Minsk"
    assert doc.published == "2024-01-11"  # published, not updated
    assert doc.outlet_name == "Steppe Observer"
    assert doc.text == ("The defence ministers of Belarus and China met in Minsk on Thursday.\n"
                        "They discussed joint exercises.")
    assert isinstance(empty, IngestError) and "no text" in empty.reason


def test_feed_sniffed_without_suffix(tmp_path: Path) -> None:
    target = tmp_path / "download"
    target.write_bytes((FIXTURES / "feed.rss").read_bytes())
    docs = [d for d in read_file(target, tmp_path) if isinstance(d, Document)]
    assert [d.outlet_name for d in docs] == ["Harbor Wire World", "Harbor Wire World"]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    target = tmp_path / "config.xml"
    target.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8")
    (item,) = read_file(target)
    assert isinstance(item, IngestError)


# --- JSON Lines ---------------------------------------------------------------------------


def test_jsonl_file_with_a_broken_line() -> None:
    first, second, broken, fourth = read_all("articles.jsonl")
    assert isinstance(first, Document) and first.path == "https://wire.example.com/a1"
    assert (first.title, first.published, first.outlet_name) == ("Grain deal", "2023-03-21", "Harbor Wire")
    assert isinstance(second, Document) and second.path == "a2" and second.published is None
    assert isinstance(broken, IngestError)
    assert broken.path == "articles.jsonl:3" and "invalid JSON" in broken.reason
    assert isinstance(fourth, Document) and fourth.path == "articles.jsonl:4"
    assert fourth.published == "2024-03-05"


def test_jsonl_stream_keeps_text_and_uses_id_as_path() -> None:
    text = "\nOn the other hand,  it's “turning”\u00a0out.\n"
    lines = [
        json.dumps({"id": "DOC-1", "text": text, "published": "1998-01-08", "url": "https://x.example/1"}),
        "",
        json.dumps({"id": 7, "text": "Second.", "published": None}),
        "[1, 2]",
        json.dumps({"id": "DOC-3", "text": "   "}),
        json.dumps({"id": "DOC-4", "text": 5}),
    ]
    items = list(read_jsonl_stream(io.StringIO("\n".join(lines) + "\n"), source="<stdin>"))
    first, second, array, empty, wrong_type = items
    assert isinstance(first, Document) and first.path == "DOC-1" and first.published == "1998-01-08"
    assert first.text == "On the other hand, it's “turning” out."
    assert isinstance(second, Document) and second.path == "7" and second.published is None
    assert isinstance(array, IngestError) and array.path == "<stdin>:4"
    assert isinstance(empty, IngestError) and empty.path == "DOC-3" and "empty" in empty.reason
    assert isinstance(wrong_type, IngestError) and "not a string" in wrong_type.reason


def test_jsonl_stream_offsets_map_onto_the_input() -> None:
    text = "Kyiv said on Tuesday it had received 300 missiles, according to Reuters."
    (doc,) = read_jsonl_stream(io.StringIO(json.dumps({"id": "x", "text": text}) + "\n"))
    assert isinstance(doc, Document) and doc.text == text
    start = text.index("300")
    assert doc.text[start:start + 3] == "300"


def test_json_file_that_is_not_json_lines(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    target.write_text('{\n  "id": "a",\n  "text": "b"\n}\n', encoding="utf-8")
    (item,) = read_file(target)
    assert isinstance(item, IngestError) and "not JSON Lines" in item.reason


# --- encodings ----------------------------------------------------------------------------


def test_cp1252_with_crlf() -> None:
    doc = read_one("cp1252.txt")
    assert doc.published == "2023-07-05"
    assert doc.title == "Café talks in Brussels end without a deal"
    assert "“We remain far apart,” one diplomat said —" in doc.text
    assert "€2.5 billion" in doc.text and "“naïve”" in doc.text and "\r" not in doc.text


@pytest.mark.parametrize("name", ["utf16_bom.txt", "utf16le_nobom.txt", "utf16be_nobom.txt", "utf8_bom.txt"])
def test_unicode_encodings(name: str) -> None:
    doc = read_one(name)
    assert doc.published == "2024-01-15"
    assert doc.title == "Ministers agree to meet again"
    assert doc.text.startswith("2024-01-15\n\nThe foreign ministers of the two countries")
    assert "\ufeff" not in doc.text and "\x00" not in doc.text


def test_gb18030() -> None:
    doc = read_one("gb18030.txt")
    assert doc.published == "2023-03-01"
    assert doc.title == "中国与白俄罗斯发表联合声明"
    assert "“中方愿同白方深化全方位合作。”" in doc.text


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("binary.txt", "binary"),
        ("zip_as_text.txt", "zip archive"),
        ("gzip_as_text.txt", "gzip archive"),
    ],
)
def test_bad_files(name: str, reason: str) -> None:
    error = error_of(name)
    assert reason in error.reason and error.path == name


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "MAX_FILE_BYTES", 100)
    target = tmp_path / "big.txt"
    target.write_text("word " * 100, encoding="utf-8")
    (item,) = read_file(target)
    assert isinstance(item, IngestError) and "too large" in item.reason


def test_undecodable_bytes_without_nul(tmp_path: Path) -> None:
    target = tmp_path / "noise.txt"
    target.write_bytes(bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0e, 0x0f] * 64))
    (item,) = read_file(target)
    assert isinstance(item, IngestError) and "binary" in item.reason


# --- discovery and iteration --------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / "README.md").write_text("# About this folder\n\nNot an article.", encoding="utf-8")
    (root / "index.tsv").write_text("a\tb\n", encoding="utf-8")
    (root / "b" / "2.txt").write_text("Second article body.", encoding="utf-8")
    (root / "a.txt").write_text("First article body.", encoding="utf-8")
    (root / "story").write_text("An article without a suffix.", encoding="utf-8")
    (root / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "plain.json").write_text('{\n "a": 1\n}', encoding="utf-8")
    (root / "items.json").write_text('{"id": "j1", "text": "JSON Lines in a .json file."}\n', encoding="utf-8")


def test_discover_walks_sorted_and_skips_non_articles(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = [(file.relative_to(tmp_path).as_posix(), root) for file, root in discover([tmp_path])]
    assert found == [("a.txt", tmp_path), ("b/2.txt", tmp_path), ("items.json", tmp_path),
                     ("story", tmp_path)]


def test_discover_named_file_root_is_parent_and_no_duplicates(tmp_path: Path) -> None:
    make_tree(tmp_path)
    named = tmp_path / "b" / "2.txt"
    found = list(discover([named, tmp_path, str(named)]))
    assert found[0] == (named, named.parent)
    assert [f for f, _ in found].count(named) == 1


def test_iter_documents_goes_on_after_errors(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "c.txt").write_bytes(b"")
    items = list(iter_documents([tmp_path / "missing", tmp_path]))
    assert isinstance(items[0], IngestError) and "no such file" in items[0].reason
    paths = [(type(i).__name__, i.path) for i in items[1:]]
    assert paths == [("Document", "a.txt"), ("Document", "b/2.txt"), ("IngestError", "c.txt"),
                     ("Document", "j1"), ("Document", "story")]


def test_iter_documents_over_fixtures_never_raises() -> None:
    items = list(iter_documents([FIXTURES]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) >= 12 and len(errors) >= 7
    for doc in docs:
        assert_consistent(doc)


# --- seeds (../shared) --------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_articles() -> None:
    docs = {d.path: d for d in iter_documents([SEEDS]) if isinstance(d, Document)}
    first = next(d for p, d in docs.items() if p.startswith("000_"))
    second = next(d for p, d in docs.items() if p.startswith("001_"))
    assert first.published == "2023-02-28"
    assert first.outlet_name == "Deutsche Welle"
    # the dateline stays in the text (it is a time expression of the article); the footer goes
    assert first.text.startswith("28.02.2023\n\nBelarusian President Alexander Lukashenko started a three-day visit")
    assert "Copyright" not in first.text
    assert second.published is None and second.outlet_name is None
    assert second.text.startswith("China’s defense minister kicked off")
    for doc in (first, second):
        assert_consistent(doc)


# --- the project's own examples and fixtures ----------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_examples_are_nine_clean_documents() -> None:
    items = list(iter_documents([EXAMPLES]))
    assert all(isinstance(i, Document) for i in items), [i for i in items if isinstance(i, IngestError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 9  # README.md is the folder's documentation, not an article
    for doc in docs:
        assert_consistent(doc)
        assert doc.title and doc.published and doc.published[:4] in ("2023", "2024")
        assert 250 <= len(doc.text.split()) <= 450, doc.path
        assert "©" not in doc.text
    outlets = {doc.path: doc.outlet_name for doc in docs}
    assert outlets["2024-05-02_china_accuses_us_over_sanctions.txt"] == "Harbor Wire"
    assert outlets["2024-06-18_wang_yi_ryzhenkov_phone_call.txt"] == "Steppe Observer"
    assert outlets["2024-07-10_belarus_china_defence_ministers.html"] == "Continental Review"


def test_byte_fixtures_match_their_generator() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, data in module.fixtures().items():
        assert (FIXTURES / name).read_bytes() == data, name


def test_html_sniffed_without_suffix(tmp_path: Path) -> None:
    target = tmp_path / "saved_page"
    target.write_bytes((FIXTURES / "news_page.html").read_bytes())
    (doc,) = read_file(target, tmp_path)
    assert isinstance(doc, Document) and doc.outlet_name == "Eastern Ledger"


def test_jsonl_line_separator_inside_a_string_is_not_a_line_end(tmp_path: Path) -> None:
    target = tmp_path / "items.jsonl"
    record = json.dumps({"id": "s", "text": "One\u2028two."}, ensure_ascii=False)
    target.write_text(record + "\n", encoding="utf-8")
    (doc,) = read_file(target)
    assert isinstance(doc, Document) and doc.text == "One\ntwo."

"""The hostile corpus: files an analyst's scrape folder really contains, written by the tests.

``write_hostile(folder)`` writes every input of ``HOSTILE`` (nothing is committed as a blob)
and returns what reading each must give: the reason an ``IngestError`` names, or the number
of documents and a phrase one of them contains. ``write_good(folder)`` adds ordinary articles
that must be stored whatever sits beside them.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
ARTICLE = ("The foreign minister of France visited Japan on Monday for talks on trade, officials said. "
           "Both sides agreed to meet again next month in Tokyo to discuss closer cooperation.")


@dataclass(frozen=True)
class Expect:
    """``reason``: an IngestError whose reason contains it (any error when "").
    Otherwise ``docs`` documents, one of whose texts contains ``phrase``; ``errors`` errors."""

    reason: str | None = None
    docs: int = 0
    phrase: str = ""
    errors: int = 0
    error: str = ""  # what the reason of each of those errors contains


def _feed(items: str, head: str = '<?xml version="1.0" encoding="utf-8"?>\n') -> str:
    return f'{head}<rss version="2.0"><channel><title>Hostile Wire</title>{items}</channel></rss>\n'


def _item(description: str, title: str = "Talks") -> str:
    return f"<item><title>{title}</title><link>https://example.org/{abs(hash(description)) % 10**8}</link>" \
           f"<description>{description}</description></item>"


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    doctype = "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>\n"
    return _feed(_item("&lol9; " + ARTICLE, "&lol9;"), head='<?xml version="1.0"?>\n' + doctype)


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buf.getvalue()


def _truncated_page() -> str:
    page = ("<!doctype html><html><head><title>Talks in Tokyo</title></head><body><article><h1>Talks</h1>"
            + "".join(f"<p>{ARTICLE} Paragraph {i} adds detail on the agenda.</p>" for i in range(6))
            + "</article><footer>© 2024 Example Wire</footer></body></html>")
    return page[: int(len(page) * 0.7)]  # cut mid-paragraph, tags left open


def _noise(size: int, alphabet: bytes) -> bytes:
    rng = random.Random(8)
    return bytes(rng.choice(alphabet) for _ in range(size))


# name -> (bytes or text writer, expectation)
HOSTILE: dict[str, tuple[Callable[[], bytes | str], Expect]] = {
    "empty.txt": (lambda: b"", Expect("empty file")),
    "blank.txt": (lambda: b" \n\t\n  ", Expect("empty file")),
    "binary.txt": (lambda: _noise(64 * 1024, bytes(range(256))), Expect("binary")),
    "noise.txt": (lambda: _noise(64 * 1024, bytes(range(0x80, 0x100))), Expect("")),
    "nul.txt": (lambda: ARTICLE.encode() + b"\x00" * 64 + ARTICLE.encode(), Expect("NUL")),
    "big.txt": (lambda: b"word " * (10 * MB), Expect("too large")),  # 50 MiB on one line
    "nested.html": (lambda: "<html><body>" + "<div>" * 10_000 + ARTICLE + "</div>" * 10_000 + "</body></html>",
                    Expect("")),
    "unclosed.html": (lambda: "<html><body><p>" + ARTICLE + "<a" * 200_000, Expect(docs=1, phrase="Tokyo")),
    "truncated.html": (_truncated_page, Expect(docs=1, phrase="foreign minister")),
    "mixed.jsonl": (lambda: "\n".join([
        json.dumps({"id": "good-1", "text": ARTICLE}),
        '{"id": "broken", "text": "cut off',
        json.dumps({"id": "good-2", "text": ARTICLE.replace("France", "Brazil")}),
    ]) + "\n", Expect(docs=2, phrase="Brazil", errors=1, error="invalid JSON")),
    "deep.jsonl": (lambda: json.dumps({"id": "ok", "text": ARTICLE}) + '\n{"text": ' + "[" * 100_000 + "\n",
                   Expect(docs=1, phrase="Tokyo", errors=1, error="nested too deeply")),
    "surrogate.jsonl": (lambda: json.dumps({"id": "s", "text": ARTICLE + " \ud800 end."}) + "\n",
                        Expect(docs=1, phrase="\ufffd end.")),
    "utf16.txt": (lambda: ("2024-03-01\n\n" + ARTICLE).encode("utf-16-le"), Expect(docs=1, phrase="Tokyo")),
    "mislabelled.html": (lambda: ('<html><head><meta charset="utf-8"><title>Coopération</title></head><body>'
                                  "<article><p>" + "Le ministre a déclaré que la coopération économique était "
                                  "essentielle pour les deux pays et pour la région. " * 3
                                  + "</p></article></body></html>").encode("cp1252"),
                         Expect(docs=1, phrase="déclaré")),
    "mislabelled.rss": (lambda: _feed(_item("Le ministre a déclaré que la coopération avance. " + ARTICLE),
                                      head='<?xml version="1.0" encoding="iso-8859-1"?>\n').encode("utf-8"),
                        Expect(docs=1, phrase="Tokyo")),
    "run-on.txt": (lambda: " ".join(f"word{i % 50}" for i in range(100_000)),
                   Expect("without sentence punctuation")),
    "quotes.txt": (lambda: "The minister said " + '"' * 10_000 + " and left.", Expect("without a space")),
    "laughs.xml": (_billion_laughs, Expect("entity declarations")),
    "zip.txt": (_zip, Expect("zip archive")),
    "gzip.txt": (lambda: gzip.compress(ARTICLE.encode() * 50), Expect("gzip archive")),
    "gzip.jsonl": (lambda: gzip.compress(json.dumps({"text": ARTICLE}).encode()), Expect("gzip archive")),
    "scripted.rss": (lambda: _feed(_item("&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;" + ARTICLE
                                         + "&lt;img src=x onerror=alert(2)&gt;&lt;/p&gt;")),
                     Expect(docs=1, phrase="foreign minister")),
    "unclosed-entry.rss": (lambda: _feed(_item(ARTICLE + "&lt;a" * 100_000)), Expect(docs=1, phrase="Tokyo")),
    "path.rss": (lambda: b"/dev/zero", Expect("")),  # feedparser would open this path and read forever
}


def write_hostile(folder: Path) -> dict[str, Expect]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (make, _) in HOSTILE.items():
        content = make()
        target = folder / name
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8", errors="surrogatepass")
        else:
            target.write_bytes(content)
    return {name: expect for name, (_, expect) in HOSTILE.items()}


GOOD = {
    f"good{i}.txt": f"2024-0{i + 1}-1{i}\nTalks number {i}\n\n{ARTICLE.replace('France', country)}\n"
    for i, country in enumerate(["China", "Belarus", "Egypt"])
}


def write_good(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(GOOD)


def test_the_corpus_is_written_by_the_tests(tmp_path: Path) -> None:
    expected = write_hostile(tmp_path / "hostile")
    assert sorted(p.name for p in (tmp_path / "hostile").iterdir()) == sorted(expected)
    assert (tmp_path / "hostile" / "big.txt").stat().st_size == 50 * MB
    assert write_good(tmp_path / "good") == sorted(GOOD)

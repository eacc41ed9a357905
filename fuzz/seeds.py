"""Writes the seed corpus for ``fuzz_readers.py`` (one small file per reader; nothing committed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ARTICLE = ("China and Belarus signed a trade agreement on Monday, officials said. "
           "“We will deepen cooperation,” the minister said. © 2024 Example Wire")
SEEDS = {
    "text": b"\x00" + f"2023-02-28\nTrade deal\n\n{ARTICLE}\n".encode(),
    "html": b"\x01" + (f"<!doctype html><html><head><title>Deal</title><meta charset='utf-8'></head><body>"
                       f"<article><p>{ARTICLE}</p><p>{ARTICLE}</p></article><script>x()</script></body></html>").encode(),
    "jsonl": b"\x02" + (json.dumps({"id": "a", "text": ARTICLE, "published": "2023-02-28", "outlet": "Wire"})
                        + '\n{"id": 2, "text": ""}\nnot json\n').encode(),
    "feed": b"\x03" + (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
                       f"<item><title>Deal</title><link>http://example.org/a</link><pubDate>Fri, 24 Feb 2023 "
                       f"14:05:00 GMT</pubDate><description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item>"
                       f"</channel></rss>").encode(),
    "atom": b"\x03" + (f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title><entry><title>Deal</title>"
                       f"<updated>2023-02-28T10:00:00Z</updated><content type='html'>&lt;p&gt;{ARTICLE}"
                       f"&lt;/p&gt;</content></entry></feed>").encode(),
    "utf16": b"\x00" + ARTICLE.encode("utf-16-le"),
}


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in SEEDS.items():
        (folder / f"seed-{name}").write_bytes(data)


if __name__ == "__main__":
    write(Path(sys.argv[1]))

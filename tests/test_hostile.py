"""The hostile corpus, file by file: each input is reported (or read) in bounded time and memory.

Every input is read by ``read_file`` in a child process that measures, per input, the wall
time and the peak resident memory above what the process held before (``VmHWM`` after a reset
through ``/proc/self/clear_refs``). Bounds, per input: ``SECONDS`` of wall time and ``MEMORY_MB``
of extra peak memory; the whole child is killed after ``CHILD_TIMEOUT`` seconds, so a reader
that hangs fails the test instead of stalling the suite. Measured on a 2-core machine: at most
0.5 s and 40 MB per input (the 10,000-deep HTML page is the costliest).

Which inputs are refused and why: see ``test_hostile_corpus.HOSTILE``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from test_hostile_corpus import HOSTILE, MB, Expect, write_hostile

from diplograph.errors import IngestError
from diplograph.ingest import encoding, iter_documents, read_file
from diplograph.model import Document

SECONDS = 10.0
MEMORY_MB = 256
CHILD_TIMEOUT = 180

MEASURE = r"""
import json, sys, time
from pathlib import Path
from diplograph.ingest import read_file

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0

folder = Path(sys.argv[1])
for path in sorted(folder.iterdir()):
    try:
        Path("/proc/self/clear_refs").write_text("5")  # peak := current
        measured = True
    except OSError:
        measured = False
    before = status("VmRSS")
    started = time.perf_counter()
    items = []
    for item in read_file(path, folder):
        if hasattr(item, "reason"):
            items.append({"error": item.reason, "path": item.path})
        else:
            items.append({"text": item.text, "path": item.path})
    seconds = time.perf_counter() - started
    extra = status("VmHWM") - before if measured else None
    print(json.dumps({"name": path.name, "seconds": seconds, "extra_mb": extra, "items": items}), flush=True)
"""


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    write_hostile(folder)
    done = subprocess.run([sys.executable, "-c", MEASURE, str(folder)], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT, check=False)
    rows = {row["name"]: row for row in map(json.loads, done.stdout.splitlines())}
    assert done.returncode == 0 and len(rows) == len(HOSTILE), done.stderr[-3000:]
    return rows


@pytest.mark.slow  # measured in a subprocess
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_reported_in_bounded_time_and_memory(measured: dict[str, dict], name: str) -> None:
    row, expect = measured[name], HOSTILE[name][1]
    assert row["seconds"] < SECONDS, f"{name}: {row['seconds']:.1f} s"
    if row["extra_mb"] is not None:
        assert row["extra_mb"] < MEMORY_MB, f"{name}: {row['extra_mb']:.0f} MB"
    check(name, row["items"], expect)


def check(name: str, items: list[dict], expect: Expect) -> None:
    errors = [i for i in items if "error" in i]
    docs = [i for i in items if "text" in i]
    if expect.reason is not None:
        assert not docs and len(errors) == 1, items
        assert expect.reason.lower() in errors[0]["error"].lower(), errors[0]
        assert errors[0]["path"] == name
        return
    assert len(docs) == expect.docs and len(errors) == expect.errors, [i.get("error") for i in items]
    assert any(expect.phrase in d["text"] for d in docs), [d["text"][:200] for d in docs]
    assert all(expect.error in e["error"] for e in errors), errors


def test_scripts_in_a_feed_are_not_text(tmp_path: Path) -> None:
    write_hostile(tmp_path)
    (doc,) = read_file(tmp_path / "scripted.rss", tmp_path)
    assert isinstance(doc, Document)
    assert "alert(1)" not in doc.text and "onerror" not in doc.text


def test_a_batch_goes_on_past_every_hostile_file(tmp_path: Path) -> None:
    """Read as a folder, in one stream: every hostile file is named once, and the good items survive."""
    write_hostile(tmp_path / "in")
    (tmp_path / "in" / "big.txt").write_bytes(b"word " * (4 * MB))  # 20 MiB is enough here
    items = list(iter_documents([tmp_path / "in"]))
    assert all(isinstance(i, Document | IngestError) for i in items)
    errors = {i.path.split(":")[0] for i in items if isinstance(i, IngestError)}
    refused = {n for n, (_, e) in HOSTILE.items() if e.reason is not None or e.errors}
    assert refused <= errors | {"path.rss"}  # path.rss ends in .rss: read as a feed, reported
    assert sum(isinstance(i, Document) for i in items) == sum(e.docs for _, e in HOSTILE.values())


def test_large_jsonl_is_streamed_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A JSON Lines dump over the whole-file limit is read line by line; an overlong line is skipped."""
    monkeypatch.setattr(encoding, "MAX_FILE_BYTES", 256 * 1024)
    target = tmp_path / "dump.jsonl"
    article = HOSTILE["mixed.jsonl"][0]().splitlines()[0]
    with target.open("w", encoding="utf-8") as fh:
        for i in range(4000):  # about 1 MiB of good lines...
            fh.write(json.dumps({"id": f"a{i}", "text": f"{json.loads(article)['text']} Item {i}."}) + "\n")
            if i == 2000:  # ...and one line of 2 MiB, eight times the limit
                fh.write(json.dumps({"id": "huge", "text": "word. " * (350 * 1024)}) + "\n")
    assert target.stat().st_size > 8 * encoding.MAX_FILE_BYTES
    tracemalloc.start()
    try:
        items = list(read_file(target, tmp_path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(items) == 4001 and len(errors) == 1
    assert errors[0].path == "dump.jsonl:2002" and "longer than" in errors[0].reason
    # the documents themselves are kept (about 1.2 MiB of text); no line of 2 MiB ever was
    assert peak < 6 * MB, peak


def test_a_reader_bug_is_reported_for_its_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    discover = importlib.import_module("diplograph.ingest.discover")

    def broken(raw: str, path: str, url: str | None = None) -> Document:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(discover, "read_text", broken)
    (tmp_path / "a.txt").write_text("Some text here.")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "China and Belarus met."}) + "\n")
    items = list(iter_documents([tmp_path]))
    assert isinstance(items[0], IngestError) and "RecursionError" in items[0].reason
    assert isinstance(items[1], Document) and items[1].path == "b"

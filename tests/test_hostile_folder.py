"""A hostile folder: special files, symlinks leading out, symlink loops, undecodable names and
unreadable folders. Each is reported with a reason (never a traceback, never a hang), and the
articles beside it are still read. Every walk runs in a child with a timeout, so a reader that
blocks on a FIFO fails the test instead of stalling the suite."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.errors import IngestError
from diplograph.ingest import iter_documents
from diplograph.model import Document

ARTICLE = "2024-03-01\nMinisters meet in Geneva\n\nThe foreign ministers of two states met in Geneva on Friday.\n"
CHILD_TIMEOUT = 30

WALK = r"""
import sys
from diplograph.ingest import iter_documents
for item in iter_documents(sys.argv[1:]):
    kind = "doc" if hasattr(item, "doc_id") else "err"
    print(kind, ascii(getattr(item, "path", "")), ascii(getattr(item, "reason", "")))
"""


def walk_in_child(*paths: str | Path) -> list[tuple[str, str, str]]:
    """(kind, path, reason) of every item ``iter_documents`` yields, read in a child process."""
    done = subprocess.run([sys.executable, "-c", WALK, *map(str, paths)], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    rows = []
    for line in done.stdout.splitlines():
        kind, path, reason = line.split(" ", 2)
        rows.append((kind, eval(path), eval(reason)))  # ascii() of str: safe to read back
    return rows


def reasons(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    return {path: reason for kind, path, reason in rows if kind == "err"}


def documents(rows: list[tuple[str, str, str]]) -> list[str]:
    return [path for kind, path, _ in rows if kind == "doc"]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder with one good article and every hostile entry beside it; a secret outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE.replace("Geneva", "Vienna"))
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE)
    os.mkfifo(root / "pipe.txt")
    os.mkfifo(root / "pipe-no-suffix")
    (root / "loop.txt").symlink_to("loop.txt")
    (root / "a.txt").symlink_to("b.txt")
    (root / "b.txt").symlink_to("a.txt")
    (root / "passwd.txt").symlink_to(outside / "secret.txt")
    (root / "out").symlink_to(outside, target_is_directory=True)
    (root / "inside.txt").symlink_to(root / "good.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    sub = root / "sub"
    sub.mkdir()
    (sub / "up").symlink_to("..", target_is_directory=True)
    (sub / "deeper.txt").write_text(ARTICLE.replace("Friday", "Monday"))
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock.txt"))
    os.close(os.open(os.fsencode(root) + b"/bad-\xff-name.txt", os.O_CREAT | os.O_WRONLY, 0o644))
    with open(os.fsencode(root) + b"/bad-\xff-name.txt", "wb") as fh:
        fh.write(ARTICLE.replace("Geneva", "Bern").encode())
    return root


def test_a_hostile_folder_is_walked_without_hanging_and_every_entry_is_reported(hostile: Path) -> None:
    rows = walk_in_child(hostile)
    found = reasons(rows)
    assert sorted(documents(rows)) == ["good.txt", "sub/deeper.txt"]
    assert "FIFO" in found["pipe.txt"] and "FIFO" in found["pipe-no-suffix"]
    assert "socket" in found["sock.txt"]
    assert "loop" in found["loop.txt"] and "loop" in found["a.txt"] and "loop" in found["b.txt"]
    assert "outside" in found["passwd.txt"] and "outside" in found["out"]
    assert "broken" in found["dangling.txt"]
    assert "loop" in found["sub/up"]
    bad = next(path for path in found if path.startswith("bad-"))
    assert "UTF-8" in found[bad] and "\\xff" in bad


def test_the_file_beyond_an_escaping_symlink_is_never_read(hostile: Path) -> None:
    texts = [item.text for item in iter_documents([hostile]) if isinstance(item, Document)]
    assert texts and not any("Vienna" in text for text in texts)


def test_a_fifo_named_explicitly_is_refused_without_blocking(hostile: Path) -> None:
    rows = walk_in_child(hostile / "pipe.txt", hostile / "good.txt")
    assert documents(rows) == ["good.txt"]
    assert "FIFO" in next(reason for kind, _, reason in rows if kind == "err")


def test_a_special_file_replacing_a_regular_one_after_the_walk_is_refused_when_opened(tmp_path: Path) -> None:
    """The race: the walk saw a regular file, the reader finds a FIFO; the open must not block."""
    target = tmp_path / "swap.txt"
    os.mkfifo(target)
    code = ("from pathlib import Path; from diplograph.ingest.discover import read_file; "
            f"print([getattr(i, 'reason', '') for i in read_file(Path({str(target)!r}))])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=CHILD_TIMEOUT,
                          cwd=Path(__file__).resolve().parents[1])
    assert "FIFO" in done.stdout, done.stdout + done.stderr


def test_an_unreadable_subfolder_is_reported_and_the_rest_is_read(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated (tests run as root, who may read every folder): listing ``locked`` raises."""
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "hidden.txt").write_text(ARTICLE)
    (root / "good.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([root]))
    assert [i.path for i in items if isinstance(i, Document)] == ["good.txt"]
    errors = {e.path: e.reason for e in items if isinstance(e, IngestError)}
    assert "Permission denied" in errors["locked"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may traverse any folder; the simulated test above covers it")
def test_a_file_in_an_untraversable_folder_gives_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "closed"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    folder.chmod(0)
    try:
        items = list(iter_documents([folder / "a.txt"]))
    finally:
        folder.chmod(0o755)
    assert len(items) == 1 and isinstance(items[0], IngestError)


def test_a_file_in_an_untraversable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root the folder cannot be closed, so stat() is made to fail as it would for a user."""
    (tmp_path / "closed").mkdir()
    file = tmp_path / "closed" / "a.txt"
    file.write_text(ARTICLE)
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    items = list(iter_documents([file]))
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert "Permission denied" in items[0].reason


def test_an_undecodable_name_named_explicitly_is_reported(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/x-\xfe.txt"
    with open(name, "wb") as fh:
        fh.write(ARTICLE.encode())
    items = list(iter_documents([os.fsdecode(name)]))
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert "UTF-8" in items[0].reason and "\\xfe" in items[0].path
    items[0].path.encode("utf-8")  # printable and storable


def test_a_jsonl_id_with_a_lone_surrogate_is_stored_under_an_escaped_name(tmp_path: Path) -> None:
    """JSON allows "\\udcff": as a document's path it would stop the store (UnicodeEncodeError)."""
    from diplograph.store.core import Store
    from records import sample_extraction

    line = json.dumps({"id": "bad-\udcff-id", "title": "T\ud800", "text": ARTICLE.split("\n")[3]})
    (tmp_path / "a.jsonl").write_text(line + "\n")
    (doc,) = list(iter_documents([tmp_path / "a.jsonl"]))
    assert isinstance(doc, Document) and doc.path == "bad-\\udcff-id"
    doc.title.encode("utf-8")  # the reader already made it storable
    ex = sample_extraction(text=doc.text, path=doc.path)
    ex.document.title = doc.title
    with Store(str(tmp_path / "s.db")) as store:
        assert store.write(ex)

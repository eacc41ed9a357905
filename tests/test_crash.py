"""An ingest killed with SIGKILL at arbitrary points, then re-run, ends with exactly the
store an uninterrupted ingest makes: no partial document, nothing doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

COUNTRIES = ["China", "Belarus", "Russia", "France", "Japan", "Brazil", "India", "Turkey", "Egypt", "Mexico"]
TABLES = ["documents", "actors", "aliases", "mentions", "roles", "events", "quotes", "claims", "relations",
          "times", "omissions", "sentences"]


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        (folder / f"a{i:03d}.txt").write_text(
            f"2024-0{1 + i % 9}-1{i % 10}\nTalks number {i}\n\n"
            f"The foreign minister of {a} visited {b} on Monday for talks on trade, officials said. "
            f"“We want closer cooperation,” the minister said, adding that trade rose {i + 2} percent last year. "
            f"{b} criticized sanctions imposed on {a} by the European Union.\n", encoding="utf-8")


def ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli", "ingest", str(src), "--db", str(db), "-q"]


def env() -> dict[str, str]:
    # small batches, so that documents are written while the rest are still being parsed
    return {**os.environ, "DIPLOGRAPH_BATCH_SIZE": "2"}


def count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        out = {}
        for t in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in ("ingested_at", "seq", "id")
                    or t in ("actors", "events", "quotes", "claims")]
            out[t] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
        return out


@pytest.mark.model
def test_sigkill_then_rerun_equals_an_uninterrupted_ingest(tmp_path):
    src = tmp_path / "articles"
    write_corpus(src, 24)
    clean = tmp_path / "clean.db"
    subprocess.run(ingest_cmd(src, clean), env=env(), check=True, capture_output=True, timeout=600)
    expected = dump(clean)
    assert len(expected["documents"]) == 24

    for seed, kill_after in enumerate((1, 9)):
        db = tmp_path / f"killed{seed}.db"
        proc = subprocess.Popen(ingest_cmd(src, db), env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while count_documents(db) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = count_documents(db)
        assert partial < 24, "the ingest finished before it could be killed"
        subprocess.run(ingest_cmd(src, db), env=env(), check=True, capture_output=True, timeout=600)
        assert dump(db) == expected, f"kill after {partial} documents: store differs after re-run"

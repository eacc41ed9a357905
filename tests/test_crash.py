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

from corpus_tools import dump, write_corpus


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



@pytest.mark.model
@pytest.mark.slow  # subprocesses
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

"""A Dask worker killed (SIGKILL) in the middle of an ingest loses nothing: Dask reruns its
partition elsewhere, and the store equals a single-process ingest of the same articles."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from typer.testing import CliRunner

from corpus_tools import dump, write_corpus
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.errors import DiplographError
from diplograph.extraction import Extractor
from diplograph.ingest import iter_documents
from diplograph.store import Store

pytest.importorskip("distributed")


@pytest.mark.model
@pytest.mark.slow  # Dask
def test_killing_a_dask_worker_midway_loses_nothing(pipeline, tmp_path):
    from diplograph.scale.dask import DaskRunner

    src = tmp_path / "articles"
    write_corpus(src, 12)
    single = tmp_path / "single.db"
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", str(single), "-q"]).exit_code == 0

    settings = Settings()
    runner = DaskRunner(settings, workers=2)
    try:
        victim = next(iter(runner.worker_pids().values()))
        killed = threading.Event()

        def kill_soon() -> None:
            time.sleep(1.0)  # the workers are loading the model or parsing by now
            os.kill(victim, signal.SIGKILL)
            killed.set()

        store = Store(str(tmp_path / "dask.db"))
        extractor = Extractor(settings, runner=runner, known_actors=store.known_actors(),
                              event_fetch=store.known_events)
        docs = [d for d in iter_documents([src]) if not isinstance(d, DiplographError)]
        threading.Thread(target=kill_soon, daemon=True).start()
        results = extractor.run(docs)
        assert killed.is_set(), "the worker was killed only after the extraction had finished"
        for ex in results:
            store.write(ex)
        store.close()
        assert victim not in runner.worker_pids().values()  # it really died (a fresh worker took over)
    finally:
        runner.close()
    assert dump(tmp_path / "dask.db") == dump(single)

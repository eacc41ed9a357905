"""Parallel ingest (worker processes, Dask) stores exactly what a single-process ingest stores."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from corpus_tools import dump, write_corpus
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.errors import ExtractionError
from diplograph.model import Document
from diplograph.scale import make_runner, partitions

runner = CliRunner()


def docs(lengths: list[int]) -> list[Document]:
    return [Document(doc_id=str(i), path=f"{i}.txt", text="x" * n) for i, n in enumerate(lengths)]


def test_partitions_keep_order_and_split_by_length():
    parts = partitions(docs([100, 100, 100, 100, 400]), 2)
    assert [d.doc_id for p in parts for d in p] == ["0", "1", "2", "3", "4"]
    assert len(parts) == 2


def test_one_worker_or_one_document_is_one_partition():
    assert len(partitions(docs([5, 5, 5]), 1)) == 1
    assert len(partitions(docs([5]), 4)) == 1


def test_unknown_engine_is_a_clean_error(tmp_path):
    (tmp_path / "a.txt").write_text("2024-01-01\nT\n\nChina met Belarus.")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--engine", "spark", "-q"])
    # refused as the command line is read (status 2, one line), before a store is created
    assert result.exit_code == 2 and "--engine" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()
    with pytest.raises(ExtractionError, match="unknown engine 'spark'"):
        make_runner(Settings(), engine="spark")


@pytest.mark.model
@pytest.mark.slow  # worker processes, Dask
@pytest.mark.parametrize("options", [["--workers", "2"], ["--engine", "dask", "--workers", "2"]],
                         ids=["processes", "dask-localcluster"])
def test_parallel_ingest_equals_single_process(pipeline, tmp_path, options):
    src = tmp_path / "articles"
    write_corpus(src, 12)
    single, parallel = tmp_path / "single.db", tmp_path / "parallel.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(single), "-q"]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(src), "--db", str(parallel), "-q", *options])
    assert result.exit_code == 0, result.output
    assert dump(parallel) == dump(single)

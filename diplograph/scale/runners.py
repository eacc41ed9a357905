"""Runners: one interface over a local pipeline, a process pool, and Dask.

A runner's ``submit`` hands a batch to its workers and returns at once with a ``Pending``
whose ``result()`` gives the batch's Extractions in input order. The ingest loop submits the
next batch before it links and writes the last, so the workers never wait for the
coordinator; each batch is cut into several small tasks so that a worker that finishes early
takes the next task instead of idling until its partner finishes a large slice.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from collections.abc import Callable
from typing import Protocol

from ..config import Settings
from ..errors import ExtractionError
from ..model import Document, Extraction

Hints = dict[str, int]
TASKS_PER_WORKER = 4  # per batch: small enough to balance, large enough for nlp.pipe's batching


class Pending(Protocol):
    def result(self) -> list[Extraction]: ...


class Runner(Protocol):
    workers: int

    def submit(self, documents: list[Document], year_hints: Hints | None = None) -> Pending: ...

    def extract(self, documents: list[Document], year_hints: Hints | None = None) -> list[Extraction]: ...

    def close(self) -> None: ...


def extract_partition(documents: list[Document], year_hints: Hints | None, settings: Settings) -> list[Extraction]:
    """The work one worker does: parse a partition with the process's own pipeline (loaded
    once per process, on first use)."""
    from ..nlp.pipeline import shared_pipeline

    return list(shared_pipeline(settings).extract(documents, year_hints))


def partitions(documents: list[Document], n: int) -> list[list[Document]]:
    """At most ``n`` contiguous slices of about equal text length (long articles dominate the cost)."""
    if n <= 1 or len(documents) <= 1:
        return [documents]
    total = sum(len(d.text) for d in documents) or 1
    out: list[list[Document]] = [[]]
    acc = 0
    for d in documents:
        if acc >= total * len(out) / n and len(out) < n:
            out.append([])
        out[-1].append(d)
        acc += len(d.text)
    return [p for p in out if p]


class Done:
    """A result computed already (the local runner parses when the batch is submitted)."""

    def __init__(self, extractions: list[Extraction]) -> None:
        self._extractions = extractions

    def result(self) -> list[Extraction]:
        return self._extractions


class Gathered:
    """The results of several tasks, joined in submission order when asked for."""

    def __init__(self, gather: Callable[[], list[list[Extraction]]]) -> None:
        self._gather = gather

    def result(self) -> list[Extraction]:
        return [ex for part in self._gather() for ex in part]


class LocalRunner:
    """Parse in this process."""

    workers = 1

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def submit(self, documents: list[Document], year_hints: Hints | None = None) -> Pending:
        return Done(extract_partition(documents, year_hints, self.settings))

    def extract(self, documents: list[Document], year_hints: Hints | None = None) -> list[Extraction]:
        return extract_partition(documents, year_hints, self.settings)

    def close(self) -> None:
        pass


class ProcessRunner:
    """Parse in ``workers`` processes of this machine, each loading the model once."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        # spawn: a worker must not inherit a half-initialised parent (threads, open stores)
        self._pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, documents: list[Document], year_hints: Hints | None = None) -> Pending:
        parts = partitions(documents, self.workers * TASKS_PER_WORKER)
        try:
            futures = [self._pool.submit(extract_partition, p, year_hints, self.settings) for p in parts]
        except cf.process.BrokenProcessPool as exc:
            raise ExtractionError(f"a worker process died: {exc}") from exc

        def gather() -> list[list[Extraction]]:
            try:
                return [f.result() for f in futures]
            except cf.process.BrokenProcessPool as exc:
                raise ExtractionError(f"a worker process died: {exc}") from exc

        return Gathered(gather)

    def extract(self, documents: list[Document], year_hints: Hints | None = None) -> list[Extraction]:
        return self.submit(documents, year_hints).result()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


def make_runner(settings: Settings, *, engine: str = "local", workers: int = 1,
                scheduler: str | None = None) -> Runner:
    """``engine`` local (``workers`` processes when > 1) or dask (``scheduler`` address, or a
    LocalCluster of ``workers`` processes when none is given)."""
    if engine == "dask":
        from .dask import DaskRunner

        return DaskRunner(settings, workers=workers, scheduler=scheduler)
    if engine != "local":
        raise ExtractionError(f"unknown engine {engine!r} (choose local or dask)")
    return ProcessRunner(settings, workers) if workers > 1 else LocalRunner(settings)

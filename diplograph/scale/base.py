"""What every runner shares: the ``Runner`` and ``Pending`` interfaces, the work one worker
does on a partition, and how a batch is cut into partitions.

A runner's ``submit`` hands a batch to its workers and returns at once with a ``Pending``
whose ``result()`` gives the batch's Extractions in input order. The ingest loop submits the
next batch before it links and writes the last, so the workers never wait for the
coordinator; each batch is cut into several small tasks so that a worker that finishes early
takes the next task instead of idling until its partner finishes a large slice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..config import Settings
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

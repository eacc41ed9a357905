"""The runners of this machine: parse in this process, or in a pool of worker processes."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing

from ..config import Settings
from ..errors import ExtractionError
from ..model import Document, Extraction
from .base import TASKS_PER_WORKER, Done, Gathered, Hints, Pending, extract_partition, partitions


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

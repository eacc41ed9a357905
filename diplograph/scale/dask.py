"""The Dask runner: partitions go to the workers of an existing Dask cluster (``--scheduler
tcp://HOST:PORT``) or of a LocalCluster started here. Each worker process loads the spaCy
pipeline once and keeps it for every later partition."""

from __future__ import annotations

from ..config import Settings
from ..errors import ExtractionError
from ..model import Document, Extraction
from .base import TASKS_PER_WORKER, Gathered, Hints, Pending, extract_partition, partitions


class DaskRunner:
    def __init__(self, settings: Settings, *, workers: int = 2, scheduler: str | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise ExtractionError("the Dask engine needs the optional extra: pip install 'diplograph[dask]'") from exc
        self.settings = settings
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                             dashboard_address=None, host="127.0.0.1")
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            raise ExtractionError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from exc
        self.workers = max(len(self._client.scheduler_info().get("workers", {})), 1)

    def submit(self, documents: list[Document], year_hints: Hints | None = None) -> Pending:
        parts = partitions(documents, self.workers * TASKS_PER_WORKER)
        futures = self._client.map(extract_partition, parts, year_hints=year_hints, settings=self.settings,
                                   pure=False)

        def gather() -> list[list[Extraction]]:
            try:
                return self._client.gather(futures)
            except Exception as exc:  # a worker died or raised: name it, the caller decides
                raise ExtractionError(f"Dask extraction failed: {exc}") from exc

        return Gathered(gather)

    def extract(self, documents: list[Document], year_hints: Hints | None = None) -> list[Extraction]:
        return self.submit(documents, year_hints).result()

    def worker_pids(self) -> dict[str, int]:
        """Process id of each worker, by address (for monitoring, and for the tests that kill one)."""
        import os

        return dict(self._client.run(os.getpid))

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

"""Where the parsing runs: in this process, in a pool of worker processes, or on a Dask
cluster. Every runner takes documents (and year hints) and returns their Extractions in
input order; cross-document linking always stays in the coordinating process, so a parallel
ingest stores exactly what a single-process ingest stores.

``base`` holds the interfaces and the partitioning, ``local`` the in-process and process-pool
runners, ``dask`` the Dask runner (imported only when asked for: Dask is an optional extra).
"""

from __future__ import annotations

from ..config import Settings
from ..errors import ExtractionError
from .base import Done, Hints, Pending, Runner, partitions
from .local import LocalRunner, ProcessRunner

__all__ = ["Done", "Hints", "LocalRunner", "Pending", "ProcessRunner", "Runner", "make_runner", "partitions"]


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

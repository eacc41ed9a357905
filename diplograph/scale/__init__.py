"""Where the parsing runs: in this process, in a pool of worker processes, or on a Dask
cluster. Every runner takes documents (and year hints) and returns their Extractions in
input order; cross-document linking always stays in the coordinating process, so a parallel
ingest stores exactly what a single-process ingest stores."""

from __future__ import annotations

from .runners import LocalRunner, ProcessRunner, Runner, make_runner

__all__ = ["LocalRunner", "ProcessRunner", "Runner", "make_runner"]

"""Ingest speed with 1 and 2 workers (processes and Dask) on the same sample, and the cost of
re-ingesting an already ingested sample against the first ingest.

    .venv/bin/python benchmarks/scaling.py [--limit 200] [--corpus ../shared/corpus/allsides_intl]

Each run ingests into a fresh SQLite file, so all runs include model loading in their workers;
the ratios printed are what the goals judge: 2 workers >= 1.8x one, re-ingest >= 50x faster.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "allsides_intl"


def sample(corpus: Path, limit: int, into: Path) -> int:
    into.mkdir()
    from throughput import blind_gold_articles  # the blind gold is never read by a benchmark

    skip = blind_gold_articles()
    files = sorted(f for f in corpus.glob("*.txt") if f.name not in skip)[:limit]
    for f in files:
        shutil.copy(f, into / f.name)
    return sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)


def timed_ingest(src: Path, db: Path, **options: object) -> tuple[float, int]:
    import diplograph

    t0 = time.perf_counter()
    with diplograph.open(str(db)) as corpus:
        report = corpus.ingest([src], **options)
    return time.perf_counter() - t0, report.stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="diplograph-scaling-"))
    try:
        n_words = sample(a.corpus, a.limit, work / "sample")
        runs: dict[str, tuple[float, int]] = {}
        runs["1 process"] = timed_ingest(work / "sample", work / "one.db")
        runs["2 processes"] = timed_ingest(work / "sample", work / "two.db", workers=2)
        if not a.no_dask:
            runs["dask, 2 workers"] = timed_ingest(work / "sample", work / "dask.db", engine="dask", workers=2)
        again, stored_again = timed_ingest(work / "sample", work / "one.db")
        base = runs["1 process"][0]
        print(f"sample: {a.limit} articles, {n_words} words")
        for name, (secs, stored) in runs.items():
            rate = n_words / secs
            print(f"{name:16s} {secs:7.1f}s  {rate:7.0f} words/s  stored {stored}  speed-up {base / secs:.2f}x")
        print(f"re-ingest        {again:7.2f}s  stored {stored_again}  {base / again:.0f}x faster than the first")
        print("goals: 2 workers >= 1.8x; re-ingest >= 50x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

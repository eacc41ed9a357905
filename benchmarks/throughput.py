"""Words per second of the full extraction against raw ``nlp.pipe`` of the same spaCy model,
on the same texts, in the same run.

    .venv/bin/python benchmarks/throughput.py [--limit 500] [--corpus ../shared/corpus/allsides_intl]

Prints both rates, the ratio (goal >= 0.85) and the process's peak resident memory. The articles
of the blind gold (``eval/gold/``) are left out.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "allsides_intl"
GOLD = ROOT / "eval" / "gold"


def blind_gold_articles() -> set[str]:
    """The articles of the blind event gold (``eval/gold/*.json``): nobody runs the extractor on
    them outside the gold scorer, so a benchmark never reads them either."""
    import json

    names: set[str] = set()
    for f in GOLD.glob("*.json"):
        names.update(json.loads(f.read_text(encoding="utf-8")).get("documents", {}))
    return names


def load_documents(corpus: Path, limit: int) -> list:
    from diplograph.errors import DiplographError
    from diplograph.ingest import iter_documents

    skip = blind_gold_articles()
    files = sorted(p for p in corpus.glob("*.txt") if p.name not in skip)[:limit]
    return [d for d in iter_documents(files) if not isinstance(d, DiplographError)]


class PipelineRunner:
    """Runs the very pipeline object the raw timing used, so both share one model."""

    workers = 1

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline

    def extract(self, documents, year_hints=None):
        return list(self.pipeline.extract(documents, year_hints))

    def submit(self, documents, year_hints=None):
        from diplograph.scale import Done

        return Done(self.extract(documents, year_hints))

    def close(self) -> None:
        pass


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--chunk", type=int, default=50, help="documents per alternating timing chunk")
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 2

    from diplograph.config import Settings
    from diplograph.extraction import Extractor
    from diplograph.nlp.pipeline import Pipeline

    docs = load_documents(a.corpus, a.limit)
    texts = [d.text for d in docs]
    n_words = words(texts)
    settings = Settings(batch_size=a.batch_size)
    pipeline = Pipeline(settings)

    # warm up both paths on a few texts so neither pays first-call costs in the timing
    list(pipeline.nlp.pipe(texts[:5]))
    ours = [n for n in pipeline.nlp.pipe_names if n.startswith("diplograph_")]
    extractor = Extractor(settings, runner=PipelineRunner(pipeline))

    # Raw and full runs alternate chunk by chunk (and swap which goes first), so a change in
    # the machine's load during the run weighs on both sides alike.
    raw_s = full_s = 0.0
    n_records = 0
    for k, i in enumerate(range(0, len(docs), a.chunk)):
        chunk = docs[i : i + a.chunk]
        order = ("raw", "full") if k % 2 == 0 else ("full", "raw")
        for side in order:
            t0 = time.perf_counter()
            if side == "raw":
                with pipeline.nlp.select_pipes(disable=ours):
                    for _ in pipeline.nlp.pipe([d.text for d in chunk], batch_size=a.batch_size):
                        pass
                raw_s += time.perf_counter() - t0
            else:
                for ex in extractor.run(chunk):
                    n_records += len(ex.events) + len(ex.quotes) + len(ex.claims) + len(ex.relations)
                full_s += time.perf_counter() - t0

    raw_wps, full_wps = n_words / raw_s, n_words / full_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}  words {n_words}  records {n_records}")
    print(f"raw nlp.pipe      {raw_wps:8.0f} words/s  ({raw_s:.1f}s)")
    print(f"diplograph        {full_wps:8.0f} words/s  ({full_s:.1f}s)")
    print(f"ratio             {full_wps / raw_wps:.3f}  (goal >= 0.85)")
    print(f"peak memory       {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

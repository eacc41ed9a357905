"""Costs that must not grow with the store or with one input.

    .venv/bin/python benchmarks/growth.py                        # both measurements
    .venv/bin/python benchmarks/growth.py --only store --big /tmp/growth-big.db --keep   # build once, keep
    .venv/bin/python benchmarks/growth.py --only store --big /tmp/growth-big.db --reuse  # reuse that store
    .venv/bin/python benchmarks/growth.py --only long

**store**: ingests the same ``--articles`` new articles of the corpus (the last ones in name
order) into an empty store and into a store already holding ``--events`` synthetic events
(built by ``queries.build``: ten busy states ~9 % of the events each, 5,000 persons), and prints
documents/s of both and their ratio. Each corpus first ingests a few other articles (untimed),
so the model is loaded before the clock starts. Goal: ratio >= 0.80.

**long**: one article of about 300 KB, a sentence of our own repeated, extracted in a child
process (``Extractor.extract``, the whole pipeline, linking included) against the raw spaCy
parse (``nlp(text)`` of the packaged model) of the same characters, with the child's peak
memory. Goals: extraction < 5x the raw parse, peak memory < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "allsides_intl"
WARM_UP = 3
# Our own sentence (not corpus text): a pronoun, a quote and an event, as news sentences have.
SENTENCE = ('The foreign minister of France met his German counterpart in Berlin on Tuesday, and he said '
            'that "both governments will keep talking about the sanctions" before they signed an agreement. ')


def pick(corpus: Path, n: int, into: Path) -> tuple[Path, Path]:
    """The last ``n`` articles (timed) and the ``WARM_UP`` before them (untimed), copied into folders."""
    from throughput import blind_gold_articles  # the blind gold is never read by a benchmark

    skip = blind_gold_articles()
    files = sorted(f for f in corpus.glob("*.txt") if f.name not in skip)
    timed, warm = into / "timed", into / "warm"
    for folder, chosen in ((timed, files[-n:]), (warm, files[-n - WARM_UP:-n])):
        folder.mkdir(parents=True)
        for f in chosen:
            shutil.copy(f, folder / f.name)
    return timed, warm


def docs_per_second(db: Path, timed: Path, warm: Path) -> tuple[float, int, int]:
    """(documents/s, stored, events in the store before) of ingesting ``timed`` into ``db``."""
    import diplograph

    with diplograph.open(str(db)) as corpus:
        before = corpus.store.counts()["events"]
        corpus.ingest([warm])  # loads the model, untimed
        started = time.perf_counter()
        report = corpus.ingest([timed])
        seconds = time.perf_counter() - started
    return report.read / seconds, report.stored, before


def build_big(path: Path, n_events: int) -> None:
    from queries import build

    from diplograph.store.core import Store

    with Store(str(path)) as store:
        build(store, n_events)


def measure_store(a: argparse.Namespace, work: Path) -> dict[str, float]:
    timed, warm = pick(a.corpus, a.articles, work / "articles")
    big = Path(a.big) if a.big else work / "big.db"
    if not (a.reuse and big.exists()):
        t0 = time.perf_counter()
        build_big(big, a.events)
        print(f"built the large store in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    copy = work / "big-copy.db"
    shutil.copy(big, copy)  # the kept store stays as built
    empty_rate, empty_stored, _ = docs_per_second(work / "empty.db", timed, warm)
    big_rate, big_stored, big_events = docs_per_second(copy, timed, warm)
    ratio = big_rate / empty_rate
    print(f"empty store:         {empty_rate:6.2f} documents/s ({empty_stored} stored)")
    print(f"store of {big_events:,} events: {big_rate:6.2f} documents/s ({big_stored} stored)")
    print(f"ratio {ratio:.2f} (goal >= 0.80)")
    return {"empty": empty_rate, "big": big_rate, "ratio": ratio, "events": big_events}


CHILD = r"""
import json, resource, sys, time
from diplograph.config import Settings
from diplograph.extraction import Extractor
from diplograph.ingest import make_document
from diplograph.nlp.pipeline import load_base_model

text = open(sys.argv[1], encoding="utf-8").read()
settings = Settings()
parsed = text[: settings.max_chars]  # what the pipeline parses of it
nlp = load_base_model(settings.model)
nlp.max_length = max(nlp.max_length, len(parsed) + 1)
t0 = time.perf_counter(); nlp(parsed); raw = time.perf_counter() - t0
extractor = Extractor(settings)
doc = make_document(text, "long.txt")
t0 = time.perf_counter(); ex = extractor.run([doc])[0]; full = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(text), "parsed": len(parsed), "raw": raw, "extract": full, "peak_mb": peak,
                  "events": len(ex.events), "quotes": len(ex.quotes)}))
"""


def measure_long(work: Path, kb: int) -> dict[str, float]:
    path = work / "long.txt"
    body = SENTENCE * (kb * 1024 // len(SENTENCE))
    path.write_text(f"2024-03-05\nA long article\n\n{body}", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=3600)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        raise SystemExit(1)
    got = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"long article: {got['chars']:,} characters ({got['parsed']:,} parsed): raw parse {got['raw']:.1f} s, "
          f"extraction {got['extract']:.1f} s = {got['extract'] / got['raw']:.1f}x (goal < 5x), "
          f"peak memory {got['peak_mb']:.0f} MB (goal < 1024)")
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("store", "long"))
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--big", help="SQLite file of the large store (built there unless --reuse finds it)")
    ap.add_argument("--reuse", action="store_true", help="reuse the store at --big")
    ap.add_argument("--kb", type=int, default=300, help="size of the long article")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="diplograph-growth-"))
    try:
        if a.only in (None, "long"):
            measure_long(work, a.kb)
        if a.only in (None, "store"):
            if not a.corpus.is_dir():
                print(f"no corpus at {a.corpus}", file=sys.stderr)
                return 2
            measure_store(a, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

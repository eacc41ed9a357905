"""Score ``diplograph_times`` alone on the TempEval-3 dev data, without the CLI.

    .venv/bin/python benchmarks/tempeval_check.py [--data PATH] [--limit N] [-v] [--timing]

Runs ``Pipeline(components=["diplograph_times"])`` over every record of
``../shared/eval/data/tempeval/dev.jsonl`` and scores the output with the scorer of
``../shared/eval/external.py`` (imported, so the figures are the suite's own).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from diplograph.model import Document  # noqa: E402
from diplograph.nlp.pipeline import Pipeline, load_base_model  # noqa: E402


def load_scorer():
    spec = importlib.util.spec_from_file_location("external", EVAL / "external.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(EVAL / "data" / "tempeval" / "dev.jsonl"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--timing", action="store_true", help="also time the bare spaCy model")
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][: args.limit]
    docs = [Document(doc_id=hashlib.sha256(r["text"].encode()).hexdigest(), path=r["id"], text=r["text"],
                     published=r.get("published")) for r in records]
    pipe = Pipeline(components=["diplograph_times"])
    t0 = time.perf_counter()
    outputs = [ex.to_dict() for ex in pipe.extract(docs)]
    elapsed = time.perf_counter() - t0
    lines, _ = load_scorer().score_tempeval(list(zip(records, outputs, strict=True)), args.verbose)
    print("\n".join(lines))
    if args.timing:
        nlp = load_base_model()
        t0 = time.perf_counter()
        list(nlp.pipe((r["text"] for r in records), batch_size=32))
        base = time.perf_counter() - t0
        print(f"time: model+times {elapsed:.2f}s, model alone {base:.2f}s ({elapsed / base - 1:+.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

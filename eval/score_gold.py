"""Score the extractor against the blind event gold in ``eval/gold/`` (recall and precision on
articles annotated before the extractor was run on them).

    python eval/score_gold.py                 # every batch, the working tree's code
    python eval/score_gold.py batch-a1.json   # one batch
    python eval/score_gold.py --keep /tmp/g   # keep the store and export in /tmp/g

The articles are read from ``../shared/corpus/allsides_intl`` (never copied into the repo),
ingested into a fresh SQLite store, exported as JSON Lines and scored by
``../shared/eval/score_seeds.py --gold`` (the third-party scorer, unchanged). The last line is
the pooled figure over the batches scored (one gold made of them all).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "allsides_intl"
SCORER = ROOT.parent / "shared" / "eval" / "score_seeds.py"
EVENT_KEYS = ("events_precision", "events_recall", "events_f1", "events_duplicates", "event_date_accuracy",
              "actors_recall")


def run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:3])} ... failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def score(export: Path, gold: Path) -> str:
    """The event measures of ``score_seeds.py --gold`` as one line."""
    m = json.loads(run([sys.executable, str(SCORER), str(export), "--gold", str(gold), "--json"]))
    return ", ".join(f"{k} {m[k]:.3f}" if isinstance(m[k], float) else f"{k} {m[k]}" for k in EVENT_KEYS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="*", help="gold files in eval/gold (default: all)")
    ap.add_argument("--keep", help="folder for the store and the export (default: a temporary one)")
    a = ap.parse_args(argv)
    files = [GOLD / b for b in a.batches] if a.batches else sorted(GOLD.glob("*.json"))
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="diplograph-gold-"))
    articles = work / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for f in files:
        for name in json.loads(f.read_text(encoding="utf-8"))["documents"]:
            shutil.copyfile(CORPUS / name, articles / name)
    db, export = work / "gold.db", work / "gold.jsonl"
    for p in (db, export):
        p.unlink(missing_ok=True)
    cli = [sys.executable, "-m", "diplograph.cli"]
    run([*cli, "ingest", str(articles), "--db", str(db), "-q"])
    run([*cli, "export", "--db", str(db), "--format", "jsonl", "-o", str(export)])
    merged: dict = {"actors": {}, "documents": {}, "cross_document": {}}
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        merged["event_types"] = gold["event_types"]
        merged["documents"].update(gold["documents"])
        for key, actor in gold["actors"].items():  # one key, the names of every batch
            seen = merged["actors"].setdefault(key, {"kind": actor["kind"], "names": []})
            seen["names"] += [n for n in actor["names"] if n not in seen["names"]]
        measures = score(export, f)
        print(f"{f.name} ({len(gold['documents'])} articles): {measures}")
    if len(files) > 1:
        (work / "pooled.json").write_text(json.dumps(merged), encoding="utf-8")
        print(f"pooled ({len(merged['documents'])} articles): {score(export, work / 'pooled.json')}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

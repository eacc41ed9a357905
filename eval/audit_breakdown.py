"""Where the judged event audits say the coder is weak: precision of the audited records by type,
trigger, mode and whether a target was found.

    python eval/audit_breakdown.py                    # every events sheet in eval/audits/
    python eval/audit_breakdown.py --min 8 --by trigger
    python eval/audit_breakdown.py --rows target none   # the judged rows behind two classes

Each sheet's verdicts judge records of the code that drew them. This script runs the working
tree's extractor on the audited articles and keeps the judged records it still produces
unchanged (same article, type, source and target names): their verdicts still hold, and the
record now carries the trigger and mode that made it. Records the code no longer makes (or
makes differently) are left out, so the figures describe the errors that remain, over a sample
that is biased toward older rules. It is a map for choosing the next rule, never a score: the
round's score is a fresh audit on a new seed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDITS = ROOT / "eval" / "audits"
CORPUS = ROOT.parent / "shared" / "corpus" / "allsides_intl"
# "ACCUSE Nikki Haley (person) [USA] -> United Nations (organization) | date ..."
RECORD = re.compile(r"(\w+) (.*?) \(\w+\)(?: \[\w+\])? -> (.*?)(?: \(\w+\)(?: \[\w+\])?)? \| date")
GROUPS: dict[str, Callable[[dict], object]] = {
    "type": lambda e: e["type"],
    "trigger": lambda e: (e.get("trigger") or "").lower(),
    "mode": lambda e: e.get("mode"),
    "targetless": lambda e: e["target"] is None,
}


def judged_rows(sheets: Iterable[Path]) -> list[tuple[str, str, tuple[str, str, str, str]]]:
    """(verdict, note, (doc, type, source name, target name)) of every judged events row."""
    rows = []
    for sheet in sheets:
        for line in sheet.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) < 4 or line.startswith("#") or cells[0] in ("verdict", "", "skip"):
                continue
            m = RECORD.match(cells[3])
            if m:
                rows.append((cells[0], cells[1], (cells[2], m.group(1), m.group(2), m.group(3))))
    return rows


def current_records(lines: Iterable[str]) -> dict[tuple[str, str, str, str], dict]:
    """The events of an extraction (JSON Lines), keyed as the sheets name them."""
    out: dict[tuple[str, str, str, str], dict] = {}
    for line in lines:
        doc = json.loads(line)
        names = {a["id"]: a["name"] for a in doc["actors"]}
        for e in doc["events"]:
            key = (Path(doc["path"]).name, e["type"], names.get(e["source"], "-"),
                   names.get(e["target"], "-") if e["target"] else "-")
            out.setdefault(key, e)
    return out


def breakdown(rows: list[tuple[str, str, tuple]], records: dict, by: str, least: int) -> list[str]:
    """One line per group with at least ``least`` matched rows: right / judged and precision."""
    counts: dict[object, list[int]] = defaultdict(lambda: [0, 0])
    for verdict, _note, key in rows:
        if key in records:
            group = GROUPS[by](records[key])
            counts[group][0] += verdict == "ok"
            counts[group][1] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1][1], str(kv[0])))
    return [f"{str(g)[:40]:40} {ok:4} / {n:4}  {ok / n:.2f}" for g, (ok, n) in ranked if n >= least]


def judged_records(rows: list[tuple[str, str, tuple]], records: dict, verdicts: set[str] | None = None) -> list[str]:
    """One line per judged row the code still makes (of ``verdicts``, or all): the verdict, the
    judge's note, the record's trigger and mode, the article and the record as the sheet names it.
    What to read before choosing a rule: the constructions behind a class of errors."""
    lines = []
    for verdict, note, key in rows:
        if key in records and (not verdicts or verdict in verdicts):
            e = records[key]
            lines.append("\t".join([verdict, note, e.get("trigger") or "-", str(e.get("mode") or "-"), key[0],
                                    f"{key[1]} {key[2]} -> {key[3]}"]))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--by", choices=sorted(GROUPS), action="append", help="group by (repeatable; default all)")
    ap.add_argument("--min", type=int, default=5, help="smallest group shown")
    ap.add_argument("--sheets", type=Path, nargs="*", help="audit sheets (default: eval/audits/*events*.tsv)")
    ap.add_argument("--rows", nargs="*", metavar="VERDICT",
                    help="print the judged rows still made (of these verdicts, or all) instead of the groups")
    args = ap.parse_args(argv)
    sheets = args.sheets or sorted(AUDITS.glob("*events*.tsv"))
    rows = judged_rows(sheets)
    docs = sorted({CORPUS / key[0] for _v, _n, key in rows})
    done = subprocess.run([sys.executable, "-m", "diplograph.cli", "extract", *map(str, docs)],
                          capture_output=True, text=True, cwd="/tmp")
    if done.returncode != 0:
        sys.exit(f"diplograph extract failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    records = current_records(done.stdout.splitlines())
    matched = sum(key in records for _v, _n, key in rows)
    print(f"{len(rows)} judged rows in {len(sheets)} sheets; {matched} still produced by this code")
    if args.rows is not None:
        print("\n".join(judged_records(rows, records, set(args.rows))))
        return 0
    for by in args.by or sorted(GROUPS):
        print(f"\nby {by}")
        print("\n".join(breakdown(rows, records, by, args.min)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

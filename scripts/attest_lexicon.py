"""Count, for every row of ``diplograph/kb/events.tsv``, how often the corpus attests it, and
write the counts to ``diplograph/kb/events_attestation.tsv`` (a sidecar reviewers read beside
the lexicon; the coder does not load it).

Method: a fast inflection-aware word match over the WHOLE corpus (no parser). Each article is
lower-cased and split into word tokens once; a row matches at a position where

* the token is an inflected form of the trigger lemma for the row's part of speech (verbs:
  base, -s, -ed, -ing, with consonant doubling, y -> ied/ies and a table of irregular forms;
  nouns: singular and plural);
* every further word of a multiword trigger ("call for", "phone call") is within 4 tokens of it
  (before or after: a dependent can precede its head);
* if the row names object lemmas, one of their forms follows within 6 tokens (the pseudo-class
  ``actor`` and ``party`` are not checked: they stand for any named party).

What the count cannot see: the part of speech of a form shared by a verb and a noun ("attack",
"visit") -- both rows of such a lemma get the same count -- and whether a nearby object word is
really the trigger's object. It is an attestation floor for review, not a precision measure.

Usage (from the repo root, with ``../shared`` beside it):
    python scripts/attest_lexicon.py [--corpus ../shared/corpus/allsides_intl] [--min 3]
It prints the rows under ``--min`` and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "diplograph" / "kb" / "events.tsv"
SIDECAR = ROOT / "diplograph" / "kb" / "events_attestation.tsv"
WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")
NEEDS_WINDOW = 4
OBJECT_WINDOW = 6

# Irregular verbs of the lexicon: lemma -> its other forms.
IRREGULAR = {
    "beat": ("beats", "beaten", "beating"), "break": ("broke", "broken"), "bring": ("brought",),
    "buy": ("bought",), "catch": ("caught",), "come": ("came",), "cut": ("cuts", "cutting"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fight": ("fought",),
    "fly": ("flew", "flown", "flies"), "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"),
    "give": ("gave", "given"), "hold": ("held",), "keep": ("kept",), "lay": ("laid",), "lead": ("led",),
    "leave": ("left",), "let": ("lets", "letting"), "make": ("made",), "meet": ("met",),
    "put": ("puts", "putting"), "quit": ("quits", "quitting"), "rebuild": ("rebuilt",),
    "run": ("ran", "running"), "seek": ("sought",), "sell": ("sold",), "send": ("sent",),
    "set": ("sets", "setting"), "shoot": ("shot",), "sit": ("sat", "sitting"), "speak": ("spoke", "spoken"),
    "spend": ("spent",), "stand": ("stood",), "steal": ("stole", "stolen"), "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"), "take": ("took", "taken"), "tear": ("tore", "torn"), "tell": ("told",),
    "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"), "uphold": ("upheld",),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",), "write": ("wrote", "written"),
    "overthrow": ("overthrew", "overthrown"), "shut": ("shuts", "shutting"), "win": ("won", "winning"),
    "blow": ("blew", "blown"), "bid": ("bids", "bidding"), "pay": ("paid",), "say": ("said",),
    "hit": ("hits", "hitting"), "bear": ("bore", "borne"), "stick": ("stuck",), "sink": ("sank", "sunk"),
    "shake": ("shook", "shaken"), "forbid": ("forbade", "forbidden"), "rise": ("rose", "risen"),
    "slay": ("slew", "slain"), "wage": ("waged", "waging", "wages"), "oversee": ("oversaw", "overseen"),
    "foresee": ("foresaw", "foreseen"), "see": ("saw", "seen"), "light": ("lit",), "feed": ("fed",),
    "lend": ("lent",), "deal": ("dealt",), "mislead": ("misled",), "spread": ("spreads", "spreading"),
}
VOWELS = set("aeiou")


def verb_forms(lemma: str) -> set[str]:
    forms = {lemma, *IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        es = lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")
        forms |= {es, lemma + "ed", lemma + "ing"}
        # consonant doubling for short CVC stems ("ban" -> "banned", "stop" -> "stopped")
        if (len(lemma) >= 3 and lemma[-1] not in VOWELS | set("wxy") and lemma[-2] in VOWELS
                and lemma[-3] not in VOWELS):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}


def any_forms(word: str) -> set[str]:
    return verb_forms(word) | noun_forms(word)


def index_corpus(corpus: Path) -> tuple[list[list[str]], dict[str, list[tuple[int, int]]]]:
    docs: list[list[str]] = []
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path in sorted(corpus.glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8", errors="replace").lower()
        except OSError as exc:
            print(f"{path}: unreadable ({exc})", file=sys.stderr)
            continue
        toks = WORD.findall(text.replace("\u2019", "'"))
        d = len(docs)
        docs.append(toks)
        for i, t in enumerate(toks):
            where[t].append((d, i))
    return docs, where


def count_row(row: dict[str, str], docs: list[list[str]], where: dict[str, list[tuple[int, int]]]) -> int:
    words = row["trigger"].lower().split()
    head, needs = words[0], words[1:]
    forms = verb_forms(head) if row["pos"] == "V" else noun_forms(head)
    need_forms = [any_forms(w) for w in needs]
    objects = [o for o in row["object"].lower().split("|") if o and o not in ("actor", "party")]
    obj_forms = set().union(*(noun_forms(o) | {o} for o in objects)) if objects else set()
    n = 0
    for form in forms:
        for d, i in where.get(form, ()):
            toks = docs[d]
            near = toks[max(0, i - NEEDS_WINDOW):i] + toks[i + 1:i + 1 + NEEDS_WINDOW]
            if need_forms and not all(any(t in nf for t in near) for nf in need_forms):
                continue
            if obj_forms:
                # objects may precede a passive trigger ("sanctions were lifted") or follow it
                around = toks[max(0, i - 3):i] + toks[i + 1:i + 1 + OBJECT_WINDOW]
                if not any(t in obj_forms for t in around):
                    continue
            n += 1
    return n


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()}
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "allsides_intl")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--out", type=Path, default=SIDECAR)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    docs, where = index_corpus(args.corpus)
    rows = read_rows(LEXICON)
    low = []
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# Corpus attestation of diplograph/kb/events.tsv, written by scripts/attest_lexicon.py\n"
                 f"# over {len(docs)} articles of {args.corpus.name}: inflection-aware word match (whole corpus,\n"
                 "# no parser; a row with objects counts only forms with an object word within 3 tokens before\n"
                 f"# or {OBJECT_WINDOW} after). Reviewers: rows under {args.min} are not attested.\n")
        fh.write("trigger\tpos\ttype\tobject\tcount\n")
        for row in rows:
            n = count_row(row, docs, where)
            fh.write(f"{row['trigger']}\t{row['pos']}\t{row['type']}\t{row['object']}\t{n}\n")
            if n < args.min:
                low.append((row["trigger"], row["pos"], row["type"], row["object"], n))
    for r in low:
        print("under minimum:", *r, sep="\t")
    print(f"{len(rows)} rows, {len(rows) - len(low)} attested >= {args.min}, written to {args.out}")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())

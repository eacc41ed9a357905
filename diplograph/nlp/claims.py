"""Claims: numbers with a unit and what they measure ("trade increased by over 30 percent last
year"), credited to whoever the sentence reports as saying them.

Units, scale words and qualifiers are data (``kb/units.tsv``, ``kb/claim_qualifiers.tsv``).
"""

from __future__ import annotations

import re

from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..kb import activate, load_table, override_folder, per_folder
from ..model import Claim
from .common import column, doc_text, record_id, sentence_of
from .speech.attribution import attribution_of
from .syntax import NOMINAL_SUBJECT_DEPS, own_subject

NUMBER_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                     "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24})
# Counted nouns that measure time: a number of them is a duration, not a claim ("three decades").
TIME_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "time",
              "round", "point", "term"}
DEFINITE = {"the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "each"}
CHANGE_VERBS = {"increase", "rise", "grow", "jump", "surge", "climb", "fall", "drop", "decline", "decrease",
                "shrink", "plunge", "slump", "reach", "hit", "total", "stand", "gain", "lose", "expand"}


@per_folder
def _units() -> tuple[dict[str, str], dict[str, str], dict[str, float]]:
    """(unit words -> unit, prefix symbols -> unit, scale words -> factor)."""
    units, prefixes, scales = {}, {}, {}
    for r in load_table("units"):
        if r["kind"] == "unit":
            units[r["surface"]] = r["unit"]
        elif r["kind"] == "prefix":
            prefixes[r["surface"]] = r["unit"]
        else:
            scales[r["surface"]] = float(r["factor"])
    return units, prefixes, scales


@per_folder
def _qualifiers() -> dict[tuple[str, ...], str]:
    return {tuple(r["words"].split()): r["qualifier"] for r in load_table("claim_qualifiers")}


def parse_number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    return float(t) if re.fullmatch(r"\d+(\.\d+)?", t) else None


def _unit_after(doc: Doc, i: int) -> tuple[str | None, int]:
    """The unit named by the words from token ``i`` (longest match), and the index after it."""
    units = _units()[0]
    for n in (3, 2, 1):
        words = " ".join(t.lower_ for t in doc[i:i + n])
        if i + n <= len(doc) and words in units:
            return units[words], i + n
    return None, i


def _qualifier_before(doc: Doc, i: int, floor: int) -> tuple[str | None, int]:
    quals = _qualifiers()
    for n in (3, 2, 1):
        if i - n >= floor and tuple(t.lower_ for t in doc[i - n:i]) in quals:
            return quals[tuple(t.lower_ for t in doc[i - n:i])], i - n
    return None, i


def _phrase(tok: Token) -> str:
    """A noun phrase's words without its determiner ("the bilateral trade" -> "bilateral trade")."""
    toks = [t for t in tok.subtree if not (t.dep_ == "det" and t.head.i == tok.i) and not t.is_punct]
    toks = [t for t in toks if t.i <= tok.i or t.dep_ == "prep" or t.head.dep_ == "prep" or t.head.head.dep_ == "prep"]
    return " ".join(t.text for t in toks[:8]).replace(" ’s", "’s").replace(" 's", "'s")


def _about(num_head: Token) -> tuple[str | None, Token | None]:
    """What the measure is about, and the verb that states it: the subject of the verb that the
    number completes ("trade increased by 30 percent"), or the noun it is a level of."""
    tok = num_head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        gov = prep.head
        if prep.lower_ == "of" and gov.pos_ in ("NOUN", "PROPN"):
            return _phrase_left(gov), None
        tok = gov
    elif tok.dep_ in ("dobj", "attr", "npadvmod", "nsubj"):
        tok = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        subj = own_subject(tok, NOMINAL_SUBJECT_DEPS)
        if subj is not None:
            return _phrase(subj), tok
        return None, tok
    return None, None


def _phrase_left(tok: Token) -> str:
    toks = [t for t in tok.lefts if t.dep_ not in ("det", "punct")] + [tok]
    return " ".join(t.text for t in toks)


def _date_for(doc: Doc, verb: Token | None, start: int, end: int) -> str | None:
    """The time expression of the clause stating the number: the one nearest after it in the
    sentence, else the nearest before."""
    sent = sentence_of(doc[start])
    times = [t for t in (doc._.times or []) if sent.start_char <= t.span[0] < sent.end_char and t.value
             and re.match(r"(\d{4}|XXXX)", t.value)]
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    after = [t for t in times if t.span[0] >= end_char]
    if after:
        nxt_num = next((x.idx for x in doc[end:sent.end] if x.like_num and x.ent_type_ not in ("DATE", "TIME")),
                       sent.end_char)
        if after[0].span[0] < nxt_num:
            return after[0].value
    before = [t for t in times if t.span[1] <= doc[start].idx]
    return before[-1].value if before else None


def _in_time(doc: Doc, tok: Token) -> bool:
    return any(t.span[0] <= tok.idx < t.span[1] for t in (doc._.times or []))


def find_claims(doc: Doc) -> list[Claim]:
    """Every number with a unit (percent, a currency, a measure, or a counted noun)."""
    _, prefixes, scales = _units()
    claims: list[Claim] = []
    i = 0
    # which words may be numbers, as arrays: a Token is built only for those
    like_num, lowers = doc.to_array(LIKE_NUM).tolist() if len(doc) else [], column(doc, "LOWER")
    while i < len(doc):
        if not (like_num[i] or lowers[i] in NUMBER_WORDS):
            i += 1
            continue
        tok = doc[i]
        value = parse_number(tok.text)
        if value is None or tok.ent_type_ in ("DATE", "TIME", "ORDINAL") or _in_time(doc, tok) \
                or tok._.actor or (i > 0 and doc[i - 1].lower_ in ("no.", "no", "number", "#")):
            i += 1
            continue
        start, j = i, i + 1
        if j < len(doc) and doc[j].lower_ in scales:
            value *= scales[doc[j].lower_]
            j += 1
        unit, after = _unit_after(doc, j)
        if unit is None and i > 0 and doc[i - 1].lower_ in prefixes:
            unit, after, start = prefixes[doc[i - 1].lower_], j, i - 1
        if unit is None:
            unit, after = _counted(doc, tok, j)
        if unit is None:
            i = j
            continue
        qualifier, q_start = _qualifier_before(doc, start, sentence_of(tok).start)
        num_head = doc[after - 1]
        about, verb = _about(num_head)
        span_start = q_start
        if verb is not None and num_head.dep_ == "pobj" and verb.i < q_start and q_start - verb.i <= 3:
            span_start = verb.i  # "increased by over 30 percent": the change is part of the claim
        s_char, e_char = doc[span_start].idx, doc[after - 1].idx + len(doc[after - 1].text)
        speaker, via = attribution_of(doc, tok)
        claims.append(Claim(id=record_id(doc, "c", len(claims) + 1), text=doc_text(doc)[s_char:e_char], value=value,
                            unit=unit, span=(s_char, e_char), about=about, qualifier=qualifier, speaker=speaker,
                            via=via, date=_date_for(doc, verb, start, after)))
        i = after
    return claims


def _counted(doc: Doc, num: Token, j: int) -> tuple[str | None, int]:
    """``three cabinet officials``: the plural noun a number counts, unless it is a duration or a
    definite reference back ("the two countries")."""
    head = num.head
    if num.dep_ != "nummod" or head.pos_ != "NOUN" or head.tag_ != "NNS" or head.i < num.i or head.i - num.i > 3:
        return None, j
    if head.lemma_.lower() in TIME_NOUNS or any(t.lower_ in DEFINITE for t in doc[max(0, num.i - 2):num.i]):
        return None, j
    if any(t.lower_ == "-" for t in doc[num.i:head.i]):
        return None, j
    return doc[num.i + 1:head.i + 1].text, head.i + 1


@Language.factory("diplograph_claims", default_config={"kb_dir": None}, assigns=["doc._.claims"],
                  requires=["doc._.actors", "doc._.times"])
def make_claims(nlp: Language, name: str, kb_dir: str | None) -> ClaimsComponent:
    return ClaimsComponent(kb_dir)


class ClaimsComponent:
    """``doc._.claims``; units and qualifiers from the packaged tables and those of ``kb_dir``
    (None: ``$DIPLOGRAPH_KB_DIR``)."""

    def __init__(self, kb_dir: str | None = None) -> None:
        self.kb_dir = override_folder(kb_dir)

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            doc._.claims = find_claims(doc)
        return doc

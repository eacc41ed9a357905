"""Quoted words that name a thing instead of reporting speech: "the so-called “maximum pressure”
campaign", "a region known as “Zone C”", "a law dubbed “don't ask, don't tell”".

News puts a policy's, a programme's or a person's label in quote marks to show it is a name, not
the writer's own word; nobody is reported to have said it there, so it is no quotation (its words
stay quoted: they are still no event of the writer's). The naming words are data
(``kb/label_cues.tsv``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import doc_text
from .marks import QuoteSpan

_LOOKBACK = 30  # characters before an opening mark in which the naming words must end


@per_folder
def label_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a pattern of every naming phrase ending a text, the phrases that name only as a participle
    modifying a noun)."""
    rows = list(load_table("label_cues"))
    words = sorted((r["cue"].lower() for r in rows), key=len, reverse=True)
    # an article may stand between the naming words and the label: "known as the “Gang of Four”",
    # "dubbed the “army of beauties”"
    pattern = re.compile(r"(?:^|\W)(" + "|".join(re.escape(w) for w in words) + r")(?:\s+(?:the|a|an))?\W*$",
                         re.IGNORECASE)
    return pattern, frozenset(r["cue"].lower() for r in rows if r["reduced"] == "yes")


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


def _reduced_participle(cue: Token) -> bool:
    """"a policy dubbed “…”": the participle has no subject or "by" phrase of its own, so it only
    names; "he dubbed it “…”", "she was dubbed “…” by critics" report someone's words."""
    return cue.tag_ == "VBN" and not any(c.dep_ in _CLAUSE_DEPS for c in cue.children) \
        and cue.dep_ not in ("ROOT", "ccomp", "conj", "relcl")


def named_label(doc: Doc, q: QuoteSpan) -> bool:
    """“maximum pressure” in "the so-called “maximum pressure” campaign", "known as “Charb”",
    "a program code-named “Olympic Games”", "known as the “Gang of Four”": the naming words right
    before the opening mark (or its article) make the quoted words a label."""
    text = doc_text(doc)
    pattern, reduced = label_cues()
    hit = pattern.search(text[max(0, q.open_at - _LOOKBACK):q.open_at])
    if hit is None:
        return False
    cue = hit.group(1).lower()
    if cue not in reduced:
        return True
    end = q.open_at - _LOOKBACK + hit.end(1) if q.open_at >= _LOOKBACK else hit.end(1)
    span = doc.char_span(end - len(cue), end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _reduced_participle(span[-1])

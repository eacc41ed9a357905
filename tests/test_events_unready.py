"""A negated predicate adjective of readiness over its act, "Peru is not willing to aid Chile", denies
the readiness: a refusal (PLOVER REJECT), not an offer (``frames.intend``). "not yet ready" is none
yet, and "if Peru is not ready to ..." a condition. Hand-built parses of sentences of our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import frames
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

P, C = "state:PER", "state:CHL"
KNOWN = {P: Actor(P, "Peru", "state", "PER"), C: Actor(C, "Chile", "state", "CHL")}


def _coded(adjective: str, *, yet: bool = False, condition: bool = False):
    # "[If] Peru is not [yet] <adjective> to aid Chile."
    pre = [("If", "if", "SCONJ", "mark", 2, "IN")] if condition else []
    n = len(pre)
    rows = [*pre, ("Peru", "Peru", "PROPN", "nsubj", n + 1, "NNP"), ("is", "be", "AUX", "ROOT", n + 1, "VBZ"),
            ("not", "not", "PART", "neg", n + 1, "RB")]
    if yet:
        rows.append(("yet", "yet", "ADV", "advmod", n + 1, "RB"))
    a = len(rows)
    rows += [(adjective, adjective, "ADJ", "acomp", n + 1, "JJ"), ("to", "to", "PART", "aux", a + 2, "TO"),
             ("aid", "aid", "VERB", "xcomp", a, "VB"), ("Chile", "Chile", "PROPN", "dobj", a + 2, "NNP")]
    doc = parse(rows, {n: P, a + 3: C}, KNOWN)
    d = Draft(type="AID", mode=None, cameo="070", sources=[P], targets=[C], anchor=doc[a + 2], words="aid",
              base="AID")
    return frames.apply_frames(d, doc[a + 2], lexicon(), [], doc._.actors)


def test_a_denied_readiness_is_a_refusal():
    for word in ("willing", "prepared", "ready"):
        d = _coded(word)
        assert d is not None and d.type == "REJECT" and not d.hypothetical


def test_not_yet_ready_and_a_condition_are_no_refusal():
    for d in (_coded("ready", yet=True), _coded("ready", condition=True)):
        assert d is None or d.type != "REJECT"

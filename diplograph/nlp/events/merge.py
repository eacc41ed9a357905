"""One clause, one act of force: "insurgents bombarded the city overnight, killing eight" and
"forces launched rocket fire against the camps, killing or wounding 50" each report a single
attack, told through several triggers; the participles and conjuncts that describe its course
or its outcome are not attacks of their own. The merged event keeps the first trigger and the
recipient either names. An arrest in the same clause ("opened fire ..., killing one and
arresting 12") is a second act of another kind (PLOVER COERCE) and stays.

Drafts merge when their triggers belong to the same chain of a main verb and the participial
or coordinated verbs hanging on it without a subject of their own, when they share the actor,
polarity and modality, and when their recipients do not name different parties.

Across the document, repeated mentions of one event ("started a visit to China" ... "visited
Beijing") collapse into one record (``deduplicate``), keeping the first mention's evidence
unless a later one names a target the first left open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from ...kb.gazetteer import gazetteer
from ...model import Event
from ..time.compare import date_compatible, more_specific

# Types of force: one clause's triggers of one of these types are one act.
FORCE_RANK = ("ASSAULT", "COERCE")
# Dependencies through which a verb without its own subject continues its governor's act.
_CONTINUING = frozenset({"advcl", "conj", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


class _Draft(Protocol):
    type: str
    sources: list[str]
    targets: list[str]
    anchor: Token
    negated: bool
    hypothetical: bool


def act_head(tok: Token) -> int:
    """The main verb whose act ``tok`` continues: climb participial adverbial clauses
    ("..., killing eight") and coordinated verbs sharing the subject ("killing one and arresting 12")."""
    steps = 0
    while tok.dep_ in _CONTINUING and steps < 4 and not any(c.dep_ in _SUBJECTS for c in tok.children):
        if tok.dep_ == "advcl" and tok.tag_ != "VBG":
            break  # "to disperse them", "after it had shelled": a purpose or a time, not a manner
        if tok.dep_ == "xcomp" and tok.tag_ != "VBG":
            break
        if tok.head.pos_ not in ("VERB", "AUX", "NOUN"):
            break
        tok, steps = tok.head, steps + 1
    return tok.i


def collapse_force(drafts: Sequence[_Draft], same_party: Callable[[str | None, str | None], bool]) -> list:
    """Merge the force triggers of one act into one draft."""
    out: list = []
    heads: dict[int, int] = {}  # index in out -> the act head of that draft
    for d in drafts:
        if d.type not in FORCE_RANK:
            out.append(d)
            continue
        head = act_head(d.anchor)
        k = next((n for n, h in heads.items() if h == head and _compatible(out[n], d, same_party)), None)
        if k is None:
            heads[len(out)] = head
            out.append(d)
            continue
        out[k] = _merge(out[k], d)
    return out


def _compatible(a: _Draft, b: _Draft, same_party: Callable[[str | None, str | None], bool]) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical or a.sources[:1] != b.sources[:1]:
        return False
    ta, tb = (a.targets[0] if a.targets else None), (b.targets[0] if b.targets else None)
    return same_party(ta, tb)


def _merge(kept: _Draft, other: _Draft) -> _Draft:
    if not kept.targets and other.targets:
        return replace(kept, targets=list(other.targets))  # type: ignore[type-var]
    return kept


def absorb_protest_demands(drafts: Sequence[_Draft]) -> list:
    """"staged demonstrations to demand reforms", "blocked roads demanding his return": the demand
    is what the protest is for, not a second event (PLOVER codes the PROTEST)."""
    protest_verbs: dict[int, list[str]] = {}
    for d in drafts:
        if d.type == "PROTEST":
            for i in {d.anchor.i, d.anchor.head.i if d.anchor.dep_ in ("dobj", "obj") else d.anchor.i}:
                protest_verbs.setdefault(i, []).extend(d.sources[:1])
    if not protest_verbs:
        return list(drafts)
    return [d for d in drafts if not (d.type == "REQUEST" and d.anchor.dep_ == "advcl"
                                      and d.sources[:1] and d.sources[0] in protest_verbs.get(d.anchor.head.i, ()))]


# ---------------------------------------------------------------- one record per event
_MODE_GROUP: dict[str | None, str | None] = {"host": "visit"}


def same_party(a: str | None, b: str | None, actors: dict) -> bool:
    if a == b or a is None or b is None:
        return True
    ka, kb = actors.get(a), actors.get(b)
    if ka is None or kb is None or not ka.country or ka.country != kb.country:
        return False
    if a in gazetteer().companies or b in gazetteer().companies:
        return False  # a company does not stand for its home state: "probed Huawei" is no act against China
    return "state" in (ka.kind, kb.kind)  # a leader stands for their state, two ministers do not merge


def same_event(a: Event, b: Event, actors: dict) -> bool:
    if a.negated != b.negated:
        return False
    if a.sentence == b.sentence and {a.type, b.type} == {"CONSULT", "AGREE"} and "036" in (a.cameo, b.cameo):
        # "sending officials to Beijing and inviting its minister": one exchange of visits
        return a.source == b.source and a.target == b.target
    if a.type != b.type or a.hypothetical != b.hypothetical:
        return False
    if _MODE_GROUP.get(a.mode, a.mode) != _MODE_GROUP.get(b.mode, b.mode):
        return False
    if a.source != b.source and not same_party(a.source, b.source, actors):
        return False
    return same_party(a.target, b.target, actors) and date_compatible(a.date, b.date)


def deduplicate(events: list[Event], actors: dict) -> list[Event]:
    """Collapse repeated mentions: keep the first mention's evidence, the most specific date,
    and a named target over none. A record is its evidence: when a later mention names the
    target the first left open, that mention's record (sentence, trigger, target) is kept in the
    first one's place, so the sentence shown always names the parties the record gives."""
    kept: list[Event] = []
    for e in events:
        n = next((n for n, k in enumerate(kept) if same_event(k, e, actors)), None)
        if n is None:
            kept.append(e)
            continue
        twin = kept[n]
        if twin.target is None and e.target is not None:
            twin, e = e, twin
            kept[n] = twin
        twin.date = more_specific(twin.date, e.date)
        twin.reported_by = twin.reported_by or e.reported_by
    return kept

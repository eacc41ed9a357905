"""A cooperative act reversed: "the US ended its support for the rebels", "halted military aid to
Egypt", "suspended cooperation with the inquiry". A verb of ending or cutting whose direct object
is a standing act of support, aid or cooperation reports that the act stops, not that it is
done: CAMEO 16 "reduce relations" (160; 162 reduce or stop aid), PLOVER SANCTION, by the verb's
subject against the act's former recipient (``kb/reversals.tsv``). ``frames.reversed_act`` climbs
on from the verb ("urged Russia to end its support for Assad" is a request).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import load_table, per_folder, split_list
from ..syntax import DIRECT_OBJECT_DEPS, SubjectPolicy, is_passive, subject
from .lexicon import lemma_candidates
from .parties import np_actors

if TYPE_CHECKING:
    from .drafts import Draft


@per_folder
def reversal_table() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(verb lemma, reversed inner type) -> (type, mode, cameo) of ``kb/reversals.tsv``."""
    return {(r["verb"].lower(), inner): (r["type"], r["mode"], r["cameo"])
            for r in load_table("reversals") for inner in split_list(r["reversed"])}


def _reversed_object(g: Token, prev: Token) -> bool:
    """``prev`` is what ``g`` acts on: its direct object ("ended its support"), the passive
    subject ("aid to Egypt was halted") or a gerund it stops ("stopped arming the rebels")."""
    if prev.head.i != g.i:
        return False
    gerund = prev.dep_ in ("xcomp", "ccomp") and prev.tag_ == "VBG"
    return prev.dep_ in DIRECT_OBJECT_DEPS or gerund or (prev.dep_ == "nsubjpass" and is_passive(g))


def reversal_of(d: Draft, g: Token, prev: Token, subjects: SubjectPolicy, mentions: list) -> Draft | None:
    """The SANCTION that ``g`` makes of the cooperative act ``d`` it ends, or None when ``g`` is no
    verb of ending over it. Its source is ``g``'s subject (else the act's own source: "to end
    its support", whose ending is asked of someone); its target is the act's recipient."""
    if g.pos_ not in ("VERB", "AUX") or not _reversed_object(g, prev):
        return None
    table = reversal_table()
    coded = next((table[(w, d.type)] for w in lemma_candidates(g) if (w, d.type) in table), None)
    if coded is None:
        return None
    subj, passive = subject(g, subjects)
    sources = np_actors(subj, mentions) if subj is not None and not passive else []
    sources = sources or d.sources
    targets = [t for t in d.targets if t not in sources]
    rtype, mode, cameo = coded
    return replace(d, type=rtype, mode=mode or None, cameo=cameo or None, sources=sources, targets=targets,
                   anchor=g, words=f"{g.lemma_.lower()} {d.words}", recip=False, flags=frozenset(),
                   base=d.base or d.type)

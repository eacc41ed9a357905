"""A cooperative act reversed: "the US ended its support for the rebels", "halted military aid to
Egypt", "suspended cooperation with the inquiry". A verb of ending or cutting whose direct object
is a standing act of support, aid or cooperation reports that the act stops, not that it is
done: CAMEO 16 "reduce relations" (160; 162 reduce or stop aid), PLOVER SANCTION, by the verb's
subject against the act's former recipient (``kb/reversals.tsv``). A hostile act of the subject's
own ended is a yield (CAMEO 08): "Russia ended its blockade" (CONCEDE 081), "halted the bombing"
(RETREAT 087); another's act ended is no yield of the ender's ("the army ended the rebels' siege").
``frames.reversed_act`` climbs on from the verb ("urged Russia to end its support for Assad" is a
request; "vowed to end the detentions" an intent to yield).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import load_table, per_folder, split_list
from ..mood import under_condition
from ..syntax import DIRECT_OBJECT_DEPS, is_passive, subject
from .lexicon import Lexicon, lemma_candidates
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


# What a hostile act ended becomes (kb/reversals.tsv): only the one who did it can yield it.
_YIELDS = frozenset({"CONCEDE", "RETREAT"})


def _own_act(doers: list[str], enders: list[str]) -> bool:
    """The act ended is the ender's own: its doers are unnamed or include the ender ("Russia ended
    its blockade"), not another party ("Iraqi troops ended the militants' siege": a defeat of the
    besiegers, no concession by the troops)."""
    return not doers or not enders or bool(set(doers) & set(enders))


def _yield_told(d: Draft, g: Token, asked_or_vowed: bool, lex: Lexicon) -> bool:
    """A yield is read where the text tells it done, "Turkey halted its incursion", "has lifted the
    curfew", or where a word of promising, refusing, asking or threatening governs it ("vowed to end
    the detentions", "urged Israel to lift the blockade"); not as an aim, a need or a condition ("talks
    to end the siege", "needed to end its blockade", "unless Russia ends the siege": nothing yielded),
    nor of a state named only after a light verb, "ended the war" (``kb/events.tsv`` flag framed)."""
    if "framed" in d.flags:
        return False
    if asked_or_vowed:
        return True
    clause = g
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "unless talks resume and Russia ends it"
        clause = clause.head
    if any(under_condition(t, None, lex.irrealis) for t in (g, clause)):  # kb/irrealis.tsv class conditional
        return False
    if g.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return g.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in g.children)


def reversal_of(d: Draft, g: Token, prev: Token, lex: Lexicon, mentions: list,
                asked_or_vowed: bool = False) -> Draft | None:
    """The SANCTION that ``g`` makes of the cooperative act ``d`` it ends, or None when ``g`` is no
    verb of ending over it. Its source is ``g``'s subject (else the act's own source: "to end
    its support", whose ending is asked of someone); its target is the act's recipient."""
    if g.pos_ not in ("VERB", "AUX") or not _reversed_object(g, prev):
        return None
    table = reversal_table()
    coded = next((table[(w, d.type)] for w in lemma_candidates(g) if (w, d.type) in table), None)
    if coded is None:
        return None
    subj, passive = subject(g, lex.subjects)
    sources = np_actors(subj, mentions) if subj is not None and not passive else []
    if coded[0] in _YIELDS and not (_own_act(d.sources, sources) and _yield_told(d, g, asked_or_vowed, lex)):
        return None
    sources = sources or d.sources
    targets = [t for t in d.targets if t not in sources]
    rtype, mode, cameo = coded
    return replace(d, type=rtype, mode=mode or None, cameo=cameo or None, sources=sources, targets=targets,
                   anchor=g, words=f"{g.lemma_.lower()} {d.words}", recip=False, flags=frozenset(),
                   base=d.base or d.type)

"""A hostile plan the text ascribes to a party by inference is no threat: "intelligence revealed
that militants were planning to kill", "clear indications that Iran was preparing to attack U.S.
forces", "information that the groups are planning attacks on malls", "the refugee believes that
the militia will kill his family". PLOVER THREATEN (CAMEO 13) is a party's own statement of what
it will do; a plan found by intelligence, read from evidence or believed by someone else was
announced by no one, and the act planned is not done: it stays a hypothetical act, neither a
threat (``outcomes.announced_hostility``) nor a show of force (``outcomes.show_of_force``). One of
the event coder's outcome rules (``outcomes.OUTCOME_RULES``); its words are ``kb/irrealis.tsv``
class inference.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ...kb import load_table, per_folder
from .drafts import MATERIAL_CONFLICT
from .lexicon import Lexicon

# The dependencies through which the climb reaches the clause or noun that ascribes the plan
# ("planning to kill" -> "revealed that", "preparing to attack" -> "indications that"): complements
# only, never an adverbial or conjoined clause, which stands on its own ("..., as the generals
# approved a plan to strike": whatever the main clause believes is not the plan's source).
_CLIMB_DEPS = frozenset({"ccomp", "xcomp", "acl", "dobj", "pobj", "prep", "pcomp"})
_CLIMB_MAX = 6


class _Mood(Protocol):
    """What the rule reads of a draft event (``drafts.Draft``)."""

    type: str
    hypothetical: bool
    negated: bool


@per_folder
def inference_words() -> frozenset[str]:
    """The nouns and verbs of ``kb/irrealis.tsv`` class inference."""
    return frozenset(r["word"].lower() for r in load_table("irrealis") if r["class"] == "inference")


def inferred_by(tok: Token, lex: Lexicon) -> Token | None:
    """The word of inference over ``tok``'s clause, up to the nearest verb of speech: a noun or
    verb of inference it climbs through ("indications that", "believes that"), or the subject of
    a verb it climbs to ("intelligence revealed that"); None when a party's own words carry it
    ("Iran said it would attack")."""
    words, t = inference_words(), tok
    for _ in range(_CLIMB_MAX):
        if t.dep_ not in _CLIMB_DEPS or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in words:
            return t
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in words:
                return subj
            if t.lemma_.lower() in lex.speech:
                return None
    return None


def inferred_hostility(d: _Mood, tok: Token, lex: Lexicon) -> bool:
    """"intelligence revealed that militants were planning to kill", "indications that Iran was
    preparing to attack": a hostile act still to come that others infer or believe a party plans
    stays hypothetical; no later outcome rule makes it a threat or a show of force."""
    if not d.hypothetical or d.negated or d.type not in MATERIAL_CONFLICT:
        return False
    return inferred_by(tok, lex) is not None

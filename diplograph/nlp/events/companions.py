"""A trip one goes along on is the trip of the one accompanied: "an aide who accompanied the
minister on the trip", "Rossi joined the president on a trip to Kenya", "his son joined him on his
visit". The trip noun is the "on" phrase of a verb of accompanying (``kb/companion_verbs.tsv``), and
its traveller is that verb's object, not its subject: the companion is no party of the visit (PLOVER
CONSULT is between the visitor and the host), and the one accompanied is not visited. So the visit's
source is the trip's own possessor, else the verb's object, never the companion; and the verb's
object is never its recipient. A trip noun elsewhere ("joined the talks on a trip to Kenya" names no
one accompanied) is left as it is. One of ``noun_roles.NOUN_PARTY_RULES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import WordClass
from ..syntax import DIRECT_OBJECT_DEPS
from .parties import np_actors

if TYPE_CHECKING:
    from .noun_roles import NounCase

COMPANION_VERBS = WordClass("companion_verbs", "accompany")


def accompanied(tok: Token) -> Token | None:
    """The verb of accompanying whose "on" phrase the trip noun is ("joined X on a trip")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "on" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in COMPANION_VERBS:
        return None
    return verb if any(c.dep_ in DIRECT_OBJECT_DEPS for c in verb.children) else None


def companion_trip(c: NounCase) -> None:
    """"Rossi joined the president on a trip to Kenya": the president's trip, the companion's no
    visit; the trip's own possessor ("on his trip") is kept, else the one accompanied is the source."""
    if c.trig.mode != "visit" or "host" in c.trig.flags:
        return
    verb = accompanied(c.tok)
    if verb is None:
        return
    if not c.sources:
        c.sources = [a for o in verb.children if o.dep_ in DIRECT_OBJECT_DEPS for a in np_actors(o, c.mentions)]
    c.governed = False  # the companion (the verb's subject) and its object are no source and target of it

"""The possessor of a captor is the captive: "Foley's captors demanded a ransom", "his executioner
blamed U.S. air strikes", "the reporter's kidnappers released a video" are acts of those who hold or
killed the person the possessive names, never of that person. A modifier that is no possessive,
"Taliban captors", "North Korean jailers", still names their side. The nouns are
``kb/captor_nouns.tsv``; ``parties.modifier_parties`` reads ``possessor_is_captive``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass

CAPTOR_NOUNS = WordClass("captor_nouns", "captor")


def possessor_is_captive(mod: Token, head: Token) -> bool:
    """``mod`` is the possessive of a captor noun ``head``: the one held or killed, no party."""
    return mod.dep_ == "poss" and head.lemma_.lower() in CAPTOR_NOUNS

"""Help given to an act, not to a party. "Helped Ukraine", "helped Kenya build a port": the one
helped is named (the verb's object or its complement's subject) and the help is aid to it (PLOVER
AID: "material aid whose benefits primarily accrue to the recipient"). "The alliance helped oust
the dictator", "helped negotiate the deal", "will help fight the militants", "helped bring
tougher sanctions": the complement's subject is the helper itself, who takes part in the
complement's act; the complement's object is that act's patient, never the one helped, and the
act is coded by its own trigger ("oust", "negotiate", "fight") with the helper as its subject.

The sense check is a flag of ``kb/events.tsv`` rows (``lexicon.COMPLEMENT_RULES``): a row with
flag ``helped`` is read only when ``names_the_helped``."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import OBJECT_DEPS

# Dependents by which a verb of helping names the one it helps: "helped Mali", "gave help to Mali".
_HELPED_DEPS = OBJECT_DEPS | {"dative", "nsubjpass"}


def names_the_helped(tok: Token) -> bool:
    """False for a verb whose only complement is an act it helps do, with no one helped of its own
    ("helped oust X", "helped to end the war"); True otherwise, and for a noun ("help to Mali")."""
    if tok.pos_ != "VERB" or any(c.dep_ in _HELPED_DEPS for c in tok.children):
        return True
    return not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children)

"""Forces or craft sent to help are aid, not a show of force. "Norway sent a patrol plane to
help", "dispatched engineers to help clear the rubble", "is sending two ships to assist in the
rescue": the sending's purpose is an act of helping, so the sending is PLOVER AID ("material
aid whose benefits primarily accrue to the recipient"; CAMEO 07 provide aid), not MOBILIZE
(CAMEO 15 exhibit force posture). A verb of helping is one whose own row in ``kb/events.tsv`` is of
type AID ("help", "assist", "aid"); no word list of its own.

The sense check is a flag of ``kb/events.tsv`` rows (``lexicon.COMPLEMENT_RULES``): a row with flag
``tohelp`` is read only when ``sent_to_help``; its MOBILIZE row after it reads the rest."""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..syntax import OBJECT_DEPS, is_to_infinitive


@per_folder
def _verbs_of_helping() -> frozenset[str]:
    """The one-word verbal triggers of type AID in ``kb/events.tsv`` with no object restriction."""
    return frozenset(r["trigger"].lower() for r in load_table("events")
                     if r["pos"] == "V" and r["type"] == "AID" and " " not in r["trigger"] and not r["object"])


def sent_to_help(tok: Token) -> bool:
    """True for a verb whose purpose infinitive helps: on the verb ("sent troops to help", an
    adverbial clause or open complement) or on its object ("sent a plane to help", parsed as an
    infinitival relative)."""
    helping = _verbs_of_helping()
    purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")]
    for obj in (c for c in tok.children if c.dep_ in OBJECT_DEPS):
        purposes += [c for c in obj.children if c.dep_ in ("relcl", "acl")]
    return any(p.pos_ == "VERB" and p.lemma_.lower() in helping and is_to_infinitive(p) for p in purposes)

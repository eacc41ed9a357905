"""Whom accepting or declining an invitation answers: the party it invites the guest to meet.

"Trump accepted an invitation to meet with Kim Jong Un", "Netanyahu declined an invitation to meet
with Senate Democrats", "Abe accepted an invitation to visit the White House": an invitation (a noun
of CAMEO 036 "express intent to meet or negotiate" in ``kb/events.tsv``) whose infinitive names whom
the guest is to meet (``visits.meeting_partners``: the meeting verb's object or its "with" phrase),
or the host it is to visit, is that party's invitation, and accepting it (PLOVER AGREE) or declining
it (PLOVER REJECT) is done to that party. The invitation's own inviter, "Kim's invitation", "an
invitation from Xi", is read first (``roles.wrapped_event_targets``); this reads only what is left.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS, is_to_infinitive
from .lexicon import Lexicon
from .parties import np_actors
from .targets import WRAPPING_TYPES
from .visits import meeting_partners

# CAMEO 036 "express intent to meet or negotiate": the code of the invitation nouns' rows.
_MEETING_INTENT = "036"


def _is_invitation(tok: Token, lex: Lexicon) -> bool:
    trig = lex.match(tok)
    return trig is not None and trig.pos == "N" and trig.cameo == _MEETING_INTENT


def _visited_hosts(noun: Token, lex: Lexicon, mentions: list, sources: list[str]) -> list[str]:
    """"an invitation to visit the White House": the host its infinitive of visiting names."""
    found: list[str] = []
    for c in noun.children:
        trig = lex.match(c) if c.dep_ == "acl" and is_to_infinitive(c) else None
        if trig is not None and trig.type == "CONSULT" and trig.mode == "visit":
            found += [a for o in c.children if o.dep_ in DIRECT_OBJECT_DEPS
                      for a in np_actors(o, mentions) if a not in sources and a not in found]
    return found


def invited_parties(verb: Token, type_: str, lex: Lexicon, mentions: list, sources: list[str]) -> list[str]:
    """The party a REQUEST, REJECT or AGREE whose object is an invitation invites its guest to meet
    or visit; [] when the object is no invitation or its infinitive names no one."""
    if type_ not in WRAPPING_TYPES:
        return []
    for obj in verb.children:
        if obj.dep_ in DIRECT_OBJECT_DEPS and _is_invitation(obj, lex):
            found = meeting_partners([obj], lex, mentions, sources) or _visited_hosts(obj, lex, mentions, sources)
            if found:
                return found
    return []

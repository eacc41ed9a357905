"""A trip made to meet someone abroad is a visit to the one met, not to the venue. "Kerry flew to
Switzerland to meet Iran's foreign minister", "Kim traveled to Singapore to meet with Trump",
"Merkel arrived in Vienna for talks with Putin", "a trip to Singapore to meet Modi": the purpose
phrase of the trip (a to-infinitive of meeting, or "for" and a noun of meeting) names its partner,
and a venue of a third state is no party of the meeting (PLOVER CONSULT is between the parties
who meet). When no partner named is of the state the trip went to, the partners are the
recipients instead; when one is ("visited India to meet Modi"), the host stays, and a purpose
that names no one ("arrived in Beijing for talks") leaves the trip as it is. Read for verbal
triggers by ``roles.VERB_TARGET_RULES`` ``met_abroad_targets`` and for nominal ones by
``noun_roles.NOUN_PARTY_RULES`` ``met_abroad_partners``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..syntax import is_to_infinitive
from .drafts import country_of
from .lexicon import Lexicon
from .parties import np_actors
from .role_phrases import prep_targets

# Dependencies of a purpose infinitive on a trip's verb or noun ("flew to X to meet", "a trip to X to
# meet") or on the light verb that carries the noun ("made a trip to X to meet").
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _is_meeting(tok: Token, lex: Lexicon) -> bool:
    """A word of meeting ("meet", "talks", "summit"), no trip of its own."""
    trig = lex.match(tok)
    return trig is not None and trig.type == "CONSULT" and trig.mode != "visit"


def _purposes(heads: Iterable[Token], lex: Lexicon) -> list[Token]:
    """The meeting words the trip is made for: a to-infinitive of meeting, "to meet", one whose
    object is a noun of meeting, "to hold talks", and a noun of meeting after "for", "for talks"."""
    out: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in _PURPOSE_DEPS and c.pos_ in ("VERB", "AUX") and is_to_infinitive(c):
                out += [c] if _is_meeting(c, lex) else \
                    [o for o in c.children if o.dep_ in _OBJECT_DEPS and _is_meeting(o, lex)]
            elif c.dep_ == "prep" and c.lower_ == "for":
                out += [o for o in c.children if o.dep_ == "pobj" and _is_meeting(o, lex)]
    return out


def meeting_partners(heads: Iterable[Token], lex: Lexicon, mentions: list, sources: list[str]) -> list[str]:
    """The parties the trip's purpose names as met: the meeting word's object or its "with" phrase."""
    found: list[str] = []
    for m in _purposes(heads, lex):
        named = [a for o in m.children if o.dep_ in _OBJECT_DEPS and not _is_meeting(o, lex)
                 for a in np_actors(o, mentions)] if m.pos_ in ("VERB", "AUX") else []
        found += named or prep_targets(m, ("with",), mentions)
    return [a for a in dict.fromkeys(found) if a not in sources]


def met_abroad(hosts: list[str], partners: list[str], actors: dict) -> bool:
    """Whether the trip went to a venue of no partner's state: every host found is of a state
    no partner is of (a partner of unknown country shares no state with it)."""
    if not hosts or not partners:
        return False
    partner_states = {country_of(actors, p) for p in partners}
    return all(country_of(actors, h) not in partner_states for h in hosts)

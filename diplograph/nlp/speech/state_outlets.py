"""A state's outlet the speaker told, named by its medium only: "Qasemi told state TV that Iran ...",
"“…,” Davutoglu told state media", "Araqchi told state-run television on Tuesday that ...".

The words came through that state's own broadcaster or press: the outlet of the state that a demonym
or possessive in the phrase names ("told Russian state TV"), else of the speaker's own state when a role of
the speaker or the sentence bears it out (an Iranian spokesman "told state TV": Iran's). It is an unnamed
outlet typed with the state's country, as "Syrian state TV said" makes one (``unnamed.py``; dropped again
when no record keeps it), never another outlet named before ("Sky News"), nor a named state outlet of
another medium ("SANA" is no TV). An outlet that speaks itself, "Syrian state TV said", passes on nothing.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ...kb.gazetteer import CAPITAL, DEMONYM, NAME, gazetteer, slug
from ...model import Actor
from ..common import actor_of, column
from .unnamed import remember_created, source_kind

# The word that makes an outlet a state's own: "state TV", "state-run television", "state-owned media".
_STATE_WORD = "state"


_STATE_WORDS = "diplograph.state_words"


def _state_words(doc: Doc) -> list[int]:
    """Indices of the words "state", found once per Doc: ``state_medium`` is asked of every noun
    near a quote or in a sentence before one."""
    found = doc.user_data.get(_STATE_WORDS)
    if found is None:
        found = doc.user_data[_STATE_WORDS] = [i for i, w in enumerate(column(doc, "LOWER")) if w == _STATE_WORD]
    return found


def _state_phrase_start(tok: Token) -> Token | None:
    """The "state" opening the medium noun's phrase ("state TV", "the state-run broadcaster"): the
    first one from the phrase's left edge up to the noun."""
    at = _state_words(tok.doc)
    k = bisect.bisect_left(at, tok.left_edge.i)
    return tok.doc[at[k]] if k < len(at) and at[k] < tok.i else None


def _outlet_named_beside(doc: Doc, tok: Token) -> bool:
    """An outlet's name in the noun's own phrase, in apposition or as the head it modifies: "state
    broadcaster ORTM", "Japanese state broadcaster NHK"."""
    from .credit import phrase_head  # credit reads this module first

    actors = doc._.actors or {}
    head, _ = phrase_head(tok)
    near = [*head.subtree, *tok.subtree] + ([doc[tok.i + 1]] if tok.i + 1 < len(doc) else [])
    return any(actor_of(t) and getattr(actors.get(actor_of(t)), "kind", None) == "media" for t in near)


def _named_state(doc: Doc, tok: Token) -> str | None:
    """The country of a state the phrase names before the noun ("Russian state TV", "Iran's state media")."""
    actors = doc._.actors or {}
    for t in doc[tok.left_edge.i:tok.i]:
        a = actors.get(actor_of(t)) if actor_of(t) else None
        if a is not None and a.kind == "state" and a.country:
            return a.country
    return None


def _speakers_state(doc: Doc, tok: Token, speaker: str | None) -> str | None:
    """The speaker's country, when the text bears it out: the speaker holds a role of that state, or the
    sentence names it ("Iran's deputy foreign minister told state media"); a country the document's
    context alone gave a person is no ground for naming a state's outlet."""
    own = (doc._.actors or {}).get(speaker) if speaker else None
    if own is None or own.kind == "media" or not own.country:
        return None
    if any(r.of == own.country for r in own.roles):
        return own.country
    actors = doc._.actors or {}
    sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
    named = any(_names_the_state(t, own.country, actors) for t in sent if actor_of(t))
    return own.country if named else None


# How a word names a state outright: its name, demonym or capital ("Iran", "Iranian", "Tehran"), not a
# place in it ("Gaza", which names no speaker's state).
_STATE_FORMS = frozenset({NAME, DEMONYM, CAPITAL})


def _names_the_state(tok: Token, country: str, actors: dict) -> bool:
    a = actors.get(actor_of(tok))
    if a is None or a.kind != "state" or a.country != country:
        return False
    hit = gazetteer().lookup(tok.text)
    return hit is not None and hit[0].country == country and hit[1] in _STATE_FORMS


def state_medium(tok: Token) -> bool:
    """Whether ``tok`` is a medium noun after "state" ("state TV", "state-run media") that no actor holds:
    the cheap test ``credit_in`` asks of every word before the costlier credit rules and ``state_outlet``."""
    return (tok.pos_ in ("NOUN", "PROPN") and not actor_of(tok) and _state_phrase_start(tok) is not None
            and source_kind(tok) == "media")


def state_outlet(doc: Doc, tok: Token, speaker: str | None) -> str | None:
    """The outlet ``tok``, a medium noun after "state" ("told state TV"), stands for: an unnamed outlet of
    that state, made here once; None when no state is known."""
    if not state_medium(tok):
        return None
    first = _state_phrase_start(tok)
    actors = doc._.actors if doc._.actors is not None else {}
    if first is None or _outlet_named_beside(doc, tok):
        return None  # "told state broadcaster ORTM", "according to state broadcaster TRT": the outlet is named
    own = actors.get(speaker) if speaker else None
    if own is not None and own.kind == "media":
        return None  # "Syrian state-run TV claimed": the outlet speaks, no one passes it on
    country = _named_state(doc, tok) or _speakers_state(doc, tok, speaker)
    if not country:
        return None
    span = doc[first.i:tok.i + 1]
    source_id = f"media:{country.lower()}-{slug(span.text)}"
    source = actors.get(source_id)
    if source is None:
        state = gazetteer().actors.get(f"state:{country}")
        name = f"{state.name}'s {span.text}" if state is not None else span.text  # "Iran's state TV"
        source = Actor(id=source_id, name=name, kind="media", country=country)
        actors[source_id] = source
        doc._.actors = actors
        remember_created(doc, source_id)
    source.add_mention(span.start_char, span.end_char, span.text)
    return source_id

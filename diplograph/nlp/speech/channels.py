"""Social-media platforms as the medium of reported words: "“…,” Trump tweeted", "said in a tweet",
"wrote on Twitter", "said in a Facebook post" pass the words on through the platform, the way "told
CNN" passes them through CNN. A platform named as a party of its clause ("Twitter removed the post")
is the company (``actors/companies``), never a channel.

A platform the text only implies ("Trump tweeted") is listed among the document's actors for its
channel's sake alone (every id a record names is an actor): once no record names it (the quote it
was found for was dropped, or credited to an outlet), it goes (``drop_unused_platforms``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ...model import Actor, Extraction
from ..actors.evidence import PLATFORMS
from ..common import actor_of
from .attribution import speech_kind

# Prepositions of a message's channel: "in a tweet", "on Twitter", "via Facebook".
_CHANNEL_PREPOSITIONS = frozenset({"in", "on", "via", "through"})
# How a platform's name or message noun joins the noun of its phrase: "a Facebook post", "Trump's tweet".
_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


@per_folder
def platform_messages() -> dict[str, str]:
    """A message word -> the platform it belongs to (``kb/platform_messages.tsv``)."""
    return {r["word"]: r["platform"] for r in load_table("platform_messages")}


def _spoken_through(tok: Token) -> bool:
    """``tok`` heads (or modifies the head of) a channel phrase of a speech verb: "said in a tweet",
    "wrote on Twitter", "posted in a Facebook video"."""
    head = tok
    while head.dep_ in _PHRASE_DEPS and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in _CHANNEL_PREPOSITIONS:
        return False
    return speech_kind(head.head.head) in ("say", "credit")


def _someone_else(tok: Token, speaker: str | None) -> bool:
    """The message verb's subject is another actor than the quote's speaker ("…, said X, after Y
    tweeted …")."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    other = actor_of(subj) if subj is not None else None
    return bool(other and speaker and other != speaker)


def _platform_named(tok: Token, speaker: str | None) -> str | None:
    """The platform ``tok`` names as the channel of reported words, if it does."""
    word = tok.lemma_.lower()
    if word in platform_messages():
        if tok.pos_ == "VERB":
            return None if _someone_else(tok, speaker) else platform_messages()[word]
        return platform_messages()[word] if _spoken_through(tok) else None
    if tok.text in PLATFORMS and _spoken_through(tok):
        return tok.text
    return None


@functools.cache
def _platform_actor(name: str) -> Actor | None:
    from ...kb.gazetteer import gazetteer

    hit = gazetteer().lookup(name)
    if hit is None:
        return None
    kb = hit[0]
    return Actor(kb.id, kb.name, kb.kind, kb.country)


def is_platform(actor_id: str | None) -> bool:
    """A platform's id: its channel holds for the words it is named with only; a speaker's next words
    often come by another way ("Trump tweeted …. “We are talking,” he told reporters")."""
    return any(actor_id == a.id for name in PLATFORMS for a in [_platform_actor(name)] if a)


def platform_channel(doc: Doc, tokens: list[Token], speaker: str | None) -> str | None:
    """The id of the platform ``tokens`` (the words around reported words) name as their medium,
    added to the document's actors when the text only names its message ("Trump tweeted")."""
    for tok in tokens:
        name = _platform_named(tok, speaker)
        actor = _platform_actor(name) if name else None
        if actor is None:
            continue
        actors = doc._.actors if doc._.actors is not None else {}
        if actor.id not in actors:
            actors[actor.id] = Actor(actor.id, actor.name, actor.kind, actor.country)
            doc._.actors = actors
        return actor.id
    return None


def drop_unused_platforms(ex: Extraction) -> None:
    """Drop from ``ex.actors`` a platform that no record names and the text never names as a party:
    "the senator tweeted during the hearing" with no quote of the tweet leaves Twitter no channel, and
    a channel is all it was (a platform named as its clause's party, "Twitter removed the post", has
    mentions and stays)."""
    named = ex.referenced_ids()
    ex.actors = [a for a in ex.actors if a.mentions or a.id in named or not is_platform(a.id)]

"""A verb of telling is a directive only through its infinitive and to an actor it names.

"Trump told Russia to withdraw its troops", "Obama told Congress to delay the vote": "tell" with a
"to" infinitive orders its addressee to act (PLOVER REQUEST, "asks, demands, orders"; CAMEO 10);
its frame row (``kb/event_frames.tsv`` effect request) recodes the act told into the request, so
the withdrawal is not reported as done. "told reporters that Russia withdrew" and "told the story
to parliament" report speech: through a clause or an object the verb of speech stops the climb as
any reported speech does (``frames.plain_governor``); so it does when the one told names no actor,
"told reporters to expect a deal with Iran" (a forecast, no demand on Iran), or is the passive
subject, "was told to resign". One of the event coder's ``frames.GOVERNOR_RULES``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Frame, Lexicon
from .parties import np_actors


def reports_not_directs(g: Token, via: Token, frame: Frame | None, lex: Lexicon, mentions: list) -> bool:
    """A request frame that is a verb of speech whose trigger row is a directive only with its
    infinitive (flag ``infinitive`` of ``kb/events.tsv``: "tell", not "urge" or "ask"; the
    lexicon gives its frame only through that infinitive, ``Lexicon.frame``), whose object names
    no actor: it reports what it governs, asks for nothing."""
    lemma = g.lemma_.lower()
    if frame is None or frame.effect != "request" or g.pos_ != "VERB" or lemma not in lex.speech:
        return False
    if not any("infinitive" in t.flags for t in lex.triggers.get((lemma, "V"), ())):
        return False
    return not any(np_actors(c, mentions) for c in g.children if c.dep_ in ("dobj", "obj", "dative"))

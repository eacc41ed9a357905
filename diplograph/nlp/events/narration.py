"""Who tells of a meeting still to come. A party that says it will meet another states an
intention (PLOVER AGREE, CAMEO 036 "express intent to meet or negotiate"); a news outlet that
reports the meeting is on the way, "Reuters reports that Hollande will meet Putin on Friday",
"AFP reports Mr. Netanyahu will meet Mr. Putin in Russia Tuesday", "Fox News announced Clinton
will sit down with two of its anchors", tells a schedule as the writer does, in no party's words:
``outcomes.narrated_meeting`` keeps such a meeting hypothetical, as when no one is said to speak."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import own_subjects


def told_by_an_outlet(verb: Token | None) -> bool:
    """The speech verb's own subjects name news outlets only ("Reuters reports", "Fox News
    announced"), not a party nor a reporter by name."""
    if verb is None:
        return False
    actors = verb.doc._.actors or {}
    subjects = own_subjects(verb)
    kinds = [getattr(actors.get(s._.actor), "kind", None) for s in subjects]
    return bool(kinds) and all(k == "media" for k in kinds)

"""A title in a phrase fronted before a clause's subject, set off by a comma right before the name:
"as special assistant to the Egyptian foreign minister, ElBaradei served ...", "After meeting Iraq's
prime minister, Biden said ...". Read on the words alone, "X's T, P" looks like an apposition naming
the title's holder; but the parse makes the name the subject of the verb after it and the title an
argument of that verb (or of a word fronted under it), so the title is someone else's -- the person
the phrase is about. Not after "as": "As the chief U.S. diplomat, Pompeo has ..." predicates the title
of the subject (read by ``roles._person_titles``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import SUBJECT_DEPS, governor


def fronted_argument(title_head: Token, name: Token) -> bool:
    """Whether the title headed by ``title_head``, before the comma that precedes the name ending in
    ``name``, is an argument of the verb the name is the subject of, or of a word before the title
    that hangs on that verb ("After meeting T, P said")."""
    verb = name.head
    if name.dep_ not in SUBJECT_DEPS or verb.i <= name.i:
        return False  # an apposition, or a subject of no verb after it: the title may be the name's
    if title_head.dep_ == "pobj" and title_head.head.lower_ == "as":
        return False  # "As the chief U.S. diplomat, P has ...": the subject's own office
    gov = governor(title_head)
    return gov is not None and (gov == verb or gov.i < title_head.i and verb in gov.ancestors)

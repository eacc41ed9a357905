"""An organisation's name the NER ran into the bracket that follows it: "the Department of Defense (DoD) said",
"the Islamic Movement of Uzbekistan (IMU)", "the Shanghai Cooperation Organization (SCO)" come out of the
tagger as "Department of Defense (DoD", its acronym and the opening bracket glued to the name while the
closing bracket is left outside. The name ends before the bracket (``before_open_bracket``, read by
``component.entity_candidates`` for organisations); the acronym in brackets is then its alias
(``orgs.merge_acronyms``). A bracket closed inside the entity ("Islamic State (IS) fighters") stays, and so
does a person's ("Robert (Bob"), whose bracket holds a nickname, not another name of the same actor.
"""

from __future__ import annotations

from spacy.tokens import Doc


def before_open_bracket(doc: Doc, s: int, e: int) -> int:
    """The end of the organisation's name ``doc[s:e]``: before an opening bracket the entity does not close
    ("Department of Defense (DoD" -> "Department of Defense"); ``e`` when every bracket closes or none opens,
    or the bracket opens the name."""
    opened = None
    for i in range(s, e):
        if doc[i].text == "(" and opened is None:
            opened = i
        elif doc[i].text == ")":
            opened = None
    return opened if opened is not None and opened > s else e

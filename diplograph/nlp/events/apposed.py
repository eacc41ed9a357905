"""A common noun in apposition to a name names what the name names: "Hamas, a group that has
attacked Israel", "Venezuela, a country which expelled Colombian diplomats", "Syria, a country
that Russia has defended", "Hezbollah, a militia backed by Iran".

The relative clause or participle that follows hangs on the appositive noun ("group", "country",
"militia"), so the subject the clause inherits (``syntax.from_modified_noun``), the object a
relative pronoun stands for (``lexicon.object_tokens``) or the patient of a participle
(``syntax.is_reduced_passive``) is that noun, which names no actor by itself: the event lost its
party. The apposition says the noun is the name before it. Only a common noun with no actor of
its own and none a modifier gives it, so "Obama, the president of the United States" keeps its
own reading; read last among ``parties.DESCRIPTION_RULES``. Only an apposition set off right
after the name: the parser hangs a later appositive phrase on an earlier name too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# The parser's label of an apposition ("Hamas, a group ...": group -> appos -> Hamas).
_APPOSITION = "appos"
# What may stand between a name and its apposition: the comma, a dash, a bracket.
_SETTING_OFF = frozenset({",", "—", "–", "--", "-", "("})


def apposed_name(head: Token, mentions: list | None, depth: int,
                 read: Callable[[Token, list | None, int], list[str]]) -> list[str]:
    """The actors of the name a common noun stands in apposition to (``read`` is
    ``parties.np_actors``), or [] when the noun is no apposition of a name."""
    if head.dep_ != _APPOSITION or head.pos_ != "NOUN" or head._.actor or depth >= 3:
        return []
    anchor = head.head
    if anchor.i >= head.i or anchor.pos_ != "PROPN" or not anchor._.actor or not _set_off(anchor, head):
        return []
    return read(anchor, mentions, depth + 1)


def _set_off(anchor: Token, head: Token) -> bool:
    """The apposition opens right after the name, set off by a mark: "Hamas, a group". The parser
    also hangs a later phrase on an earlier name ("investigate P, a banker who backed the X Act,
    a law opposed by Y": "law" is the Act's, not P's); words between them say it is not P's."""
    between = head.doc[anchor.i + 1:head.left_edge.i]
    return len(between) > 0 and all(t.text in _SETTING_OFF for t in between)

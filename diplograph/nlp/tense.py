"""How a verb group tells its time: a verb's auxiliaries and the few tense shapes the event and
time readers ask about ("is meeting", "attacked", "will support", "agrees"). One reader for all,
so that a fix to how the parse marks tense reaches dating, realis and speech alike.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependencies of a verb's auxiliaries ("has met", "was attacked").
AUX_DEPS = frozenset({"aux", "auxpass"})
# Tags of a finite verb in the present ("agrees", "meet").
PRESENT_FINITE_TAGS = frozenset({"VBZ", "VBP"})
# Tags of a verb of the speaker's time: base, present and present participle.
NOT_PAST_TAGS = frozenset({"VB", "VBZ", "VBP", "VBG"})


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries the parse hangs on ``verb`` ("will", "has", "been", "to")."""
    return [c for c in verb.children if c.dep_ in AUX_DEPS]


def finite_group(verb: Token) -> list[Token]:
    """The verb and its auxiliaries: the tense sits on one of them ("agrees", "is implemented")."""
    return [verb, *auxiliaries(verb)]


def is_present_progressive(verb: Token) -> bool:
    """"is meeting", "are blaming": a present participle whose only auxiliary is a present "be"."""
    auxes = auxiliaries(verb)
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lemma_.lower() == "be" \
        and auxes[0].tag_ in PRESENT_FINITE_TAGS


def is_simple_past(verb: Token) -> bool:
    """"attacked": a past form with no auxiliary (not "had attacked", "was attacked")."""
    return verb.tag_ == "VBD" and not auxiliaries(verb)


def is_not_past(verb: Token) -> bool:
    """A verb of the speaker's time: present, future or modal ("will support", "must take",
    "would not apologize", "will be imposed"), not a past or perfect ("attacked", "has violated",
    "was building", "had met")."""
    auxes = auxiliaries(verb)
    if any(a.tag_ in ("VBD", "VBN") or a.lemma_.lower() == "have" for a in auxes):
        return False
    if verb.tag_ in NOT_PAST_TAGS:
        return True
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in auxes)


def is_plain_present(verb: Token) -> bool:
    """A finite present with no past and no modal in its group ("agrees", "is implemented",
    "has complied"): the tense English uses for the future in clauses of time."""
    group = finite_group(verb)
    return any(v.tag_ in PRESENT_FINITE_TAGS for v in group) and not any(v.tag_ in ("VBD", "MD") for v in group)


def is_settled_past(verb: Token) -> bool:
    """A main verb that can only tell a thing done: a simple past ("visited"), a present
    perfect ("has visited", "has been freed") or a past passive ("was freed"); not a copula
    ("was in May"), a modal, a past perfect or a progressive, which news also uses for plans
    ("was meeting in May", "had planned")."""
    if verb.pos_ != "VERB":
        return False
    if is_simple_past(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    auxes = auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.lemma_.lower() == "have" and a.tag_ in PRESENT_FINITE_TAGS for a in auxes):
        return all(a.lemma_.lower() == "have" or a.lower_ == "been" for a in auxes)
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].lower_ in ("was", "were")

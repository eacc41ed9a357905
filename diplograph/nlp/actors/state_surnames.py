"""A one-word name of a state ("Jordan", "Holland", "Monaco") that is the surname of a person the
document named in full before it ("Rep. Jim Jordan ... “…,” Jordan said") is that person's surname,
not the state: news prose repeats a person by surname alone. The reading holds only where the
document names the state in no other way: no other of its KB forms (another name, its demonym, its
capital or seat: "Israeli", "Amman") and no bare use of the word before the full name; a story that
also speaks of the state keeps every bare word for the state, which is the older reading. Read by
``component.find_actors`` on the KB candidates, before the entities."""

from __future__ import annotations

from spacy.tokens import Doc

from .roles import Cand

# How a KB form names its state: only its own name or an alias can be a person's surname ("Jordan",
# "Holland"); a demonym, capital or seat is another form of the state.
_NAME_FORMS = frozenset({"name"})


def _full_name_ends(doc: Doc) -> dict[str, int]:
    """Each last word of a PERSON entity of two words or more, with where the first such entity
    ends ("Jim Jordan" gives "Jordan")."""
    out: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title:
            out.setdefault(ent[-1].text, ent.end)
    return out


def _inside_full_name(doc: Doc, c: Cand) -> bool:
    """The word is part of a longer PERSON entity (the full name itself, "Jim | Jordan")."""
    t = doc[c.start]
    return t.ent_type_ == "PERSON" and (t.ent_iob_ == "I" or c.end < len(doc) and doc[c.end].ent_iob_ == "I")


def state_surnames(doc: Doc, kb: list[Cand]) -> list[Cand]:
    """``kb`` with every bare one-word state name that repeats the surname of a person named in full
    before it turned into a mention of that person, where the document names the state no other way."""
    named = _full_name_ends(doc)
    if not named:
        return kb
    bare = [c for c in kb if c.kind == "state" and c.how in _NAME_FORMS and c.end - c.start == 1
            and c.start_char is None and c.text in named and not _inside_full_name(doc, c)]
    if not bare:
        return kb
    surnamed: set[int] = set()
    for state in {c.key for c in bare}:
        forms = [c for c in kb if c.key == state]
        word = {c.text for c in bare if c.key == state}
        if len(word) != 1:
            continue
        text = word.pop()
        own = [c for c in forms if c.text == text and not _inside_full_name(doc, c)]
        if len(own) != len([c for c in forms if not _inside_full_name(doc, c)]):
            continue  # the state is named another way too ("Israeli", "Amman")
        if any(c.start < named[text] for c in own):
            continue  # the bare word came before the full name: the state
        surnamed |= {id(c) for c in own}
    return [Cand(c.start, c.end, "person:" + c.text, "person", text=c.text) if id(c) in surnamed else c
            for c in kb]

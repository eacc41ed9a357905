"""Short names of known organisations within one document.

* ``org_short_names``: a body the KB knows, named in full ("the Senate Armed Services Committee"),
  is named again by the tail of its name ("the Foreign Relations Committee", "the Armed Services
  Committee"): news drops a leading chamber or state word once the full name is given. The short
  form is that body when no other body of the KB has that tail and it is no name of its own in the
  KB; when several have it ("Armed Services Committee": the Senate's and the House's), it is one of
  them, so of their country when they share one, and its own actor (the other chamber's may be meant).
  Named in full nowhere in the document, the tail is of the KB bodies' one state only in a document
  about that state (``orgs.dominant_state``): "the Intelligence Committee" in a story about the US.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import NAME, Gazetteer
from .orgs import dominant_state
from .roles import Cand

_MIN_TAIL_WORDS = 2  # "Armed Services Committee", "Services Committee"; never the bare head "Committee"


def _words(text: str) -> list[str]:
    words = text.split()
    return words[1:] if words[:1] and words[0].lower() == "the" else words


def _tails(form: str) -> list[str]:
    """The lower-case tails of a name that drop at least one leading word and keep two or more."""
    words = _words(form)
    return [" ".join(words[k:]).lower() for k in range(1, len(words) - _MIN_TAIL_WORDS + 1)]


_TAILS: list[tuple[Gazetteer, dict[str, frozenset[str]]]] = []  # the last gazetteer read, and its tails


def _kb_tails(g: Gazetteer) -> dict[str, frozenset[str]]:
    """Each tail of a KB organisation's name or alias -> the organisations with that tail."""
    if _TAILS and _TAILS[0][0] is g:
        return _TAILS[0][1]
    out: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for form, (aid, how) in g.surfaces.items():
        if how == NAME and g.actors[aid].kind == "organization":
            forms.setdefault(aid, {g.actors[aid].name}).add(form)
    for aid, names in forms.items():
        for form in names:
            for tail in _tails(form):
                out.setdefault(tail, set()).add(aid)
    _TAILS[:] = [(g, {t: frozenset(ids) for t, ids in out.items()})]
    return _TAILS[0][1]


def org_short_names(doc: Doc, g: Gazetteer, cands: list[Cand]) -> None:
    """Give a short name the KB does not know the known body the document names in full whose
    name's tail it is, or that body's country when other bodies of the KB share the tail and the
    country (see the module doc)."""
    owners: dict[str, set[str]] = {}
    for c in cands:
        kb = g.actors.get(c.key)
        if c.start_char is not None or kb is None or kb.kind != "organization" or c.how != "name":
            continue
        for form in {kb.name, doc[c.start:c.end].text}:
            for tail in _tails(form):
                owners.setdefault(tail, set()).add(c.key)
    about = dominant_state([c for c in cands if c.start_char is None])
    for c in cands:
        if c.start_char is not None or c.kind != "organization" or c.key in g.actors:
            continue
        text = " ".join(_words(doc[c.start:c.end].text))
        keys = owners.get(text.lower(), set())
        alike = _kb_tails(g).get(text.lower(), frozenset()) | keys
        if not alike or g.lookup(text) is not None or text.lower() in g.bodies:
            continue  # a KB name, or a state's body named bare ("the Air Force": orgs.bare_body_country)
        countries = {g.actors[k].country for k in alike}
        if len(countries) != 1 or (c.country and c.country not in countries):
            continue  # "Vietnam's Communist Party" beside the Chinese one: another state's namesake
        if not keys and (c.country or countries != {about}):
            continue  # named in full nowhere: the bodies' state only in a document about it
        if keys and len(alike) == 1:
            c.key, c.how = next(iter(alike)), "name"
        c.country = countries.pop()

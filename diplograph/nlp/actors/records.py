"""From candidates to records: person candidates grouped into one cluster per real person (the
fullest name first; short forms, honorific forms and misspelled repeats join it; a person the
knowledge base knows gets its full name, country and role), unnamed roles resolved to their
holder or their state, and the ``Actor`` and ``Mention`` records ``find_actors`` returns
(``build_actors``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...kb.gazetteer import CAPITAL, PLACE, Gazetteer, outlet_key, slug
from ...model import Actor, Role
from ..common import doc_text
from ..extensions import LOCATIONS, Mention
from .evidence import honorific_role, reordered_name
from .names import fold, is_short_form, misspelling, name_words
from .orgs import document_country, org_countries, titled_person_country
from .person_country import american_legislator, american_service_member, person_country_from_text
from .roles import Cand, TitleSpan, attach_roles, cand_id

# --- persons: one cluster per real person ------------------------------------------------

class _Person:
    def __init__(self, name: str, cand: Cand) -> None:
        self.name = name
        self.cands = [cand]
        self.country: str | None = None
        self.roles: list[tuple[str, str | None]] = []
        self.kb_name: str | None = None  # the knowledge base's full name for this person

    @property
    def words(self) -> list[str]:
        return name_words(self.name)


def _bare_name(doc: Doc, c: Cand, g: Gazetteer) -> str:
    s = c.start
    while s < c.end - 1 and doc[s].text in g.honorifics:
        s += 1
    return doc[s:c.end].text


def _compatible(p: _Person, c: Cand) -> bool:
    return not (p.country and c.country and p.country != c.country)


def _kin(short: str, p: _Person, g: Gazetteer, c: Cand, people: list[_Person], date: str | None) -> bool:
    """A surname the KB gives to a person in office on the document's date other than ``p``
    ("Trump" beside "Ivanka Trump" in 2018 is the president, not his daughter); ``p`` named by a form
    the KB knows for that person ("Charles Grassley" for Chuck Grassley) is that person."""
    if len(name_words(short)) != 1:
        return False
    hit = g.leader(short, date)
    if hit is None or not hit[1]:
        return False
    if date is None and not _named_in_full(hit[0].name, people) and not any(t == hit[0].title for t, _ in c.roles):
        return False
    own = g.leader(p.name, date)
    return (own is None or own[0].name != hit[0].name) and fold(name_words(hit[0].name)[0]) != fold(p.words[0])


def _named_in_full(full: str, people: list[_Person]) -> bool:
    """An undated story can place no office holder's term around it: "Hillary Clinton ... the Clinton
    emails", "Jerome Powell ... Powell said" in a story with no date name the bearer the text names,
    not Bill Clinton or Colin Powell, whom the KB has in office at some date. An office holder the
    story itself names in full ("Donald Trump ... Ivanka Trump ... Trump"), or by the office's title
    ("Presidents Clinton and Obama"), still takes the surname from the other bearers."""
    words = [fold(w) for w in name_words(full)]
    return any([fold(w) for w in name_words(x.text)][-len(words):] == words for q in people for x in q.cands)


def _find_cluster(people: list[_Person], name: str, c: Cand, g: Gazetteer, date: str | None) -> _Person | None:
    words = name_words(name)
    folded = [fold(w) for w in words]
    exact = [p for p in people if [fold(w) for w in p.words] == folded and _compatible(p, c)]
    if exact:
        return exact[0]
    short = [p for p in people if is_short_form(name, p.name) and _compatible(p, c)
             and not _kin(name, p, g, c, people, date)]
    if short:
        return _last_bearer_before(short, c)
    if not words:
        return None
    spelled = [p for p in people if _compatible(p, c) and p.words and not _kin(name, p, g, c, people, date) and
               misspelling(words[-1], p.words[-1]) and
               (len(words) == 1 or fold(words[0])[:1] == fold(p.words[0])[:1])]
    return min(spelled, key=lambda p: _distance(p, c)) if len(spelled) == 1 else None


def _last_bearer_before(bearers: list[_Person], c: Cand) -> _Person:
    """Several persons of the document bear the surname ("Otto Warmbier was detained ... Mr. Warmbier
    died ... his mother, Cindy Warmbier"): a surname or honorific form continues the bearer named last
    before it, as a reader takes it, not one the text names only later; with none named before it,
    the nearest after."""
    before = [(max(x.start for x in p.cands if x.start < c.start), p) for p in bearers
              if any(x.start < c.start for x in p.cands)]
    if before:
        return max(before, key=lambda sp: sp[0])[1]
    return min(bearers, key=lambda p: _distance(p, c))


def _distance(p: _Person, c: Cand) -> int:
    return min(abs(x.start - c.start) for x in p.cands)


def cluster_persons(doc: Doc, g: Gazetteer, cands: list[Cand]) -> dict[int, _Person]:
    """Group person candidates: fullest names first, then short forms, honorific forms and
    misspelled repeats join the person they fit best."""
    persons = [c for c in cands if c.kind == "person"]
    order = sorted(persons, key=lambda c: (-len(name_words(_bare_name(doc, c, g))), c.start))
    people: list[_Person] = []
    of: dict[int, _Person] = {}
    for c in order:
        name = _bare_name(doc, c, g)
        p = _find_cluster(people, name, c, g, doc._.published)
        if p is None:  # "Trump Donald" beside "Donald Trump": one person, named in order
            full = reordered_name(name, [q.name for q in people])
            p = next((q for q in people if q.name == full), None)
        if p is None:
            p = _Person(name, c)
            people.append(p)
        else:
            p.cands.append(c)
        p.country = p.country or c.country
        p.roles += [r for r in c.roles + honorific_role(doc, g, c) if r not in p.roles]
        of[id(c)] = p
    for p in people:
        _complete_from_leaders(p, g, doc._.published)
    return of


def _complete_from_leaders(p: _Person, g: Gazetteer, date: str | None) -> None:
    """A person the KB knows gets its full name, country and (when in office) role."""
    hit = g.leader(p.name, date)
    words = p.name.split()
    if hit is None and len(words) == 2:  # "Trump Donald": a page's surname-first clutter
        hit = g.leader(f"{words[1]} {words[0]}", date)
        hit = hit if hit is not None and reordered_name(p.name, [hit[0].name]) else None
    if hit is None:
        p.country = p.country or titled_surname_country(p, g)
        return
    lead, in_office = hit
    state = lead.country if g.state(lead.country) else None
    if p.country != state and not (in_office or len(words) > 1):
        return  # a surname out of office: maybe another person of that name, whom the text placed
    # The office holder the KB knows by full name, or in office: its state, not a state a role
    # phrase of the text came with ("Hagel, a former squad leader in Vietnam"); none for an officer
    # of an organisation ("NATO chief Stoltenberg ... Russia's incursion").
    p.country = state
    p.kb_name = lead.name
    if not in_office or not lead.title:  # kb/people.tsv: a country, no office to add as a role
        return
    if not any(t == lead.title for t, _ in p.roles):
        p.roles.append((lead.title, lead.country))
    else:
        p.roles = [(t, o or (lead.country if t == lead.title else None)) for t, o in p.roles]


def _other_body(held_of: str | None, body: str | None) -> bool:
    """A title held of one organisation ("Central Command spokesman X") is not the same title of another
    ("a 5th Fleet spokesman")."""
    return bool(held_of and body and held_of.startswith("org:") and held_of != body)


def titled_surname_country(p: _Person, g: Gazetteer) -> str | None:
    """``President Obama`` in a story of 2018, ``former President Bush``: a surname alone, out of office on
    the document's date, with the very title the KB gives an office holder of that surname, is that office's
    holder (or one of them: "Bush" was two presidents): their state, when every such holder served one
    (not "President Lee", who may be South Korea's or Taiwan's). A bare surname stays unplaced: it may be
    anyone's."""
    words = p.name.split()
    titles = {t for t, _ in p.roles}
    if len(words) != 1 or not titles:
        return None
    states = {t.country for t in g.leaders.get(outlet_key(p.name), []) if t.title in titles}
    state = states.pop() if len(states) == 1 else None
    return state if g.state(state) else None


def _resolve_role(doc: Doc, g: Gazetteer, c: Cand, people: list[_Person]) -> tuple[str, _Person | None]:
    """The person holding an unnamed role ("China's defense minister"), else the state: a person whose title
    is held of another body ("Central Command spokesman X") does not hold "a 5th Fleet spokesman"."""
    if c.how == "collective" and c.kind == "role":  # "the Biden administration"
        name = c.key.split(":", 1)[1]
        holder = next((p for p in people if p.name == name or is_short_form(name, p.name)), None)
        lead = g.leader(name, doc._.published)
        state = g.state(holder.country if holder else lead[0].country if lead else None)
        return (state.id if state else ""), None
    title = c.title.title if c.title else ""
    body = cand_id(c) if c.key.startswith("org:") else None
    fits = [p for p in people if any(t == title and not _other_body(o, body) for t, o in p.roles) and
            (p.country is None or c.country is None or p.country == c.country)]
    if fits:
        return "", min(fits, key=lambda p: _distance(p, c))
    return c.key, None


def build_actors(doc: Doc, g: Gazetteer, cands: list[Cand], titles: list[TitleSpan],
                 bodies: list) -> tuple[dict[str, Actor], list[Mention]]:
    org_countries(doc, g, cands)
    cands = attach_roles(doc, g, cands, titles, bodies)
    person_of = cluster_persons(doc, g, cands)
    people = list({id(p): p for p in person_of.values()}.values())
    ids = {id(p): "person:" + slug(_canonical(p)) for p in people}
    actors: dict[str, Actor] = {}
    mentions: list[Mention] = []
    date = doc._.published
    locations: dict[int, str] = doc.user_data.setdefault(LOCATIONS, {})
    for c in cands:
        if c.how in (PLACE, CAPITAL):
            locations.update((i, c.how) for i in range(c.start, c.end))
        person = person_of.get(id(c))
        if c.kind == "role":
            key, person = _resolve_role(doc, g, c, people)
            if person is not None and c.country and not person.country:
                person.country = c.country
            if person is None and not key:
                continue
            if person is None:
                kind = g.actors[key].kind if key in g.actors else "organization" if key.startswith("org:") else "state"
                c = Cand(c.start, c.end, key, kind, "role",
                         c.country, c.text)
        if person is not None:
            aid = ids[id(person)]
            actor = actors.setdefault(aid, Actor(aid, _canonical(person), "person"))
            alias = c.text if c.how != "role" else None
        else:
            aid = _actor_id(c)
            actor = actors.setdefault(aid, _new_actor(g, aid, c))
            alias = c.text if c.how != "role" and c.how != "collective" else None
            if alias and actor.name == aid:  # first met in a role phrase ("the former CIA director")
                actor.name = alias
            if actor.country is None and c.country and aid not in g.actors:
                actor.country = c.country
        sc = c.start_char if c.start_char is not None else doc[c.start].idx
        ec = c.end_char if c.end_char is not None else doc[c.end - 1].idx + len(doc[c.end - 1])
        actor.add_mention(sc, ec, alias)
        mentions.append(Mention(c.start, c.end, sc, ec, aid, doc_text(doc)[sc:ec]))
    for p in people:
        a = actors.get(ids[id(p)])
        if a is not None:
            a.country = p.country or person_country_from_text(doc, g, p.cands) or _context_country(doc, g, p, cands)
            a.roles = [Role(t, o, date, date) for t, o in _dedupe_roles(p.roles)]
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    return actors, mentions


def _context_country(doc: Doc, g: Gazetteer, p: _Person, cands: list[Cand]) -> str | None:
    """The country the person's sentence or document suggests, after the text and the KB: never for
    an office holder the KB knows (it placed them, or knows them as an organisation's officer), nor for
    an officer of an international organisation of the KB ("NATO chief X condemned Russia's incursion":
    X is not Russian; the president of an unknown society may still be of the document's state)."""
    if p.kb_name is not None or any(_international(g, o) for _, o in p.roles):
        return None
    return titled_person_country(doc, g, p.cands, cands) \
        or american_legislator(doc, g, p.cands, p.roles, cands) or american_service_member(doc, g, p.cands, cands) \
        or document_country(g, p.roles, cands)


def _international(g: Gazetteer, of: str | None) -> bool:
    kb = g.actors.get(of) if of else None
    return kb is not None and kb.kind in ("organization", "group") and not kb.country


def _dedupe_roles(roles: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """One role per title, keeping the one that says what it is of."""
    best: dict[str, str | None] = {}
    for t, o in roles:
        if best.get(t) is None:
            best[t] = o
    return list(best.items())


def _canonical(p: _Person) -> str:
    """The knowledge base's name for a known person, else the fullest form seen."""
    return p.kb_name or p.name


def _actor_id(c: Cand) -> str:
    return cand_id(c)


def _new_actor(g: Gazetteer, aid: str, c: Cand) -> Actor:
    kb = g.actors.get(aid)
    if kb is not None:
        return Actor(aid, kb.name, kb.kind, kb.country)
    if c.kind == "group" and c.title is not None:  # "Algerian students": a part of a state's population
        state = g.state(c.country)
        name = f"{c.title.title} ({state.name})" if state else c.title.title
        return Actor(aid, name, "group", c.country)
    name = c.text if c.how != "role" else _name_of_key(c.key) or aid
    return Actor(aid, name, c.kind if c.kind in ("organization", "media") else "organization", c.country)


def _name_of_key(key: str) -> str | None:
    """The name in a candidate key made from text ("org:CIA"), None for a slug key."""
    name = key.split(":", 1)[1] if ":" in key else ""
    return name if name and not re.fullmatch(r"[a-z0-9-]+", name) else None

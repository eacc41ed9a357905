"""Typed access to the actor tables of the knowledge base (countries, organisations, outlets,
titles, honorifics, ministries, leaders).

``gazetteer()`` loads them once per process. Every surface form (a name, alias, demonym,
capital, seat of power or place) maps to exactly one actor id; ``conflicts`` lists the forms that
two rows claim (the KB test requires it to be empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anyascii import anyascii

from . import load_table, per_folder, split_list

# How a surface form names its actor: the form decides whether it can stand alone
# ("Beijing said") or only as a modifier ("Chinese officials").
NAME, DEMONYM, CAPITAL, SEAT = "name", "demonym", "capital", "seat"
# A city, region or province (``kb/places.tsv``): it names its state as a location or a target only.
PLACE = "place"


@dataclass(frozen=True)
class KBActor:
    """An actor the knowledge base knows: a state, organisation, group or outlet."""

    id: str
    name: str
    kind: str  # state | organization | group | media
    country: str | None = None
    members: tuple[str, ...] = ()
    state_owned: bool = False


@dataclass(frozen=True)
class Title:
    title: str
    sector: str
    plural: bool
    honorific: bool


@dataclass(frozen=True)
class Body:
    """A kind of government body ("defense ministry") that a state's name turns into an actor."""

    slug: str
    name: str


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    title: str  # "" for a person kb/people.tsv places, who holds no office the KB names
    start: str | None
    end: str | None

    def covers(self, date: str) -> bool:
        """``date`` (ISO, any precision) falls in this term."""
        return (self.start or "") <= date and (self.end is None or date <= self.end)


@dataclass
class Gazetteer:
    actors: dict[str, KBActor] = field(default_factory=dict)
    surfaces: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (actor id, how)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # form, id1, id2
    outlet_keys: dict[str, str] = field(default_factory=dict)  # normalised outlet name -> id
    titles: dict[str, Title] = field(default_factory=dict)  # lower-case phrase -> Title
    honorifics: dict[str, str] = field(default_factory=dict)  # form -> title ('' for none)
    bodies: dict[str, Body] = field(default_factory=dict)  # lower-case phrase -> Body
    leaders: dict[str, list[Leader]] = field(default_factory=dict)  # normalised name -> terms
    # "george bush" -> {"hw", "w"}: the middle initials the KB's forms of a first name and surname carry
    middle_initials: dict[str, set[str]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)  # a sub-state entity's ISO3 -> its state's
    companies: set[str] = field(default_factory=set)  # actor ids of kb/companies.tsv

    def add_surface(self, form: str, actor_id: str, how: str) -> None:
        form = form.strip()
        if not form:
            return
        old = self.surfaces.get(form)
        if old is not None and old[0] != actor_id:
            self.conflicts.append((form, old[0], actor_id))
            return
        if old is None or (old[1] != NAME and how == NAME):
            self.surfaces[form] = (actor_id, how)

    def lookup(self, form: str) -> tuple[KBActor, str] | None:
        """The actor a surface form names exactly (case-sensitive), with how it names it."""
        hit = self.surfaces.get(form)
        return (self.actors[hit[0]], hit[1]) if hit else None

    def state(self, iso3: str | None) -> KBActor | None:
        return self.actors.get(f"state:{iso3}") if iso3 else None

    def parent(self, iso3: str | None) -> str | None:
        """The state a sub-state entity (Hong Kong, Kurdistan Region) lies in; None for a state."""
        return self.parents.get(iso3) if iso3 else None

    def outlet(self, name: str) -> KBActor | None:
        """The outlet a name stands for, tolerant of case, "The", quotes and trailing words
        such as "Chinese website" or "news agency"."""
        key = outlet_key(name)
        words = key.split()
        for n in range(len(words), 0, -1):  # longest prefix first: "deutsche welle chinese website"
            hit = self.outlet_keys.get(" ".join(words[:n]))
            if hit:
                return self.actors[hit]
        return None

    def leader(self, name: str, date: str | None = None) -> tuple[Leader, bool] | None:
        """A head of state or government (or other office holder) the KB knows by this name,
        and whether ``date`` falls in that term. A one-word name (a surname) counts only in
        office; a full name is the same person at any date."""
        key = outlet_key(name)
        terms = self.leaders.get(key, []) or self._initialled(key)
        for t in terms:
            if date is None or t.covers(date):
                return t, True
        if terms and len(name.split()) > 1:
            return terms[-1], False
        return None

    def office_holders(self, country: str, title: str, date: str) -> list[Leader]:
        """The persons whose terms put them in office ``title`` (any case) of ``country`` on ``date``,
        one term each: "Germany's foreign minister" in a story of that day."""
        title = title.lower()
        found = {t.name: t for terms in self.leaders.values() for t in terms
                 if t.country == country and t.title.lower() == title and t.covers(date)}
        return list(found.values())


    def misspelled_state(self, word: str) -> KBActor | None:
        """The state whose one-word name ``word`` misspells by one letter ("Quatar", "Afganistan",
        "Ethopia"): capitalised words of six letters or more only, with the same first letter, that
        are not the name of an office holder the KB knows ("Hollande")."""
        if len(word) < 6 or not word[0].isupper() or not word[1:].islower() or word in self.surfaces \
                or outlet_key(word) in self.leaders:  # "Hollande" is the president, not Holland
            return None
        from rapidfuzz.distance import DamerauLevenshtein

        hits = {aid for form, aid in self._state_names().get(word[0], ())
                if abs(len(form) - len(word)) <= 1 and DamerauLevenshtein.distance(form, word) <= 1}
        return self.actors[hits.pop()] if len(hits) == 1 else None

    def _state_names(self) -> dict[str, list[tuple[str, str]]]:
        if not hasattr(self, "_names_by_initial"):
            by: dict[str, list[tuple[str, str]]] = {}
            for form, (aid, how) in self.surfaces.items():
                if how == NAME and aid.startswith("state:") and " " not in form and len(form) >= 5:
                    by.setdefault(form[0], []).append((form, aid))
            self._names_by_initial = by
        return self._names_by_initial

    def _initialled(self, key: str) -> list[Leader]:
        """A name the KB lacks: "Susan E. Rice", "James B. Comey" (middle initials the KB lists
        without) is that office holder; "George P. Bush" (initials other than every one the KB's
        forms of that first name and surname carry: H. W., W.) is nobody the KB knows; any other
        by its surname (``_by_surname``)."""
        split = middle_initials(key)
        if split is None:
            return self._by_surname(key)
        known = self.middle_initials.get(split[0], set())
        if known and split[1] not in known:
            return []
        return self.leaders.get(split[0], []) or self._by_surname(key)

    def _by_surname(self, key: str) -> list[Leader]:
        """"Juvenal Habyariman", "Francois Mitterand": a full name the KB lacks whose last word
        is a known surname form and whose first word starts like the leader's first name."""
        words = key.split()
        if len(words) < 2:
            return []
        terms = self.leaders.get(words[-1], [])
        return [t for t in terms if outlet_key(t.name)[:1] == words[0][:1]]


def middle_initials(key: str) -> tuple[str, str] | None:
    """A normalised full name split into its first name and surname and its middle initials
    ("susan e rice" -> ("susan rice", "e")), or None when it has none."""
    words = key.split()
    if len(words) < 3 or len(words[0]) < 2 or len(words[-1]) < 2 or any(len(w) != 1 for w in words[1:-1]):
        return None
    return f"{words[0]} {words[-1]}", "".join(words[1:-1])


def outlet_key(name: str) -> str:
    s = anyascii(name).lower().replace("'s ", " ")
    s = re.sub(r"[^a-z0-9+ ]+", " ", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def slug(text: str) -> str:
    s = anyascii(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def _load_states(g: Gazetteer) -> None:
    for row in load_table("countries"):
        aid = f"state:{row['iso3']}"
        g.actors[aid] = KBActor(aid, row["name"], "state", row["iso3"])
        if row.get("parent"):  # a user's countries table may predate the column
            g.parents[row["iso3"]] = row["parent"]
        for form in [row["name"], *split_list(row["aliases"])]:
            g.add_surface(_strip_the(form), aid, NAME)
        for form in split_list(row["demonyms"]):
            g.add_surface(form, aid, DEMONYM)
        for form in split_list(row["capitals"]):
            g.add_surface(form, aid, CAPITAL)
        for form in split_list(row["seats"]):
            g.add_surface(_strip_the(form), aid, SEAT)


def _load_places(g: Gazetteer) -> None:
    for row in load_table("places"):
        if g.state(row["iso3"]) is not None:
            g.add_surface(row["place"], f"state:{row['iso3']}", PLACE)


def _load_orgs(g: Gazetteer) -> None:
    for row in load_table("organizations"):
        prefix = "group" if row["kind"] == "group" else "org"
        aid = f"{prefix}:{row['id']}"
        g.actors[aid] = KBActor(aid, row["name"], row["kind"], row["country"] or None,
                                tuple(split_list(row["members"])))
        for form in [row["name"], *split_list(row["aliases"])]:
            g.add_surface(_strip_the(form), aid, NAME)
        for form in split_list(row["adjectives"]):
            g.add_surface(form, aid, DEMONYM)


def _load_government_bodies(g: Gazetteer) -> None:
    """Government bodies of one state named by their own name ("the Office of Legal Counsel", "the House
    Budget Committee"): organisations of that state by a primary list (kb/government_bodies.tsv), not by
    where a story is set."""
    for row in load_table("government_bodies"):
        aid = f"org:{row['id']}"
        g.actors[aid] = KBActor(aid, row["name"], "organization", row["country"] or None)
        for form in [row["name"], *split_list(row["aliases"])]:
            g.add_surface(_strip_the(form), aid, NAME)


def _load_companies(g: Gazetteer) -> None:
    """Companies named as parties to states' acts ("sued Google", "sanctioned Huawei"): organisations
    of their home state (CAMEO agent BUS), by the KB's list, not by where a story is set."""
    for row in load_table("companies"):
        aid = f"org:{row['id']}"
        g.actors[aid] = KBActor(aid, row["name"], "organization", row["country"] or None)
        g.companies.add(aid)
        for form in [row["name"], *split_list(row["aliases"])]:
            g.add_surface(_strip_the(form), aid, NAME)


def _load_outlets(g: Gazetteer) -> None:
    for row in load_table("outlets"):
        aid = f"media:{row['id']}"
        g.actors[aid] = KBActor(aid, row["name"], "media", row["country"] or None,
                                state_owned=row["state"] == "yes")
        for form in [row["name"], *split_list(row["aliases"])]:
            g.add_surface(form, aid, NAME)
            if form.startswith("The "):
                g.add_surface("the " + form[4:], aid, NAME)
            g.outlet_keys.setdefault(outlet_key(form), aid)


def _load_lexicons(g: Gazetteer) -> None:
    for row in load_table("titles"):
        t = Title(row["title"], row["sector"], row["number"] == "pl", row["honorific"] == "yes")
        for phrase in split_list(row["phrase"]):
            g.titles.setdefault(phrase.lower(), t)
    for row in load_table("honorifics"):
        g.honorifics[row["form"]] = row["title"]
    for row in load_table("ministries"):
        b = Body(row["slug"], row["name"])
        for phrase in split_list(row["phrase"]):
            g.bodies.setdefault(phrase.lower(), b)
    # people.tsv: persons a primary actor dictionary places, with no office title (see its header);
    # legislators.tsv: members of the US Congress from its public list, with their chamber where it held;
    # uk_mps.tsv: members of the UK Commons of 2015-2019 from EveryPolitician's list, with no title
    rows = [(r, r["title"]) for t in ("leaders", "legislators", "uk_mps") for r in load_table(t)] + \
        [(r, "") for r in load_table("people")]
    for row, title in rows:
        lead = Leader(row["name"], row["of"], title, row["from"] or None, row["to"] or None)
        for form in [row["name"], *split_list(row["aliases"])]:
            g.leaders.setdefault(outlet_key(form), []).append(lead)
            split = middle_initials(outlet_key(form))
            if split is not None:
                g.middle_initials.setdefault(split[0], set()).add(split[1])


def _strip_the(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


@per_folder
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    _load_states(g)
    _load_orgs(g)
    _load_government_bodies(g)
    _load_companies(g)
    _load_outlets(g)
    _load_places(g)
    _load_lexicons(g)
    return g

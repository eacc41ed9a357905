"""Roles: titles, appositions and possessives that say what office a person holds and for whom.

Works on the candidate mentions that ``actors.py`` found. Patterns (X a state or organisation
mention, T a title from ``kb/titles.tsv``, P a person):

* ``X T P``: "Chinese Foreign Minister Qin Gang", "China's defense minister Li", "NATO
  Secretary-General Jens Stoltenberg";
* ``T P``: "Defense Minister Li Shangfu", "President Biden"; ``X T to Y P``: "U.S. Ambassador to
  Israel David Friedman" (the title is of X, the state sending the diplomat);
* ``P, (a) T of|at [X's] X``: "Su Tzu-yun, a senior analyst at Taiwan's Institute for ...";
* ``P, X's T``: "Mr. Xi, China's paramount leader"; ``X's T, P``: "Qatar's emir, Sheikh Hamad";
* ``X T`` with no name: "China's defense minister", "a Kremlin spokesman", "Western leaders",
  ``T in|of|from X``: "officials in Kiev" -- a role phrase, resolved by ``actors.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ...kb.gazetteer import PLACE, Body, Gazetteer, Title, slug
from ..common import sentence_of
from .administrations import administration_cand
from .backers import BACKED, backer_of
from .fronted_titles import fronted_argument
from .unaligned import is_other_party
from .us_state_bodies import us_state_span

# Words allowed between an affiliation and a title ("China's new foreign minister").
_FILLER_POS = {"ADJ", "ADV", "NUM"}
_FILLER_WORDS = {"new", "former", "then", "top", "senior", "chief", "acting", "deputy", "outgoing",
                 "incoming", "current", "own", "longtime", "long-time", "veteran", "paramount"}
_DETS = {"a", "an", "the", "his", "her", "its", "their"}
_LINKS = {"of", "at", "for", "with", "in", "from"}
# the possessive marks after a name ("Iran's", "Iran ’s", "Iran '"): one set for every actor rule
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# "X-backed T": a relation to X, not membership of X ("X-led forces" are X's, as event coders take them).
_BACKED = BACKED
# Collectives that get an actor of their own (a part of a state's population, an armed group);
# other plural titles ("police", "the government", "officials") stand for the state itself.
GROUP_SECTORS = frozenset({"popular", "insurgent"})
# Collectives named by whom they back: "of X" says whom, not where they belong.
RELATIONAL_COLLECTIVES = frozenset({"Supporters"})
# Sectors of offices held for a state (a "Chinese diplomat" serves China; a "China analyst" studies it).
STATE_SECTORS = frozenset({"government", "diplomacy", "military", "legislature", "party", "judiciary", "security"})
# Plural titles that a sentence naming one state affiliates with it ("police fired ...").
COLLECTIVE_SECTORS = frozenset({"government", "military", "security"})


@dataclass
class Cand:
    """A candidate mention: a token range naming an actor (before actor ids are final)."""

    start: int
    end: int
    key: str  # KB actor id, or "person:<text>" / "org:<text>" before clustering
    kind: str
    how: str = "name"  # name | demonym | capital | seat | role
    country: str | None = None
    text: str = ""
    start_char: int | None = None  # set for a mention inside one token ("Sino-Russia")
    end_char: int | None = None
    roles: list[tuple[str, str | None]] = field(default_factory=list)  # (title, of)
    title: Title | None = None  # for a role phrase with no name
    possessive: bool = False


@dataclass
class TitleSpan:
    start: int
    end: int
    title: Title


def title_matcher(vocab: Vocab, g: Gazetteer) -> PhraseMatcher:
    m = PhraseMatcher(vocab, attr="LOWER")
    tok = _tokenizer(vocab)
    for phrase in g.titles:
        m.add(phrase, [tok(phrase)])
    return m


def _tokenizer(vocab: Vocab):
    from spacy.lang.en import English

    nlp = English(vocab=vocab) if vocab is not None else English()
    return nlp.make_doc


def find_titles(doc: Doc, matcher: PhraseMatcher, g: Gazetteer) -> list[TitleSpan]:
    """Longest title matches, non-overlapping, in text order. A capitalised title word inside
    a longer proper name ("Defense Ministry") is still a title match; the caller decides."""
    spans = []
    for match_id, s, e in matcher(doc):
        spans.append((s, e, doc.vocab.strings[match_id]))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[TitleSpan] = []
    last = -1
    for s, e, phrase in spans:
        if e < len(doc) and doc[e].text == "-" or s > 0 and doc[s - 1].text == "-":
            continue  # a modifier: "government-funded", "state-run"
        if s >= last:
            out.append(TitleSpan(s, e, g.titles[phrase]))
            last = e
    return out


def _in_compound(doc: Doc, t: Token) -> bool:
    """Part of a lower-case hyphenated modifier: government-funded, state-owned."""
    if t.text == "-":
        return True
    if not t.is_lower:
        return False
    return "-" in t.text or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (t.i > 0 and doc[t.i - 1].text == "-")


def skip_fillers(doc: Doc, i: int, step: int, limit: int = 6) -> int:
    """From token ``i``, skip adjectives and filler words in direction ``step``."""
    n = 0
    while 0 <= i < len(doc) and n < limit:
        t = doc[i]
        if t.lower_ in _FILLER_WORDS or (t.pos_ in _FILLER_POS and t.is_lower) or _in_compound(doc, t) \
                or (t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower):  # "French paper workers"
            i += step
            n += 1
        else:
            break
    return i


def affiliation_before(doc: Doc, start: int, by_end: dict[int, Cand]) -> tuple[Cand | None, int]:
    """The state/organisation mention that qualifies a title starting at ``start`` (with the
    token index where the whole phrase starts)."""
    i = skip_fillers(doc, start - 1, -1)
    possessive = i >= 0 and doc[i].text in POSSESSIVE_MARKS
    if possessive:
        i -= 1
    if i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(":  # "the Association (AKK) officials"
        i -= 3
    cand = by_end.get(i + 1)
    if cand is None or cand.kind not in ("state", "organization", "group", "media"):
        return None, start
    if not possessive and cand.end + 1 < start and doc[cand.end].text == "-" \
            and doc[cand.end + 1].lower_ in _BACKED:  # "Iranian-backed militias" are not Iran's
        return None, start
    if cand.how == "demonym" and possessive:
        return None, start
    s = cand.start
    if s > 0 and doc[s - 1].lower_ in _DETS:
        s -= 1
    return cand, s


def _person_affiliation(doc: Doc, start: int, by_end: dict[int, Cand]) -> Cand | None:
    """The affiliation before a person's title, but not where the person is based ("Washington-based
    journalist X" works in Washington, whoever's national X is; "the Kiev-based government" is still
    Ukraine's: that is a collective, read by ``_role_phrase``)."""
    aff = affiliation_before(doc, start, by_end)[0]
    if aff is not None and aff.end + 1 < len(doc) and doc[aff.end].text == "-" and doc[aff.end + 1].lower_ == "based":
        return None
    return aff


def person_after(doc: Doc, end: int, by_start: dict[int, Cand]) -> Cand | None:
    c = by_start.get(end)
    return c if c is not None and c.kind == "person" else None


_MAX_RANK_WORDS = 3  # "Rear Adm.", "Lt. Col.", "Army Maj. Gen."


def _rank_length(doc: Doc, g: Gazetteer, i: int) -> int:
    """The number of words of a military rank or an honorific at ``i`` ("Rear Adm.", "Capt.", "Col."), or 0:
    an honorific of the KB, or a military title ending in one ("Rear Adm."; not "Defense Secretary")."""
    for n in range(_MAX_RANK_WORDS, 1, -1):
        title = g.titles.get(doc[i:i + n].text.lower()) if i + n <= len(doc) else None
        if title is not None and title.sector == "military" and doc[i + n - 1].text in g.honorifics:
            return n
    if doc[i].text in g.honorifics:
        return 1
    split_dot = i + 1 < len(doc) and doc[i + 1].text == "." and doc[i].text + "." in g.honorifics
    return 2 if split_dot else 0  # "Capt" "." as the tokenizer may split it


def person_after_rank(doc: Doc, g: Gazetteer, end: int, by_start: dict[int, Cand]) -> Cand | None:
    """``Pentagon spokesman Rear Adm. John Kirby``, ``Pentagon spokesman Capt. Jeff Davis``: a person
    named after a military rank (or an honorific) that follows the title is the title's holder, whether
    the NER put the rank, a part of it or none of it in the name."""
    i = end
    while i < len(doc) and i - end <= _MAX_RANK_WORDS:
        n = _rank_length(doc, g, i)
        if n == 0:
            return None
        for j in range(i + 1, i + n + 1):
            if j - end <= _MAX_RANK_WORDS + 1 and (p := person_after(doc, j, by_start)) is not None:
                return p
        i += n
    return None


def person_after_posting(doc: Doc, ts: TitleSpan, by_start: dict[int, Cand]) -> Cand | None:
    """``U.S. Ambassador to Israel David Friedman``, ``the U.S. envoy to the United Nations, Nikki
    Haley``: a diplomat's title, the state or body the post is to, then the name -- the person holding
    the title (whose state is the one before the title, never the posting's: the caller reads only an
    affiliation before it)."""
    if ts.title.sector != "diplomacy" or ts.end + 2 >= len(doc) or doc[ts.end].lower_ != "to":
        return None
    post = by_start.get(ts.end + 1 + (doc[ts.end + 1].lower_ == "the"))
    if post is None or post.kind not in ("state", "organization"):
        return None
    return person_after(doc, post.end + (post.end < len(doc) and doc[post.end].text == ","), by_start)


def apposition_role(doc: Doc, person: Cand, titles_by_start: dict[int, TitleSpan],
                    by_start: dict[int, Cand]) -> tuple[TitleSpan, Cand | None] | None:
    """``P, (a) [adj] T [of|at X]`` or ``P, X's T``: the title and what it is of."""
    i = person.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _DETS:
        i += 1
    aff = by_start.get(i)
    if aff is not None and aff.kind in ("state", "organization", "group") and aff.end < len(doc) \
            and doc[aff.end].text in POSSESSIVE_MARKS:
        j = skip_fillers(doc, aff.end + 1, 1)
        ts = titles_by_start.get(j)
        return (ts, aff) if ts else None
    ts = titles_by_start.get(i) or titles_by_start.get(skip_fillers(doc, i, 1))
    if ts is None:  # "P, a Chinese diplomat", "P, former U.S. ambassador to ..."
        j = skip_fillers(doc, i, 1)
        aff = by_start.get(j)
        if aff is not None and aff.kind in ("state", "organization") and aff.end < len(doc) \
                and doc[aff.end].text not in POSSESSIVE_MARKS:
            ts = titles_by_start.get(skip_fillers(doc, aff.end, 1))
            # a state's office, not an expert on the state ("an Iran expert"); any post of a known organisation
            # ("P, the State Department undersecretary", "P, a CIA analyst"); and not the next person's
            # title in a list ("P, Israeli Prime Minister Q")
            office = ts is not None and (_known_body(aff) if aff.kind == "organization"
                                         else ts.title.sector in STATE_SECTORS)
            if ts is not None and office and person_after(doc, ts.end, by_start) is None:
                return ts, aff
        return None
    return ts, affiliation_after(doc, ts.end, by_start)


def affiliation_after(doc: Doc, i: int, by_start: dict[int, Cand]) -> Cand | None:
    """``of|at [the] [X's] [adj] X``: the organisation or state a title is held at. When a
    state's possessive precedes an organisation ("at Taiwan's ... Institute"), the
    organisation is returned with that state as its country."""
    if i >= len(doc) or doc[i].lower_ not in _LINKS:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    first = by_start.get(_after_backer(doc, i))
    if first is None:
        return None
    if first.kind == "state" and first.end < len(doc) and doc[first.end].text in POSSESSIVE_MARKS:
        j = skip_fillers(doc, first.end + 1, 1)
        org = by_start.get(j)
        if org is not None and org.kind == "organization":
            org.country = org.country or first.country
            return org
    return first if first.kind in ("state", "organization", "group", "media") else None


def _known_body(c: Cand) -> bool:
    """An organisation of the KB or a state's body named with its state ("org:usa-cia"), not a name only
    the text gives, whose country may be a namesake's ("a Georgetown University scholar")."""
    return re.fullmatch(r"org:[a-z0-9-]+", c.key) is not None


def _after_backer(doc: Doc, i: int) -> int:
    """Past an "X-backed" modifier ("a spokesman for the U.S.-backed SDF", "the Iran - backed
    Houthis"): the post is held at the organisation it modifies, not at its backer."""
    t = doc[i] if i < len(doc) else None
    if t is not None and "-" in t.text and t.text.rsplit("-", 1)[1].lower() in _BACKED:
        return i + 1
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _BACKED:
        return i + 3
    return i


def role_of(aff: Cand | None) -> tuple[str | None, str | None]:
    """(role's ``of``, person's country) for an affiliation."""
    if aff is None:
        return None, None
    if aff.kind == "state":
        return aff.country, aff.country
    return cand_id(aff), aff.country


def cand_id(c: Cand) -> str:
    """The actor id of a non-person candidate: KB ids as they are, other organisations by slug."""
    if c.key.startswith("org:") and not re.fullmatch(r"[a-z0-9-]+", c.key[4:]):
        return "org:" + slug(c.key[4:])
    return c.key


def is_name_token(t: Token) -> bool:
    return t.is_title or t.is_upper and len(t) > 1


def collective_in(doc: Doc, ts: TitleSpan, by_start: dict[int, Cand]) -> Cand | None:
    """``officials in Kiev``, ``the leadership in Beijing``: a collective title followed by
    in/of/from and a state mention."""
    i = ts.end
    if ts.title.title in RELATIONAL_COLLECTIVES and i < len(doc) and doc[i].lower_ == "of":
        return None  # "supporters of Israel" back Israel; they are not its people
    if i + 1 < len(doc) and doc[i].lower_ in ("in", "of", "from", "throughout", "across"):
        j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        j = skip_fillers(doc, j, 1) if j < len(doc) and doc[j].is_lower else j
        c = by_start.get(j)
        if c is not None and c.kind in ("state", "group", "organization"):  # "leaders of the coalition"
            return c
    return None


def _indexes(cands: list[Cand]) -> tuple[dict[int, Cand], dict[int, Cand]]:
    whole = [c for c in cands if c.start_char is None]
    return {c.start: c for c in whole}, {c.end: c for c in whole}


def _covered(cands: list[Cand]) -> set[int]:
    return {i for c in cands if c.start_char is None for i in range(c.start, c.end)}


def _give_role(p: Cand, ts: TitleSpan, aff: Cand | None, used: set[int]) -> None:
    of, country = role_of(aff)
    p.roles.append((ts.title.title, of))
    p.country = p.country or country
    used.add(ts.start)


def _person_titles(doc: Doc, g: Gazetteer, cands: list[Cand], titles: list[TitleSpan], by_start: dict[int, Cand],
                   by_end: dict[int, Cand]) -> set[int]:
    """Give persons the titles the text puts before or beside them; the starts of the titles used."""
    titles_by_start = {ts.start: ts for ts in titles}
    used: set[int] = set()
    for ts in titles:  # X T P and T P
        p = person_after(doc, ts.end, by_start) or person_after_rank(doc, g, ts.end, by_start)
        if p is not None and not ts.title.plural:
            _give_role(p, ts, _person_affiliation(doc, ts.start, by_end), used)
        posted = person_after_posting(doc, ts, by_start) if p is None else None
        sender = _person_affiliation(doc, ts.start, by_end) if posted is not None else None
        if posted is not None and sender is not None:  # X T to Y P (a title with no sender: no reading)
            _give_role(posted, ts, sender, set())  # "X T" stays a role phrase, which resolves to P
    persons = [c for c in cands if c.kind == "person"]
    for p in persons:  # P, a T at X -- not "P, T Q" (a list: the title is Q's, given in the loop above)
        hit = apposition_role(doc, p, titles_by_start, by_start)
        if hit is not None and not hit[0].title.plural and hit[0].start not in used:
            _give_role(p, hit[0], hit[1], used)
    titles_by_end = {ts.end: ts for ts in titles if ts.start not in used}
    for p in persons:  # X's T, P
        owned = titles_by_end.get(p.start - 1) if p.start > 0 and doc[p.start - 1].text == "," else None
        owned = None if owned is not None and fronted_argument(doc[owned.end - 1], doc[p.end - 1]) else owned
        aff = affiliation_before(doc, owned.start, by_end)[0] if owned is not None and not owned.title.plural else None
        if owned is not None and aff is not None:
            _give_role(p, owned, aff, used)
    for p in persons:  # the T of X, P
        hit = title_of_before_name(doc, p, titles_by_end, by_start)
        if hit is not None and hit[0].start not in used:
            _give_role(p, hit[0], hit[1], used)
    return used


def title_of_before_name(doc: Doc, person: Cand, titles_by_end: dict[int, TitleSpan],
                         by_start: dict[int, Cand]) -> tuple[TitleSpan, Cand] | None:
    """``The president of Uzbekistan, P``, ``the head of the Syrian National Coalition, P``: a singular title
    with the state or organisation it is held of or at, set off by a comma right before the name, is the
    person's when the parse makes the name its apposition ("After meeting the president of Egypt, P said": P is
    the subject); "the leader of the Iranian judiciary, P" names no body the title is of."""
    comma = person.start - 1
    if comma < 3 or doc[comma].text != ",":
        return None
    for end in range(comma - 2, max(comma - 2 - _MAX_ROLE_PHRASE, 0), -1):
        ts = titles_by_end.get(end)
        if ts is None or ts.title.plural:
            continue
        aff = affiliation_after(doc, ts.end, by_start)
        if aff is None or aff.kind not in ("state", "organization"):
            return None
        name = doc[person.end - 1]  # an apposition, not the subject after a fronted phrase ("After meeting the
        in_apposition = name.dep_ == "appos" and ts.start <= name.head.i < comma  # president of Egypt, X said")
        return (ts, aff) if aff.end == comma and in_apposition else None
    return None


_MAX_ROLE_PHRASE = 10  # "of the U.S. Army Corps of Engineers"


def _state_bodies(doc: Doc, bodies: list[tuple[int, int, Body]], covered: set[int],
                  by_start: dict[int, Cand], by_end: dict[int, Cand]) -> dict[int, Cand]:
    """"the Chinese Foreign Ministry": a government body of the state before it, replacing that
    state's candidate (id of the replaced candidate -> the body)."""
    replace: dict[int, Cand] = {}
    for s, e, body in bodies:
        named = by_start.get(s)  # "Greece's Parliament": the NER's name for the body itself
        named = named if named is not None and named.end == e and named.key.startswith("org:") else None
        if named is None and any(i in covered for i in range(s, e)):
            continue
        aff, ps = affiliation_before(doc, s, by_end)
        if aff is not None and aff.kind == "state":
            key = f"org:{(aff.country or '').lower()}-{body.slug}"
            replace[id(aff)] = Cand(ps, e, key, "organization", "name", aff.country, doc[ps:e].text)
            if named is not None:
                replace[id(named)] = replace[id(aff)]
    return replace


def attach_roles(doc: Doc, g: Gazetteer, cands: list[Cand], titles: list[TitleSpan],
                 bodies: list[tuple[int, int, Body]]) -> list[Cand]:
    """Give persons their titles and turn unnamed role phrases and government bodies into
    candidates. Returns the new candidate list (text order)."""
    cands = _drop_overlaps(cands + residents(doc, cands))
    by_start, by_end = _indexes(cands)
    covered = _covered(cands)
    titles = [ts for ts in titles if not any(i in covered for i in range(ts.start, ts.end))]
    used = _person_titles(doc, g, cands, titles, by_start, by_end)
    replace = _state_bodies(doc, bodies, covered, by_start, by_end)  # id of a replaced candidate -> its replacement
    extra: list[Cand] = []
    for ts in titles:
        if ts.start in used:
            continue
        new = _role_phrase(doc, ts, by_start, by_end)
        if new is None:
            continue
        old, cand = new
        if old is not None and id(old) not in replace:
            replace[id(old)] = cand
            for first in coordinated(doc, old, by_end) if cand.kind == "group" else ():
                replace.setdefault(id(first), group_cand(first.start, first.end, first, ts, doc))
        elif old is None:
            extra.append(cand)
    out = [replace.get(id(c), c) for c in cands] + extra
    out.sort(key=lambda c: (c.start, c.start_char or 0))
    return _drop_overlaps(out)


def residents(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A people named by where it lives: "Albanians in southern Serbia", "Bosnian Serbs" -- a
    group of the state of residence (as PLOVER codes them), not of the people's namesake state."""
    by_start, _ = _indexes(cands)
    out = []
    for c in cands:
        if c.how != "demonym" or c.start_char is not None or not doc[c.end - 1].text.endswith("s"):
            continue
        home = None
        prev = by_start.get(c.start - 1) if c.start > 0 else None
        for p in by_start.values():  # "Bosnian Serbs": the adjective names the state of residence
            if p.end == c.start and p.how == "demonym" and not doc[p.end - 1].text.endswith("s"):
                prev = p
        if prev is not None and prev.country != c.country:
            home, start, end = prev, prev.start, c.end
        elif c.end + 1 < len(doc) and doc[c.end].lower_ in ("in", "of"):
            j = c.end + 1 + (doc[c.end + 1].lower_ == "the")
            j = skip_fillers(doc, j, 1) if j < len(doc) and doc[j].is_lower else j
            home = by_start.get(j)
            start, end = c.start, home.end if home is not None else c.end
        if home is None or home.kind != "state" or home.country == c.country or not home.country:
            continue
        people = doc[c.end - 1].text
        out.append(Cand(start, end, f"group:{home.country.lower()}-{slug(people)}", "group", "collective",
                        home.country, doc[start:end].text, title=Title(people, "popular", True, False)))
    return out


def _role_phrase(doc: Doc, ts: TitleSpan, by_start: dict[int, Cand],
                 by_end: dict[int, Cand]) -> tuple[Cand | None, Cand] | None:
    """An unnamed role phrase: (the candidate it absorbs, the new candidate)."""
    holder = by_end.get(ts.start)
    if holder is not None and holder.kind == "person" and ts.title.plural:  # "the Biden administration"
        return holder, Cand(holder.start, ts.end, holder.key, "role", "collective", text=doc[holder.start:ts.end].text,
                            title=ts.title)
    aff, ps = affiliation_before(doc, ts.start, by_end)
    sub_state = _us_state_collective(doc, ts, aff, by_start)
    if sub_state is not None:  # "Ohio lawmakers", "lawmakers in Ohio": the United States
        return aff, sub_state
    if aff is not None and aff.how == PLACE:
        return None  # "the Vermont senator", "Rome officials": a place says where, not whose
    if aff is not None:
        if ts.title.plural and ts.title.sector == "insurgent" and aff.kind == "organization":
            # "Hamas militants", "Hezbollah guerrillas": the armed organisation itself
            return aff, Cand(ps, ts.end, aff.key, aff.kind, "collective", aff.country, doc[ps:ts.end].text,
                             title=ts.title)
        if ts.title.plural and ts.title.sector in GROUP_SECTORS:
            return aff, group_cand(ps, ts.end, aff, ts, doc)
        how = "collective" if ts.title.plural else "role"
        kind = aff.kind if ts.title.plural else "role"
        return aff, Cand(ps, ts.end, aff.key, kind, how, aff.country, doc[ps:ts.end].text, title=ts.title)
    if ts.title.plural:
        s = skip_fillers(doc, ts.start - 1, -1) + 1
        if s > 0 and doc[s - 1].lower_ in _DETS:
            s -= 1
        c = collective_in(doc, ts, by_start)
        if c is not None:
            if ts.title.sector in GROUP_SECTORS and c.kind == "state":
                return c, group_cand(s, c.end, c, ts, doc)
            return c, Cand(s, c.end, c.key, c.kind, "collective", c.country, doc[s:c.end].text, title=ts.title)
        backs = ts.title.title in RELATIONAL_COLLECTIVES and ts.end < len(doc) and doc[ts.end].lower_ == "of"
        state = sentence_state(doc, ts.start, by_start) if not backs else None
        state = administration_cand(doc, ts, s, by_start, by_end, state)  # "administration officials"
        if state is not None and backer_of(doc, ts.start, state, by_end):
            state = None  # "Iran-backed militias attacked": the backer is not whose they are
        if state is not None and any(is_other_party(doc, ts.end, j, ts.title.title)
                                     for j in _mentions_of(doc, ts.start, state, by_start)):
            state = None  # "militants fired rockets into Israel": what they hit is not whose they are
        if state is not None and ts.title.sector in COLLECTIVE_SECTORS | GROUP_SECTORS:
            # "police fired on the crowd" in a sentence about one country: that country's
            if ts.title.sector in GROUP_SECTORS:
                return None, group_cand(s, ts.end, state, ts, doc)
            return None, Cand(s, ts.end, state.key, "state", "collective", state.country, doc[s:ts.end].text,
                              title=ts.title)
    return None


def _us_state_collective(doc: Doc, ts: TitleSpan, aff: Cand | None, by_start: dict[int, Cand]) -> Cand | None:
    """A plural legislature or government title of a US state (``us_state_bodies``), unless the
    name is a KB state's or capital's ("Georgia officials" in Tbilisi, "Washington officials")."""
    if aff is not None and aff.how != PLACE:
        return None
    span = us_state_span(doc, ts.start, ts.end, ts.title)
    if span is None:
        return None
    s, e = span
    named = by_start.get(ts.end + 1) if s == ts.start else None
    if named is not None and named.how != PLACE:  # "lawmakers in Georgia": the country
        return None
    return Cand(s, e, "state:USA", "state", "collective", "USA", doc[s:e].text, title=ts.title)


def coordinated(doc: Doc, aff: Cand, by_end: dict[int, Cand]) -> list[Cand]:
    """The states coordinated before an affiliation: "US and British activists" (US), "French,
    German and Dutch students" (French, German) -- each names a group of its own."""
    out: list[Cand] = []
    i = aff.start
    while i >= 2 and doc[i - 1].lower_ in ("and", "or", ","):
        j = i - 1
        if doc[j].lower_ in ("and", "or") and doc[j - 1].text == ",":
            j -= 1
        prev = by_end.get(j)
        if prev is None or prev.kind != "state" or prev.country == aff.country:
            break
        out.append(prev)
        i = prev.start
    return out


def group_cand(start: int, end: int, state: Cand, ts: TitleSpan, doc: Doc) -> Cand:
    """A part of a state's population or an armed group within it ("Algerian students",
    "rebels in Darfur"): an actor of its own, of that state's country."""
    iso = (state.country or "").lower() or slug(state.text)  # "Red Cross volunteers": no state, named after the body
    return Cand(start, end, f"group:{iso}-{slug(ts.title.title)}", "group", "collective", state.country,
                doc[start:end].text, title=ts.title)


def sentence_state(doc: Doc, i: int, by_start: dict[int, Cand]) -> Cand | None:
    """The one state a sentence names (by name, demonym, capital or seat), or None when it
    names none or several."""
    if not doc.has_annotation("SENT_START"):
        return None
    sent = sentence_of(doc[i])
    found: dict[str, Cand] = {}
    for j in range(sent.start, sent.end):
        c = by_start.get(j)
        if c is not None and c.kind in ("state", "organization") and c.country and \
                (c.kind == "state" or c.country not in found):
            found[c.country] = c
    only = next(iter(found.values())) if len(found) == 1 else None
    return only if only is not None and only.kind == "state" else None


def _mentions_of(doc: Doc, i: int, state: Cand, by_start: dict[int, Cand]) -> list[int]:
    """Where the sentence of token ``i`` names ``state``'s country: "Turkish officials said the
    militia fired into Turkish towns" names Turkey twice, and either may be a party of the act."""
    sent = sentence_of(doc[i])
    return [j for j in range(sent.start, sent.end)
            if (c := by_start.get(j)) is not None and c.country == state.country] or [state.start]


def _drop_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the earlier (and, at one start, the longer) of two overlapping candidates."""
    out: list[Cand] = []
    end = -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start), c.start_char or 0)):
        if c.start_char is not None:
            if c.start >= end:
                out.append(c)
            continue
        if c.start >= end:
            out.append(c)
            end = c.end
    return out

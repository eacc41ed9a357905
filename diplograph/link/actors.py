"""Cross-document actor identity.

Every document's extraction names persons and organisations by ids made from the names it
saw (``person:aleksandr-lukashenko``). ``ActorLinker`` keeps a registry of the corpus's
actors and renames each new extraction's ids to corpus ids:

* the same id, or names alike up to transliteration (Aleksandr/Alexander, Sergey/Sergei,
  Preiherman/Preherman), are one actor -- unless their countries or roles conflict;
* a surname alone ("Li") joins a full name only when the country agrees; two persons known
  only by one surname are never merged across countries;
* organisations: alike names, but acronyms only when spelled alike, and a national body named
  without its state ("the Foreign Ministry") never joins one placed in a state;
* the user's alias rules override both: the alias file (``surface<TAB>actor-id`` forces,
  ``!surface<TAB>actor-id`` forbids) and the rules kept in the store (``diplograph alias``,
  ``POST /api/aliases``).

Every decision is kept as a sentence for ``explain`` (``diplograph actor NAME --why``).
States, groups, outlets and KB organisations already have corpus ids and pass unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path

import jellyfish

from ..errors import DiplographError
from ..model import Actor, Extraction
from ..nlp.actors.evidence import ORG_HEADS
from ..nlp.actors.names import (
    ascii_name,
    fold,
    is_short_form,
    name_similarity,
    name_words,
    same_surname,
    surname_candidates,
)
from ..nlp.actors.orgs import NATIONAL_HEADS

_LINKED_KINDS = ("person", "organization")
SIMILAR = 0.92  # name similarity from which two full names are one person (when nothing conflicts)
# A blocking key shared by more actors than this says too little to narrow the comparison
# (a common word of organisation names); such a key is not used to find candidates.
_BLOCK_LIMIT = 400


def blocking_keys(a: Actor) -> set[str]:
    """Cheap keys two names that may be one actor are bound to share: each name word up to
    transliteration, and the sound of the last word (which catches misspelled surnames)."""
    keys: set[str] = set()
    for n in [a.name, *a.aliases]:
        words = name_words(n)
        keys.update(f"w:{fold(w)}" for w in words if len(w) > 1)
        if words:
            keys.add(f"m:{jellyfish.metaphone(words[-1])[:5]}")
    return keys


def alias_key(surface: str) -> str:
    """Normalised surface form for alias lookups: lower-case ASCII, honorifics kept out."""
    words = [w for w in ascii_name(surface).split() if w not in ("mr", "mrs", "ms", "dr", "gen")]
    return " ".join(words)


class ActorLinker:
    """Registry of corpus actors; ``link`` renames an extraction's ids in place."""

    def __init__(self, known: Iterable[Actor] = ()) -> None:
        self.registry: dict[str, Actor] = {}
        self.forced: dict[str, str] = {}  # surface key -> actor id
        self.forbidden: set[tuple[str, str]] = set()  # (surface key, actor id)
        self.reasons: dict[str, list[str]] = {}  # corpus id -> decisions about it
        self._blocks: dict[str, set[str]] = {}  # blocking key -> ids of linked-kind registry actors
        self._states: frozenset[str] | None = None  # the states the document being linked names
        for a in known:
            self._remember(a.id, a)

    # -- the user's alias rules ------------------------------------------------------------
    def add_rule(self, surface: str, actor_id: str, *, forbid: bool = False) -> None:
        """``surface`` is always ``actor_id`` (or, with ``forbid``, never)."""
        if forbid:
            self.forbidden.add((alias_key(surface), actor_id))
        else:
            self.forced[alias_key(surface)] = actor_id

    def load_alias_file(self, path: str | Path) -> None:
        """Read ``surface<TAB>actor-id`` (force) and ``!surface<TAB>actor-id`` (forbid) lines;
        blank lines and ``#`` comments are skipped."""
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DiplographError(f"{p}: cannot read alias file: {exc}") from exc
        for n, line in enumerate(lines, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[1].strip():
                raise DiplographError(f"{p}:{n}: expected 'surface<TAB>actor-id'")
            surface, aid = parts[0].strip(), parts[1].strip()
            if surface.startswith("!"):
                self.add_rule(surface[1:], aid, forbid=True)
            else:
                self.add_rule(surface, aid)

    # -- linking ---------------------------------------------------------------------------
    def link(self, extraction: Extraction) -> None:
        """Rename the extraction's person and organisation ids to corpus ids (merging two
        actors of the document that turn out to be one) and add new actors to the registry."""
        doc_label = (extraction.document.path or extraction.document.doc_id or "")[-40:]
        mapping: dict[str, str] = {}
        local: list[tuple[Actor, str]] = []  # this document's actors already given corpus ids
        self._states = frozenset(a.country for a in extraction.actors if a.kind == "state" and a.country)
        for a in sorted(extraction.actors, key=lambda a: -len(name_words(a.name))):
            if a.kind not in _LINKED_KINDS or _kb_id(a.id):  # the KB's actors have corpus ids already
                mapping[a.id] = a.id
                continue
            mapping[a.id] = self._corpus_id(a, doc_label, local)
            local.append((a, mapping[a.id]))
        self._apply(extraction, mapping)
        for a in extraction.actors:
            self._remember(a.id, a)

    def _corpus_id(self, a: Actor, doc_label: str, local: list[tuple[Actor, str]]) -> str:
        forced = self._forced_id(a)
        if forced:
            self._note(forced, f"{a.name!r} ({doc_label}) is {forced}: an alias rule says so")
            return forced
        best, why = None, ""
        for cand in self._candidates(a):
            ok, reason = self.same(a, cand)
            if ok and self._allowed(a, cand.id):
                best, why = cand, reason
                break
            if not ok and reason:
                self._note(cand.id, f"{a.name!r} ({doc_label}) kept apart from {cand.id}: {reason}")
        if best is not None:
            if best.id != a.id:
                self._note(best.id, f"{a.name!r} ({doc_label}) merged into {best.id}: {why}")
            return best.id
        for other, oid in local:  # two actors of one document that are one
            ok, why = self.same(a, other)
            if ok and self._allowed(a, oid):
                self._note(oid, f"{a.name!r} ({doc_label}) merged into {oid} of the same document: {why}")
                return oid
        new = a.id
        if new in self.registry or new in {oid for _, oid in local}:  # an id already used by someone else
            new = self._fresh_id(a)
            self._note(new, f"{a.name!r} ({doc_label}) given the new id {new}: {a.id} is another actor")
        return new

    def _candidates(self, a: Actor) -> list[Actor]:
        """Registry actors worth comparing, the same id first. Only actors sharing a blocking
        key are looked at, so linking stays fast however large the registry grows."""
        out = [self.registry[a.id]] if a.id in self.registry else []
        surnames = {fold(w) for n in [a.name, *a.aliases] for w in surname_candidates(n)}
        ids: set[str] = set()
        for key in blocking_keys(a):
            block = self._blocks.get(key, ())
            if len(block) <= _BLOCK_LIMIT:
                ids.update(block)
        for rid in sorted(ids):
            r = self.registry[rid]
            if r.kind != a.kind or r.id == a.id:
                continue
            r_surnames = {fold(w) for n in [r.name, *r.aliases] for w in surname_candidates(n)}
            if r_surnames & surnames or name_similarity(a.name, r.name) >= SIMILAR:
                out.append(r)
        return out

    def same(self, a: Actor, b: Actor) -> tuple[bool, str]:
        """Whether ``a`` and ``b`` are one actor, and why (or why not)."""
        if a.kind != b.kind:
            return False, f"kinds differ ({a.kind}/{b.kind})"
        if a.country and b.country and a.country != b.country:
            return False, f"countries differ ({a.country}/{b.country})"
        if _roles_conflict(a, b):
            return False, "roles conflict"
        if a.kind == "organization":
            return _same_organization(a, b, self._states)
        na, nb = name_words(a.name), name_words(b.name)
        if len(na) == 1 or len(nb) == 1:  # a surname alone
            short, full = (a, b) if len(na) <= len(nb) else (b, a)
            if not (is_short_form(short.name, full.name) or [fold(w) for w in na] == [fold(w) for w in nb]):
                return False, ""
            if not (a.country and b.country):
                return False, "a surname alone, and no country to confirm it"
            return True, f"surname {short.name!r} of {full.name!r}, both of {a.country}"
        sim = name_similarity(a.name, b.name)
        if sim >= SIMILAR and same_surname(a.name, b.name):
            kind = "same name" if sim == 1.0 and ascii_name(a.name) == ascii_name(b.name) else \
                "transliteration variants" if sim == 1.0 else "similar names"
            agree = f", both of {a.country}" if a.country and a.country == b.country else ""
            return True, f"{kind} ({a.name!r} ~ {b.name!r}, similarity {sim:.2f}){agree}"
        return False, f"names differ ({a.name!r}/{b.name!r}, similarity {sim:.2f})" if sim > 0.8 else ""

    def _forced_id(self, a: Actor) -> str | None:
        for n in [a.name, *a.aliases]:
            hit = self.forced.get(alias_key(n))
            if hit:
                return hit
        return None

    def _allowed(self, a: Actor, aid: str) -> bool:
        return not any((alias_key(n), aid) in self.forbidden for n in [a.name, *a.aliases])

    def _fresh_id(self, a: Actor) -> str:
        base = f"{a.id}-{a.country.lower()}" if a.country else a.id
        n, new = 2, base
        while new in self.registry:
            new, n = f"{base}-{n}", n + 1
        return new

    def _apply(self, ex: Extraction, mapping: dict[str, str]) -> None:
        """Rename through placeholders (so swaps and chains are safe), then merge actors of
        the document that now share an id."""
        changed = {old: new for old, new in mapping.items() if old != new}
        for i, old in enumerate(changed):
            ex.rename_actor(old, f"\0{i}")
        for i, new in enumerate(changed.values()):
            ex.rename_actor(f"\0{i}", new)
        merged: dict[str, Actor] = {}
        for a in ex.actors:
            a.id = mapping.get(a.id, a.id)
            first = merged.get(a.id)
            if first is None:
                merged[a.id] = a
                continue
            for m in a.mentions:
                if m not in first.mentions:
                    first.mentions.append(m)
            first.aliases += [x for x in a.aliases if x not in first.aliases]
            first.roles += [r for r in a.roles if r.title not in {x.title for x in first.roles}]
            first.country = first.country or a.country
            if len(name_words(a.name)) > len(name_words(first.name)):
                first.name = a.name
        ex.actors = list(merged.values())

    def _remember(self, aid: str, a: Actor) -> None:
        known = self.registry.get(aid)
        if known is None:
            known = copy.copy(a)
            known.id, known.mentions = aid, []
            known.roles, known.aliases = list(a.roles), list(a.aliases)
            self.registry[aid] = known
        else:
            known.aliases += [x for x in a.aliases if x not in known.aliases]
            known.roles += [r for r in a.roles if r.title not in {x.title for x in known.roles}]
            known.country = known.country or a.country
            if len(name_words(a.name)) > len(name_words(known.name)):
                known.name = a.name
        if known.kind in _LINKED_KINDS:
            for key in blocking_keys(a) | blocking_keys(known):
                self._blocks.setdefault(key, set()).add(aid)

    def _note(self, aid: str, reason: str) -> None:
        notes = self.reasons.setdefault(aid, [])
        if reason not in notes:
            notes.append(reason)

    # -- explanations ----------------------------------------------------------------------
    def explain(self, name: str) -> list[str]:
        """Why the actors that go by ``name`` were merged or kept apart, one sentence each.
        Recorded decisions come first, then a comparison with every similar registry actor."""
        key = alias_key(name)
        hits = [a for a in self.registry.values()
                if a.id == name or key in {alias_key(n) for n in [a.name, *a.aliases]} or
                any(is_short_form(key, n) for n in [a.name])]
        out: list[str] = []
        for a in hits:
            out.append(f"{a.id}: {a.name} ({a.kind}, {a.country or 'no country'}); "
                       f"also seen as {', '.join(a.aliases) or 'nothing else'}")
            out += [f"  {r}" for r in self.reasons.get(a.id, [])]
            for f, aid in self.forced.items():
                if aid == a.id:
                    out.append(f"  alias rule: {f!r} is always {aid}")
            for f, aid in sorted(self.forbidden):
                if aid == a.id:
                    out.append(f"  alias rule: {f!r} is never {aid}")
            for other in self._candidates(a):
                if other.id != a.id:
                    ok, why = self.same(a, other)
                    out.append(f"  vs {other.id}: {'would merge' if ok else 'kept apart'}"
                               f"{': ' + why if why else ''}")
        return out or [f"no actor known as {name!r}"]


def _kb_id(aid: str) -> bool:
    from ..kb.gazetteer import gazetteer

    return aid in gazetteer().actors


def _only_head_nouns(words: list[str]) -> bool:
    """A name made of organisation head nouns alone ("Office", "the Party"): what the NER keeps of
    "this Office's work" or "the Party" names no organisation by itself."""
    return bool(words) and all(w.lower() in ORG_HEADS or w.lower() in NATIONAL_HEADS for w in words)


def _same_organization(a: Actor, b: Actor, states: frozenset[str] | None = None) -> tuple[bool, str]:
    """Organisations are one when their names are alike, but an acronym only when spelled the same
    ("CIA" is not "TSA", which transliteration folds alike), and a national body named without its
    state ("the Foreign Ministry") joins one placed in a state only in a document naming that state
    (``states``; None: not known), while a placed body never joins an unplaced one of another document."""
    if _acronym(a.name) or _acronym(b.name):
        same = ascii_name(a.name) == ascii_name(b.name)
        return same, "same acronym" if same else ""
    words_a, words_b = name_words(a.name), name_words(b.name)
    if [fold(w) for w in words_a] != [fold(w) for w in words_b] and (
            _only_head_nouns(words_a) or _only_head_nouns(words_b)):
        # the name similarity of a subset is 1.0, so "Office" would join whichever "... Office" of
        # another document came first in the batch ("the Agency" of a CIA story joined DARPA, "the
        # Parliament" of Iraq the European one); which body it is, only its own document can say
        return False, "a bare head noun names no one organisation"
    if bool(a.country) != bool(b.country) and any(w.lower() in NATIONAL_HEADS for w in name_words(a.name)):
        if a.country:  # the registry's unplaced body may be any state's
            return False, f"a body of {a.country} and one named without its state elsewhere"
        if states is not None and b.country not in states:
            return False, f"a national body named without its state, in a document that does not name {b.country}"
    sim = name_similarity(a.name, b.name)
    return (sim >= 0.97, f"name similarity {sim:.2f}" if sim >= 0.97 else "")


def _acronym(name: str) -> bool:
    return " " not in name and sum(ch.isupper() for ch in name) >= 2 and not any(ch.islower() for ch in name)


def _roles_conflict(a: Actor, b: Actor) -> bool:
    """Both hold roles, of different states, and none shares a title."""
    ta = {r.title for r in a.roles}
    tb = {r.title for r in b.roles}
    if not ta or not tb or ta & tb:
        return False
    oa = {r.of for r in a.roles if r.of}
    ob = {r.of for r in b.roles if r.of}
    return bool(oa and ob and not oa & ob)

"""The records diplograph extracts, one dataclass per kind.

They mirror the public export format (``../shared/spec/export-format.md``): ``to_dict``
gives exactly the contract's fields. Offsets are character offsets into
``Document.text``, end exclusive.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = ("state", "person", "organization", "media", "group")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RELATION_KINDS = ("alliance", "partnership", "friendship", "trade", "rivalry", "conflict", "sanctions")
# The id key of the group that stands for the unnamed attackers of an unclaimed attack in a state
# ("group:lby-unidentified-attackers", "Unidentified attackers (Libya)"): a source for the event
# records, no side of anyone's in the answers (``analysis.alignment``).
UNIDENTIFIED_ATTACKERS_KEY = "unidentified-attackers"

Span = tuple[int, int]


@dataclass
class Document:
    """One cleaned article, before extraction."""

    doc_id: str  # sha256 hex of ``text``
    path: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_inferred: bool = False
    published_basis: str | None = None  # why an inferred date was chosen
    outlet_name: str | None = None  # as the source names it; resolved to an actor id by extraction
    url: str | None = None
    # The id the same input had before page clutter was removed at ingest (2026-12-05): a store
    # made earlier knows the article under it, so re-ingesting it must not store it twice.
    # Never stored or exported.
    earlier_id: str | None = None


@dataclass
class Role:
    title: str
    of: str | None = None  # ISO3 of a state, or an actor id of an organisation
    from_: str | None = None
    to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "of": self.of, "from": self.from_, "to": self.to}


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def add_mention(self, start: int, end: int, surface: str | None = None) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))
        if surface and surface not in self.aliases:
            self.aliases.append(surface)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "roles": [r.to_dict() for r in self.roles], "aliases": list(self.aliases),
            "mentions": [list(m) for m in sorted(self.mentions)],
        }


@dataclass
class Event:
    id: str
    type: str  # one of PLOVER_TYPES
    source: str
    target: str | None
    sentence: str
    span: Span
    mode: str | None = None
    cameo: str | None = None
    date: str | None = None
    location: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    cluster: str | None = None
    trigger: str | None = None  # the words that coded it (not in the contract; kept for evidence)

    @property
    def realized(self) -> bool:
        """The text reports it as done or going on: neither negated ("did not attack") nor
        hypothetical ("could strike", "potential airstrikes", "fear that Iran will attack")."""
        return not (self.negated or self.hypothetical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "cluster": self.cluster, "type": self.type, "mode": self.mode,
            "cameo": self.cameo, "source": self.source, "target": self.target, "date": self.date,
            "location": self.location, "negated": self.negated, "hypothetical": self.hypothetical,
            "reported_by": self.reported_by, "sentence": self.sentence, "span": list(self.span),
            "trigger": self.trigger,
        }


@dataclass
class Quote:
    id: str
    text: str
    span: Span
    speaker: str | None = None
    via: str | None = None
    direct: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "speaker": self.speaker, "via": self.via,
                "direct": self.direct, "span": list(self.span)}


@dataclass
class Claim:
    id: str
    text: str
    value: float
    unit: str
    span: Span
    about: str | None = None
    qualifier: str | None = None  # over, nearly, about, at least, ...
    speaker: str | None = None
    via: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier, "about": self.about, "speaker": self.speaker,
                "via": self.via, "date": self.date, "span": list(self.span)}


@dataclass
class Relation:
    a: str
    b: str
    kind: str  # one of RELATION_KINDS
    label: str
    span: Span
    since: str | None = None
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "kind": self.kind, "label": self.label,
                "since": self.since, "speaker": self.speaker, "span": list(self.span)}


@dataclass
class TimeExpr:
    text: str
    value: str | None  # TIMEX3-style: 2023, 2023-06, 2023-02-24, XXXX-08-16, 2022-FA, PRESENT_REF
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "span": list(self.span)}


@dataclass
class Omission:
    """The text says ``outlet`` did not report something (``what``: the words naming it)."""

    outlet: str
    what: str
    sentence: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "what": self.what, "sentence": self.sentence, "span": list(self.span)}


@dataclass
class Extraction:
    """Everything extracted from one document: the unit the store writes and export prints."""

    document: Document
    outlet: str | None = None  # actor id
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    omissions: list[Omission] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # sentence boundaries (for search; not exported)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    @property
    def realized_events(self) -> list[Event]:
        """The events the text reports as done or going on (the export's ``events``); ``events``
        holds every record, flagged ones included, as the store keeps them."""
        return [e for e in self.events if e.realized]

    @property
    def unrealized_events(self) -> list[Event]:
        """The records flagged negated or hypothetical (the export's ``unrealized``)."""
        return [e for e in self.events if not e.realized]

    def referenced_ids(self) -> set[str]:
        """Every actor id that a record names (each must be in ``actors``)."""
        ids: set[str] = set()
        for e in self.events:
            ids.update(x for x in (e.source, e.target, e.reported_by) if x)
        for q in self.quotes:
            ids.update(x for x in (q.speaker, q.via) if x)
        for c in self.claims:
            ids.update(x for x in (c.speaker, c.via) if x)
        for r in self.relations:
            ids.update(x for x in (r.a, r.b, r.speaker) if x)
        ids.update(o.outlet for o in self.omissions)
        if self.outlet:
            ids.add(self.outlet)
        return ids

    def rename_actor(self, old: str, new: str) -> None:
        """Point every record that names ``old`` at ``new`` (used by cross-document identity)."""
        records: list[Any] = [*self.events, *self.quotes, *self.claims, *self.relations, *self.omissions]
        for rec in records:
            for f in dataclasses.fields(rec):
                if f.name in ("source", "target", "reported_by", "speaker", "via", "a", "b", "outlet") \
                        and getattr(rec, f.name) == old:
                    setattr(rec, f.name, new)
        if self.outlet == old:
            self.outlet = new

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "doc_id": d.doc_id, "path": d.path, "title": d.title, "outlet": self.outlet,
            "published": d.published, "published_inferred": d.published_inferred,
            "published_basis": d.published_basis, "text": d.text,
            "actors": [a.to_dict() for a in self.actors],
            # what happened; the events the text reports as not done, or only as possible,
            # feared, planned or proposed (flagged negated or hypothetical) are kept apart
            "events": [e.to_dict() for e in self.realized_events],
            "unrealized": [e.to_dict() for e in self.unrealized_events],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "relations": [r.to_dict() for r in self.relations],
            "times": [t.to_dict() for t in self.times],
            "omissions": [o.to_dict() for o in self.omissions],
        }

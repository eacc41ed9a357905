"""Alignment: which side an actor is on.

``alignment(store, "China")`` scores every counterpart of China's side (China plus its
persons and organisations) and splits them into the aligned (score > 0) and the opposed
(score < 0), each with the sentences that show it. A counterpart that is a person or an
organisation of a state is counted under that state. Weights come from
``kb/plover_weights.tsv``; scores are divided by 10.

Only records whose parties are the two sides count, and only they are shown: an actor named
beside the side in a sentence or a quotation (co-mention) is never evidence. Every evidence
line names its record kind and its parties ("CONSULT: Xi Jinping -> Alexander Lukashenko").

- direct events, either direction: the type's weight (negated: half, sign flipped;
  hypothetical: nothing); with a topic, several reports of one real-world event (one cluster)
  count once;
- relations stated between the two: the kind's weight;
- independent documents: a document's direct records of one counterpart count at most
  ``DOCUMENT_CAP`` each way (one strong act), so one article repeating a misread act cannot
  make a partner or an enemy;
- balance (the indirect term), only for a counterpart without direct records: an actor hostile
  to one of the side's strongest allies (a conflictual event or a negative relation aimed at it)
  stands against the side, at a discount that grows with the alliance ("the West sanctions
  Belarus" counts against China when Belarus is China's closest partner). The alliance must be
  solid, a positive relation between the side and the ally stated in ``BALANCE_MIN_DOCUMENTS``
  documents (one op-ed's "attack-dog ally" is none), and the evidence is the hostile record,
  marked indirect, its label saying how many documents state the alliance.

Lists are ranked by how the evidence stands, then by score: counterparts with direct records
in ``MIN_DOCUMENTS`` documents or more first, then those seen in one document only, then those
known only through an ally (``Counterpart.rank``). Who is never a counterpart (places,
placeholder groups, the side's own territories) and which records name a party that is only a
venue (a meeting "at" the G20) is ``counterparts.py``'s to say.

``on`` (an actor or a word) keeps only the evidence whose sentence names the topic.

The answer is the same on every call and on SQLite and PostgreSQL for the same data. Scans
bounded by ``SCAN_LIMIT`` read their rows in a total order, most of them from an index in
that order (``schema.LATE_V2_INDEXES``):

- relations of the side, and the negative relations of an ally (balance): the most recent
  document first (``published``, undated last), then document id, start and ``seq``, all
  descending;
- balance: the hostile (source, type) groups aimed at an ally, the strongest first (weight
  times count), then source and type.

Records are then counted in that order (floating sums too), members and counterparts are
iterated in id order, counterparts of one tier and score are listed by id, and evidence of one weight
is shown by kind and label, then in the order it was found (event samples by event id,
relations in their scan order). Text tie-breakers compare byte by byte on
PostgreSQL too (``common.binary``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, func, select

from ..errors import QueryError
from ..store import schema as S
from ..store.core import Store
from ..store.records import NO_TARGET
from .common import (
    MAX_NAME_CHARS,
    ActorRef,
    Evidence,
    Side,
    actor_refs,
    actor_terms,
    binary,
    effective_date,
    ids_filter,
    not_ids,
    principal,
    ref_or_state,
    resolve_actor,
    sentence_spans,
    sentences_of,
    side_ids,
    side_of,
    term_pattern,
)
from .counterparts import is_place, is_unattributed, is_venue_act, no_counterpart
from .weights import weights

__all__ = ["Alignment", "Counterpart", "alignment", "is_place", "is_unattributed", "is_venue_act"]

SCALE = 10.0
EVIDENCE_PER_ACTOR = 5
NEGATIVE_RELATIONS = ("rivalry", "conflict", "sanctions")
# Relations are scanned up to this many rows each (a bound on
# the latency of very busy actors; direct events are always counted in full).
SCAN_LIMIT = 300
PAIR_CHECKS = 20
# Structural balance: the adversaries of the side's strongest allies (up to BALANCE_ALLIES, each
# with a score of at least BALANCE_MIN_SCORE) count against the side at BALANCE_FACTOR of their
# weight, scaled by how strong the alliance is (full from a score of BALANCE_FULL).
BALANCE_ALLIES = 3
BALANCE_MIN_SCORE = 1.0
BALANCE_FULL = 5.0
BALANCE_FACTOR = 0.3
# ... and only allies whose tie with the side is solid: a positive relation stated in at least
# this many independent documents (the review of the fourth round found one op-ed's "attack-dog
# ally" making Iran China's ally, and the adversaries of Iran China's opponents).
BALANCE_MIN_DOCUMENTS = 2
# Independent documents: a document's direct records of one counterpart count at most this
# weight each way (one strong act: the reviews found single articles repeating one misread act
# a dozen times), and a counterpart seen in fewer than MIN_DOCUMENTS documents ranks below every
# one seen in more (a single misread sentence cannot enter the top of a list); one known only
# through an ally (indirect) ranks below both.
DOCUMENT_CAP = 10.0
MIN_DOCUMENTS = 2
# Evidence events of a counterpart come from its members that contribute most (a state's
# persons can be hundreds; its strongest events are nearly always among these).
SAMPLED_MEMBERS = 3


@dataclass
class Counterpart:
    actor: ActorRef
    score: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    evidence: list[Evidence] = field(default_factory=list)
    members: set[str] = field(default_factory=set)  # the stored ids counted under it
    documents: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # doc -> direct weight
    indirect: float = 0.0  # the summed weight of the indirect records

    def settle(self) -> None:
        """The score from the documents' capped direct weights; the indirect term only for a
        counterpart without direct records (it never outweighs what the two did to each other)."""
        direct = sum(max(-DOCUMENT_CAP, min(DOCUMENT_CAP, v)) for _, v in sorted(self.documents.items()))
        self.score = (direct if self.seen() else self.indirect) / SCALE

    def seen(self) -> int:
        """The number of documents with direct records of the two."""
        return sum(1 for v in self.documents.values() if v)

    def tier(self) -> int:
        """0: direct records in several documents; 1: in one; 2: known only through an ally."""
        seen = self.seen()
        return 0 if seen >= MIN_DOCUMENTS else 1 if seen else 2

    def rank(self) -> tuple[int, float, str]:
        return self.tier(), -abs(self.score), self.actor.id

    def shown(self) -> list[Evidence]:
        """The evidence shown: a relation stated between the two sides that points the counterpart's
        way first (both reviews of the whole-corpus answers found stated relations reliable and single
        event records much less so), then the strongest, ties by kind and label (known before any
        sentence is read), then in the order found."""
        sign = 1 if self.score > 0 else -1
        return sorted(self.evidence, key=lambda e: (not (e.kind == "relation" and e.weight * sign > 0),
                                                    -abs(e.weight), e.kind, e.label))[:EVIDENCE_PER_ACTOR]

    def to_dict(self) -> dict[str, Any]:
        return {**self.actor.to_dict(), "score": round(self.score, 3), "documents": self.seen(),
                "counts": dict(sorted(self.counts.items())),
                "evidence": [e.to_dict() for e in self.shown()]}


@dataclass
class Alignment:
    actor: ActorRef
    aligned: list[Counterpart] = field(default_factory=list)
    opposed: list[Counterpart] = field(default_factory=list)
    on: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.to_dict(), "aligned": [c.to_dict() for c in self.aligned],
                "opposed": [c.to_dict() for c in self.opposed], "on": self.on}


class _Tally:
    """Scores and evidence per counterpart principal (a state for its persons)."""

    def __init__(self, conn: Connection, side: Side, topic: re.Pattern[str] | None) -> None:
        self.conn, self.side, self.topic = conn, side, topic
        self.own = set(side.ids) | ({f"state:{side.actor.country}"} if side.actor.country else set())
        self.refs: dict[str, ActorRef] = {}
        self.parts: dict[str, Counterpart] = {}
        self.relation_rows: dict[str, list[tuple[int, Any]]] = defaultdict(list)  # (scan rank, row)
        self.event_totals: dict[str, float] = {}  # other -> summed weight of the direct events
        self.pairs, self.pair_ids = _pair_table(side)
        self.unread: dict[int, Evidence] = {}  # evidence whose sentence is read only if shown
        self.unread_events: dict[int, tuple[Evidence, str]] = {}  # evidence -> its event, read if shown
        # counterpart -> the documents stating a positive relation between it and the side
        self.stated_allies: dict[str, set[str]] = defaultdict(set)

    def solid_ally(self, key: str) -> bool:
        return len(self.stated_allies.get(key, ())) >= BALANCE_MIN_DOCUMENTS

    def known(self, ids: set[str]) -> None:
        missing = {i for i in ids if i not in self.refs}
        if missing:
            self.refs.update(actor_refs(self.conn, missing))

    def add(self, other: str, kind: str, weight: float, evidence: Evidence | None = None, n: int = 1,
            doc: str = "") -> None:
        """Count ``n`` records of ``weight`` between the side and ``other`` (direct ones under their
        document ``doc``; ``settle`` makes the score)."""
        ref = self.refs.get(other) or ref_or_state(self.refs, other)
        key = principal(ref)
        if key in self.own or other in self.own or no_counterpart(ref, self.side.actor.country):
            return
        part = self.parts.get(key)
        if part is None:
            part = self.parts[key] = Counterpart(ref_or_state(self.refs, key))
        if kind == "indirect":
            part.indirect += weight * n
        else:
            part.documents[doc] += weight * n
        part.counts[kind] += n
        part.members.add(other)
        if evidence is not None:
            evidence.weight = weight
            part.evidence.append(evidence)

    def name(self, actor_id: str | None) -> str:
        if not actor_id:
            return "-"
        ref = self.refs.get(actor_id) or self.side.members.get(actor_id)
        if ref is None and actor_id == self.side.actor.id:
            ref = self.side.actor
        return (ref or ref_or_state(self.refs, actor_id)).name

    def parties(self, a: str | None, b: str | None, arrow: str = "->") -> str:
        """The parties of an evidence record, for its label ("Xi Jinping -> Alexander Lukashenko")."""
        return f"{self.name(a)} {arrow} {self.name(b)}"

    def passes(self, sentence: str) -> bool:
        return self.topic is None or bool(self.topic.search(sentence))


def alignment(store: Store, name: str, on: str | None = None, *, limit: int = 20) -> Alignment:
    """Who the actor ``name`` stands with and against (optionally on the topic ``on``)."""
    if limit <= 0:
        raise QueryError("limit must be positive")
    with store.connect() as conn:
        side = side_of(conn, resolve_actor(conn, name))
        topic_info, pattern = _topic(conn, on)
        tally = _Tally(conn, side, pattern)
        if pattern is None:
            _direct_events_grouped(tally)
        else:
            _direct_events_rows(tally)
        _relations(tally)
        for part in tally.parts.values():
            part.settle()
        _balance(tally, sorted((p for p in tally.parts.values() if p.score > 0 and tally.solid_ally(p.actor.id)),
                               key=lambda p: (-p.score, p.actor.id)))
        for part in tally.parts.values():
            part.settle()
        parts = [p for p in tally.parts.values() if round(p.score, 3) != 0]
        aligned = sorted((p for p in parts if p.score > 0), key=Counterpart.rank)[:limit]
        opposed = sorted((p for p in parts if p.score < 0), key=Counterpart.rank)[:limit]
        if pattern is None:
            _event_evidence(tally, aligned + opposed)
            _relation_sentences(tally, aligned + opposed)
        _read_shown_sentences(tally, aligned + opposed)
    return Alignment(actor=side.actor, aligned=aligned, opposed=opposed, on=topic_info)


def _topic(conn: Connection, on: str | None) -> tuple[dict[str, Any] | None, re.Pattern[str] | None]:
    if on is None or not on.strip():
        return None, None
    if len(on.strip()) > MAX_NAME_CHARS:
        raise QueryError(f"a topic is at most {MAX_NAME_CHARS} characters (got {len(on.strip()):,})")
    try:
        actor: ActorRef | None = resolve_actor(conn, on)
    except QueryError:
        actor = None
    terms = [on.strip()] + (actor_terms(conn, actor) if actor else [])
    return {"query": on.strip(), "actor": actor.to_dict() if actor else None}, term_pattern(terms)


def _pair_table(side: Side) -> tuple[Any, list[str]]:
    """The aggregate a side's direct events are summed from, and the side's ids in it. A side that
    is all its principal counts (a state with its persons and organisations, or an actor counted
    under itself) reads ``side_pairs``, a row per counterpart's principal and type; a person
    counted under its state reads its own rows of ``event_pairs``."""
    if principal(side.actor) == side.actor.id:
        return S.side_pairs, [side.actor.id]
    return S.event_pairs, side.ids


def _direction_queries(side: Side, table: Any = S.events, ids: list[str] | None = None,
                       conn: Connection | None = None) -> list[tuple[Any, Any]]:
    """(the other party's column, the condition) for events by the side, then events on it."""
    T, ids = table, ids or side.ids
    no_target = T.c.target.is_not(None) if table is S.events else T.c.target != NO_TARGET
    return [(T.c.target, and_(ids_filter(T.c.source, ids, conn), no_target, not_ids(T.c.target, ids, conn))),
            (T.c.source, and_(ids_filter(T.c.target, ids, conn), not_ids(T.c.source, ids, conn)))]


def _group_key(col: Any) -> Any:
    """``col`` as a GROUP BY key that no index provides in order: else SQLite scans the whole
    index on it to skip a sort, instead of seeking the side's few thousand rows."""
    return func.coalesce(col, "")


def _direct_events_grouped(t: _Tally) -> None:
    """Scores from the side's events grouped by counterpart, document and type in the database
    (a busy state's side has tens of thousands of events, a few thousand such groups): a state's
    side reads ``side_events`` (parties already principals), a person's its own ``events``."""
    E = S.side_events if t.pairs is S.side_pairs else S.events
    w = weights()
    rows: list[Any] = []
    for other, where in _direction_queries(t.side, E, t.pair_ids, t.conn):
        key = _group_key(other)
        q = (select(key.label("other"), E.c.doc_id, E.c.type, E.c.negated, E.c.hypothetical,
                    func.count().label("n"))
             .where(where).group_by(key, E.c.doc_id, E.c.type, E.c.negated, E.c.hypothetical))
        rows += t.conn.execute(q)
    t.known({r.other for r in rows})
    # in a total order: the same float sums every time
    rows.sort(key=lambda r: (r.other, r.doc_id, r.type, bool(r.negated), bool(r.hypothetical)))
    totals: dict[str, float] = defaultdict(float)
    for r in rows:
        if is_venue_act(ref_or_state(t.refs, r.other), r.type):
            continue
        weight = w.event(r.type, bool(r.negated), bool(r.hypothetical))
        t.add(r.other, "events", weight, n=int(r.n), doc=r.doc_id)
        totals[r.other] += weight * int(r.n)
    t.event_totals.update(totals)


def _direct_events_rows(t: _Tally) -> None:
    E, D, w = S.events, S.documents, weights()
    rows = []
    for other, where in _direction_queries(t.side, conn=t.conn):
        q = (select(other.label("other"), E.c.source, E.c.target, E.c.type, E.c.negated, E.c.hypothetical,
                    E.c.cluster, E.c.id,
                    E.c.sentence, E.c.doc_id, E.c.start, E.c.end, E.c.date, D.c.published)
             .join(D, D.c.doc_id == E.c.doc_id).where(where))
        rows += [r for r in t.conn.execute(q) if t.passes(r.sentence)]
    t.known({r.other for r in rows})
    # the most recent report of a cluster counts (then the highest id), in that order
    rows.sort(key=lambda r: (effective_date(r.date, r.published) or "", r.id), reverse=True)
    seen: set[str] = set()
    for r in rows:
        key = r.cluster or r.id
        if key in seen or is_venue_act(ref_or_state(t.refs, r.other), r.type):
            continue
        seen.add(key)
        t.add(r.other, "events", w.event(r.type, bool(r.negated), bool(r.hypothetical)),
              Evidence(r.doc_id, r.sentence, (r.start, r.end), "event",
                       f"{_event_label(r)}: {t.parties(r.source, r.target)}", date=effective_date(r.date, r.published)),
              doc=r.doc_id)


def _event_label(r: Any) -> str:
    return ("not " if r.negated else "") + r.type + (" (hypothetical)" if r.hypothetical else "")


def _event_evidence(t: _Tally, parts: list[Counterpart]) -> None:
    """The strongest sample events of each listed counterpart (grouped path): the samples of the
    (type, negation, hypothesis) groups of its members that weigh most its way, fetched in one
    query for its ``SAMPLED_MEMBERS`` members that contribute most."""
    E, D, P, w = S.events, S.documents, t.pairs, weights()
    chosen: dict[str, Counterpart] = {}
    for part in parts:
        sign = 1 if part.score > 0 else -1
        members = sorted((m for m in part.members if m in t.event_totals), key=lambda m: (-t.event_totals[m] * sign, m))
        chosen.update((m, part) for m in members[:SAMPLED_MEMBERS])
    if not chosen:
        return
    samples: dict[str, list[tuple[float, str]]] = defaultdict(list)
    weight = w.event_weight_sql(P.c.type, P.c.negated, P.c.hypothetical)
    for sign in (1, -1):  # only groups weighing the counterpart's way: one sample per group
        members = sorted(m for m, part in chosen.items() if (part.score > 0) == (sign > 0))
        for other, where in _direction_queries(t.side, P, t.pair_ids, t.conn) if members else []:
            key = _group_key(other)
            q = (select(key.label("other"), P.c.type, P.c.negated, P.c.hypothetical,
                        func.min(P.c.sample).label("sample"))
                 .where(where, other.in_(members), weight * sign > 0)
                 .group_by(key, P.c.type, P.c.negated, P.c.hypothetical))
            for r in t.conn.execute(q):
                if not is_venue_act(ref_or_state(t.refs, r.other), r.type):
                    samples[r.other].append((w.event(r.type, bool(r.negated), bool(r.hypothetical)), r.sample))
    wanted: dict[str, Counterpart] = {}
    for part in parts:
        sign = 1 if part.score > 0 else -1
        own = sorted((s for m in sorted(part.members) if chosen.get(m) is part for s in samples.get(m, [])),
                     key=lambda s: (-s[0] * sign, s[1]))
        for sample_weight, event_id in own[:EVIDENCE_PER_ACTOR]:
            if sample_weight * sign > 0:
                wanted[event_id] = part
    ids = sorted(wanted)
    rows = []
    for i in range(0, len(ids), 500):  # appended in event id order
        q = (select(E, D.c.published).join(D, D.c.doc_id == E.c.doc_id).where(E.c.id.in_(ids[i:i + 500]))
             .order_by(binary(E.c.id, t.conn)))
        rows += list(t.conn.execute(q))
    t.known({x for r in rows for x in (r.source, r.target) if x})  # a counterpart's member, named in the label
    for r in rows:
        wanted[r.id].evidence.append(Evidence(
            r.doc_id, r.sentence, (r.start, r.end), "event", f"{_event_label(r)}: {t.parties(r.source, r.target)}",
            w.event(r.type, bool(r.negated), bool(r.hypothetical)), effective_date(r.date, r.published)))


def _recent_relations(conn: Connection, where: Any) -> list[Any]:
    """Up to ``SCAN_LIMIT`` relations, the most recent document first (see the module notes); a
    side has a few thousand, sorted with their documents' dates read from an index."""
    R, D = S.relations, S.documents
    q = (select(R, D.c.published).join(D, D.c.doc_id == R.c.doc_id).where(where)
         .order_by(func.coalesce(D.c.published, "").desc(), R.c.doc_id.desc(), R.c.start.desc(), R.c.seq.desc())
         .limit(SCAN_LIMIT))
    return list(conn.execute(q))


def _relations(t: _Tally) -> None:
    R, w = S.relations, weights()
    ids = t.side.ids
    rows = [r for r in _recent_relations(t.conn, ids_filter(R.c.a, ids, t.conn) | ids_filter(R.c.b, ids, t.conn))
            if not (r.a in ids and r.b in ids)]
    t.known({r.b if r.a in ids else r.a for r in rows})
    for r in rows:  # the counterparts whose alliance with the side is stated (for the balance term)
        if w.relation(r.kind) > 0:
            t.stated_allies[principal(ref_or_state(t.refs, r.b if r.a in ids else r.a))].add(r.doc_id)
    if t.topic is None:  # score all; the sentences of the strongest few per counterpart come later
        for rank, r in enumerate(rows):
            t.add(r.b if r.a in ids else r.a, "relations", w.relation(r.kind), doc=r.doc_id)
            t.relation_rows[r.b if r.a in ids else r.a].append((rank, r))
        return
    for r in rows:
        ev = sentence_spans(t.conn, r.doc_id, [(r.start, r.end)])[(r.start, r.end)]
        if t.passes(ev.sentence):
            t.add(r.b if r.a in ids else r.a, "relations", w.relation(r.kind), _relation_evidence(t, r, ev),
                  doc=r.doc_id)


def _relation_evidence(t: _Tally, r: Any, ev: Evidence) -> Evidence:
    ev.kind, ev.date = "relation", effective_date(r.since, r.published)
    ev.label = f"{r.kind}: {t.parties(r.a, r.b, '–')} ({r.label})"
    return ev


def _relation_sentences(t: _Tally, parts: list[Counterpart]) -> None:
    """The strongest relation of each listed counterpart pointing its way as evidence, their
    sentences read in a few queries. A relation stated between the two principals themselves ("Russia" and
    "the United States") comes before one a member states or is named in ("Russia – Donald
    Trump"): the whole-corpus review found the member-level ones misread more often (a sentence on
    Russian aggression in Ukraine, in a report on Trump, read as Russia's conflict with Trump)."""
    w = weights()
    chosen: list[tuple[Counterpart, Any]] = []
    for part in parts:
        sign = 1 if part.score > 0 else -1
        principals = {t.side.actor.id, part.actor.id}
        rows = sorted((x for m in part.members for x in t.relation_rows.get(m, [])),
                      key=lambda x: (w.relation(x[1].kind) * sign <= 0, not {x[1].a, x[1].b} <= principals,
                                     -w.relation(x[1].kind) * sign, x[0]))[:1]
        chosen += [(part, r) for _, r in rows]
    found = _sentences(t, [r for _, r in chosen])
    for part, r in chosen:
        ev = _relation_evidence(t, r, _copy(found[(r.doc_id, (r.start, r.end))]))
        ev.weight = w.relation(r.kind)
        part.evidence.append(ev)


def _sentences(t: _Tally, rows: list[Any]) -> dict[tuple[str, tuple[int, int]], Evidence]:
    """``sentences_of`` the spans of ``rows`` (records with doc_id, start, end)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        spans[r.doc_id].append((r.start, r.end))
    return sentences_of(t.conn, spans)


def _copy(ev: Evidence) -> Evidence:
    """A fresh Evidence of the same sentence (one span may be evidence of several kinds)."""
    return Evidence(ev.doc, ev.sentence, ev.span)


def _balance(t: _Tally, allies: list[Counterpart]) -> None:
    """The adversaries of the side's strongest allies stand against the side (see the module notes)."""
    E, P, R, w = S.events, S.side_pairs, S.relations, weights()
    hostile = [ty for ty, wt in w.events.items() if wt < 0]
    for ally in [a for a in allies if a.score >= BALANCE_MIN_SCORE][:BALANCE_ALLIES]:
        ally_ids = side_ids(t.conn, ally.actor)
        strength = min(ally.score / BALANCE_FULL, 1.0) * BALANCE_FACTOR
        # why it counts: the ally, and how many documents state the alliance
        why = f"(an ally: {len(t.stated_allies[ally.actor.id])} documents state the alliance)"
        # the ally is a principal (a counterpart's key): its side's hostile events, by principal
        # the strongest groups first (a busy ally has a couple of thousand, sorted from an index)
        weight = w.event_weight_sql(P.c.type) * P.c.n
        q = (select(P.c.source, P.c.type, P.c.n, P.c.sample)
             .where(P.c.target == ally.actor.id, P.c.type.in_(hostile), P.c.negated.is_(False),
                    P.c.hypothetical.is_(False), P.c.source != ally.actor.id)
             .order_by(weight, binary(P.c.source, t.conn), binary(P.c.type, t.conn)).limit(SCAN_LIMIT))
        rows = list(t.conn.execute(q))
        t.known({r.source for r in rows})
        ev: Evidence | None
        if t.topic is None:  # the sample events are read only for the evidence shown
            for r in rows:
                ev = Evidence("", "", (0, 0), "indirect", f"{r.type}: {t.parties(r.source, ally.actor.id)} {why}")
                t.unread_events[id(ev)] = (ev, r.sample)
                t.add(r.source, "indirect", w.events[r.type] * strength, ev, n=r.n)
        else:
            found = {e.id: e for e in t.conn.execute(
                select(E.c.id, E.c.doc_id, E.c.sentence, E.c.start, E.c.end, E.c.date)
                .where(ids_filter(E.c.id, sorted({r.sample for r in rows}) or [""], t.conn)))}
            for r in rows:
                if not t.passes(found[r.sample].sentence if r.sample in found else ""):
                    continue
                e = found.get(r.sample)
                ev = Evidence(e.doc_id, e.sentence, (e.start, e.end), "indirect",
                              f"{r.type}: {t.parties(r.source, ally.actor.id)} {why}", date=e.date) if e else None
                t.add(r.source, "indirect", w.events[r.type] * strength, ev, n=r.n)
        rel = and_(R.c.kind.in_(NEGATIVE_RELATIONS),
                   ids_filter(R.c.a, ally_ids, t.conn) | ids_filter(R.c.b, ally_ids, t.conn))
        rel_rows = [r for r in _recent_relations(t.conn, rel) if not (r.a in ally_ids and r.b in ally_ids)]
        t.known({r.b if r.a in ally_ids else r.a for r in rel_rows})
        for r in rel_rows:
            other = r.b if r.a in ally_ids else r.a
            ev = Evidence(r.doc_id, "", (r.start, r.end), "indirect", f"{r.kind}: {t.parties(r.a, r.b, '–')} {why}")
            t.unread[id(ev)] = ev  # its sentence is read if it is shown (_read_shown_sentences)
            t.add(other, "indirect", w.relation(r.kind) * strength, ev)


def _read_shown_sentences(t: _Tally, parts: list[Counterpart]) -> None:
    """The sentences of the evidence that is shown (``Counterpart.to_dict``), one query a document."""
    wanted: dict[str, list[Evidence]] = defaultdict(list)
    for part in parts:
        for ev in part.shown():
            if id(ev) in t.unread:
                wanted[ev.doc].append(ev)
    found = sentences_of(t.conn, {doc: [ev.span for ev in evs] for doc, evs in wanted.items()})
    for doc, evs in wanted.items():
        for ev in evs:
            hit = found[(doc, ev.span)]
            ev.sentence, ev.span = hit.sentence, hit.span
    t.unread.clear()
    _read_shown_events(t, parts)


def _read_shown_events(t: _Tally, parts: list[Counterpart]) -> None:
    """The sample events of the balance evidence that is shown, in one query."""
    E = S.events
    shown = {id(ev): ev for part in parts for ev in part.shown() if id(ev) in t.unread_events}
    samples = sorted({t.unread_events[k][1] for k in shown})
    found = {e.id: e for i in range(0, len(samples), 500) for e in t.conn.execute(
        select(E.c.id, E.c.doc_id, E.c.sentence, E.c.start, E.c.end, E.c.date)
        .where(ids_filter(E.c.id, samples[i:i + 500], t.conn)))}
    for key, ev in shown.items():
        e = found.get(t.unread_events[key][1])
        if e is not None:
            ev.doc, ev.sentence, ev.span, ev.date = e.doc_id, e.sentence, (e.start, e.end), e.date
    t.unread_events.clear()

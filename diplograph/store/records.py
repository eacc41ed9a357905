"""Conversion between ``model`` records and table rows, both ways."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, and_, case, func, insert, literal, or_, select

from ..model import (
    Actor,
    Claim,
    Document,
    Event,
    Extraction,
    Omission,
    Quote,
    Relation,
    Role,
    TimeExpr,
)
from . import schema as S

Rows = dict[str, list[dict[str, Any]]]
NO_TARGET = ""  # an aggregate's target when the event has none (NULLs would never conflict)
# Kinds counted under their state (a defence ministry or a minister acts for it): ``principal_id``.
SIDE_KINDS = ("person", "organization")


def principal_id(actor_id: str, kind: str | None, country: str | None) -> str:
    """The id an actor is counted under between sides: a person's or organisation's state, else itself."""
    return f"state:{country}" if kind in SIDE_KINDS and country else actor_id


def name_key(name: str) -> str:
    """A name as users may type it: lower case, single spaces, a leading "the" dropped."""
    name = re.sub(r"\s+", " ", name.strip().lower())
    return name[4:] if name.startswith("the ") else name


def effective_date(date: str | None, published: str | None) -> str | None:
    """An event's date made sortable (``events.eff_date``): its own when it starts with a digit,
    a year-less ``XXXX-MM-DD`` with the document's year, else the document's date."""
    if date and "0" <= date[0] <= "9":
        return date
    if date and date.startswith("XXXX") and published is not None:
        return published[:4] + date[4:]
    return published


def extraction_rows(ex: Extraction) -> Rows:
    """Rows for every table, keyed by table name (``documents`` holds one row)."""
    d = ex.document
    doc_id = d.doc_id
    rows: Rows = {name: [] for name in ("actors", "documents", "aliases", "mentions", "roles", "events",
                                         "quotes", "claims", "relations", "times", "omissions", "sentences")}
    rows["documents"].append({
        "doc_id": doc_id, "path": d.path, "title": d.title, "url": d.url, "outlet": ex.outlet,
        "published": d.published, "published_inferred": d.published_inferred,
        "published_basis": d.published_basis, "text": d.text,
    })
    for a in ex.actors:
        rows["actors"].append({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country})
        rows["aliases"] += [{"actor_id": a.id, "doc_id": doc_id, "alias": al} for al in dict.fromkeys(a.aliases)]
        rows["mentions"] += [{"doc_id": doc_id, "actor_id": a.id, "start": s, "end": e} for s, e in a.mentions]
        rows["roles"] += [{"actor_id": a.id, "doc_id": doc_id, "title": r.title, "of": r.of,
                           "date_from": r.from_, "date_to": r.to} for r in a.roles]
    for e in ex.events:
        rows["events"].append({
            "id": e.id, "doc_id": doc_id, "cluster": e.cluster, "type": e.type, "mode": e.mode,
            "cameo": e.cameo, "source": e.source, "target": e.target, "date": e.date,
            "location": e.location, "negated": e.negated, "hypothetical": e.hypothetical,
            "reported_by": e.reported_by, "sentence": e.sentence, "start": e.span[0], "end": e.span[1],
            "trigger": e.trigger, "eff_date": effective_date(e.date, d.published),
        })
    for q in ex.quotes:
        rows["quotes"].append({"id": q.id, "doc_id": doc_id, "text": q.text, "speaker": q.speaker, "via": q.via,
                               "direct": q.direct, "start": q.span[0], "end": q.span[1]})
    for c in ex.claims:
        rows["claims"].append({"id": c.id, "doc_id": doc_id, "text": c.text, "value": c.value, "unit": c.unit,
                               "qualifier": c.qualifier, "about": c.about, "speaker": c.speaker, "via": c.via,
                               "date": c.date, "start": c.span[0], "end": c.span[1]})
    for r in ex.relations:
        rows["relations"].append({"doc_id": doc_id, "a": r.a, "b": r.b, "kind": r.kind, "label": r.label,
                                  "since": r.since, "speaker": r.speaker, "start": r.span[0], "end": r.span[1]})
    for t in ex.times:
        rows["times"].append({"doc_id": doc_id, "text": t.text, "value": t.value, "start": t.span[0], "end": t.span[1]})
    for o in ex.omissions:
        rows["omissions"].append({"doc_id": doc_id, "outlet": o.outlet, "what": o.what, "sentence": o.sentence,
                                  "start": o.span[0], "end": o.span[1]})
    for start, end in ex.sentences:
        rows["sentences"].append({"doc_id": doc_id, "start": start, "end": end, "text": d.text[start:end]})
    return rows


def _by_doc(conn: Connection, table: S.Table, doc_id: str, order: Any) -> list[Any]:
    return list(conn.execute(select(table).where(table.c.doc_id == doc_id).order_by(order)))


def read_extraction(conn: Connection, doc_id: str) -> Extraction | None:
    """The stored document with its records, as the extractor produced them (after linking)."""
    drow = conn.execute(select(S.documents).where(S.documents.c.doc_id == doc_id)).first()
    if drow is None:
        return None
    doc = Document(doc_id=drow.doc_id, path=drow.path, text=drow.text, title=drow.title, url=drow.url,
                   published=drow.published, published_inferred=bool(drow.published_inferred),
                   published_basis=drow.published_basis)
    ex = Extraction(document=doc, outlet=drow.outlet)
    ex.events = [Event(id=r.id, type=r.type, source=r.source, target=r.target, sentence=r.sentence,
                       span=(r.start, r.end), mode=r.mode, cameo=r.cameo, date=r.date, location=r.location,
                       negated=bool(r.negated), hypothetical=bool(r.hypothetical), reported_by=r.reported_by,
                       cluster=r.cluster, trigger=r.trigger)
                 for r in _by_doc(conn, S.events, doc_id, S.events.c.start)]
    ex.quotes = [Quote(id=r.id, text=r.text, span=(r.start, r.end), speaker=r.speaker, via=r.via, direct=bool(r.direct))
                 for r in _by_doc(conn, S.quotes, doc_id, S.quotes.c.start)]
    ex.claims = [Claim(id=r.id, text=r.text, value=r.value, unit=r.unit, span=(r.start, r.end), about=r.about,
                       qualifier=r.qualifier, speaker=r.speaker, via=r.via, date=r.date)
                 for r in _by_doc(conn, S.claims, doc_id, S.claims.c.start)]
    ex.relations = [Relation(a=r.a, b=r.b, kind=r.kind, label=r.label, span=(r.start, r.end), since=r.since,
                             speaker=r.speaker) for r in _by_doc(conn, S.relations, doc_id, S.relations.c.seq)]
    ex.times = [TimeExpr(text=r.text, value=r.value, span=(r.start, r.end))
                for r in _by_doc(conn, S.times, doc_id, S.times.c.seq)]
    ex.omissions = [Omission(outlet=r.outlet, what=r.what, sentence=r.sentence, span=(r.start, r.end))
                    for r in _by_doc(conn, S.omissions, doc_id, S.omissions.c.seq)]
    ex.sentences = [(r.start, r.end) for r in _by_doc(conn, S.sentences, doc_id, S.sentences.c.start)]
    ex.actors = _document_actors(conn, doc_id, ex)
    return ex


def _document_actors(conn: Connection, doc_id: str, ex: Extraction) -> list[Actor]:
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in _by_doc(conn, S.mentions, doc_id, S.mentions.c.start):
        mentions[r.actor_id].append((r.start, r.end))
    alias_rows = _by_doc(conn, S.aliases, doc_id, S.aliases.c.alias)
    role_rows = _by_doc(conn, S.roles, doc_id, S.roles.c.title)
    ids = list(dict.fromkeys([*mentions, *(r.actor_id for r in alias_rows), *(r.actor_id for r in role_rows),
                              *sorted(ex.referenced_ids())]))
    rows = {r.id: r for r in conn.execute(select(S.actors).where(S.actors.c.id.in_(ids)))} if ids else {}
    out = []
    for actor_id in ids:
        r = rows.get(actor_id)
        if r is None:
            continue
        out.append(Actor(
            id=r.id, name=r.name, kind=r.kind, country=r.country,
            roles=[Role(title=x.title, of=x.of, from_=x.date_from, to=x.date_to)
                   for x in role_rows if x.actor_id == r.id],
            aliases=[x.alias for x in alias_rows if x.actor_id == r.id],
            mentions=mentions.get(r.id, []),
        ))
    return out


def actors_with_aliases(conn: Connection) -> list[Actor]:
    actors = {r.id: Actor(id=r.id, name=r.name, kind=r.kind, country=r.country)
              for r in conn.execute(select(S.actors))}
    for r in conn.execute(select(S.aliases.c.actor_id, S.aliases.c.alias).distinct()):
        a = actors.get(r.actor_id)
        if a is not None and r.alias not in a.aliases:
            a.aliases.append(r.alias)
    for role in conn.execute(select(S.roles.c.actor_id, S.roles.c.title, S.roles.c.of, S.roles.c.date_from,
                                    S.roles.c.date_to).distinct()):
        a = actors.get(role.actor_id)
        if a is not None:
            a.roles.append(Role(title=role.title, of=role.of, from_=role.date_from, to=role.date_to))
    return list(actors.values())


def events_with_dates(conn: Connection, sources: list[str] | None = None,
                      months: tuple[str, str] | None = None, undated: bool = True) -> list[tuple[Event, str | None]]:
    """Stored events (of ``sources`` only, when given) with their document's date, in ingest order.

    ``months`` ("2023-02", "2023-05"): only events whose effective date lies in those months, or
    is a year, week or season of their years (or of the year before: a winter runs on), plus,
    when ``undated``, those without one or with an unknown year (index ``ix_events_source_date``)."""
    q = (select(S.events, S.documents.c.published)
         .join(S.documents, S.documents.c.doc_id == S.events.c.doc_id)
         .order_by(S.documents.c.seq, S.events.c.start, S.events.c.id))
    if sources is not None:
        q = q.where(S.events.c.source.in_(sources))
    if months is not None:
        eff = S.events.c.eff_date
        years = range(int(months[0][:4]) - 1, int(months[1][:4]) + 1)
        near: list[ColumnElement[bool]] = [eff.between(months[0], months[1] + "-~")]
        for y in years:  # a year alone, and its weeks and seasons ("2023-W10", "2023-SU")
            near += [eff == f"{y:04d}", eff.between(f"{y:04d}-A", f"{y:04d}-~")]
        if undated:
            near += [eff.is_(None), eff.like("XXXX%")]
        q = q.where(or_(*near))
    return [(Event(id=r.id, type=r.type, source=r.source, target=r.target, sentence=r.sentence,
                   span=(r.start, r.end), mode=r.mode, cameo=r.cameo, date=r.date, location=r.location,
                   negated=bool(r.negated),
                   hypothetical=bool(r.hypothetical), reported_by=r.reported_by, cluster=r.cluster,
                   trigger=r.trigger), r.published) for r in conn.execute(q)]


# --- aggregates ------------------------------------------------------------------------------
def aggregate_rows(rows: Rows) -> Rows:
    """The increments one document's rows add to each aggregate table (``schema.AGGREGATES``),
    sorted by key so that concurrent writers lock aggregate rows in the same order."""
    months: Counter[tuple[Any, ...]] = Counter()
    pairs: Counter[tuple[Any, ...]] = Counter()
    samples: dict[tuple[Any, ...], str] = {}
    types: Counter[tuple[str, str, str]] = Counter()
    for e in rows["events"]:
        key = (e["source"], e["target"] or NO_TARGET, e["type"], bool(e["negated"]), bool(e["hypothetical"]))
        pairs[key] += 1
        samples[key] = min(samples.get(key, e["id"]), e["id"])
        months[(*key, (e["eff_date"] or "")[:7])] += 1
        if e["negated"] or e["hypothetical"]:
            continue  # a profile counts the events that happened, by type
        types[(e["source"], "source", e["type"])] += 1
        if e["target"]:
            types[(e["target"], "target", e["type"])] += 1
    mentions = Counter(m["actor_id"] for m in rows["mentions"])
    aliases = sorted({(a["actor_id"], a["alias"]) for a in rows["aliases"]})
    cols = ("source", "target", "type", "negated", "hypothetical")
    published = rows["documents"][0]["published"] if rows["documents"] else None
    return {
        "quote_actors": _quote_actor_rows(rows["quotes"], rows["mentions"], published),
        "event_months": [{**dict(zip((*cols, "month"), k, strict=True)), "n": n} for k, n in sorted(months.items())],
        "event_pairs": [{**dict(zip(cols, k, strict=True)), "n": n, "sample": samples[k]}
                        for k, n in sorted(pairs.items())],
        "actor_event_types": [{"actor_id": a, "role": r, "type": t, "n": n} for (a, r, t), n in sorted(types.items())],
        "actor_counts": [{"actor_id": a, "documents": 1, "mentions": n} for a, n in sorted(mentions.items())],
        "actor_aliases": [{"actor_id": a, "alias": al, "key": name_key(al), "documents": 1} for a, al in aliases],
    }


def _quote_actor_rows(quotes: list[dict[str, Any]], mentions: list[dict[str, Any]],
                      published: str | None) -> list[dict[str, Any]]:
    """``quote_actors`` rows of one document: each quotation with the actors named inside it."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    by_start = sorted(mentions, key=lambda m: m["start"])
    starts = [m["start"] for m in by_start]
    for q in quotes:
        for m in by_start[bisect_left(starts, q["start"]):bisect_left(starts, q["end"])]:
            if m["end"] <= q["end"] and m["actor_id"] != q["speaker"]:
                out[(m["actor_id"], q["id"])] = {"actor_id": m["actor_id"], "quote_id": q["id"], "doc_id": q["doc_id"],
                                                 "speaker": q["speaker"], "published": published, "start": q["start"]}
    return [out[k] for k in sorted(out)]


def side_pair_rows(events: list[dict[str, Any]], principals: dict[str, str]) -> list[dict[str, Any]]:
    """The increments one document's events add to ``side_pairs``, each party replaced by its
    principal (``principals``: actor id -> principal id; an actor not in it stands for itself)."""
    pairs: Counter[tuple[Any, ...]] = Counter()
    samples: dict[tuple[Any, ...], str] = {}
    for e in events:
        target = principals.get(e["target"], e["target"]) if e["target"] else NO_TARGET
        key = (principals.get(e["source"], e["source"]), target, e["type"], bool(e["negated"]),
               bool(e["hypothetical"]))
        pairs[key] += 1
        samples[key] = min(samples.get(key, e["id"]), e["id"])
    cols = ("source", "target", "type", "negated", "hypothetical")
    return [{**dict(zip(cols, k, strict=True)), "n": n, "sample": samples[k]} for k, n in sorted(pairs.items())]


def side_event_rows(events: list[dict[str, Any]], principals: dict[str, str]) -> list[dict[str, Any]]:
    """The ``side_events`` rows of one document's events with a target (``principals`` as in
    ``side_pair_rows``), sorted by id."""
    return [{"id": e["id"], "source": principals.get(e["source"], e["source"]),
             "target": principals.get(e["target"], e["target"]), "eff_date": e["eff_date"], "doc_id": e["doc_id"],
             "start": e["start"], "type": e["type"], "negated": bool(e["negated"]),
             "hypothetical": bool(e["hypothetical"])}
            for e in sorted(events, key=lambda e: e["id"]) if e["target"]]


def _principal_sql(col: Any, actor: Any) -> Any:
    """``principal_id`` in SQL, ``actor`` being the actors row of ``col`` (outer-joined)."""
    has_state = actor.c.kind.in_(SIDE_KINDS) & actor.c.country.is_not(None) & (actor.c.country != "")
    return case((has_state, literal("state:", String) + actor.c.country), else_=col)


def rebuild_side_pairs(conn: Connection) -> None:
    E, A = S.events, S.actors
    src, tgt = A.alias("src"), A.alias("tgt")
    source = _principal_sql(E.c.source, src)
    target = func.coalesce(_principal_sql(E.c.target, tgt), literal(NO_TARGET, String))
    keys = (source, target, E.c.type, E.c.negated, E.c.hypothetical)
    conn.execute(S.side_pairs.delete())
    conn.execute(insert(S.side_pairs).from_select(
        ["source", "target", "type", "negated", "hypothetical", "n", "sample"],
        select(*keys, func.count(), func.min(E.c.id))
        .select_from(E.outerjoin(src, src.c.id == E.c.source).outerjoin(tgt, tgt.c.id == E.c.target))
        .group_by(*keys)))


def rebuild_side_events(conn: Connection) -> None:
    E, A = S.events, S.actors
    src, tgt = A.alias("src"), A.alias("tgt")
    conn.execute(S.side_events.delete())
    conn.execute(insert(S.side_events).from_select(
        ["id", "source", "target", "eff_date", "doc_id", "start", "type", "negated", "hypothetical"],
        select(E.c.id, _principal_sql(E.c.source, src), _principal_sql(E.c.target, tgt), E.c.eff_date, E.c.doc_id,
               E.c.start, E.c.type, E.c.negated, E.c.hypothetical)
        .select_from(E.outerjoin(src, src.c.id == E.c.source).outerjoin(tgt, tgt.c.id == E.c.target))
        .where(E.c.target.is_not(None))))


def rebuild_quote_actors(conn: Connection) -> None:
    Q, M, D = S.quotes, S.mentions, S.documents
    within = and_(M.c.doc_id == Q.c.doc_id, M.c.start >= Q.c.start, M.c.end <= Q.c.end)
    conn.execute(S.quote_actors.delete())
    conn.execute(insert(S.quote_actors).from_select(
        ["actor_id", "quote_id", "doc_id", "speaker", "published", "start"],
        select(M.c.actor_id, Q.c.id, Q.c.doc_id, Q.c.speaker, D.c.published, Q.c.start).distinct()
        .select_from(Q.join(M, within).join(D, D.c.doc_id == Q.c.doc_id))
        .where(or_(Q.c.speaker.is_(None), Q.c.speaker != M.c.actor_id))))


def rebuild_aggregates(conn: Connection) -> None:
    """Recompute every aggregate table from the record tables (after a bulk load, or to repair)."""
    E, M = S.events, S.mentions
    for table in S.AGGREGATES:
        conn.execute(table.delete())
    rebuild_side_pairs(conn)
    rebuild_side_events(conn)
    rebuild_quote_actors(conn)
    target = func.coalesce(E.c.target, literal(NO_TARGET, String))
    month = func.coalesce(func.substr(E.c.eff_date, 1, 7, type_=String), literal("", String))
    keys = (E.c.source, target, E.c.type, E.c.negated, E.c.hypothetical)
    conn.execute(insert(S.event_months).from_select(
        ["source", "target", "type", "negated", "hypothetical", "month", "n"],
        select(*keys, month, func.count()).group_by(*keys, month)))
    conn.execute(insert(S.event_pairs).from_select(
        ["source", "target", "type", "negated", "hypothetical", "n", "sample"],
        select(*keys, func.count(), func.min(E.c.id)).group_by(*keys)))
    for role in ("source", "target"):
        col = E.c[role]
        conn.execute(insert(S.actor_event_types).from_select(
            ["actor_id", "role", "type", "n"],
            select(col, literal(role, String), E.c.type, func.count())
            .where(col.is_not(None), E.c.negated.is_(False), E.c.hypothetical.is_(False))
            .group_by(col, E.c.type)))
    conn.execute(insert(S.actor_counts).from_select(
        ["actor_id", "documents", "mentions"],
        select(M.c.actor_id, func.count(M.c.doc_id.distinct()), func.count()).group_by(M.c.actor_id)))
    A = S.aliases
    q = select(A.c.actor_id, A.c.alias, func.count(A.c.doc_id.distinct())).group_by(A.c.actor_id, A.c.alias)
    batch: list[dict[str, Any]] = []
    for actor_id, alias, n in conn.execute(q):
        batch.append({"actor_id": actor_id, "alias": alias, "key": name_key(alias), "documents": n})
        if len(batch) >= 5000:
            conn.execute(insert(S.actor_aliases), batch)
            batch = []
    if batch:
        conn.execute(insert(S.actor_aliases), batch)


def fill_effective_dates(conn: Connection) -> None:
    """Set ``events.eff_date`` of every event from its date and its document's (a store written
    before the column existed)."""
    E, D = S.events, S.documents
    published = select(D.c.published).where(D.c.doc_id == E.c.doc_id).scalar_subquery()
    first = func.substr(E.c.date, 1, 1, type_=String)
    eff = case((first.between("0", "9"), E.c.date),
               (E.c.date.like("XXXX%") & published.is_not(None),
                func.substr(published, 1, 4, type_=String) + func.substr(E.c.date, 5, type_=String)),
               else_=published)
    conn.execute(E.update().values(eff_date=eff))

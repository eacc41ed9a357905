"""Conversion between ``model`` records and table rows, both ways."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

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
            "trigger": e.trigger,
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
    for s, e in ex.sentences:
        rows["sentences"].append({"doc_id": doc_id, "start": s, "end": e, "text": d.text[s:e]})
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
    for r in conn.execute(select(S.roles.c.actor_id, S.roles.c.title, S.roles.c.of, S.roles.c.date_from,
                                 S.roles.c.date_to).distinct()):
        a = actors.get(r.actor_id)
        if a is not None:
            a.roles.append(Role(title=r.title, of=r.of, from_=r.date_from, to=r.date_to))
    return list(actors.values())


def events_with_dates(conn: Connection) -> list[tuple[Event, str | None]]:
    q = select(S.events, S.documents.c.published).join(S.documents, S.documents.c.doc_id == S.events.c.doc_id)
    return [(Event(id=r.id, type=r.type, source=r.source, target=r.target, sentence=r.sentence,
                   span=(r.start, r.end), mode=r.mode, cameo=r.cameo, date=r.date, negated=bool(r.negated),
                   hypothetical=bool(r.hypothetical), reported_by=r.reported_by, cluster=r.cluster,
                   trigger=r.trigger), r.published) for r in conn.execute(q)]

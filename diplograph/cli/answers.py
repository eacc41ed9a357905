"""The answer commands: actor, dyad, side, sources, search, serve.

Each command parses its arguments, opens the store (``--db``, which must exist), asks the
``Corpus`` one question and prints a Rich table, or with ``--json`` the same answer as JSON.
A ``DiplographError`` becomes a one-line error on stderr and exit code 1.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import analysis
from ..api import Corpus
from .common import DbOption, JsonOption, KbDirOption, clean_errors, fail, open_corpus

out = Console(highlight=False)

NameArg = Annotated[str, typer.Argument(help="Actor id, name or alias, e.g. Lukashenko.")]
# bounds of the numeric options (the analysis layer bounds names, queries and offsets)
MAX_TIMELINE = 100_000
MAX_LIST = 500
MAX_OFFSET = analysis.common.MAX_OFFSET


def _answer(db: str | None, as_json: bool, ask: Callable[[Corpus], Any], show: Callable[[Any], None],
            kb_dir: str | None = None) -> None:
    """Ask ``ask`` of the store at ``db`` (which must exist), reading the answer tables
    (``plover_weights.tsv``) of ``kb_dir`` too; print the answer as JSON or with ``show``."""
    with open_corpus(db, kb_dir=kb_dir) as corpus:
        answer = ask(corpus)
    if as_json:
        typer.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        show(answer)


def _explain(db: str | None, name: str, as_json: bool) -> None:
    """``actor NAME --why``: the merge decisions behind the actors going by ``name``."""
    with open_corpus(db) as corpus:
        lines = corpus.explain_actor(name)
    if as_json:
        typer.echo(json.dumps({"name": name, "reasons": lines}, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            typer.echo(line)


def _cut(text: str | None, n: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _table(title: str, *columns: str) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


# --- printing -------------------------------------------------------------------------------
def _show_profile(p: analysis.ActorProfile) -> None:
    a = p.actor
    head = _table(f"{a.name}  [dim]{a.id}[/dim]", "field", "value")
    head.add_row("kind", a.kind)
    head.add_row("country", a.country or "-")
    head.add_row("aliases", ", ".join(p.aliases) or "-")
    for r in p.roles:
        span = " – ".join(x for x in (r["from"], r["to"]) if x) or (r["first_seen"] or "")
        head.add_row("role", f"{r['title']}{' of ' + r['of'] if r['of'] else ''} {span}".strip())
    head.add_row("events as source", ", ".join(f"{k} {v}" for k, v in p.events_as_source.items()) or "-")
    head.add_row("events as target", ", ".join(f"{k} {v}" for k, v in p.events_as_target.items()) or "-")
    out.print(head)
    if p.relations:
        t = _table("Relations", "date", "with", "kind", "label", "sentence")
        for r in p.relations:
            t.add_row(r["date"] or "", r["other_name"], r["kind"], r["label"], _cut(r["sentence"]))
        out.print(t)
    for title, quotes in (("Quotes by", p.quotes_by), ("Quotes about", p.quotes_about)):
        if quotes:
            t = _table(title, "date", "speaker", "via", "quote")
            for q in quotes:
                t.add_row(q["published"] or "", q["speaker_name"] or "-", q["via"] or "-", _cut(q["text"]))
            out.print(t)
    t = _table(f"Documents ({p.document_count})", "published", "outlet", "title", "mentions")
    for d in p.documents:
        t.add_row(d["published"] or "", d["outlet"] or "", d["title"] or d["path"], str(d["mentions"]))
    out.print(t)


def _show_dyad(d: analysis.Dyad) -> None:
    name = d.names.get
    t = _table(f"{d.a.name} – {d.b.name}: {d.total_events} events", "date", "type", "source", "target", "sentence")
    for e in d.events:
        t.add_row(e.date or "?", ("not " if e.negated else "") + e.type, name(e.source, e.source),
                  name(e.target, e.target), _cut(e.sentence))
    out.print(t)
    if d.monthly:
        m = _table("Monthly cooperation (+) / conflict (-) score", "month", "score", "events")
        for row in d.monthly:
            style = "green" if row["score"] > 0 else "red" if row["score"] < 0 else ""
            m.add_row(row["month"], f"[{style}]{row['score']:+.2f}[/{style}]" if style else "0", str(row["count"]))
        out.print(m)
    if d.relations:
        r = _table("Relations stated", "date", "between", "kind", "label")
        for x in d.relations:
            r.add_row(x["date"] or "", f"{name(x['a'], x['a'])} – {name(x['b'], x['b'])}", x["kind"], x["label"])
        out.print(r)


def _show_alignment(al: analysis.Alignment) -> None:
    topic = f" on {al.on['query']}" if al.on else ""
    for title, parts, style in (("aligned with", al.aligned, "green"), ("opposed to", al.opposed, "red")):
        t = _table(f"{al.actor.name}{topic}: {title}", "actor", "score", "strongest evidence")
        for p in parts:
            ev = p.shown()[:2]  # the evidence the JSON answer shows, in its order
            t.add_row(f"{p.actor.name} [dim]{p.actor.id}[/dim]", f"[{style}]{p.score:+.2f}[/{style}]",
                      "\n".join(escape(f"[{e.kind} {e.label[:72]}] {_cut(e.sentence, 90)}") for e in ev))
        out.print(t if parts else f"{al.actor.name}{topic}: nobody {title} in the store")


def _show_sources(s: analysis.SourcesReport) -> None:
    t = _table("Outlets", "outlet", "documents", "events", "quotes", "claims", "credited by others")
    for o in s.outlets:
        t.add_row(f"{o.name} [dim]{o.id}[/dim]", str(o.documents), str(o.events), str(o.quotes), str(o.claims),
                  str(o.credited_by_others))
    out.print(t)
    if s.omissions:
        m = _table("Said to be left out", "left out by", "what", "reported by", "sentence")
        for left_out in s.omissions:
            m.add_row(left_out["outlet_name"], left_out["what"], left_out["reported_by_name"] or "-",
                      _cut(left_out["sentence"]))
        out.print(m)
    if s.credits:
        c = _table("Who credits whom", "document outlet", "credits", "times")
        for x in s.credits[:30]:
            c.add_row(x["by_name"] or "(unknown outlet)", x["outlet_name"], str(x["count"]))
        out.print(c)


def _show_search(r: analysis.SearchResult) -> None:
    count = f"{r.total}" if r.total_exact else f"about {r.total:,}"
    t = _table(f"{count} sentences match {r.query!r} ({r.mode})", "published", "title", "sentence")
    for s in r.sentences:
        t.add_row(s["published"] or "", _cut(s["title"], 40), _cut(s["sentence"], 120))
    out.print(t)
    if r.actors:
        out.print("actors: " + ", ".join(f"{a['name']} ({a['hits']})" for a in r.actors[:15]))
    if r.events:
        out.print("events: " + ", ".join(f"{e['type']} {e['source']}→{e['target'] or '?'}" for e in r.events[:15]))


# --- commands -------------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add the answer commands to the main Typer app."""

    @app.command("actor")
    @clean_errors
    def actor_cmd(name: NameArg, db: DbOption = None, as_json: JsonOption = False,
                  why: Annotated[bool, typer.Option("--why", help="Explain the identity decisions.")] = False,
                  kb_dir: KbDirOption = None) -> None:
        """Profile of one actor: names, roles, events, quotes, relations, documents."""
        if why:
            _explain(db, name, as_json)
            return
        _answer(db, as_json, lambda c: c.profile(name), _show_profile, kb_dir)

    @app.command("dyad")
    @clean_errors
    def dyad_cmd(a: Annotated[str, typer.Argument(help="First side, e.g. China.")],
                 b: Annotated[str, typer.Argument(help="Second side, e.g. Belarus.")],
                 limit: Annotated[int, typer.Option(min=1, max=MAX_TIMELINE,
                                                    help="Most timeline events to list.")] = 1000,
                 db: DbOption = None, as_json: JsonOption = False, kb_dir: KbDirOption = None) -> None:
        """Timeline, monthly cooperation-conflict score and relations between two sides."""
        _answer(db, as_json, lambda c: c.dyad(a, b, limit=limit), _show_dyad, kb_dir)

    @app.command("side")
    @clean_errors
    def side_cmd(name: Annotated[str, typer.Argument(help="The actor, e.g. China.")],
                 on: Annotated[str | None, typer.Option("--on", help="Only evidence about this actor or word.")] = None,
                 limit: Annotated[int, typer.Option(min=1, max=MAX_LIST, help="Most actors per list.")] = 20,
                 db: DbOption = None, as_json: JsonOption = False, kb_dir: KbDirOption = None) -> None:
        """Which side an actor is on: who it cooperates with and who it opposes, with evidence."""
        _answer(db, as_json, lambda c: c.alignment(name, on, limit=limit), _show_alignment, kb_dir)

    @app.command("sources")
    @clean_errors
    def sources_cmd(db: DbOption = None, as_json: JsonOption = False) -> None:
        """Which outlet reported what, what one is said to have left out, who credits whom."""
        _answer(db, as_json, lambda c: c.sources(), _show_sources)

    @app.command("search")
    @clean_errors
    def search_cmd(query: Annotated[str, typer.Argument(help="Words to find, e.g. sanctions.")],
                   limit: Annotated[int, typer.Option(min=1, max=MAX_LIST, help="Sentences per page.")] = 20,
                   offset: Annotated[int, typer.Option(min=0, max=MAX_OFFSET, help="Sentences to skip.")] = 0,
                   semantic: Annotated[bool, typer.Option(help="Semantic search (needs the embeddings extra).")]
                   = False,
                   db: DbOption = None, as_json: JsonOption = False) -> None:
        """Full-text search over the stored sentences (documents, actors, events)."""
        _answer(db, as_json, lambda c: c.search(query, limit, offset, semantic=semantic), _show_search)

    @app.command("serve")
    @clean_errors
    def serve_cmd(db: DbOption = None,
                  host: Annotated[str, typer.Option(help="Interface to bind (loopback by default).")] = "127.0.0.1",
                  port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
                  token: Annotated[str | None, typer.Option(
                      help="Enables POST /api/ingest for requests bearing it (or $DIPLOGRAPH_TOKEN).")] = None,
                  allowed_host: Annotated[list[str] | None, typer.Option(
                      "--allowed-host", help="A Host name to answer besides the loopback ones (repeatable).")] = None,
                  proxy: Annotated[list[str] | None, typer.Option(
                      "--proxy", help="Address of a reverse proxy whose X-Forwarded-For is believed (repeatable).")]
                  = None, kb_dir: KbDirOption = None) -> None:
        """Serve the REST API and the web page."""
        _serve(db, host, port, token or os.environ.get("DIPLOGRAPH_TOKEN") or None,
               allowed_hosts=tuple(allowed_host or ()), proxies=tuple(proxy or ()), kb_dir=kb_dir)


def _serve(db: str | None, host: str, port: int, token: str | None, *,
           allowed_hosts: tuple[str, ...] = (), proxies: tuple[str, ...] = (), kb_dir: str | None = None) -> None:
    """``serve``: the app over the store at ``db`` (created if missing: a server can be the first
    to ingest into it)."""
    try:
        import uvicorn

        from ..web.app import create_app
        from ..web.security import binding_warning
    except ImportError:
        raise fail("the web server needs the web extra: pip install 'diplograph[web]'") from None
    with open_corpus(db, create=True, kb_dir=kb_dir) as corpus:
        app_ = create_app(corpus, token=token, allowed_hosts=allowed_hosts, proxies=proxies)
        typer.echo(f"diplograph: serving {corpus.store.db} on http://{host}:{port}/ (API docs at /docs)", err=True)
        warning = binding_warning(host, token)
        if warning:
            typer.echo(warning, err=True)
        # Forwarded headers are read by the app's middleware, from --proxy addresses only.
        uvicorn.run(app_, host=host, port=port, log_level="warning", proxy_headers=False)

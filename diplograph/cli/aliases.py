"""``diplograph alias``: the user's alias rules kept in the store (list, add, remove).

    diplograph alias add "Lukashenka" person:alexander-lukashenko   # always this actor
    diplograph alias add "Li" person:li-qiang --never                # never this actor
    diplograph alias list [--json]
    diplograph alias remove "Li" person:li-qiang

A rule steers every later ingest; ``add`` without ``--never`` also merges the stored persons
and organisations of that name into the actor (``Corpus.add_alias_rule``).
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .common import DbOption, clean_errors, fail, open_corpus

SurfaceArg = Annotated[str, typer.Argument(help="The name as articles write it, e.g. Lukashenka.")]
ActorArg = Annotated[str, typer.Argument(help="The actor id it is (or is not), e.g. person:alexander-lukashenko.")]

alias_app = typer.Typer(no_args_is_help=True, help="The user's alias rules: which names are (or are not) which actor.")
out = Console(highlight=False)


@alias_app.command("list")
@clean_errors
def list_cmd(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The rules kept in the store."""
    with open_corpus(db) as corpus:
        rules = corpus.alias_rules()
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in rules], ensure_ascii=False, indent=2))
        return
    t = Table("surface", "rule", "actor")
    for r in rules:
        t.add_row(r.surface, "is never" if r.forbid else "is always", r.actor_id)
    out.print(t if rules else "no alias rules")


@alias_app.command("add")
@clean_errors
def add_cmd(surface: SurfaceArg, actor: ActorArg, db: DbOption = None,
            never: Annotated[bool, typer.Option("--never", help="The name is never this actor.")] = False) -> None:
    """Add a rule; without --never, stored actors of that name are merged into ACTOR."""
    with open_corpus(db, create=True) as corpus:
        merged = corpus.add_alias_rule(surface, actor, forbid=never)
    out.print(f"{surface!r} is {'never' if never else 'always'} {actor}")
    for old in merged:
        out.print(f"merged {old} into {actor}")


@alias_app.command("remove")
@clean_errors
def remove_cmd(surface: SurfaceArg, actor: ActorArg, db: DbOption = None) -> None:
    """Forget a rule (what it merged stays merged)."""
    with open_corpus(db) as corpus:
        found = corpus.remove_alias_rule(surface, actor)
    if not found:
        raise fail(f"no rule for {surface!r} and {actor}")
    out.print(f"removed the rule for {surface!r} and {actor}")

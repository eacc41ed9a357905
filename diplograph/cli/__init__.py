"""The command line: each command parses its options, calls one ``Corpus`` method (or
``api.extract``), and turns library errors into a one-line message (never a traceback for a
user error). ``answers`` holds the question commands, ``aliases`` the ``alias`` group, ``common``
what they share."""

from __future__ import annotations

import json
import logging
import sys
from typing import Annotated, Any, Literal

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .. import api
from ..errors import DiplographError
from .common import DbOption, KbDirOption, OneLineErrors, clean_errors, one_line, open_corpus, settings

app = typer.Typer(cls=OneLineErrors, add_completion=False, no_args_is_help=True,
                  help="Read news about international politics; extract actors, events, quotes, claims and relations.")
out = Console()
err = Console(stderr=True)

MAX_WORKERS = 256  # parsing processes (each holds a spaCy model: ~300 MB)
PathsArg = Annotated[list[str], typer.Argument(help="files or folders; '-' reads JSON Lines from stdin")]
OutputOption = Annotated[str | None, typer.Option("-o", "--output", help="file (a folder for csv, parquet)")]


def _report_skip(exc: DiplographError) -> None:
    typer.echo(f"skipped {one_line(str(exc))}", err=True)


@app.command()
@clean_errors
def extract(paths: PathsArg, kb_dir: KbDirOption = None) -> None:
    """Print one export object per document as JSON Lines (no store). Bad inputs are reported on stderr."""
    failures: list[DiplographError] = []

    def on_error(exc: DiplographError) -> None:
        failures.append(exc)
        _report_skip(exc)

    stream = sys.stdin if paths == ["-"] else None
    written = 0
    for ex in api.extract(None if stream else paths, stream=stream, settings=settings(None, kb_dir), on_error=on_error):
        sys.stdout.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
        written += 1
    sys.stdout.flush()
    if written == 0 and failures:
        raise typer.Exit(1)


@app.command()
@clean_errors
def ingest(paths: Annotated[list[str], typer.Argument(help="files or folders of articles")], db: DbOption = None,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
           workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=MAX_WORKERS,
                                                help="parsing processes")] = 1,
           engine: Annotated[Literal["local", "dask"], typer.Option("--engine", help="local | dask")] = "local",
           scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler tcp://HOST:PORT")] = None,
           kb_dir: KbDirOption = None) -> None:
    """Extract new documents and store them; documents already stored are skipped."""
    total = api.count_inputs(paths)
    with open_corpus(db, create=True, kb_dir=kb_dir) as corpus:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, disable=quiet or not err.is_terminal) as bar:
            task = bar.add_task("ingest", total=total or None, rate=0.0)

            def progress(report: api.IngestReport, handled: int) -> None:
                bar.update(task, advance=handled, rate=report.read / max(report.seconds, 1e-9))

            report = corpus.ingest(paths, progress=progress, on_error=_report_skip, engine=engine,
                                   workers=workers, scheduler=scheduler)
    out.print(f"read {report.read} documents: {report.stored} stored, {report.known} already stored, "
              f"{len(report.errors)} skipped with errors, in {report.seconds:.1f}s", highlight=False)
    if report.read == 0:
        raise typer.Exit(1)


@app.command()
@clean_errors
def export(db: DbOption = None,
           fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet | graphml")] = "jsonl",
           output: OutputOption = None,
           force: Annotated[bool, typer.Option("--force", help="overwrite an existing output")] = False) -> None:
    """Write the whole store in one of the export formats."""
    api.check_export_target(fmt, output, force=force)  # before the store is opened
    with open_corpus(db) as corpus:
        n = corpus.export(fmt, output if output else sys.stdout, force=force)
    if output:
        err.print(f"exported {n} documents to {output}")


@app.command()
@clean_errors
def stats(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Counts, events by type, most mentioned actors and the busiest dyads."""
    with open_corpus(db) as corpus:
        report = corpus.stats()
    if as_json:
        out.print_json(data=report)
        return
    print_summary(report)


def print_summary(report: dict[str, Any]) -> None:
    counts = Table(title="Store", show_header=False)
    for k, v in report["counts"].items():
        counts.add_row(k, str(v))
    out.print(counts)
    types = Table(title="Events by type")
    types.add_column("type")
    types.add_column("events", justify="right")
    for t, n in report["events_by_type"].items():
        types.add_row(t, str(n))
    out.print(types)
    dyads = Table(title="Top dyads")
    for col in ("source", "target", "events"):
        dyads.add_column(col)
    for d in report["top_dyads"]:
        dyads.add_row(d["source"], d["target"], str(d["events"]))
    out.print(dyads)


def _register_answers() -> None:
    from .aliases import alias_app
    from .answers import register

    register(app)
    app.add_typer(alias_app, name="alias")


_register_answers()


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


"""The Python API, the one front door that the CLI and the web app are thin over.

    import diplograph
    for record in diplograph.extract(["articles/"]):      # no store
        print(record.to_dict()["events"])
    corpus = diplograph.open("news.db")                   # SQLite file, or a PostgreSQL URL
    report = corpus.ingest(["articles/"])
    corpus.export("jsonl", "out.jsonl")
    corpus.dyad("China", "Belarus").to_dict()             # the answers of ``analysis``

Every question asked of a store goes through ``Corpus``: the CLI and the web routes hold no SQL
and call no ``analysis`` function themselves.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TextIO, TypeVar

from sqlalchemy import Connection

from . import analysis
from .config import Settings
from .errors import DiplographError, IngestError, OutputError, QueryError
from .kb import using
from .model import Document, Extraction
from .store import Store
from .store.alias_rules import AliasRule

if TYPE_CHECKING:  # spaCy and the linkers load only when something is extracted
    from .extraction import Extractor
    from .scale import Pending

log = logging.getLogger(__name__)

ErrorHandler = Callable[[DiplographError], None]
T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


def _kb_tables(answer: Callable[Concatenate[Corpus, P], R]) -> Callable[Concatenate[Corpus, P], R]:
    """Answer with the settings' ``kb_dir`` tables active (``plover_weights.tsv`` and the other
    tables the answers read), as the extraction components do; None: ``$DIPLOGRAPH_KB_DIR``."""

    @functools.wraps(answer)
    def answered(self: Corpus, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with using(self.settings.kb_dir):
            return answer(self, *args, **kwargs)

    return answered


def _log_error(err: DiplographError) -> None:
    log.warning("skipped %s", err)


def _chunks(items: Iterable[Document | IngestError], size: int,
            on_error: ErrorHandler) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, DiplographError):
            on_error(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


NOT_KNOWN = "no actor known as"  # how ActorLinker.explain begins when no actor goes by a name
EMPTY_PATH = "an empty path (name a file or a folder)"


def _named_paths(paths: Iterable[str | Path], on_error: ErrorHandler) -> list[str | Path]:
    """``paths`` without the empty ones, each reported to ``on_error`` (``Path("")`` is the
    current folder: an empty argument must not ingest whatever the command was run in)."""
    named: list[str | Path] = []
    for given in paths:
        if str(given) == "":
            on_error(IngestError("''", EMPTY_PATH))
        else:
            named.append(given)
    return named


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files ``ingest`` of ``paths`` would read (for a progress bar)."""
    from .ingest import discover

    return sum(1 for _ in discover(p for p in paths if str(p) != ""))


FILE_FORMATS = ("jsonl", "graphml")  # one file; the others (csv, parquet) write a folder


def check_export_target(fmt: str, out: str | Path | None, *, force: bool = False) -> None:
    """``OutputError`` before anything is written if ``fmt`` is unknown or ``out`` cannot take it:
    an existing file (unless ``force``), a missing parent folder, a folder for a file format,
    a file for a folder format."""
    from .export import FORMATS

    if fmt not in FORMATS:
        raise OutputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if out is None:
        return
    path = Path(out)
    if not str(out):
        raise OutputError("an empty output path (name a file or a folder)")
    if not path.parent.is_dir():
        raise OutputError(f"{path}: the folder {path.parent} does not exist")
    if fmt in FILE_FORMATS and path.is_dir():
        raise OutputError(f"{path}: is a folder (--format {fmt} writes one file)")
    if fmt not in FILE_FORMATS and path.exists() and not path.is_dir():
        raise OutputError(f"{path}: is a file (--format {fmt} writes a folder of files)")
    if path.exists() and not force and (path.is_file() or any(path.iterdir())):
        raise OutputError(f"{path}: already exists (give --force to overwrite it)")


def extract(paths: Iterable[str | Path] | None = None, *, stream: TextIO | None = None,
            settings: Settings | None = None, on_error: ErrorHandler = _log_error,
            extractor: Extractor | None = None) -> Iterator[Extraction]:
    """Extract every document under ``paths`` (or from a JSON Lines ``stream``), in input
    order, with actor ids and event clusters linked across the whole run. Nothing is stored.
    Bad inputs are passed to ``on_error`` and skipped."""
    from .extraction import Extractor
    from .ingest import iter_documents, read_jsonl_stream

    settings = settings or Settings()
    items = read_jsonl_stream(stream) if stream is not None else iter_documents(_named_paths(paths or [], on_error))
    extractor = extractor or Extractor(settings)
    # Larger chunks let undated documents find their year in more dated neighbours.
    for chunk in _chunks(items, max(settings.batch_size * 8, 256), on_error):
        yield from extractor.run(chunk)


@dataclass
class IngestReport:
    read: int = 0  # documents read without error
    stored: int = 0  # new documents written
    known: int = 0  # documents already in the store (skipped at almost no cost)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "known": self.known,
                "errors": [{"path": p, "reason": r} for p, r in self.errors], "seconds": round(self.seconds, 3)}


ProgressHandler = Callable[[IngestReport, int], None]  # (report so far, documents just handled)


class Corpus:
    """A store of extracted documents and the questions asked of it."""

    def __init__(self, db: str | None = None, settings: Settings | None = None, *, store: Store | None = None,
                 create: bool = True) -> None:
        """Open the store at ``db`` (default: the settings'), or work on an open ``store``
        (which ``close`` then leaves open). ``create=False``: a store file that does not exist
        is a ``StoreError`` (for readers: a mistyped path must not become an empty store)."""
        self.settings = settings or Settings()
        self._owns_store = store is None
        self.store = store if store is not None else Store(db or self.settings.db, create=create)
        self._extractor: Extractor | None = None

    def close(self) -> None:
        if self._extractor is not None:
            self._extractor.runner.close()
        if self._owns_store:
            self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get_extractor(self, engine: str, workers: int, scheduler: str | None) -> Extractor:
        from .extraction import Extractor
        from .scale import make_runner

        if self._extractor is None:
            runner = make_runner(self.settings, engine=engine, workers=workers, scheduler=scheduler)
            self._extractor = Extractor(self.settings, known_actors=self.store.known_actors(),
                                        event_fetch=self.store.known_events, runner=runner,
                                        alias_file=self.settings.alias_file)
            for rule in self.alias_rules():
                self._extractor.actor_linker.add_rule(rule.surface, rule.actor_id, forbid=rule.forbid)
        return self._extractor

    def ingest(self, paths: Iterable[str | Path], *, progress: ProgressHandler | None = None,
               on_error: ErrorHandler | None = None, engine: str = "local", workers: int | None = None,
               scheduler: str | None = None) -> IngestReport:
        """Read, extract and store every new document under ``paths``. Each document is written
        in its own transaction; documents already stored are skipped before any parsing.

        ``engine="local"`` parses here (``workers`` > 1: in that many processes); ``engine="dask"``
        on the Dask cluster at ``scheduler``, or on a LocalCluster of ``workers`` processes.
        Linking and writing stay in this process either way."""
        from .ingest import iter_documents

        report = IngestReport()
        started = time.perf_counter()

        def handle_error(err: DiplographError) -> None:
            path = getattr(err, "path", "?")
            report.errors.append((path, getattr(err, "reason", str(err))))
            (on_error or _log_error)(err)

        workers = workers or self.settings.workers
        seen_in_run: set[str] = set()
        extractor: Extractor | None = None
        chunk_size = self.settings.batch_size * 2 * max(workers, 1)
        # The next chunk goes to the workers before this process links and writes the last one
        # (in order, so the store is the same as a serial run's); the local runner parses at once.
        pending: tuple[int, Pending | None] | None = None

        def finish(handled: int, parsed: Pending | None) -> None:
            results = parsed.result() if parsed is not None else []
            for ex in extractor.link(results) if extractor else []:
                if self.store.write(ex):
                    report.stored += 1
                else:
                    report.known += 1
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report, handled)

        for chunk in _chunks(iter_documents(_named_paths(paths, handle_error)), chunk_size, handle_error):
            report.read += len(chunk)
            known = self.store.known_doc_ids([d.doc_id for d in chunk] + [d.earlier_id for d in chunk if d.earlier_id])
            fresh = []
            for d in chunk:
                if d.doc_id in known or d.earlier_id in known or d.doc_id in seen_in_run:
                    report.known += 1
                else:
                    seen_in_run.add(d.doc_id)
                    fresh.append(d)
            if fresh and extractor is None:
                extractor = self._get_extractor(engine, workers, scheduler)
            parsed = extractor.submit(fresh) if extractor is not None and fresh else None
            if pending is not None:
                finish(*pending)
            pending = (len(chunk), parsed)
        if pending is not None:
            finish(*pending)
        report.seconds = time.perf_counter() - started
        return report

    def export(self, fmt: str, out: str | Path | TextIO, *, force: bool = False) -> int:
        """Write the whole store in ``fmt`` (jsonl, csv, parquet, graphml) to a file, folder or
        stream; returns documents written. An existing output is replaced only with ``force``
        (``check_export_target``)."""
        from .export import export

        check_export_target(fmt, out if isinstance(out, str | Path) else None, force=force)
        try:
            return export(self.store, fmt, out)
        except OSError as exc:
            raise OutputError(f"{getattr(exc, 'filename', None) or out}: {exc.strerror or exc}") from exc

    def explain_actor(self, name: str) -> list[str]:
        """Why the actors going by ``name`` were merged or kept apart (with the user's alias rules);
        ``QueryError`` when no actor goes by it."""
        from .link.actors import ActorLinker

        linker = ActorLinker(self.store.known_actors())
        if self.settings.alias_file:
            linker.load_alias_file(self.settings.alias_file)
        for rule in self.alias_rules():
            linker.add_rule(rule.surface, rule.actor_id, forbid=rule.forbid)
        lines = linker.explain(name)
        if lines == [f"{NOT_KNOWN} {name!r}"]:  # the linker's answer when no actor goes by the name
            raise QueryError(lines[0])
        return lines

    # -- the user's alias rules (store.alias_rules) ------------------------------------------
    def _edit(self, change: Callable[[Connection], T]) -> T:
        """Run ``change`` in one write transaction of the store."""
        with self.store.transaction() as conn:
            return change(conn)

    def alias_rules(self) -> list[AliasRule]:
        """The alias rules kept in the store (the alias file's are not listed)."""
        from .store.alias_rules import list_rules

        with self.store.connect() as conn:
            return list_rules(conn)

    def add_alias_rule(self, surface: str, actor_id: str, *, forbid: bool = False) -> list[str]:
        """``surface`` is always ``actor_id`` (``forbid``: never) in later ingests; a force rule
        also merges the stored persons and organisations of that name into ``actor_id``.
        Returns the ids merged away."""
        from .store.alias_rules import add_rule

        rule = AliasRule(surface.strip(), actor_id.strip(), forbid)
        merged = self._edit(lambda conn: add_rule(conn, rule))
        if self._extractor is not None:
            self._extractor.actor_linker.add_rule(rule.surface, rule.actor_id, forbid=forbid)
        return merged

    def remove_alias_rule(self, surface: str, actor_id: str) -> bool:
        """Forget a stored rule (what it merged stays merged); False if there was none."""
        from .store.alias_rules import remove_rule

        return self._edit(lambda conn: remove_rule(conn, surface, actor_id))

    # -- the answers (diplograph.analysis) ---------------------------------------------------
    @_kb_tables
    def stats(self) -> dict[str, Any]:
        """Counts, events by type, most mentioned actors and the busiest dyads."""
        from .export.summary import summary

        return summary(self.store)

    def counts(self) -> dict[str, int]:
        """How many documents, actors, events, quotes, claims, relations, times and mentions are stored."""
        return self.store.counts()

    # --- exploration (web page) ---
    # Each is one answer of ``analysis.explore`` (the web page's JSON endpoints are thin over these).
    @_kb_tables
    def explore_overview(self) -> dict[str, Any]:
        """The store's months, counts and the actor the page starts from (the most mentioned state)."""
        from .analysis import explore

        return explore.overview(self.store).to_dict()

    def suggest_actors(self, text: str, limit: int = 10) -> dict[str, Any]:
        """Actors whose name, alias or id starts with ``text``, the most mentioned first."""
        from .analysis import explore

        return explore.suggest_actors(self.store, text, limit).to_dict()

    @_kb_tables
    def ego_network(self, actor: str | None, *, limit: int = 30, kinds: list[str] | None = None,
                    since: str | None = None, until: str | None = None, min_events: int = 1) -> dict[str, Any]:
        """``actor`` (None: the most mentioned state) and its strongest counterparts by events (in
        the months ``since``..``until``), with the edges among them."""
        from .analysis import explore

        return explore.ego_network(self.store, actor, limit=limit, kinds=kinds, since=since, until=until,
                                   min_events=min_events).to_dict()

    @_kb_tables
    def dyad_page(self, a: str, b: str, *, offset: int = 0, limit: int = 50, type_: str | None = None,
                  month: str | None = None) -> dict[str, Any]:
        """Two sides' events per month and type, one page of them, and their relations as spans."""
        from .analysis import explore

        return explore.dyad_page(self.store, a, b, offset=offset, limit=limit, type_=type_, month=month).to_dict()

    @_kb_tables
    def document_view(self, doc_id: str) -> dict[str, Any]:
        """A document's text and the records read from it (the page's evidence panel)."""
        from .analysis import explore

        return explore.document_view(self.store, doc_id).to_dict()


    @_kb_tables
    def profile(self, name: str) -> analysis.ActorProfile:
        """The actor going by ``name`` (id, name or alias): roles, events, quotes, relations, documents."""
        return analysis.actor_profile(self.store, name)

    @_kb_tables
    def dyad(self, a: str, b: str, *, limit: int = analysis.dyads.TIMELINE_LIMIT, offset: int = 0) -> analysis.Dyad:
        """The events between two sides in date order, the monthly score and the stated relations."""
        return analysis.dyad(self.store, a, b, limit=limit, offset=offset)

    @_kb_tables
    def alignment(self, name: str, on: str | None = None, *, limit: int = 20) -> analysis.Alignment:
        """Who ``name`` is aligned with and opposed to (on the topic ``on``), with evidence."""
        return analysis.alignment(self.store, name, on, limit=limit)

    def search(self, query: str, limit: int = 20, offset: int = 0, *, semantic: bool = False) -> analysis.SearchResult:
        """Full-text (or semantic) search over the stored sentences."""
        return analysis.search(self.store, query, limit, offset, semantic=semantic)

    @_kb_tables
    def sources(self) -> analysis.SourcesReport:
        """Outlets, what they reported, what one is said to have left out, who credits whom."""
        return analysis.sources(self.store)

    @_kb_tables
    def graph(self, limit: int = 150) -> analysis.Graph:
        """The actor network of the ``limit`` busiest actors."""
        return analysis.graph(self.store, limit)

    def actors(self, q: str | None = None, kind: str | None = None, *, limit: int = 50,
               offset: int = 0) -> analysis.Page:
        """Stored actors, most mentioned first, filtered by a part of the name or id and by kind."""
        return analysis.actors_page(self.store, q, kind, limit=limit, offset=offset)

    def documents(self, *, limit: int = 50, offset: int = 0) -> analysis.Page:
        """Stored documents in ingest order (no text)."""
        return analysis.documents_page(self.store, limit=limit, offset=offset)

    def document(self, doc_id: str) -> Extraction:
        """One stored document with all its records; ``StoreError`` if there is none."""
        return self.store.extraction(doc_id)


def open(db: str | None = None, settings: Settings | None = None, *, create: bool = True) -> Corpus:  # noqa: A001
    """Open the store at ``db``: a SQLite file path, ``:memory:``, or a URL. A missing SQLite
    file is created, unless ``create`` is false (then it is a ``StoreError``)."""
    return Corpus(db, settings, create=create)

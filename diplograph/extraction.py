"""Runs the NLP pipeline and the cross-document linkers over batches of documents.

The same steps serve ``diplograph extract`` (no store: the linkers start empty) and
``diplograph ingest`` (the linkers start from what the store already holds):

1. parse and extract every document of the batch;
2. give actors their corpus-wide ids (``link.actors``);
3. register the events of dated documents with the event linker;
4. for an undated document, ask the event linker for a year that a linked dated event
   gives (e.g. the same visit reported by a dated article) and, if there is one, extract
   that document again with the year as a hint, so its "Aug. 16" and "On Thursday"
   resolve to full dates;
5. cluster the remaining events.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from .config import Settings
from .link.actors import ActorLinker
from .link.events import EventLinker, Fetch
from .model import Actor, Document, Event, Extraction
from .scale import Done, LocalRunner, Pending, Runner

log = logging.getLogger(__name__)


class Extractor:
    """A runner that parses (here, in worker processes, or on Dask) plus the linkers' memory
    of what came before. The model loads on the first document that needs parsing."""

    def __init__(self, settings: Settings | None = None, *, known_actors: Iterable[Actor] = (),
                 known_events: Iterable[tuple[Event, str | None]] = (), event_fetch: Fetch | None = None,
                 runner: Runner | None = None, alias_file: str | None = None) -> None:
        self.settings = settings or Settings()
        self.runner = runner or LocalRunner(self.settings)
        self.actor_linker = ActorLinker(known_actors)
        if alias_file:
            self.actor_linker.load_alias_file(alias_file)
        self.event_linker = EventLinker(known_events, fetch=event_fetch)

    def run(self, documents: list[Document]) -> list[Extraction]:
        """Extract and link one batch; returns one Extraction per document, in input order."""
        return self.link(self.parse(documents))

    def parse(self, documents: list[Document]) -> list[Extraction]:
        """Step 1 alone (the expensive part, done by the runner)."""
        return self.submit(documents).result()

    def submit(self, documents: list[Document]) -> Pending:
        """Step 1 handed to the runner's workers: it may run for the next batch while ``link``
        finishes this one, since it touches none of the linkers' state."""
        return self.runner.submit(documents) if documents else Done([])

    def link(self, results: list[Extraction]) -> list[Extraction]:
        """Steps 2-5 for one parsed batch, in input order."""
        if not results:
            return []
        for ex in results:
            self.actor_linker.link(ex)
        undated = []
        for ex in results:
            if ex.document.published is None:
                undated.append(ex)
            else:
                self.event_linker.link(ex.events, ex.document.published)
        hints: dict[str, int] = {}
        for ex in undated:
            found = self.event_linker.infer_year(ex.events)
            if found is not None:
                hints[ex.document.doc_id] = found[0]
                log.info("%s: undated; year %d from %s", ex.document.path, found[0], found[1])
        if hints:
            redo = [ex.document for ex in undated if ex.document.doc_id in hints]
            again = {ex.document.doc_id: ex for ex in self.runner.extract(redo, hints)}
            for doc_id, ex in again.items():
                self.actor_linker.link(ex)
                if ex.document.published_basis:
                    ex.document.published_basis += f"; year from a linked dated event (year {hints[doc_id]})"
            results = [again.get(ex.document.doc_id, ex) for ex in results]
        undated_ids = {ex.document.doc_id for ex in undated}
        for ex in results:
            if ex.document.doc_id in undated_ids:
                self.event_linker.link(ex.events, ex.document.published)
        return results

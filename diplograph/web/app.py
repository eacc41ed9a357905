"""The REST API and the web page: the answers of ``diplograph.api.Corpus`` as JSON over HTTP.

``create_app(store)`` gives a FastAPI app that is read-only; every route asks the one ``Corpus``
over ``store`` (``CorpusDep``) and holds no SQL of its own; with ``token`` set, the write
endpoints (``POST /api/ingest``, ``POST``/``DELETE /api/aliases``) accept requests that bear it
(``Authorization: Bearer TOKEN``); ingest takes paths under
``ingest_root`` (default ``$DIPLOGRAPH_INGEST_ROOT`` or the working directory) and, only with
``fetch_urls=True``, for public http(s) URLs. Request size and rate limits, security headers
and the URL checks are in ``security.py``. The page at
``/`` and its script live in ``static/``; the front-end libraries are copied into
``static/vendor/`` by ``python -m diplograph.web.build_assets`` (the API works without them,
and the page then says the assets are not built). OpenAPI docs are at ``/docs``.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..analysis.common import MAX_OFFSET
from ..analysis.search import MAX_QUERY_CHARS
from ..api import Corpus
from ..errors import DiplographError, QueryError, StoreError
from ..store.core import Store
from . import security

STATIC = Path(__file__).resolve().parent / "static"
VENDOR_FILES = ("cytoscape.min.js", "vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.css")
MAX_PAGE = 500


MAX_INGEST_ITEMS = 1000


class AliasRequest(BaseModel):
    surface: Annotated[str, Field(min_length=1, max_length=200)]
    actor_id: Annotated[str, Field(min_length=1, max_length=500)]
    forbid: bool = False


class IngestRequest(BaseModel):
    paths: list[Annotated[str, Field(max_length=4096)]] = Field(default_factory=list, max_length=MAX_INGEST_ITEMS)
    urls: list[Annotated[str, Field(max_length=4096)]] = Field(default_factory=list, max_length=MAX_INGEST_ITEMS)


def get_corpus(request: Request) -> Corpus:
    return request.app.state.corpus


# module level: FastAPI resolves these annotations from the module's globals
CorpusDep = Annotated[Corpus, Depends(get_corpus)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
SearchText = Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)]
NameFilter = Annotated[str | None, Query(max_length=200)]
SmallLimit = Annotated[int, Query(ge=1, le=100)]
GraphLimit = Annotated[int, Query(ge=1, le=2000)]
Authorization = Annotated[str | None, Header()]


def assets_built() -> bool:
    return all((STATIC / "vendor" / f).is_file() for f in VENDOR_FILES)


def _status(exc: DiplographError) -> int:
    """404 for something the store does not hold ("no actor named ...", "no document ..."), else 400."""
    if isinstance(exc, QueryError | StoreError) and str(exc).startswith("no "):
        return 404
    return 400 if isinstance(exc, QueryError) else 500


def create_app(store: Store | Corpus, *, token: str | None = None, ingest_root: str | Path | None = None,
               fetch_urls: bool = False, max_body: int = security.MAX_BODY_BYTES, rate: int = security.RATE,
               per: float = security.PER, allowed_hosts: list[str] | tuple[str, ...] = (),
               proxies: list[str] | tuple[str, ...] = ()) -> FastAPI:
    """The app serving ``store``; ``token`` enables authenticated ingest (read-only without it).

    ``rate`` requests per ``per`` seconds per client address (0: no rate limit), request bodies
    up to ``max_body`` bytes; ingest reads only under ``ingest_root`` and fetches URLs only
    when ``fetch_urls``. The Host names answered are the loopback ones and ``allowed_hosts``;
    ``X-Forwarded-For`` is believed only from the addresses in ``proxies``."""
    app = FastAPI(title="diplograph", version="0.1.0",
                  description="Actors, PLOVER events, quotes, claims and relations read from news, "
                              "each linked to the sentence it came from.")
    # one Corpus for the app, so the model loads once for every ingest
    app.state.corpus = store if isinstance(store, Corpus) else Corpus(store=store)
    app.state.ingest_root = Path(ingest_root or os.environ.get("DIPLOGRAPH_INGEST_ROOT") or Path.cwd()).resolve()
    app.state.fetch_urls = fetch_urls
    app.add_middleware(security.SecurityMiddleware, max_body=max_body, rate=rate, per=per,
                       allowed_hosts=security.allowed_host_names(tuple(allowed_hosts)), proxies=tuple(proxies))
    app.add_exception_handler(RequestValidationError, _bad_query_parameter)  # type: ignore[arg-type]

    @app.exception_handler(DiplographError)
    async def _diplograph_error(_request: Request, exc: DiplographError) -> JSONResponse:
        return JSONResponse(status_code=_status(exc), content={"detail": str(exc)})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    _read_routes(app, read_only=token is None)
    _explore_routes(app)
    _write_routes(app, token)
    return app


def _read_routes(app: FastAPI, *, read_only: bool) -> None:
    """The routes that answer questions: each asks the app's ``Corpus`` one."""

    @app.get("/api/health", tags=["meta"])
    def health(corpus: CorpusDep) -> dict[str, Any]:
        """Liveness, store counts, whether the page's assets are built and whether ingest is enabled."""
        return {"status": "ok", "counts": corpus.counts(), "assets_built": assets_built(),
                "read_only": read_only}

    @app.get("/api/actors", tags=["actors"])
    def list_actors(corpus: CorpusDep, q: NameFilter = None, kind: NameFilter = None,
                    limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Actors, most mentioned first; ``q`` filters by a part of the name or id, ``kind`` by kind."""
        return corpus.actors(q, kind, limit=limit, offset=offset).to_dict()

    @app.get("/api/actors/{name}", tags=["actors"])
    def actor(corpus: CorpusDep, name: str) -> dict[str, Any]:
        """The actor profile (name resolution as in ``diplograph actor``)."""
        return corpus.profile(name).to_dict()

    @app.get("/api/dyad", tags=["answers"])
    def dyad(corpus: CorpusDep, a: str, b: str, limit: Limit = MAX_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Events between two sides in date order, monthly score, relations."""
        return corpus.dyad(a, b, limit=limit, offset=offset).to_dict()

    @app.get("/api/side", tags=["answers"])
    def side(corpus: CorpusDep, actor: str, on: str | None = None, limit: SmallLimit = 20) -> dict[str, Any]:
        """Who ``actor`` is aligned with and opposed to, optionally on the topic ``on``."""
        return corpus.alignment(actor, on, limit=limit).to_dict()

    @app.get("/api/sources", tags=["answers"])
    def sources(corpus: CorpusDep) -> dict[str, Any]:
        """Outlets, what they reported, omissions, credits."""
        return corpus.sources().to_dict()

    @app.get("/api/search", tags=["answers"])
    def search(corpus: CorpusDep, q: SearchText, limit: SmallLimit = 20, offset: Offset = 0,
               semantic: bool = False) -> dict[str, Any]:
        """Full-text (or semantic) search over sentences."""
        return corpus.search(q, limit, offset, semantic=semantic).to_dict()

    @app.get("/api/graph", tags=["answers"])
    def graph(corpus: CorpusDep, limit: GraphLimit = 150) -> dict[str, Any]:
        """The actor network: nodes, and edges with event count and mean cooperation-conflict score."""
        return corpus.graph(limit).to_dict()

    @app.get("/api/documents", tags=["documents"])
    def documents(corpus: CorpusDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents in ingest order (no text)."""
        return corpus.documents(limit=limit, offset=offset).to_dict()

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(corpus: CorpusDep, doc_id: str) -> dict[str, Any]:
        """One document in the export format (text, actors, events, quotes, claims, relations, times)."""
        return corpus.document(doc_id).to_dict()



def _explore_routes(app: FastAPI) -> None:
    """The web page's exploration routes: each calls one ``Corpus`` method (``analysis/explore.py``)."""

    @app.get("/api/explore/overview", tags=["explore"])
    def explore_overview(corpus: CorpusDep) -> dict[str, Any]:
        """The store's months (with their documents), counts, and the actor the page starts from."""
        return corpus.explore_overview()

    @app.get("/api/explore/suggest", tags=["explore"])
    def explore_suggest(corpus: CorpusDep, q: Annotated[str, Query(max_length=200)],
                        limit: Annotated[int, Query(ge=1, le=25)] = 10) -> dict[str, Any]:
        """Actors whose name, alias or id starts with ``q``, with kind and country."""
        return corpus.suggest_actors(q, limit)

    @app.get("/api/explore/ego", tags=["explore"])
    def explore_ego(corpus: CorpusDep, actor: Annotated[str | None, Query(max_length=500)] = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 30,
                    kinds: Annotated[str | None, Query(max_length=200)] = None,
                    since: Annotated[str | None, Query(max_length=7)] = None,
                    until: Annotated[str | None, Query(max_length=7)] = None,
                    min_events: Annotated[int, Query(ge=1, le=100_000)] = 1) -> dict[str, Any]:
        """An actor's neighbourhood (no ``actor``: the most mentioned state's): its strongest
        counterparts by events (``kinds`` comma-separated, months ``since``..``until`` as YYYY-MM)
        and the edges among them."""
        kind_list = [k for k in (kinds or "").split(",") if k] or None
        return corpus.ego_network(actor, limit=limit, kinds=kind_list, since=since, until=until,
                                  min_events=min_events)

    @app.get("/api/explore/dyad", tags=["explore"])
    def explore_dyad(corpus: CorpusDep, a: Annotated[str, Query(max_length=500)],
                     b: Annotated[str, Query(max_length=500)], offset: Offset = 0,
                     limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                     type_: Annotated[str | None, Query(alias="type", max_length=40)] = None,
                     month: Annotated[str | None, Query(max_length=7)] = None) -> dict[str, Any]:
        """Two sides: events per month and type, one page of events (of ``type``, in ``month``), relation spans."""
        return corpus.dyad_page(a, b, offset=offset, limit=limit, type_=type_ or None, month=month or None)

    @app.get("/api/explore/document/{doc_id}", tags=["explore"])
    def explore_document(corpus: CorpusDep, doc_id: str) -> dict[str, Any]:
        """A document's text with every record read from it (the evidence panel)."""
        return corpus.document_view(doc_id)


def _write_routes(app: FastAPI, token: str | None) -> None:
    """The routes that change the store (and the alias rules' listing beside them): each change
    needs ``token``, and with none the server refuses them all."""


    def require_token(authorization: str | None) -> None:
        if token is None:
            raise HTTPException(403, "this server is read-only: start it with --token to enable changes")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", tags=["ingest"], status_code=202)
    def ingest(corpus: CorpusDep, body: IngestRequest,
               authorization: Authorization = None) -> dict[str, Any]:
        """Ingest files or folders on the server (only with a configured token)."""
        require_token(authorization)
        return _ingest(app, corpus, _allowed_paths(app, body.paths), body.urls)

    @app.get("/api/aliases", tags=["aliases"])
    def aliases(corpus: CorpusDep) -> dict[str, Any]:
        """The user's alias rules kept in the store: which names always (or never) are which actor."""
        return {"items": [r.to_dict() for r in corpus.alias_rules()]}

    @app.post("/api/aliases", tags=["aliases"], status_code=201)
    def add_alias(corpus: CorpusDep, body: AliasRequest, authorization: Authorization = None) -> dict[str, Any]:
        """Add a rule (token needed); unless ``forbid``, stored actors of that name merge into the actor."""
        require_token(authorization)
        merged = corpus.add_alias_rule(body.surface, body.actor_id, forbid=body.forbid)
        return {"rule": body.model_dump(), "merged": merged}

    @app.delete("/api/aliases", tags=["aliases"])
    def remove_alias(corpus: CorpusDep, surface: Annotated[str, Query(max_length=200)],
                     actor_id: Annotated[str, Query(max_length=500)],
                     authorization: Authorization = None) -> dict[str, Any]:
        """Forget a rule (token needed); what it merged stays merged."""
        require_token(authorization)
        if not corpus.remove_alias_rule(surface, actor_id):
            raise HTTPException(404, f"no alias rule for {surface!r} and {actor_id!r}")
        return {"removed": {"surface": surface, "actor_id": actor_id}}


async def _bad_query_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
    """400 with one line per out-of-bounds query parameter ("offset: ..."); others stay 422."""
    errors = exc.errors()
    if errors and all(e.get("loc", ("",))[0] == "query" and e.get("type") != "missing" for e in errors):
        detail = "; ".join(f"{e['loc'][-1]}: {e.get('msg', 'invalid')}" for e in errors)
        return JSONResponse(status_code=400, content={"detail": detail})
    return await request_validation_exception_handler(request, exc)


def _allowed_paths(app: FastAPI, paths: list[str]) -> list[str]:
    """``paths`` resolved against the ingest root; 403 for any that lies outside it (symlinks resolved)."""
    root: Path = app.state.ingest_root
    out = []
    for given in paths:
        resolved = (root / given).resolve()
        if not resolved.is_relative_to(root):
            raise HTTPException(403, f"{given}: outside the folder this server ingests from ({root})")
        out.append(str(resolved))
    return out


def _ingest(app: FastAPI, corpus: Corpus, paths: list[str], urls: list[str]) -> dict[str, Any]:
    """Ingest through the public API."""
    if urls and not app.state.fetch_urls:
        raise HTTPException(403, "URL fetching is disabled on this server")
    with tempfile.TemporaryDirectory(prefix="diplograph-fetch-") as folder:
        fetched, refused = _fetch_all(urls, Path(folder))
        report = corpus.ingest([*paths, *fetched]).to_dict()
    report["errors"] = [*refused, *report["errors"]]
    return report


def _fetch_all(urls: list[str], folder: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Each URL fetched (checked by ``security.fetch_url``) into a file of ``folder``; and the refusals."""
    from urllib.parse import urlsplit

    files, refused = [], []
    for number, url in enumerate(urls):
        try:
            data = security.fetch_url(url)
        except DiplographError as exc:
            refused.append({"path": url, "reason": getattr(exc, "reason", str(exc))})
            continue
        suffix = Path(urlsplit(url).path).suffix.lower()
        target = folder / f"{number:04d}{suffix if suffix.isascii() and suffix[1:].isalnum() else ''}"
        target.write_bytes(data)
        files.append(str(target))
    return files, refused

"""The REST API and the web page: the answers of ``diplograph.analysis`` as JSON over HTTP.

``create_app(store)`` gives a FastAPI app that is read-only; with ``token`` set, the write
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
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select

from .. import analysis
from ..api import Corpus
from ..errors import DiplographError, QueryError, StoreError
from ..store import schema as S
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


def get_store(request: Request) -> Store:
    return request.app.state.store


# module level: FastAPI resolves these annotations from the module's globals
StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]
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


def create_app(store: Store, *, token: str | None = None, ingest_root: str | Path | None = None,
               fetch_urls: bool = False, max_body: int = security.MAX_BODY_BYTES, rate: int = security.RATE,
               per: float = security.PER) -> FastAPI:
    """The app serving ``store``; ``token`` enables authenticated ingest (read-only without it).

    ``rate`` requests per ``per`` seconds per client address (0: no rate limit), request bodies
    up to ``max_body`` bytes; ingest reads only under ``ingest_root`` and fetches URLs only
    when ``fetch_urls``."""
    app = FastAPI(title="diplograph", version="0.1.0",
                  description="Actors, PLOVER events, quotes, claims and relations read from news, "
                              "each linked to the sentence it came from.")
    app.state.store = store
    app.state.ingest_root = Path(ingest_root or os.environ.get("DIPLOGRAPH_INGEST_ROOT") or Path.cwd()).resolve()
    app.state.fetch_urls = fetch_urls
    app.add_middleware(security.SecurityMiddleware, max_body=max_body, rate=rate, per=per)

    @app.exception_handler(DiplographError)
    async def _diplograph_error(_request: Request, exc: DiplographError) -> JSONResponse:
        return JSONResponse(status_code=_status(exc), content={"detail": str(exc)})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.get("/api/health", tags=["meta"])
    def health(store: StoreDep) -> dict[str, Any]:
        """Liveness, store counts, whether the page's assets are built and whether ingest is enabled."""
        return {"status": "ok", "counts": store.counts(), "assets_built": assets_built(),
                "read_only": token is None}

    @app.get("/api/actors", tags=["actors"])
    def list_actors(store: StoreDep, q: str | None = None, kind: str | None = None,
                    limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Actors, most mentioned first; ``q`` filters by a part of the name or id, ``kind`` by kind."""
        return _actors_page(store, q, kind, limit, offset)

    @app.get("/api/actors/{name}", tags=["actors"])
    def actor(store: StoreDep, name: str) -> dict[str, Any]:
        """The actor profile (name resolution as in ``diplograph actor``)."""
        return analysis.actor_profile(store, name).to_dict()

    @app.get("/api/dyad", tags=["answers"])
    def dyad(store: StoreDep, a: str, b: str, limit: Limit = MAX_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Events between two sides in date order, monthly score, relations."""
        return analysis.dyad(store, a, b, limit=limit, offset=offset).to_dict()

    @app.get("/api/side", tags=["answers"])
    def side(store: StoreDep, actor: str, on: str | None = None, limit: SmallLimit = 20) -> dict[str, Any]:
        """Who ``actor`` is aligned with and opposed to, optionally on the topic ``on``."""
        return analysis.alignment(store, actor, on, limit=limit).to_dict()

    @app.get("/api/sources", tags=["answers"])
    def sources(store: StoreDep) -> dict[str, Any]:
        """Outlets, what they reported, omissions, credits."""
        return analysis.sources(store).to_dict()

    @app.get("/api/search", tags=["answers"])
    def search(store: StoreDep, q: str, limit: SmallLimit = 20, offset: Offset = 0,
               semantic: bool = False) -> dict[str, Any]:
        """Full-text (or semantic) search over sentences."""
        return analysis.search(store, q, limit, offset, semantic=semantic).to_dict()

    @app.get("/api/graph", tags=["answers"])
    def graph(store: StoreDep, limit: GraphLimit = 150) -> dict[str, Any]:
        """The actor network: nodes, and edges with event count and mean cooperation-conflict score."""
        return analysis.graph(store, limit).to_dict()

    @app.get("/api/documents", tags=["documents"])
    def documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents in ingest order (no text)."""
        D = S.documents
        with store.connect() as conn:
            total = conn.execute(select(func.count()).select_from(D)).scalar_one()
            rows = conn.execute(select(D.c.doc_id, D.c.path, D.c.title, D.c.outlet, D.c.published)
                                .order_by(D.c.seq).limit(limit).offset(offset))
            items = [dict(r._mapping) for r in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(store: StoreDep, doc_id: str) -> dict[str, Any]:
        """One document in the export format (text, actors, events, quotes, claims, relations, times)."""
        return store.extraction(doc_id).to_dict()

    # --- exploration (web page): each route calls one Corpus method (analysis/explore.py) ---
    @app.get("/api/explore/overview", tags=["explore"])
    def explore_overview(store: StoreDep) -> dict[str, Any]:
        """The store's months (with their documents), counts, and the actor the page starts from."""
        return _corpus(app, store).explore_overview()

    @app.get("/api/explore/suggest", tags=["explore"])
    def explore_suggest(store: StoreDep, q: Annotated[str, Query(max_length=200)],
                        limit: Annotated[int, Query(ge=1, le=25)] = 10) -> dict[str, Any]:
        """Actors whose name, alias or id starts with ``q``, with kind and country."""
        return _corpus(app, store).suggest_actors(q, limit)

    @app.get("/api/explore/ego", tags=["explore"])
    def explore_ego(store: StoreDep, actor: Annotated[str | None, Query(max_length=500)] = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 30,
                    kinds: Annotated[str | None, Query(max_length=200)] = None,
                    since: Annotated[str | None, Query(max_length=7)] = None,
                    until: Annotated[str | None, Query(max_length=7)] = None,
                    min_events: Annotated[int, Query(ge=1, le=100_000)] = 1) -> dict[str, Any]:
        """An actor's neighbourhood (no ``actor``: the most mentioned state's): its strongest
        counterparts by events (``kinds`` comma-separated, months ``since``..``until`` as YYYY-MM)
        and the edges among them."""
        kind_list = [k for k in (kinds or "").split(",") if k] or None
        return _corpus(app, store).ego_network(actor, limit=limit, kinds=kind_list, since=since, until=until,
                                               min_events=min_events)

    @app.get("/api/explore/dyad", tags=["explore"])
    def explore_dyad(store: StoreDep, a: Annotated[str, Query(max_length=500)],
                     b: Annotated[str, Query(max_length=500)], offset: Offset = 0,
                     limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                     type_: Annotated[str | None, Query(alias="type", max_length=40)] = None,
                     month: Annotated[str | None, Query(max_length=7)] = None) -> dict[str, Any]:
        """Two sides: events per month and type, one page of events (of ``type``, in ``month``), relation spans."""
        return _corpus(app, store).dyad_page(a, b, offset=offset, limit=limit, type_=type_ or None,
                                             month=month or None)

    @app.get("/api/explore/document/{doc_id}", tags=["explore"])
    def explore_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
        """A document's text with every record read from it (the evidence panel)."""
        return _corpus(app, store).document_view(doc_id)
    # --- end of exploration routes ---

    def require_token(authorization: str | None) -> None:
        if token is None:
            raise HTTPException(403, "this server is read-only: start it with --token to enable changes")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", tags=["ingest"], status_code=202)
    def ingest(store: StoreDep, body: IngestRequest,
               authorization: Authorization = None) -> dict[str, Any]:
        """Ingest files or folders on the server (only with a configured token)."""
        require_token(authorization)
        return _ingest(app, store, _allowed_paths(app, body.paths), body.urls)

    @app.get("/api/aliases", tags=["aliases"])
    def aliases(store: StoreDep) -> dict[str, Any]:
        """The user's alias rules kept in the store: which names always (or never) are which actor."""
        return {"items": [r.to_dict() for r in _corpus(app, store).alias_rules()]}

    @app.post("/api/aliases", tags=["aliases"], status_code=201)
    def add_alias(store: StoreDep, body: AliasRequest, authorization: Authorization = None) -> dict[str, Any]:
        """Add a rule (token needed); unless ``forbid``, stored actors of that name merge into the actor."""
        require_token(authorization)
        merged = _corpus(app, store).add_alias_rule(body.surface, body.actor_id, forbid=body.forbid)
        return {"rule": body.model_dump(), "merged": merged}

    @app.delete("/api/aliases", tags=["aliases"])
    def remove_alias(store: StoreDep, surface: Annotated[str, Query(max_length=200)],
                     actor_id: Annotated[str, Query(max_length=500)],
                     authorization: Authorization = None) -> dict[str, Any]:
        """Forget a rule (token needed); what it merged stays merged."""
        require_token(authorization)
        if not _corpus(app, store).remove_alias_rule(surface, actor_id):
            raise HTTPException(404, f"no alias rule for {surface!r} and {actor_id!r}")
        return {"removed": {"surface": surface, "actor_id": actor_id}}

    return app


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


def _actors_page(store: Store, q: str | None, kind: str | None, limit: int, offset: int) -> dict[str, Any]:
    A, M = S.actors, S.mentions
    counts = select(M.c.actor_id, func.count().label("mentions")).group_by(M.c.actor_id).subquery()
    stmt = select(A, func.coalesce(counts.c.mentions, 0).label("mentions")).outerjoin(
        counts, counts.c.actor_id == A.c.id)
    if q:
        stmt = stmt.where(or_(func.lower(A.c.name).contains(q.lower()), A.c.id.contains(q.lower())))
    if kind:
        stmt = stmt.where(A.c.kind == kind)
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(func.coalesce(counts.c.mentions, 0).desc(), A.c.id)
                            .limit(limit).offset(offset))
        items = [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "mentions": r.mentions}
                 for r in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _corpus(app: FastAPI, store: Store) -> Corpus:
    """One ``Corpus`` over the app's store, kept for the app (the model loads once)."""
    corpus = getattr(app.state, "corpus", None)
    if corpus is None:
        corpus = app.state.corpus = Corpus(store=store)
    return corpus


def _ingest(app: FastAPI, store: Store, paths: list[str], urls: list[str]) -> dict[str, Any]:
    """Ingest through the public API."""
    if urls and not app.state.fetch_urls:
        raise HTTPException(403, "URL fetching is disabled on this server")
    corpus = _corpus(app, store)
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

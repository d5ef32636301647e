"""``create_app(db)``: the FastAPI app behind ``dossier serve`` — the REST API under ``/api/`` and the pages.

Reads go through a small pool of read-only ``Corpus`` objects (one per request at a time); each write
(curation, storing an article) opens the store for writing for that request only. The spaCy pipeline
is loaded on the first analysis and kept.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates

from dossier import __version__
from dossier.config import load_settings
from dossier.errors import StoreError
from dossier.store import DEFAULT_DB, is_postgres, open_store
from dossier.web import errors, security
from dossier.web.state import WebState

WEB_DATA = Path(__file__).resolve().parent.parent / "data" / "web"
MAX_UPLOAD_BYTES = 2_000_000  # a request body (an uploaded article) larger than this is refused with 413


def _prepare(db: str) -> bool:
    """Create or migrate the store if it can be written; True if it can only be read."""
    try:
        open_store(db).close()
        return False
    except StoreError:
        open_store(db, readonly=True).close()  # raises if it cannot even be read
        return True


def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    host: str = "127.0.0.1",
    max_chars: int | None = None,
    max_bytes: int = MAX_UPLOAD_BYTES,
    model: str | None = None,
    nlp=None,
) -> FastAPI:
    """The web app over the store at ``db``. ``host`` is where it will listen: beyond loopback a
    ``token`` is required (``WebError`` otherwise), and the Host check is relaxed. ``model`` and
    ``max_chars`` override the settings (``dossier.toml``, ``DOSSIER_*``); both are fixed here, when the app
    is created."""
    security.check_bind(host, token)
    settings = load_settings(model=model, max_chars=max_chars)
    target = str(db or DEFAULT_DB)
    readonly = _prepare(target)
    state = WebState(
        db=target,
        token=token,
        max_chars=settings.max_chars,
        max_bytes=max_bytes,
        model=settings.model,
        readonly=readonly,
    )
    if not is_postgres(target):
        st = os.stat(target)
        state.identity = (st.st_dev, st.st_ino)
    state._nlp = nlp

    from dossier.web import api, countries, pages, vendor, views

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        state.close()

    app = FastAPI(
        title="dossier",
        lifespan=lifespan,
        version=__version__,
        description="Who did what to whom, when, and who says so — with the evidence. Errors always have the shape "
        '`{"error": {"status", "code", "message", "details"}}`.',
        docs_url=None,  # the Swagger UI page needs inline scripts and a CDN; the spec is at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = state
    templates = Jinja2Templates(directory=str(WEB_DATA / "templates"))
    templates.env.globals.update(
        token_required=bool(token), marked=views.marked, article_href=views.article_href, safe_url=views.safe_url
    )
    app.state.templates = templates
    errors.install(app, templates)
    app.include_router(api.router)
    app.include_router(countries.router)
    app.include_router(countries.pages)
    app.include_router(pages.router)
    app.include_router(vendor.router)
    app.add_middleware(security.SecurityMiddleware, max_bytes=max_bytes, loopback_only=security.is_loopback(host))

    return app

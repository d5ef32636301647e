"""``create_app(db)``: the FastAPI app behind ``dossier serve`` — the REST API under ``/api/`` and the pages.

Reads go through a small pool of read-only ``Corpus`` objects (one per request at a time); each write
(curation, storing an article) opens the store for writing for that request only. The spaCy pipeline
is loaded on the first analysis and kept.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates

from dossier import __version__
from dossier.config import load_settings
from dossier.errors import StoreError, StoreVanished
from dossier.query.corpus import Corpus, open_corpus
from dossier.store import DEFAULT_DB, is_postgres, open_store
from dossier.web import errors, security

WEB_DATA = Path(__file__).resolve().parent.parent / "data" / "web"
MAX_UPLOAD_BYTES = 2_000_000  # a request body (an uploaded article) larger than this is refused with 413


@dataclass
class WebState:
    db: str
    token: str | None
    max_chars: int | None
    max_bytes: int
    model: str | None = None  # the spaCy pipeline for analysis (None: the best installed)
    readonly: bool = False
    pool_size: int = 4
    _pool: queue.Queue = field(default_factory=queue.Queue)
    _opened: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _nlp: object = None
    nlp_lock: threading.Lock = field(default_factory=threading.Lock)

    identity: tuple[int, int] | None = None  # (device, inode) of the SQLite file when the server started

    def check_store(self) -> None:
        """Refuse to go on when the SQLite file was deleted or replaced since the server started: reads would
        come from the deleted file and writes would make a new, empty store at the path (``StoreVanished``)."""
        if self.identity is None:
            return
        try:
            st = os.stat(self.db)
            same = (st.st_dev, st.st_ino) == self.identity
        except OSError:
            same = False
        if not same:
            self.close()  # the pooled connections read the old file
            raise StoreVanished(
                f"{self.db}: the store file was deleted or replaced while the server ran; nothing is "
                "read or written any more: put it back or restart `dossier serve`"
            )

    @contextmanager
    def reading(self) -> Iterator[Corpus]:
        """A read-only corpus from the pool, returned to it afterwards."""
        self.check_store()
        try:
            corpus = self._pool.get_nowait()
        except queue.Empty:
            with self._lock:
                grow = self._opened < self.pool_size
                if grow:
                    self._opened += 1
            if grow:
                try:
                    corpus = open_corpus(self.db, readonly=True)
                except BaseException:
                    with self._lock:
                        self._opened -= 1
                    raise
            else:
                corpus = self._pool.get(timeout=60)
        try:
            yield corpus
        finally:
            self._pool.put(corpus)

    @contextmanager
    def writing(self) -> Iterator[Corpus]:
        if self.readonly:
            raise StoreError(f"{self.db}: served read-only; curation and storing need a writable store")
        self.check_store()
        corpus = open_corpus(self.db)
        try:
            yield corpus
        finally:
            corpus.close()

    def nlp(self):
        """The spaCy pipeline, loaded once (callers hold ``nlp_lock`` while they use it)."""
        if self._nlp is None:
            from dossier.nlp.pipeline import load_pipeline

            self._nlp = load_pipeline(self.model)
        return self._nlp

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return


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

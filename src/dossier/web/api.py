"""The REST API under ``/api/``: one endpoint per question of the Python API (``dossier.open(db)``), the
article view, analysis of a pasted or uploaded article, and curation (token-checked writes)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from dossier.config import load_settings
from dossier.errors import StoreError, StoreVanished
from dossier.models import Article
from dossier.query.articles import NeighbourGraph
from dossier.query.records import (
    ArticleRef,
    ClaimRecord,
    EntityProfile,
    EntityRef,
    EntityRow,
    EventRecord,
    RelationProfile,
    SearchHit,
)
from dossier.readers.published import clean_published
from dossier.web import security
from dossier.web.errors import ERROR_RESPONSES, ApiError
from dossier.web.state import WebState

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


def web(request: Request) -> WebState:
    return request.app.state.web


def require_write(request: Request) -> WebState:
    """Writes: the token when one is configured, and never from another site's page."""
    state = web(request)
    if not security.token_ok(request, state.token):
        raise ApiError(401, "this write needs the server's token: send `Authorization: Bearer <token>`")
    if not security.same_origin(request):
        raise ApiError(403, "a write from another site's page is refused")
    return state


State = Annotated[WebState, Depends(web)]
Writer = Annotated[WebState, Depends(require_write)]
Limit = Annotated[int, Query(ge=1, le=500, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many rows.")]


# -- response bodies ------------------------------------------------------------------------------
class EntitiesPage(BaseModel):
    items: list[EntityRow]
    total: int = Field(description="Entities matching the filters, all pages.")
    limit: int
    offset: int
    next_offset: int | None = Field(description="The offset of the next page; null on the last page.")


class ArticlesPage(BaseModel):
    items: list[ArticleRef]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class SearchResult(BaseModel):
    query: str
    actors: list[EntityRef] = Field(description="Corpus entities the text may name, best first.")
    hits: list[SearchHit] = Field(
        description="Sentences matching the text (full-text search), match marked [like this]."
    )


class StoredArticleOut(BaseModel):
    analysis: dict[str, Any] = Field(
        description="The article and everything extracted from it (the output contract of docs/output.md)."
    )
    links: dict[str, EntityRef] = Field(
        description="The article's entity ids -> the corpus entities they were resolved to."
    )
    story_id: str | None


class AnalyzedArticle(BaseModel):
    id: str
    stored: bool
    analysis: dict[str, Any] | None = Field(
        description="The analysis (when not stored; fetch /api/articles/{id} for a stored one)."
    )


class AnalyzeResult(BaseModel):
    articles: list[AnalyzedArticle]
    problems: list[str] = Field(
        description="Inputs that could not be read or analysed, one line each; a line "
        "starting `warning:` was read with a caveat (a publication date that is not a date is left out)."
    )


class MergeBody(BaseModel):
    keep: str = Field(description="Name or id of the entity that stays.")
    other: str = Field(description="Name or id of the entity folded into it.")


class SplitBody(BaseModel):
    names: list[str] = Field(min_length=1, description="Names whose articles move out to the new entity.")
    new_name: str | None = None


class RenameBody(BaseModel):
    name: str = Field(min_length=1, max_length=300)


def _next(offset: int, limit: int, total: int) -> int | None:
    return offset + limit if offset + limit < total else None


# -- questions ------------------------------------------------------------------------------------
@router.get("/entities", response_model=EntitiesPage, summary="Corpus entities ranked by mentions")
def entities(
    state: State,
    limit: Limit = 50,
    offset: Offset = 0,
    type: Annotated[str | None, Query(description="PERSON, ORG, GPE, LOC, NORP, EVENT or FAC.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Only entities this name may mean.")] = None,
):
    with state.reading() as corpus:
        if q:
            found = [r for r in corpus.find(q) if type is None or r.type == type.upper()]
            page = found[offset : offset + limit]
            items = list(corpus.entity_rows([r.id for r in page]))
            total = len(found)
        else:
            items = list(corpus.entities(type=type.upper() if type else None, limit=limit, offset=offset))
            total = corpus.count("entities", type=type.upper() if type else None)
    return EntitiesPage(items=items, total=total, limit=limit, offset=offset, next_offset=_next(offset, limit, total))


@router.get("/entities/{ref:path}", response_model=EntityProfile, summary="Profile of an actor (name or id)")
def entity(ref: str, state: State, evidence: Annotated[int, Query(ge=0, le=50)] = 3):
    with state.reading() as corpus:
        return corpus.entity(ref, evidence=evidence)


@router.get("/relation", response_model=RelationProfile, summary="How two actors are connected")
def relation(
    a: str,
    b: str,
    state: State,
    paths: Annotated[int, Query(ge=0, le=10)] = 3,
    evidence: Annotated[int, Query(ge=0, le=200)] = 20,
    articles: Annotated[int, Query(ge=0, le=1000)] = 100,
):
    with state.reading() as corpus:
        return corpus.relation(a, b, paths=paths, evidence=evidence, articles=articles)


@router.get("/relation/graph", response_model=NeighbourGraph, summary="The two actors and the actors between them")
def relation_graph(a: str, b: str, state: State, neighbours: Annotated[int, Query(ge=0, le=40)] = 8):
    with state.reading() as corpus:
        return corpus.neighbourhood(a, b, neighbours=neighbours)


@router.get("/timeline", response_model=list[EventRecord], summary="Dated events in order")
def timeline(
    state: State,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: Annotated[list[str], Query(description="PLOVER event types.")] = [],  # noqa: B006
    limit: Limit = 200,
):
    with state.reading() as corpus:
        return list(corpus.timeline(entity, date_from=date_from, date_to=date_to, types=type, limit=limit))


@router.get("/claims", response_model=list[ClaimRecord], summary="The claim ledger")
def claims(
    state: State,
    about: str | None = None,
    by: str | None = None,
    certainty: Annotated[list[str], Query(description="asserted, reported, hedged, alleged, denied, ...")] = [],  # noqa: B006
    limit: Limit = 200,
):
    with state.reading() as corpus:
        return list(corpus.claims(about=about, by=by, certainty=certainty, limit=limit))


@router.get("/search", response_model=SearchResult, summary="Actors and sentences matching a text")
def search(q: Annotated[str, Query(min_length=1, max_length=500)], state: State, limit: Limit = 50):
    with state.reading() as corpus:
        return SearchResult(query=q, actors=corpus.find(q)[:10], hits=list(corpus.search(q, limit=limit)))


@router.get("/articles", response_model=ArticlesPage, summary="Stored articles, newest first")
def articles(state: State, limit: Limit = 20, offset: Offset = 0):
    with state.reading() as corpus:
        items = list(corpus.articles(limit=limit, offset=offset))
        total = corpus.count("articles")
    return ArticlesPage(items=items, total=total, limit=limit, offset=offset, next_offset=_next(offset, limit, total))


@router.get(
    "/articles/{article_id:path}", response_model=StoredArticleOut, summary="One article with everything extracted"
)
def article(article_id: str, state: State):
    with state.reading() as corpus:
        stored = corpus.article(article_id)
    return StoredArticleOut(analysis=stored.analysis.to_dict(), links=stored.links, story_id=stored.story_id)


# -- analysis -------------------------------------------------------------------------------------
def read_submission(
    text: str | None,
    upload: bytes | None,
    title: str | None,
    published: str | None,
    source: str | None,
    url: str | None,
):
    """Articles from a pasted text or an uploaded file's bytes (sniffed: text, HTML or JSON Lines);
    nothing is written to disk. Returns (articles, problems)."""
    from dossier.readers.files import read_inputs

    if text and text.strip():
        data = text.encode("utf-8")
    elif upload:
        data = upload
    else:
        raise ApiError(422, "paste a text or upload a file", code="invalid")
    found, problems = [], []
    given, problem = clean_published(published)
    if problem:  # the article is analysed without it, as a file with a bad date is
        problems.append(f"warning: {problem}")
    for item in read_inputs(["-"], stdin=data):
        if isinstance(item, Article):
            item.title = title or item.title
            item.published = given or item.published
            item.source = source or item.source
            item.url = url or item.url
            item.origin = "upload" if not text else "pasted text"
            found.append(item)
        elif not item.error:
            problems.append("warning: " + item.message.replace("stdin", "the input", 1))
        else:
            problems.append(item.message.replace("stdin", "the input", 1))
    return found, problems


def analyze_articles(state: WebState, found) -> tuple[list, list[str]]:
    from dossier.analysis import analyze_articles as run

    settings = load_settings(max_chars=state.max_chars)
    done, problems = [], []
    with state.nlp_lock:
        nlp = state.nlp()
        for result in run(nlp, found, max_chars=settings.max_chars, batch_size=settings.batch_size):
            if hasattr(result, "article"):
                done.append(result)
            else:
                problems.append(str(result))
    return done, problems


def store_articles(state: WebState, found) -> tuple[list[str], list[str]]:
    """Ingest the articles (``dossier.build.ingest_articles``); returns (ids stored or known, problems)."""
    from dossier.build import ingest_articles

    state.check_store()  # never a new store at the path of one deleted under the server
    report = ingest_articles(found, db=state.db, model=state.model, max_chars=state.max_chars)
    return [a.id for a in found], list(report.failed)


Upload = Annotated[UploadFile | None, File(description="An article file: text, HTML or JSON Lines.")]


@router.post(
    "/analyze", response_model=AnalyzeResult, summary="Analyse a pasted or uploaded article; store it with store=true"
)
async def analyze(
    request: Request,
    text: Annotated[str | None, Form(description="The article text.")] = None,
    file: Upload = None,
    title: Annotated[str | None, Form(max_length=1000)] = None,
    published: Annotated[str | None, Form(max_length=40, description="Publication date, YYYY-MM-DD.")] = None,
    source: Annotated[str | None, Form(max_length=300)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    store: Annotated[bool, Form(description="Ingest into the store (a write: needs the token).")] = False,
):
    state = web(request)
    if store:
        require_write(request)
    upload = await file.read(state.max_bytes + 1) if file is not None else None
    found, problems = read_submission(text, upload, title, published, source, url)
    if not found:
        errors = [p for p in problems if not p.startswith("warning: ")]
        raise ApiError(422, errors[0] if errors else "no article in the input", code="invalid", details=problems)
    if store:
        ids, failed = await run_in_threadpool(store_articles, state, found)
        if failed and len(failed) == len(found):
            raise ApiError(422, failed[0], code="invalid", details=failed)
        return AnalyzeResult(
            articles=[AnalyzedArticle(id=i, stored=True, analysis=None) for i in ids], problems=problems + failed
        )
    done, failed = await run_in_threadpool(analyze_articles, state, found)
    if not done:
        raise ApiError(422, failed[0] if failed else "nothing could be analysed", code="invalid", details=failed)
    return AnalyzeResult(
        articles=[AnalyzedArticle(id=a.article.id, stored=False, analysis=a.to_dict()) for a in done],
        problems=problems + failed,
    )


# -- curation -------------------------------------------------------------------------------------
def _curate(state: WebState, change):
    """Run one curation change; the store's refusals (nothing to split, an empty name) are the user's 400,
    a locked or read-only store is a 503."""
    try:
        with state.writing() as corpus:
            return change(corpus)
    except StoreError as exc:
        if isinstance(exc, StoreVanished) or any(
            word in exc.message for word in ("locked", "read-only", "readonly", "disk is full", "cannot open")
        ):
            raise
        raise ApiError(400, exc.message, details=[exc.code]) from None


@router.post("/entities/merge", response_model=EntityRef, summary="Fold one entity into another")
def merge(body: MergeBody, state: Writer):
    return _curate(state, lambda corpus: corpus.merge(body.keep, body.other))


@router.post(
    "/entities/{ref}/split", response_model=EntityRef, summary="Move what was called some names into a new entity"
)
def split(ref: str, body: SplitBody, state: Writer):
    return _curate(state, lambda corpus: corpus.split(ref, body.names, body.new_name))


@router.post("/entities/{ref}/rename", response_model=EntityRef, summary="Give an entity another name")
def rename(ref: str, body: RenameBody, state: Writer):
    return _curate(state, lambda corpus: corpus.rename(ref, body.name))

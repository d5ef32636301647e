"""The pages of the web app, rendered on the server (Jinja2) from the same questions as the API.

/                      search box, most-mentioned actors, latest articles
/search?q=             actors and sentences matching a text
/entities/{id}         an actor's profile
/relation?a=&b=        two actors: graph, timeline, claims, evidence
/articles/{id}         an article with what was extracted from it highlighted
/analyze               paste or upload an article and see the same view (nothing stored)
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from dossier.query.corpus import EntityNotFound
from dossier.web import charts, views
from dossier.web.api import analyze_articles, read_submission, web
from dossier.web.errors import ApiError

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    state = web(request)
    with state.reading() as corpus:
        actors = list(corpus.entities(limit=15))
        latest = list(corpus.articles(limit=12))
        totals = {"articles": corpus.count("articles"), "entities": corpus.count("entities")}
    return render(request, "home.html", actors=actors, latest=latest, totals=totals)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = ""):
    state = web(request)
    actors, hits = [], []
    if q.strip():
        with state.reading() as corpus:
            found = corpus.find(q.strip())[:12]
            actors = list(corpus.entity_rows([r.id for r in found]))
            hits = list(corpus.search(q.strip(), limit=50))
    return render(request, "search.html", q=q, actors=actors, hits=hits)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int):
    state = web(request)
    with state.reading() as corpus:
        profile = corpus.entity(entity_id)
    return render(request, "entity.html", p=profile, chart=charts.month_bars(profile.mentions_per_month))


@router.get("/relation", response_class=HTMLResponse)
def relation(
    request: Request, a: Annotated[str, Query(max_length=300)] = "", b: Annotated[str, Query(max_length=300)] = ""
):
    state = web(request)
    if not a.strip() or not b.strip():
        return render(request, "relation.html", rel=None, a=a, b=b, problem=None)
    try:
        with state.reading() as corpus:
            rel = corpus.relation(a.strip(), b.strip(), paths=0, evidence=30, articles=50)
            graph = corpus.neighbourhood(rel.a.id, rel.b.id, neighbours=8)
    except EntityNotFound as exc:
        return render(request, "relation.html", rel=None, a=a, b=b, problem=exc.message)
    evidence, seen = [], set()
    for e in rel.events:
        for ev in e.evidence[:3]:
            seen.add((ev.article_id, ev.sentence_start))
            evidence.append(
                {"kind": e.type, "quad": e.quad_class, "ev": ev, "certainty": "denied" if e.negated else e.certainty}
            )
    for ev in rel.evidence:
        if (ev.article_id, ev.sentence_start) not in seen:  # a sentence already shown as an event's evidence
            evidence.append({"kind": "mentioned together", "quad": None, "ev": ev, "certainty": None})
    return render(
        request,
        "relation.html",
        rel=rel,
        a=a,
        b=b,
        problem=None,
        graph=views.graph_data(graph),
        timeline=charts.event_timeline(rel.events, rel.a.id),
        evidence=evidence,
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, start: int | None = None, end: int | None = None):
    state = web(request)
    with state.reading() as corpus:
        stored = corpus.article(article_id)
    focus = (start, end) if start is not None and end is not None else None
    return render(request, "article.html", view=views.article_view(stored.analysis, stored.links, focus=focus))


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return render(request, "analyze.html", views_=[], problems=[], form={})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze(
    request: Request,
    text: Annotated[str | None, Form()] = None,
    file: Annotated[UploadFile | None, File()] = None,
    title: Annotated[str | None, Form(max_length=1000)] = None,
    published: Annotated[str | None, Form(max_length=40)] = None,
):
    state = web(request)
    upload = await file.read(state.max_bytes + 1) if file is not None and file.filename else None
    form = {"text": text or "", "title": title or "", "published": published or ""}
    try:
        found, problems = read_submission(text, upload, title or None, published or None, None, None)
    except ApiError as exc:
        return render(request, "analyze.html", views_=[], problems=[exc.message], form=form)
    done, failed = await run_in_threadpool(analyze_articles, state, found) if found else ([], [])
    shown = [views.article_view(a, stored=False) for a in done[:5]]
    return render(request, "analyze.html", views_=shown, problems=problems + failed, form=form)

"""Country-level relations on the web: ``GET /api/countries/relation?a=USA&b=RUS&sector=GOV`` (the Python
API's ``Corpus.country_relation``) and the page ``/countries?a=USA&b=RUS`` with its monthly chart."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from dossier.query.corpus import EntityNotFound
from dossier.query.countries import CountryRelation
from dossier.web.app import WebState
from dossier.web.charts import CONFLICT, COOPERATION
from dossier.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


def _web(request: Request) -> WebState:
    return request.app.state.web


Country = Annotated[str, Query(min_length=2, max_length=100, description="ISO alpha-3 code (USA) or English name.")]


@router.get("/countries/relation", response_model=CountryRelation,
            summary="Every event between actors of two countries, per month")
def country_relation(a: Country, b: Country, state: Annotated[WebState, Depends(_web)],
                     sector: Annotated[str | None, Query(max_length=3, description="CAMEO sector on both sides (GOV).")] = None):
    with state.reading() as corpus:
        return corpus.country_relation(a, b, sector=sector)


# -- the page ---------------------------------------------------------------------------------------
pages = APIRouter(include_in_schema=False)


@pages.get("/countries", response_class=HTMLResponse)
def countries_page(request: Request, a: Annotated[str, Query(max_length=100)] = "",
                   b: Annotated[str, Query(max_length=100)] = "", sector: Annotated[str, Query(max_length=3)] = ""):
    """Two countries' relation: a monthly cooperation/conflict chart whose bars lead to the month's events,
    each with its sentence and a link to the article."""
    state = _web(request)
    context = {"a": a, "b": b, "sector": sector, "rel": None, "problem": None, "chart": None}
    if a.strip() and b.strip():
        try:
            with state.reading() as corpus:
                rel = corpus.country_relation(a.strip(), b.strip(), sector=sector.strip() or None)
        except EntityNotFound as exc:
            context["problem"] = exc.message
        else:
            by_id = {e.id: e for e in rel.evidence}
            context.update(rel=rel, chart=monthly_chart(rel),
                           months=[(m, [by_id[i] for i in m.event_ids]) for m in rel.months])
    return request.app.state.templates.TemplateResponse(request, "countries.html", context)


def monthly_chart(rel: CountryRelation, *, width: int = 1000, height: int = 220) -> Markup:
    """Cooperation (QuadClass 1-2) above the line, conflict (3-4) below, one bar pair per month; each bar
    links to its month's events. Inline SVG, no script (the pages' Content-Security-Policy)."""
    months = [m for m in rel.months if m.month != "unknown"]
    if not months:
        return Markup("<p class='muted'>No dated events.</p>")
    top = max(max(m.quad_class[1] + m.quad_class[2], m.quad_class[3] + m.quad_class[4]) for m in months) or 1
    left, right, head, bottom = 36, 8, 14, 30
    plot_w, half = width - left - right, (height - head - bottom) / 2
    mid = head + half
    step = plot_w / len(months)
    bar = max(2.0, step * 0.6)
    parts = [f"<svg class='chart bars' viewBox='0 0 {width} {height}' role='img' "
             f"aria-label='{escape(rel.a)} and {escape(rel.b)}: cooperation and conflict per month'>",
             f"<line class='axis' x1='{left}' y1='{mid:.1f}' x2='{width - right}' y2='{mid:.1f}'/>",
             f"<text class='tick' x='{left - 4}' y='{head + 4}' text-anchor='end'>{top}</text>",
             f"<text class='tick' x='{left - 4}' y='{height - bottom}' text-anchor='end'>{top}</text>"]
    every = max(1, len(months) // 10)
    for i, m in enumerate(months):
        x = left + i * step + (step - bar) / 2
        coop, conf = m.quad_class[1] + m.quad_class[2], m.quad_class[3] + m.quad_class[4]
        up, down = half * coop / top, half * conf / top
        label = f"{m.month}: {coop} cooperation, {conf} conflict, mean intensity {m.mean_intensity}"
        parts.append(f"<a href='#m-{escape(m.month)}'><title>{escape(label)}</title>")
        if coop:
            parts.append(f"<rect x='{x:.1f}' y='{mid - up:.1f}' width='{bar:.1f}' height='{up:.1f}' fill='{COOPERATION}'/>")
        if conf:
            parts.append(f"<rect x='{x:.1f}' y='{mid:.1f}' width='{bar:.1f}' height='{down:.1f}' fill='{CONFLICT}'/>")
        parts.append("</a>")
        if i % every == 0:
            parts.append(f"<text class='tick' x='{x + bar / 2:.1f}' y='{height - 8}' text-anchor='middle'>{escape(m.month)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))

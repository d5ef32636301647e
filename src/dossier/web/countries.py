"""Country-level relations on the web: ``GET /api/countries/relation?a=USA&b=RUS&sector=GOV`` (the Python
API's ``Corpus.country_relation``) and the page ``/countries?a=USA&b=RUS`` with its monthly chart."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from dossier.errors import EntityNotFound, InvalidArgument
from dossier.query.countries import CountryRelation
from dossier.web.charts import cooperation_conflict_bars
from dossier.web.errors import ERROR_RESPONSES
from dossier.web.state import WebState

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


def _web(request: Request) -> WebState:
    return request.app.state.web


Country = Annotated[str, Query(min_length=2, max_length=100, description="ISO alpha-3 code (USA) or English name.")]


@router.get(
    "/countries/relation",
    response_model=CountryRelation,
    summary="Every event between actors of two countries, per month",
)
def country_relation(
    a: Country,
    b: Country,
    state: Annotated[WebState, Depends(_web)],
    sector: Annotated[str | None, Query(max_length=3, description="CAMEO sector on both sides (GOV).")] = None,
):
    with state.reading() as corpus:
        return corpus.country_relation(a, b, sector=sector)


# -- the page ---------------------------------------------------------------------------------------
pages = APIRouter(include_in_schema=False)


@pages.get("/countries", response_class=HTMLResponse)
def countries_page(
    request: Request,
    a: Annotated[str, Query(max_length=100)] = "",
    b: Annotated[str, Query(max_length=100)] = "",
    sector: Annotated[str, Query(max_length=3)] = "",
):
    """Two countries' relation: a monthly cooperation/conflict chart whose bars lead to the month's events,
    each with its sentence and a link to the article."""
    state = _web(request)
    context: dict[str, Any] = {"a": a, "b": b, "sector": sector, "rel": None, "problem": None, "chart": None}
    if a.strip() and b.strip():
        try:
            with state.reading() as corpus:
                rel = corpus.country_relation(a.strip(), b.strip(), sector=sector.strip() or None)
        except (EntityNotFound, InvalidArgument) as exc:  # an unknown country or sector: said on the page
            context["problem"] = exc.message
        else:
            by_id = {e.id: e for e in rel.evidence}
            context.update(
                rel=rel,
                chart=cooperation_conflict_bars(rel),
                months=[(m, [by_id[i] for i in m.event_ids]) for m in rel.months],
            )
    return request.app.state.templates.TemplateResponse(request, "countries.html", context)

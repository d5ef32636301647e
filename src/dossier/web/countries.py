"""Country-level relations on the web: ``GET /api/countries/relation?a=USA&b=RUS&sector=GOV`` (the Python
API's ``Corpus.country_relation``) and the page ``/countries?a=USA&b=RUS`` with its monthly chart."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from dossier.query.countries import CountryRelation
from dossier.web.app import WebState
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

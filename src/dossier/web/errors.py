"""One error shape for the whole app, built by one set of handlers.

Every error of the API is ``{"error": {"status": 404, "code": "not_found", "message": "...", "details": []}}``;
``code`` is a stable word (``not_found``, ``invalid``, ``unauthorized``, ``forbidden``, ``too_large``,
``unavailable``, ``internal``) and, for dossier's own errors, ``details`` carries its code (``E007``).
A page (not ``/api/``) that fails shows the same message in HTML.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from dossier.errors import DossierError, DropDocument, StoreError
from dossier.query.corpus import ArticleNotFound, EntityNotFound
from dossier.web.security import error_body

log = logging.getLogger("dossier.web")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid",
    500: "internal",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    details: list = []


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody, "description": CODES[s].replace("_", " ")} for s in (400, 401, 403, 404, 413, 422, 500)
}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None, details: list | None = None) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.code = code or CODES.get(status, "error")
        self.details = details or []


def status_of(exc: DossierError) -> int:
    if isinstance(exc, (EntityNotFound, ArticleNotFound)):
        return 404
    if isinstance(exc, DropDocument):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 400


def install(app: FastAPI, templates) -> None:
    def respond(request: Request, status: int, code: str, message: str, details: list | None = None):
        if not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", ""):
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "code": code, "message": message}, status_code=status
            )
        return JSONResponse(error_body(status, code, message, details), status_code=status)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return respond(request, exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(DossierError)
    async def dossier_error(request: Request, exc: DossierError):
        status = status_of(exc)
        return respond(request, status, CODES.get(status, "error"), exc.message, [exc.code])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, exc.status_code, CODES.get(exc.status_code, "error"), message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = [{"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        message = f"{'.'.join(first['loc'][1:] or first['loc'])}: {first['msg']}"
        return respond(request, 422, "invalid", message, details)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, "internal", "an unexpected error; the server log has the details")

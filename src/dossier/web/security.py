"""What keeps the web app safe: where it may listen, who may write, what a response may run, how much a
request may send.

- **Binding**: loopback by default; any other address needs a token (``--token`` / ``DOSSIER_TOKEN``).
- **Writes** (merge, split, rename, storing an analysed article) need ``Authorization: Bearer <token>``
  when a token is configured, compared in constant time; a cross-site form cannot make them (JSON bodies
  only, and a foreign ``Origin`` is refused).
- **Responses** carry a Content-Security-Policy that allows scripts and styles from this server only (no
  inline script, no eval), no framing, no plugins; article text is escaped wherever it is shown.
- **Requests** are capped in size (413 before the body is read when the length is announced, while it is
  read otherwise) and, on loopback, must name a loopback host (no DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import json
import secrets

from fastapi import Request

from dossier.errors import DossierError

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}


class WebError(DossierError):
    """The web app cannot start as asked (a public address without a token)."""

    code = "E011"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise WebError(
            f"refusing to listen on {host} without a token: anyone who can reach it could change the corpus;"
            " give --token (or DOSSIER_TOKEN), or bind to 127.0.0.1"
        )


def token_ok(request: Request, token: str | None) -> bool:
    if not token:
        return True
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), token.encode())


def same_origin(request: Request) -> bool:
    """A browser sends ``Origin`` on cross-site writes; it must name this server."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


def _hostname(host: str) -> str:
    """The name of a Host header without its port (``[::1]:8000`` -> ``[::1]``)."""
    return host.split("]")[0] + "]" if host.startswith("[") else host.rsplit(":", 1)[0]


class SecurityMiddleware:
    """Pure ASGI: security headers on every response, a request size cap, and the Host check on loopback."""

    def __init__(self, app, *, max_bytes: int, loopback_only: bool) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.loopback_only = loopback_only

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}

        async def send_secure(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in existing]
            await send(message)

        if self.loopback_only:
            host = _hostname(headers.get("host", ""))
            if host and host not in LOOPBACK_NAMES and not is_loopback(host):
                return await _error(send_secure, 400, "bad_host", "this server answers to 127.0.0.1 and localhost only")
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await _error(send_secure, 413, "too_large", f"the request is larger than {self.max_bytes} bytes")

        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send_secure)
        # a body of unannounced length is read here, up to the cap, then handed on whole
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return await _error(send_secure, 413, "too_large", f"the request is larger than {self.max_bytes} bytes")
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_secure)


async def _error(send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(status, code, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def error_body(status: int, code: str, message: str, details: list | None = None) -> dict:
    """The one error shape of the app: ``{"error": {"status", "code", "message", "details"}}``."""
    return {"error": {"status": status, "code": code, "message": message, "details": details or []}}

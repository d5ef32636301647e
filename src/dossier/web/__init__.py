"""The web app and REST API (``dossier serve``): explore actors, relationships and evidence in a browser."""

import errno
import socket
from pathlib import Path

from dossier.errors import InvalidArgument, StoreError
from dossier.store import DEFAULT_DB, is_postgres
from dossier.web.app import MAX_UPLOAD_BYTES, create_app
from dossier.web.security import WebError, check_bind

__all__ = ["MAX_UPLOAD_BYTES", "WebError", "check_bind", "create_app", "serve"]


def serve(
    db=None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    max_bytes: int = MAX_UPLOAD_BYTES,
    model: str | None = None,
    log_level: str = "info",
) -> None:
    """Run the web app with uvicorn until interrupted (``dossier serve``).

    Refuses (``DossierError``, before anything is served) a port outside 1-65535, a port it cannot listen
    on, and a SQLite store that does not exist (``dossier ingest`` makes one; ``create_app`` alone starts
    an empty one).
    """
    import uvicorn

    if not 1 <= port <= 65535:
        raise InvalidArgument(f"--port {port}: give a port from 1 to 65535")
    target = str(db or DEFAULT_DB)
    if not is_postgres(target) and not Path(target).is_file():
        raise StoreError(f"{target}: no such database; make one with `dossier ingest ... --db {target}`, or give --db")
    app = create_app(target, token=token, host=host, max_bytes=max_bytes, model=model)
    sock = _listen_socket(host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


def _listen_socket(host: str, port: int):
    """A socket bound to ``host:port`` (``WebError`` with one line when the port is taken or not allowed)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, socket.gaierror) as exc:
        raise WebError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = "the port is in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise WebError(f"cannot listen on {host}:{port}: {reason}; choose another with --port") from None
    return sock

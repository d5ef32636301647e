"""The web app and REST API (``dossier serve``): explore actors, relationships and evidence in a browser."""

from dossier.web.app import MAX_UPLOAD_BYTES, create_app
from dossier.web.security import WebError, check_bind

__all__ = ["MAX_UPLOAD_BYTES", "WebError", "check_bind", "create_app", "serve"]


def serve(db=None, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          max_bytes: int = MAX_UPLOAD_BYTES, log_level: str = "info") -> None:
    """Run the web app with uvicorn until interrupted (``dossier serve``)."""
    import uvicorn

    app = create_app(db, token=token, host=host, max_bytes=max_bytes)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)

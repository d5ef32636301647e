"""``dossier serve``: the web app and REST API over a store."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from dossier.errors import DossierError


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        db: str = typer.Option(None, "--db", help="Store: a SQLite file (default ./dossier.db)."),
        host: str = typer.Option(
            "127.0.0.1", "--host", help="Address to listen on; beyond loopback a --token is required."
        ),
        port: int = typer.Option(8000, "--port", help="Port to listen on."),
        token: str = typer.Option(
            None,
            "--token",
            envvar="DOSSIER_TOKEN",
            show_envvar=True,
            help="Bearer token required by every write (merge, split, rename, storing articles).",
        ),
        max_bytes: int = typer.Option(
            2_000_000, "--max-bytes", help="Largest request body (an uploaded article) in bytes."
        ),
        model: str = typer.Option(
            None,
            "--model",
            help="spaCy pipeline for analysis (else dossier.toml or DOSSIER_MODEL, else the best installed).",
        ),
    ) -> None:
        """Serve the web app (search, actors, relationships, articles, analysis) and the REST API under /api/.

        The OpenAPI spec is at /api/openapi.json. Binds to 127.0.0.1 by default.

        Example:
            dossier serve --db news.db
            DOSSIER_TOKEN=s3cret dossier serve --db news.db --host 0.0.0.0 --port 8080
        """
        from dossier.web import serve

        try:
            serve(db, host=host, port=port, token=token, max_bytes=max_bytes, model=model)
        except DossierError as exc:
            Console(stderr=True, soft_wrap=True).print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(2) from None

from __future__ import annotations

import platform
import sys

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError


def register(app: typer.Typer) -> None:
    @app.command("info")
    def info(model: str = typer.Option(None, "--model", help="spaCy pipeline to report on.")) -> None:
        """Show the model in use, versions, and where data is stored.

        Example:
            dossier info
        """
        from importlib.metadata import version

        import spacy

        from dossier.config import load_settings
        from dossier.nlp.pipeline import load_base, resolve_model

        settings = load_settings(model=model)
        table = Table(show_header=False, box=None)
        table.add_row("dossier", version("dossier"))
        table.add_row("python", f"{platform.python_version()} ({sys.executable})")
        table.add_row("spacy", spacy.__version__)
        try:
            choice = resolve_model(settings.model)
            nlp = load_base(choice)
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        meta = nlp.meta
        table.add_row("model", f"{choice.name} ({meta.get('lang')}_{meta.get('name')} {meta.get('version')})")
        table.add_row("model chosen by", choice.reason)
        table.add_row("model path", str(getattr(nlp, "path", "") or "(in memory)"))
        table.add_row("pipeline", ", ".join(nlp.pipe_names))
        table.add_row("data directory", str(settings.data_dir))
        table.add_row("max article size", f"{settings.max_chars:,} characters")
        Console().print(table)

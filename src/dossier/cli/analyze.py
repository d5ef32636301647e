from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dossier.errors import DossierError, DropDocument


class Format(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze_cmd(
        inputs: list[str] = typer.Argument(
            None, help="Files (.txt .html .jsonl), directories, URLs, RSS/Atom feeds, or - for stdin."
        ),
        format: Format = typer.Option(Format.text, "--format", "-f", help="text (terminal), json or html."),
        out: Path = typer.Option(None, "--out", "-o", help="Directory for json/html files (one per article)."),
        model: str = typer.Option(
            None, "--model", help="spaCy pipeline to use (else DOSSIER_MODEL, else the best installed)."
        ),
        max_chars: int = typer.Option(None, "--max-chars", help="Refuse articles longer than this (default 200,000)."),
        example: bool = typer.Option(False, "--example", help="Analyse the example article shipped with dossier."),
    ) -> None:
        """Analyse articles: actors and their mentions, times, claims, events and relations.

        Example:
            dossier analyze article.txt
            dossier analyze news/ --format json --out results/
            cat page.html | dossier analyze - --format html --out pages/
        """
        from dossier.api import EXAMPLE_ARTICLE, Problem, analyze
        from dossier.report.html import render_html
        from dossier.report.jsonout import OutputFolder, to_json
        from dossier.report.text import render_text

        sources = list(inputs or [])
        if example:
            sources.append(str(EXAMPLE_ARTICLE))
        if not sources:
            raise typer.BadParameter("give at least one input (a file, a directory, or - for stdin), or --example")
        if format is not Format.text and out is None:
            raise typer.BadParameter(f"--format {format.value} writes one file per article: add --out DIR")
        console = Console()
        errors = Console(stderr=True, soft_wrap=True)
        failed = 0
        stdin = sys.stdin.buffer.read() if "-" in sources else None
        try:
            folder = OutputFolder(out) if format is not Format.text else None
            for result in analyze(sources, model=model, max_chars=max_chars, stdin=stdin):
                if isinstance(result, Problem):
                    failed += result.error
                    errors.print(
                        f"[{'red' if result.error else 'yellow'}]{'error' if result.error else 'warning'}:[/] "
                        f"{escape(result.message)}",
                        highlight=False,
                        soft_wrap=True,
                    )
                    continue
                if folder is None:  # text: printed, no file
                    render_text(result, console)
                    continue
                art = result.article
                content = to_json(result) if format is Format.json else render_html(result)
                try:
                    path = folder.write(art.id, f".{format.value}", content, origin=art.origin)
                except DropDocument as exc:
                    failed += 1
                    errors.print(f"[red]error:[/] {escape(exc.message)}", highlight=False, soft_wrap=True)
                    continue
                errors.print(f"wrote {escape(str(path))}", highlight=False, style="dim")
        except DossierError as exc:
            errors.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(2) from None
        if failed:
            errors.print(f"[red]{failed} input(s) failed[/]", highlight=False)
            raise typer.Exit(1)

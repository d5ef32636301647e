"""``dossier eval attribution SPLIT_DIR``: quotes and reported claims against PolNeAR (brat)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError

COMPONENTS = ("dossier_entities", "dossier_attributions")


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("attribution")
    def eval_attribution(
        split_dir: Path = typer.Argument(..., help="A PolNeAR split folder holding text/*.txt and attributions/*.ann."),
        baseline: list[str] = typer.Option([], "--baseline", help="Also score a baseline on the same parses: textacy."),
        limit: int = typer.Option(None, "--limit", help="Score only the first N texts (sorted by name)."),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        errors: Path = typer.Option(
            None, "--errors", help="Write dossier's missed, spurious and half-right relations to this file."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score attributions: content P/R/F1 (a match shares at least half of the gold content's characters,
        one-to-one, largest overlap first), source and cue accuracy on the matched relations, full F1
        (content, source and cue all right) and word-level content P/R/F1. Where a text has several
        annotators' files, the first in sorted order is the gold.

        Example:
            dossier eval attribution ../shared/data/polnear/dev
            dossier eval attribution ../shared/data/polnear/dev --baseline textacy
            dossier eval attribution ../shared/data/polnear/train --limit 50 --errors /tmp/attribution_errors.txt
        """
        from dossier.eval.attribution import error_listing, evaluate
        from dossier.nlp.pipeline import load_pipeline

        try:
            from dossier.eval.brat import split_files

            split_files(split_dir)  # fail on a wrong folder before loading the model
            nlp = load_pipeline(model, components=COMPONENTS)
            scores, results = evaluate(nlp, split_dir, limit=limit, baselines=tuple(baseline))
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if errors is not None:
            errors.write_text("\n".join(error_listing(results["dossier"])) + "\n", encoding="utf-8")
        if as_json:
            typer.echo(json.dumps({name: sc.as_dict() for name, sc in scores.items()}, indent=2))
            return
        console = Console(width=max(Console().width, 140))
        first = next(iter(scores.values()))
        table = Table(title=f"Attributions on {split_dir} ({first.documents} texts, {first.gold} gold relations)")
        table.add_column("system")
        for col in (
            "pred",
            "matched",
            "content P",
            "content R",
            "content F1",
            "source acc",
            "cue acc",
            "full P",
            "full R",
            "full F1",
            "token P",
            "token R",
            "token F1",
        ):
            table.add_column(col, justify="right")
        for name, sc in scores.items():
            table.add_row(
                name,
                str(sc.predicted),
                str(sc.matched),
                f"{sc.content.precision:.3f}",
                f"{sc.content.recall:.3f}",
                f"{sc.content.f1:.3f}",
                f"{sc.source_accuracy:.3f}",
                f"{sc.cue_accuracy:.3f}",
                f"{sc.full.precision:.3f}",
                f"{sc.full.recall:.3f}",
                f"{sc.full.f1:.3f}",
                f"{sc.tokens.precision:.3f}",
                f"{sc.tokens.recall:.3f}",
                f"{sc.tokens.f1:.3f}",
            )
        console.print(table)

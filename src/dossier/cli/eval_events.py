"""``dossier eval events DATA_DIR``: PentaClass of each sentence's main event, and source/target spans."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("events")
    def eval_events(
        data_dir: Path = typer.Argument(..., help="Folder with pentaclass_*.tsv and source_target_*.bio."),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        part: str = typer.Option("both", "--part", help="dev, heldout or both (heldout = sentence index % 5 == 4)."),
        limit: int = typer.Option(None, "--limit", help="Score only the first N sentences of each file (quick checks)."),
        errors: Path = typer.Option(None, "--errors", help="Write the development sentences scored wrong to this file."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score events: PentaClass accuracy and macro-F1 with a confusion matrix, and source/target span P/R/F1,
        for the development part and the held-out part (every fifth sentence) separately.

        Example:
            dossier eval events ../shared/data/events
            dossier eval events ../shared/data/events --part dev --errors /tmp/event_errors.txt
        """
        from dossier.eval.events import PARTS, dev_errors, evaluate, find_data
        from dossier.nlp.components import PIPELINE_ORDER
        from dossier.nlp.pipeline import load_pipeline

        parts = PARTS if part == "both" else (part,)
        if any(p not in PARTS for p in parts):
            typer.echo("error: --part must be dev, heldout or both", err=True)
            raise typer.Exit(2)
        try:
            find_data(data_dir)
            upto = PIPELINE_ORDER[: PIPELINE_ORDER.index("dossier_events") + 1]
            nlp = load_pipeline(model, components=upto)
            scores, details = evaluate(nlp, data_dir, limit=limit, parts=parts)
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if errors is not None:
            errors.write_text("\n".join(dev_errors(details)) + "\n", encoding="utf-8")
        if as_json:
            typer.echo(json.dumps(scores.as_dict(), indent=2))
            return
        console = Console(width=max(Console().width, 120))
        table = Table(title=f"Events on {data_dir}")
        table.add_column("part")
        for col in ("sentences", "PentaClass acc", "macro-F1", "spans sent.", "source F1", "target F1", "src+tgt P", "src+tgt R", "src+tgt F1"):
            table.add_column(col, justify="right")
        for p in parts:
            pen, sp = scores.penta[p], scores.spans[p]
            table.add_row(
                p, str(pen.n), f"{pen.accuracy:.3f}", f"{pen.macro_f1:.3f}", str(sp.sentences),
                f"{sp.source.f1:.3f}", f"{sp.target.f1:.3f}", f"{sp.both.precision:.3f}", f"{sp.both.recall:.3f}", f"{sp.both.f1:.3f}",
            )
        console.print(table)
        for p in parts:
            conf = Table(title=f"PentaClass confusion ({p}): rows gold, columns predicted")
            conf.add_column("gold")
            for c in range(5):
                conf.add_column(str(c), justify="right")
            conf.add_column("F1", justify="right")
            per = scores.penta[p].per_class()
            for g in range(5):
                conf.add_row(str(g), *(str(x) for x in scores.penta[p].confusion[g]), f"{per[g].f1:.3f}")
            console.print(conf)

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError

SHARED = Path("../shared")


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("actors")
    def eval_actors(
        gold: Path = typer.Argument(
            None, help="A gold .jsonl file or a folder of them (default: dossier's own, data/gold/actors/)."
        ),
        shared: Path = typer.Option(
            SHARED, "--shared", help="The shared data directory the gold cites (corpus/ and data/polnear/)."
        ),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        errors: Path = typer.Option(None, "--errors", help="Write every wrong answer to this JSON file."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score actor codes (country and sector) against gold, beside the demonym/country-name baseline,
        on the dev and the held-out test thirds.

        Example:
            dossier eval actors --shared ../shared
            dossier eval actors --json --errors actor-errors.json
        """
        from dossier.eval.actors import GOLD, evaluate, load_gold, pipeline_analyzer
        from dossier.nlp.pipeline import load_pipeline

        try:
            texts = load_gold(gold or GOLD, shared)
            report = evaluate(pipeline_analyzer(load_pipeline(model)), texts)
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if errors:
            errors.write_text(json.dumps(report.errors(), ensure_ascii=False, indent=2), encoding="utf-8")
        if as_json:
            typer.echo(json.dumps(report.as_dict(), indent=2))
            return
        n = report.system["all"].n
        table = Table(title=f"Actor codes on {gold or 'dossier gold'} ({len(texts)} texts, {n} actors)")
        for col in ("split", "actors", "system country", "baseline country", "system sector", "baseline sector"):
            table.add_column(col, justify="right" if col != "split" else "left")
        for split in report.system:
            s, b = report.system[split].as_dict(), report.baseline[split].as_dict()
            if not s["n"]:
                continue  # "added", "batch4", "batch5": the held-out texts of a later batch, when the gold has some
            table.add_row(
                split,
                str(s["n"]),
                f"{s['country']:.3f}",
                f"{b['country']:.3f}",
                f"{s['sector']:.3f}",
                f"{b['sector']:.3f}",
            )
        Console().print(table)
        kinds = Table(title="system by kind of actor (all splits)")
        for col in ("kind", "actors", "country", "sector"):
            kinds.add_column(col, justify="right" if col != "kind" else "left")
        for kind, score in sorted(report.by_kind.items(), key=lambda kv: -kv[1].n):
            d = score.as_dict()
            kinds.add_row(kind, str(d["n"]), f"{d['country']:.2f}", f"{d['sector']:.2f}")
        Console().print(kinds)

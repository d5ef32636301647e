"""``dossier eval timex GOLD_DIR``: time expressions against TempEval-3 TimeML gold."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("timex")
    def eval_timex(
        gold: Path = typer.Argument(..., help="A folder of TimeML .tml files, or a parent folder of such folders."),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        limit: int = typer.Option(None, "--limit", help="Score only the first N files of each folder (quick checks)."),
        no_dct: bool = typer.Option(
            False, "--no-dct", help="Ignore <DCT>: anchor to the date dossier infers from the text."
        ),
        errors: Path = typer.Option(
            None, "--errors", help="Write missed, spurious and mis-normalised expressions to this file."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score time expressions: strict and relaxed span P/R/F1, type and value accuracy on relaxed
        matches, and value F1 (TempEval-3 definitions), per sub-folder and overall.

        Example:
            dossier eval timex ../shared/data/tempeval3/TBAQ-cleaned
            dossier eval timex ../shared/data/tempeval3/TBAQ-cleaned/TimeBank --limit 20 --errors /tmp/timex_errors.tsv
        """
        from dossier.eval.timeml import find_timeml
        from dossier.eval.timex import error_lines, evaluate
        from dossier.nlp.pipeline import load_pipeline

        try:
            find_timeml(gold)  # bad paths fail before the model loads
            nlp = load_pipeline(model, components=("dossier_times",))
            result = evaluate(nlp, gold, limit=limit, use_dct=not no_dct)
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if errors is not None:
            errors.write_text("".join(line + "\n" for line in error_lines(result)), encoding="utf-8")
        if as_json:
            typer.echo(json.dumps(result.as_dict(), indent=2))
            return
        table = Table(title=f"Time expressions on {gold}" + (" (document dates inferred)" if no_dct else ""))
        table.add_column("folder")
        for col in (
            "docs",
            "gold",
            "sys",
            "strict P",
            "strict R",
            "strict F1",
            "relaxed P",
            "relaxed R",
            "relaxed F1",
            "type acc",
            "value acc",
            "value F1",
        ):
            table.add_column(col, justify="right")
        rows = sorted(result.folders.items())
        if len(rows) > 1:
            rows.append(("overall", result.overall))
        for name, s in rows:
            table.add_row(
                name or str(gold.name),
                str(s.docs),
                str(s.gold),
                str(s.system),
                *(
                    f"{x:.3f}"
                    for x in (
                        s.strict.precision,
                        s.strict.recall,
                        s.strict.f1,
                        s.relaxed.precision,
                        s.relaxed.recall,
                        s.relaxed.f1,
                        s.type_accuracy,
                        s.value_accuracy,
                        s.value.f1,
                    )
                ),
            )
        Console(width=max(Console().width, 140)).print(table)

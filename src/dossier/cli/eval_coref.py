from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("coref")
    def eval_coref(
        gold: Path = typer.Argument(..., help="A gold .json file or a directory of NAME.txt + NAME.json pairs."),
        system: list[str] = typer.Option(
            ["dossier", "spacy-ner-exact"], "--system", help="dossier, spacy-ner or spacy-ner-exact (repeatable)."
        ),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score entity clusters against gold coreference (MUC, B³, CEAF-e, CoNLL) and mention detection.

        Example:
            dossier eval coref tests/data/coref
            dossier eval coref tests/data/coref --system dossier --system spacy-ner --json
        """
        from dossier.eval.coref import make_predictor, score_documents
        from dossier.eval.coref_gold import load_gold

        try:
            golds = load_gold(gold)
            results = {name: score_documents(golds, make_predictor(name, model)) for name in system}
        except (DossierError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
            return
        table = Table(
            title=f"Coreference on {gold} ({len(golds)} documents, {sum(len(g.mentions) for g in golds)} gold mentions)"
        )
        table.add_column("system")
        for col in ("mention P", "mention R", "mention F1", "MUC F1", "B³ F1", "CEAF-e F1", "CoNLL F1"):
            table.add_column(col, justify="right")
        for name, s in results.items():
            table.add_row(
                name,
                *(
                    f"{x:.3f}"
                    for x in (
                        s.mentions.precision,
                        s.mentions.recall,
                        s.mentions.f1,
                        s.muc.f1,
                        s.b3.f1,
                        s.ceafe.f1,
                        s.conll,
                    )
                ),
            )
        Console().print(table)

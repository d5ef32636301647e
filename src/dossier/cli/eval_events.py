"""``dossier eval events [DATA_DIR]``: the PLOVER category of each sentence's main event on the shipped gold,
PentaClass of the main event and source/target spans on DATA_DIR."""

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
        data_dir: Path = typer.Argument(None, help="Folder with pentaclass_*.tsv and source_target_*.bio (optional)."),
        gold: Path = typer.Option(None, "--gold", help="PLOVER gold file (default: the one shipped with dossier)."),
        no_gold: bool = typer.Option(False, "--no-gold", help="Skip the PLOVER gold."),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        part: str = typer.Option("both", "--part", help="dev, heldout or both (heldout = sentence index % 5 == 4)."),
        limit: int = typer.Option(
            None, "--limit", help="Score only the first N sentences of each file (quick checks)."
        ),
        errors: Path = typer.Option(
            None, "--errors", help="Write the development sentences scored wrong to this file."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score events: PLOVER main-event and any-event accuracy with a per-category confusion table and
        source/target P/R on the PLOVER gold (held back: a third, by id); with DATA_DIR, PentaClass accuracy
        and macro-F1 with a confusion matrix, and source/target span P/R/F1. Each for the development part
        and the held-out part separately.

        Example:
            dossier eval events ../shared/data/events
            dossier eval events --part dev
            dossier eval events ../shared/data/events --part dev --errors /tmp/event_errors.txt
        """
        from dossier.eval.events import PARTS, dev_errors, evaluate, find_data
        from dossier.nlp.components import PIPELINE_ORDER
        from dossier.nlp.pipeline import load_pipeline

        parts = PARTS if part == "both" else (part,)
        if any(p not in PARTS for p in parts):
            typer.echo("error: --part must be dev, heldout or both", err=True)
            raise typer.Exit(2)
        from dossier.eval.events_plover import GOLD_PATH, evaluate_plover

        scores = details = plover = None
        plover_errors: list[str] = []
        try:
            if data_dir is not None:
                find_data(data_dir)
            upto = PIPELINE_ORDER[: PIPELINE_ORDER.index("dossier_events") + 1]
            nlp = load_pipeline(model, components=upto)
            if not no_gold:
                plover, plover_errors = evaluate_plover(nlp, gold or GOLD_PATH, parts=parts, limit=limit)
            if data_dir is not None:
                scores, details = evaluate(nlp, data_dir, limit=limit, parts=parts)
        except DossierError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if errors is not None:
            lines = plover_errors + (dev_errors(details) if details else [])
            errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if as_json:
            out: dict = {}
            if plover is not None:
                out["plover"] = {p: plover[p].as_dict() for p in parts}
            if scores is not None:
                out |= scores.as_dict()
            typer.echo(json.dumps(out, indent=2))
            return
        console = Console(width=max(Console().width, 160))
        if plover is not None:
            _print_plover(console, plover, parts, gold or GOLD_PATH)
        if scores is None:
            return
        table = Table(title=f"Events on {data_dir}")
        table.add_column("part")
        for col in (
            "sentences",
            "PentaClass acc",
            "macro-F1",
            "spans sent.",
            "source F1",
            "target F1",
            "src+tgt P",
            "src+tgt R",
            "src+tgt F1",
        ):
            table.add_column(col, justify="right")
        for p in parts:
            pen, sp = scores.penta[p], scores.spans[p]
            table.add_row(
                p,
                str(pen.n),
                f"{pen.accuracy:.3f}",
                f"{pen.macro_f1:.3f}",
                str(sp.sentences),
                f"{sp.source.f1:.3f}",
                f"{sp.target.f1:.3f}",
                f"{sp.both.precision:.3f}",
                f"{sp.both.recall:.3f}",
                f"{sp.both.f1:.3f}",
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


def _print_plover(console: Console, plover, parts, path: Path) -> None:
    from dossier.eval.events_plover import CATEGORIES

    table = Table(title=f"PLOVER categories on {path.name}")
    for col in (
        "part",
        "sentences",
        "main-event acc",
        "any-event acc",
        "src P",
        "src R",
        "tgt P",
        "tgt R",
        "src+tgt P",
        "src+tgt R",
    ):
        table.add_column(col, justify="right" if col != "part" else "left")
    for p in parts:
        s = plover[p]
        table.add_row(
            p,
            str(s.n),
            f"{s.main_accuracy:.3f}",
            f"{s.any_accuracy:.3f}",
            f"{s.source.precision:.3f}",
            f"{s.source.recall:.3f}",
            f"{s.target.precision:.3f}",
            f"{s.target.recall:.3f}",
            f"{s.arguments.precision:.3f}",
            f"{s.arguments.recall:.3f}",
        )
    console.print(table)
    short = {c: c[:4] for c in CATEGORIES}
    for p in parts:
        conf = Table(title=f"PLOVER confusion ({p}): rows gold, columns predicted main event")
        conf.add_column("gold", no_wrap=True)
        for c in CATEGORIES:
            conf.add_column(short[c], justify="right", no_wrap=True)
        conf.add_column("F1", justify="right", no_wrap=True)
        per = plover[p].per_category()
        for g in CATEGORIES:
            row = [str(plover[p].confusion[(g, c)] or ".") for c in CATEGORIES]
            conf.add_row(short[g], *row, f"{per[g].f1:.2f}")
        console.print(conf)

"""``dossier export FORMAT --out PATH``: the store in JSON, CSV, Parquet, GraphML, GEXF or Neo4j import files."""

from __future__ import annotations

from enum import Enum

import typer
from rich.console import Console
from rich.markup import escape

from dossier.errors import DossierError


class ExportFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"
    gexf = "gexf"
    neo4j = "neo4j"


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_cmd(
        format: ExportFormat = typer.Argument(..., help="json, jsonl, csv, parquet, graphml, gexf or neo4j."),
        out: str = typer.Option(
            ..., "--out", "-o", help="A file (json, jsonl, graphml, gexf) or a directory (csv, parquet, neo4j)."
        ),
        db: str = typer.Option(
            None, "--db", help="Store: a SQLite file (default ./dossier.db) or a postgresql:// URL."
        ),
        entity: str = typer.Option(
            None, "--entity", help="Only records involving this corpus entity (its name, any case)."
        ),
        date_from: str = typer.Option(
            None, "--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD): article date, event date for events."
        ),
        date_to: str = typer.Option(None, "--to", help="Up to this date, inclusive."),
        event_type: str = typer.Option(None, "--type", help="Only events of this PLOVER type (e.g. ACCUSE)."),
        jsonl: bool = typer.Option(False, "--jsonl", help="With json: JSON Lines, one article per line."),
    ) -> None:
        """Export the store, or what the filters select, for pandas, Gephi, Neo4j or a spreadsheet.

        json, jsonl: articles with their entities, events, claims and relations.
        csv: articles, entities, mentions, events, claims, relations (one file each).
        parquet: GDELT-like events (reports grouped), event reports, mentions, articles.
        graphml, gexf: co-mention graph of entities, with event counts by QuadClass.
        neo4j: node and relationship files for neo4j-admin database import.

        Example:
            dossier export csv --out news-csv/ --db news.db
            dossier export parquet --out news-parquet/ --from 2016-01 --to 2016-12
            dossier export gexf --out trump.gexf --entity "Donald Trump"
            dossier export json --jsonl --out news.jsonl --type ACCUSE
        """
        from dossier.export import export

        err = Console(stderr=True, soft_wrap=True, highlight=False)
        try:
            report = export(
                format.value,
                out,
                db=db,
                entity=entity,
                date_from=date_from,
                date_to=date_to,
                event_type=event_type,
                jsonl=jsonl,
            )
        except DossierError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None  # nothing was exported: the command could not run
        counts = ", ".join(f"{n} {table}" for table, n in report.rows.items())
        err.print(f"export {report.format}: {counts}")
        for path in report.paths:
            typer.echo(str(path))

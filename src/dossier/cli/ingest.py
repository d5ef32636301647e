from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from dossier.errors import DossierError


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        inputs: list[str] = typer.Argument(None, help="Files, directories, - for stdin (and URLs and feeds)."),
        db: str = typer.Option(
            None, "--db", help="Store: a SQLite file (default ./dossier.db) or a postgresql:// URL."
        ),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing and extraction."),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        max_chars: int = typer.Option(None, "--max-chars", help="Refuse articles longer than this."),
        engine: str = typer.Option("local", "--engine", help="Where parsing and extraction run: local or dask."),
        scheduler: str = typer.Option(
            None, "--scheduler", help="Address of a Dask scheduler (--engine dask); default: start a local cluster."
        ),
        workers: int = typer.Option(
            None,
            "--workers",
            min=1,
            help="Worker processes of the local Dask cluster (default: --jobs, else one per CPU).",
        ),
        sample: bool = typer.Option(
            False, "--sample", help="Ingest the sample corpus shipped with dossier (18 invented articles)."
        ),
    ) -> None:
        """Analyse articles and store them, with their entities, times, claims, events and relations.

        Incremental and idempotent: articles already stored are skipped; syndicated copies are recorded as
        more reports of the same story. Safe to interrupt and re-run.

        Example:
            dossier ingest news/ --db news.db --jobs 2
            dossier ingest articles.jsonl
            dossier ingest archive/ --engine dask --scheduler tcp://10.0.0.5:8786
            dossier ingest --sample --db sample.db
        """
        from dossier.api import SAMPLE_CORPUS
        from dossier.build import IngestReport, ingest
        from dossier.runner import ENGINES

        inputs = list(inputs or [])
        if sample:
            inputs.append(str(SAMPLE_CORPUS))
        if not inputs:
            raise typer.BadParameter("give at least one input (a file, a directory, or - for stdin), or --sample")

        if engine not in ENGINES:
            raise typer.BadParameter(f"{engine!r} is not one of: {', '.join(ENGINES)}", param_hint="--engine")

        err = Console(stderr=True, soft_wrap=True, highlight=False)
        stdin = sys.stdin.buffer.read() if "-" in inputs else None
        tty = err.is_terminal
        bar = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            TextColumn(
                "{task.fields[stored]} stored · {task.fields[skipped]} skipped"
                " · {task.fields[failed]} failed · {task.fields[rate]:.1f} articles/s"
            ),
            TimeElapsedColumn(),
            console=err,
            disable=not tty,
        )
        task = bar.add_task("ingest", total=None, stored=0, skipped=0, failed=0, rate=0.0)
        last_log = [0]

        def progress(message: str, report: IngestReport) -> None:
            if message:
                err.print(f"[red]{message}[/]" if message.startswith("error") else f"[yellow]{message}[/]")
            done = report.stored + report.skipped + len(report.failed)
            if tty:
                bar.update(
                    task,
                    stored=report.stored,
                    skipped=report.skipped,
                    failed=len(report.failed),
                    rate=report.articles_per_second,
                )
            elif done - last_log[0] >= 100:
                last_log[0] = done
                err.print(
                    f"ingest: {report.stored} stored, {report.skipped} skipped, {len(report.failed)} failed, "
                    f"{report.articles_per_second:.1f} articles/s"
                )

        try:
            with bar:
                report = ingest(
                    inputs,
                    db=db,
                    jobs=jobs,
                    model=model,
                    max_chars=max_chars,
                    progress=progress,
                    stdin=stdin,
                    engine=engine,
                    scheduler=scheduler,
                    workers=workers,
                )
        except DossierError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        err.print(
            f"ingest: {report.stored} stored ({report.same_story} as more reports of a known story), "
            f"{report.skipped} already there, {len(report.failed)} failed, {report.seconds:.1f} s, "
            f"{report.articles_per_second:.2f} articles/s"
        )
        if report.failed:
            raise typer.Exit(1)

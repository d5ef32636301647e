"""``dossier eval resolution [DATA_DIR]``: cross-document resolution on ECB+ chains, and ``--conflicts STORE``,
the audit of a store for entities that hold names of different people."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dossier.errors import DossierError

DEFAULT_DATA = Path("../shared/data/ecbplus")
TITLES = {"all": "all topics", "dev": "development topics", "held-back": "held-back topics (number divisible by 3)"}
LABELS = {"named": "named", "named-detected": "named, detected", "all": "all"}


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("resolution")
    def eval_resolution(
        data_dir: Path = typer.Argument(DEFAULT_DATA, help="ECB+ folder with articles.jsonl and gold.json."),
        topics: str = typer.Option(None, "--topics", help="Only these topics, e.g. 1-35 or 1,3,5 (default: all)."),
        split: list[str] = typer.Option(
            [],
            "--split",
            help="all, dev or held-back (repeatable; default: the three). Held-back: topics divisible by 3.",
        ),
        cache: Path = typer.Option(
            None,
            "--cache",
            help="Where analysed articles are kept "
            "(default: $XDG_CACHE_HOME or ~/.cache, under dossier/eval-analyses).",
        ),
        no_cache: bool = typer.Option(
            False, "--no-cache", help="Analyse every article afresh; read and write no cache."
        ),
        model: str = typer.Option(None, "--model", help="spaCy pipeline to use."),
        jobs: int = typer.Option(
            1, "--jobs", "-j", min=1, help="Worker processes for the analysis of uncached articles."
        ),
        fmt: str = typer.Option("table", "--format", help="table or json."),
        conflicts: str = typer.Option(
            None,
            "--conflicts",
            help="Audit this store (SQLite path or postgresql:// URL) "
            "for entities holding names of different people, instead of scoring ECB+.",
        ),
        top: int = typer.Option(
            300, "--top", min=1, help="With --conflicts: summarise over the top N entities by mentions."
        ),
    ) -> None:
        """Score cross-document resolution on ECB+: MUC, B³, CEAF-e and CoNLL F1 (precision and recall each), on
        named and on all gold mentions, beside the head-word and exact-string baselines, for all topics, the
        development topics and the held-back ones. Articles are analysed once and cached; each split is
        ingested into a fresh temporary store as `dossier ingest` does.

        With --conflicts STORE: list every entity of a store that holds names of different people, and how
        many of the top N entities by mentions do.

        Example:
            dossier eval resolution
            dossier eval resolution ../shared/data/ecbplus --topics 1-35 --split dev --format json
            dossier eval resolution --conflicts news.db --top 300
        """
        if fmt not in ("table", "json"):
            _fail("--format must be table or json")
        err = Console(stderr=True, highlight=False, soft_wrap=True)
        if conflicts is not None:
            _conflicts(conflicts, top, fmt)
            return
        from dossier.eval.analysis_cache import default_cache_dir
        from dossier.eval.ecbplus import SPLITS, parse_topics
        from dossier.eval.resolution import evaluate

        splits = tuple(dict.fromkeys(split)) or SPLITS
        unknown = [s for s in splits if s not in SPLITS]
        if unknown:
            _fail(f"--split {unknown[0]!r}: choose all, dev or held-back")
        try:
            chosen = parse_topics(topics) if topics else None
            report = evaluate(
                data_dir,
                topics=chosen,
                splits=splits,
                cache_dir=None if no_cache else (cache or default_cache_dir()),
                model=model,
                jobs=jobs,
                progress=lambda message: err.print(f"[dim]{message}[/]"),
            )
        except DossierError as exc:
            _fail(str(exc))
        if fmt == "json":
            typer.echo(json.dumps(report.as_dict(), indent=2))
            return
        console = Console(width=max(Console().width, 150))
        for name, result in report.splits.items():
            console.print(_split_table(data_dir, name, result))


def _split_table(data_dir: Path, name: str, result) -> Table:
    table = Table(
        title=f"Cross-document resolution on {data_dir}: {TITLES[name]} — {result.articles} articles, "
        f"{len(result.topics)} topics ({len(result.gold_topics)} with gold mentions)",
        caption="named: named gold mentions only · named, detected: those a stored mention covers (resolution "
        "apart from detection) · covered: gold heads covered by a stored mention of a corpus entity",
    )
    for col in ("mentions", "system"):
        table.add_column(col)
    for col in (
        "gold",
        "covered",
        "MUC P",
        "MUC R",
        "MUC F1",
        "B³ P",
        "B³ R",
        "B³ F1",
        "CEAF-e P",
        "CEAF-e R",
        "CEAF-e F1",
        "CoNLL F1",
    ):
        table.add_column(col, justify="right")
    for scope_name, scope in result.scopes.items():
        for system, s in scope.systems.items():
            first = system == "dossier"
            table.add_row(
                f"{LABELS[scope_name]} ({scope.chains} chains)" if first else "",
                system,
                str(scope.mentions) if first else "",
                str(scope.covered) if first else "",
                *(
                    f"{x:.3f}"
                    for x in (
                        s.muc.precision,
                        s.muc.recall,
                        s.muc.f1,
                        s.b3.precision,
                        s.b3.recall,
                        s.b3.f1,
                        s.ceafe.precision,
                        s.ceafe.recall,
                        s.ceafe.f1,
                        s.conll,
                    )
                ),
                end_section=system == list(scope.systems)[-1],
            )
    return table


def _conflicts(db: str, top: int, fmt: str) -> None:
    from dossier.eval.conflicts import audit_conflicts

    try:
        audit = audit_conflicts(db, top=top)
    except DossierError as exc:
        _fail(str(exc))
    if fmt == "json":
        typer.echo(json.dumps(audit.as_dict(), indent=2))
        return
    console = Console(width=max(Console().width, 120))
    table = Table(title=f"Entities of {db} holding names of different people ({len(audit.entities)})")
    table.add_column("id", justify="right")
    table.add_column("entity")
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("names, by person")
    for ent in audit.entities:
        groups = " | ".join(", ".join(f"{n.name} ({n.mentions})" for n in group) for group in ent.groups)
        table.add_row(str(ent.id), ent.name, ent.type, str(ent.mentions), groups)
    console.print(table)
    if audit.thing_holders:
        things = Table(
            title=f"Persons holding names the tables know as places or organisations ({len(audit.thing_holders)})"
        )
        for column in ("id", "person", "mentions", "places and organisations held"):
            things.add_column(column, justify="right" if column in {"id", "mentions"} else "left")
        for t in audit.thing_holders:
            held = ", ".join(f"{n.name} ({n.mentions})" for n in t.things)
            things.add_row(str(t.id), t.name, str(t.mentions), held)
        console.print(things)
    s = audit.summary
    console.print(
        f"Top {s.top} entities by mentions: {s.persons} persons, {s.conflicting} of them hold names of different "
        f"people, with {s.conflicting_mentions:,} of the {s.person_mentions:,} mentions of those persons "
        f"({s.share:.1%}); {s.thing_holders} hold a name the tables know as a place or organisation."
    )


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)

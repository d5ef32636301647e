"""The questions of the Python API (``dossier.open(db)``) as commands: entity, relation, timeline, claims,
search, entities (with merge / split / rename)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from dossier.errors import DossierError
from dossier.report.terminal import terminal_safe


class OutFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


DB = typer.Option(None, "--db", help="Store: a SQLite file (default ./dossier.db) or a postgresql:// URL.")
FMT = typer.Option(OutFormat.text, "--format", "-f", help="text, json or csv.")
EVIDENCE = typer.Option(False, "--evidence", help="Show the evidence of every row: article, date, source, sentence.")


def _open(db: str | None):
    from dossier.query.corpus import open_corpus

    return open_corpus(db, readonly=True)


def _fail(exc: DossierError) -> None:
    """One line; exit code 1 when what was asked about is not there, 2 when the command cannot run (no
    usable store, a bad option or value)."""
    from dossier.query.corpus import ArticleNotFound, EntityNotFound

    Console(stderr=True, soft_wrap=True).print(f"[red]error:[/] {_safe(str(exc))}", highlight=False)
    raise typer.Exit(1 if isinstance(exc, EntityNotFound | ArticleNotFound) else 2)


def _safe(value: object) -> str:
    """Data for the terminal: control and bidi characters made visible, rich markup escaped."""
    return escape(terminal_safe(str(value)))


def _jsonable(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return {k: _jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, list):
        return [_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    return obj


def _emit_rows(
    rows: list,
    fmt: OutFormat,
    columns: list[tuple[str, Any]],
    console: Console,
    title: str,
    evidence_of=None,
    show_evidence: bool = False,
) -> None:
    if fmt is OutFormat.json:
        typer.echo(json.dumps(_jsonable(list(rows)), ensure_ascii=False, indent=2))
        return
    if fmt is OutFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([c for c, _ in columns] + (["evidence"] if show_evidence else []))
        for r in rows:
            extra = [" | ".join(_evidence_line(e) for e in evidence_of(r))] if show_evidence and evidence_of else []
            writer.writerow([fn(r) for _, fn in columns] + extra)
        typer.echo(buf.getvalue(), nl=False)
        return
    table = RichTable(title=_safe(title) if title else title, title_justify="left", show_lines=show_evidence)
    for name, _ in columns:
        table.add_column(name)
    for r in rows:
        cells = [_safe(str(fn(r) if fn(r) is not None else "")) for _, fn in columns]
        if show_evidence and evidence_of:
            cells[-1] += "\n" + "\n".join(f"[dim]{_safe(_evidence_line(e))}[/]" for e in evidence_of(r))
        table.add_row(*cells)
    console.print(table)


def _evidence_line(ev) -> str:
    if ev is None:
        return ""
    meta = " · ".join(x for x in (ev.title or ev.article_id, ev.published, ev.source) if x)
    return f"{meta}: {ev.marked('«', '»').strip()}"


def _name(ref) -> str:
    return ref.name if ref else ""


def register(app: typer.Typer) -> None:
    @app.command("entity")
    def entity_cmd(
        name: str = typer.Argument(..., help="A name (or id) of a corpus entity."),
        db: str = DB,
        format: OutFormat = FMT,
        evidence: bool = EVIDENCE,
        why: bool = typer.Option(False, "--why", help="Show which rule linked each article's mention."),
    ) -> None:
        """Profile of an actor: aliases, roles over time, connections, events, claims, mentions per month.

        Example:
            dossier entity "Donald Trump" --db news.db
            dossier entity Trump --why
        """
        try:
            with _open(db) as corpus:
                p = corpus.entity(name)
                others = [r for r in corpus.find(name) if r.id != p.entity.id][:5]
        except DossierError as exc:
            _fail(exc)
        if format is not OutFormat.text:
            data = _jsonable(p)
            if format is OutFormat.json:
                typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                _emit_rows(
                    p.mentions_per_month,
                    format,
                    [
                        ("month", lambda m: m.month),
                        ("mentions", lambda m: m.mentions),
                        ("articles", lambda m: m.articles),
                    ],
                    Console(),
                    "",
                )
            return
        c = Console()
        c.print(
            f"[bold]{_safe(p.entity.name)}[/] [dim]#{p.entity.id} {p.entity.type}"
            f"{' ' + p.country if p.country else ''} · {p.mentions} mentions[/]",
            highlight=False,
        )
        if others:
            c.print(f"[dim]also matching: {_safe(', '.join(f'{o.name} (#{o.id})' for o in others))}[/]")
        if p.aliases:
            c.print(f"aliases: {_safe(', '.join(p.aliases[:15]))}")
        if p.country_code or p.sector:
            codes = "; ".join(
                f"{k['code']} ({k['from'] or '…'} – {k['to'] or '…'}, {k['source']}, {k['articles']} article(s), "
                f"seen {k['first_seen'] or '?'} – {k['last_seen'] or '?'})"
                for k in p.codes[:6]
            )
            c.print(
                f"coded: {p.country_code or '-'} {p.sector or '-'}"
                + (f" [dim]· {escape(_safe(codes))}[/]" if codes else ""),
                highlight=False,
            )
        if p.roles:
            c.print("[bold]roles[/]")
            for r in p.roles:
                when = f"{r.first_seen or '?'} – {r.last_seen or '?'}"
                c.print(
                    f"  {_safe(r.label)} [dim]({when}, {r.articles} "
                    f"article(s){', former' if r.current is False else ''})[/]"
                )
                if evidence:
                    for ev in r.evidence:
                        c.print(f"    [dim]{_safe(_evidence_line(ev))}[/]")
        if p.connections:
            c.print(
                "[bold]connections[/] "
                + _safe(", ".join(f"{x.entity.name} ({x.articles})" for x in p.connections[:12]))
            )
        if p.events_as_source or p.events_as_target:
            c.print(f"[bold]events[/] as source: {p.events_as_source or '-'} · as target: {p.events_as_target or '-'}")
        for label, claims in (("claims by", p.claims_by), ("claims about", p.claims_about)):
            if claims:
                c.print(f"[bold]{label}[/] ({len(claims)})")
                for cl in claims[:10]:
                    c.print(
                        f"  {_safe(cl.source_text or '?')} — {_safe(cl.cue)} → {_safe(cl.content[:140])} "
                        f"[{cl.certainty}]",
                        highlight=False,
                    )
        if p.mentions_per_month:
            c.print(
                "[bold]mentions per month[/] "
                + ", ".join(f"{m.month or '?'}: {m.mentions}" for m in p.mentions_per_month)
            )
        if why:
            c.print("[bold]why these articles' mentions are this entity[/]")
            for w in p.why:
                c.print(
                    f"  {_safe(w.article_id)} [dim]{w.published or ''}[/] {_safe(w.name)!s}: {_safe(w.rule)}",
                    highlight=False,
                )

    @app.command("relation")
    def relation_cmd(
        a: str = typer.Argument(..., help="First actor."),
        b: str = typer.Argument(..., help="Second actor."),
        db: str = DB,
        format: OutFormat = FMT,
        evidence: bool = EVIDENCE,
        paths: int = typer.Option(3, "--paths", help="How many paths through other actors."),
        countries: bool = typer.Option(
            False,
            "--countries",
            help="A and B are countries (codes or names): every event between their actors, per month.",
        ),
        sector: str = typer.Option(
            None, "--sector", help="Country level: only events whose both sides have this CAMEO sector (GOV, MIL, ...)."
        ),
    ) -> None:
        """How two actors are connected: co-mentions over time, events both ways, balance, claims, paths.
        Two ISO alpha-3 codes (or --countries) ask about countries: every event between actors of the two
        countries per month, with counts per QuadClass, mean intensity, the actors on each side and the evidence.

        Example:
            dossier relation "Donald Trump" "Hillary Clinton" --db news.db --evidence
            dossier relation USA RUS --sector GOV --db news.db
        """
        from dossier.cli.countries import is_country_pair, print_country_relation

        if countries or sector or is_country_pair(a, b):
            try:
                with _open(db) as corpus:
                    r = corpus.country_relation(a, b, sector=sector)
            except DossierError as exc:
                _fail(exc)
            print_country_relation(r, format.value, evidence, _jsonable)
            return
        try:
            with _open(db) as corpus:
                r = corpus.relation(a, b, paths=paths)
        except DossierError as exc:
            _fail(exc)
        if format is OutFormat.json:
            typer.echo(json.dumps(_jsonable(r), ensure_ascii=False, indent=2))
            return
        if format is OutFormat.csv:
            _emit_rows(r.events, format, _EVENT_COLUMNS, Console(), "", lambda e: e.evidence, evidence)
            return
        c = Console()
        c.print(
            f"[bold]{_safe(r.a.name)}[/] ↔ [bold]{_safe(r.b.name)}[/]: mentioned together in {len(r.articles)} "
            f"article(s)",
            highlight=False,
        )
        if r.comentions:
            c.print("co-mentions per month: " + ", ".join(f"{m.month}: {m.articles}" for m in r.comentions))
        c.print(
            f"events {_safe(r.a.name)} → {_safe(r.b.name)}: {r.events_by_type['A->B'] or '-'}; "
            f"{_safe(r.b.name)} → {_safe(r.a.name)}: {r.events_by_type['B->A'] or '-'}",
            highlight=False,
        )
        if r.events:
            _emit_rows(r.events, OutFormat.text, _EVENT_COLUMNS, c, "events", lambda e: e.evidence, evidence)
        if r.balance:
            c.print(
                "cooperation/conflict per month: "
                + ", ".join(f"{m.month}: +{m.cooperation:.1f}/-{m.conflict:.1f}" for m in r.balance)
            )
        for rel in r.relations:
            c.print(f"relation: {_safe(rel.subject.name)} —{rel.type}→ {_safe(rel.object.name)} ({_safe(rel.label)})")
        if r.claims:
            _emit_rows(
                r.claims, OutFormat.text, _CLAIM_COLUMNS, c, "claims involving both", lambda x: [x.evidence], evidence
            )
        for p in r.paths:
            c.print(
                "path: "
                + " — ".join([_safe(p.entities[0].name)] + [f"({e.articles}) {_safe(e.b.name)}" for e in p.edges]),
                highlight=False,
            )
        if evidence and r.evidence:
            c.print("[bold]sentences mentioning both[/]")
            for ev in r.evidence:
                c.print(f"  [dim]{_safe(_evidence_line(ev))}[/]", highlight=False)

    @app.command("timeline")
    def timeline_cmd(
        entity: str = typer.Option(None, "--entity", help="Only events involving this actor."),
        date_from: str = typer.Option(None, "--from", help="From this date (YYYY[-MM[-DD]])."),
        date_to: str = typer.Option(None, "--to", help="Up to this date."),
        type: list[str] = typer.Option(None, "--type", help="PLOVER event type (repeatable)."),
        limit: int = typer.Option(None, "--limit"),
        db: str = DB,
        format: OutFormat = FMT,
        evidence: bool = EVIDENCE,
    ) -> None:
        """Dated events in order, with certainty and the number of reports.

        Example:
            dossier timeline --entity Russia --from 2016-01 --to 2016-12
        """
        try:
            with _open(db) as corpus:
                rows = corpus.timeline(entity, date_from=date_from, date_to=date_to, types=type or (), limit=limit)
        except DossierError as exc:
            _fail(exc)
        _emit_rows(rows, format, _EVENT_COLUMNS, Console(), "timeline", lambda e: e.evidence, evidence)

    @app.command("claims")
    def claims_cmd(
        about: str = typer.Option(None, "--about", help="Claims whose content mentions this actor."),
        by: str = typer.Option(None, "--by", help="Claims made by this actor."),
        certainty: list[str] = typer.Option(
            None, "--certainty", help="asserted, reported, hedged, alleged, denied, conditional, planned (repeatable)."
        ),
        limit: int = typer.Option(None, "--limit"),
        db: str = DB,
        format: OutFormat = FMT,
        evidence: bool = EVIDENCE,
    ) -> None:
        """The claim ledger: who says what about whom, and how firmly.

        Example:
            dossier claims --about "Vladimir Putin" --certainty denied --evidence
        """
        try:
            with _open(db) as corpus:
                rows = corpus.claims(about=about, by=by, certainty=certainty or (), limit=limit)
        except DossierError as exc:
            _fail(exc)
        _emit_rows(rows, format, _CLAIM_COLUMNS, Console(), "claims", lambda x: [x.evidence], evidence)

    @app.command("search")
    def search_cmd(
        text: str = typer.Argument(..., help="Words to find (SQLite FTS5 syntax)."),
        limit: int = typer.Option(50, "--limit"),
        db: str = DB,
        format: OutFormat = FMT,
    ) -> None:
        """Full-text search over every stored sentence, with the matches marked.

        Example:
            dossier search "chemical attack" --db news.db
        """
        try:
            with _open(db) as corpus:
                rows = corpus.search(text, limit=limit)
        except DossierError as exc:
            _fail(exc)
        _emit_rows(
            rows,
            format,
            [
                ("article", lambda h: h.evidence.title or h.evidence.article_id),
                ("date", lambda h: h.evidence.published),
                ("sentence", lambda h: h.marked.strip()),
            ],
            Console(),
            f"search: {text}",
        )

    entities_app = typer.Typer(
        help="List corpus entities, and correct them: merge, split, rename.", invoke_without_command=True
    )

    @entities_app.callback()
    def entities_cmd(
        ctx: typer.Context,
        type: str = typer.Option(None, "--type", help="PERSON, ORG, GPE, ..."),
        limit: int = typer.Option(50, "--limit"),
        offset: int = typer.Option(0, "--offset"),
        db: str = DB,
        format: OutFormat = FMT,
        country: str = typer.Option(None, "--country", help="Only actors coded with this country (RUS, Russia)."),
        sector: str = typer.Option(None, "--sector", help="Only actors coded with this CAMEO sector (GOV, MIL, ...)."),
    ) -> None:
        """Corpus entities ranked by mentions, with their aliases, country and sector.

        Example:
            dossier entities --type PERSON --limit 20
            dossier entities --country RUS --sector GOV
        """
        if ctx.invoked_subcommand is not None:
            return
        try:
            with _open(db) as corpus:
                rows = corpus.entities(type=type, limit=limit, offset=offset, country=country, sector=sector)
        except DossierError as exc:
            _fail(exc)
        _emit_rows(
            rows,
            format,
            [
                ("id", lambda r: r.id),
                ("name", lambda r: r.name),
                ("type", lambda r: r.type),
                ("country", lambda r: r.country_code),
                ("sector", lambda r: r.sector),
                ("mentions", lambda r: r.mentions),
                ("articles", lambda r: r.articles),
                ("aliases", lambda r: ", ".join(r.aliases)),
            ],
            Console(),
            "entities",
        )

    def _write(db: str | None):
        from dossier.query.corpus import open_corpus

        return open_corpus(db, create=False)  # curation never makes an empty store

    @entities_app.command("merge")
    def merge_cmd(
        keep: str = typer.Argument(..., help="Entity to keep (name or id)."),
        other: str = typer.Argument(..., help="Entity folded into it (name or id)."),
        db: str = DB,
    ) -> None:
        """Merge two corpus entities; articles ingested later follow the decision.

        Example:
            dossier entities merge "Donald Trump" "Donald J. Trump"
        """
        try:
            with _write(db) as corpus:
                a, b = corpus.resolve_exact(keep), corpus.resolve_exact(other)
                ref = corpus.merge(a.id, b.id)
        except DossierError as exc:
            _fail(exc)
        typer.echo(terminal_safe(f"merged {b.name} (#{b.id}) into {ref.name} (#{ref.id})"))

    @entities_app.command("split")
    def split_cmd(
        entity: str = typer.Argument(..., help="Entity to split (name or id)."),
        name: list[str] = typer.Option(..., "--name", help="Names whose mentions move out (repeatable)."),
        new_name: str = typer.Option(None, "--as", help="Name of the new entity."),
        db: str = DB,
    ) -> None:
        """Move what was called by some names out of an entity into a new one.

        Example:
            dossier entities split "Bill Clinton" --name "Hillary Clinton"
        """
        try:
            with _write(db) as corpus:
                source = corpus.resolve_exact(entity)
                ref = corpus.split(source.id, name, new_name)
        except DossierError as exc:
            _fail(exc)
        typer.echo(terminal_safe(f"split {ref.name} (#{ref.id}) off {source.name} (#{source.id})"))

    @entities_app.command("rename")
    def rename_cmd(
        entity: str = typer.Argument(..., help="Entity (name or id)."),
        name: str = typer.Argument(..., help="Its new name."),
        db: str = DB,
    ) -> None:
        """Give an entity the name you want; re-ingestion keeps it.

        Example:
            dossier entities rename 42 "H. R. McMaster"
        """
        try:
            with _write(db) as corpus:
                before = corpus.resolve_exact(entity)
                ref = corpus.rename(before.id, name)
        except DossierError as exc:
            _fail(exc)
        typer.echo(terminal_safe(f"renamed #{ref.id} from {before.name} to {ref.name}"))

    @entities_app.command("recheck")
    def recheck_cmd(db: str = DB) -> None:
        """Re-resolve every entity of the store with the current rules; the entities a user merged, split or
        renamed keep their members. Every article's actors are coded again with the current codes rules.

        Example:
            dossier entities recheck --db news.db
        """
        try:
            with _write(db) as corpus:
                report = corpus.recheck()
        except DossierError as exc:
            _fail(exc)
        typer.echo(
            f"re-resolved {report.doc_entities} document entities in {report.articles} articles"
            f" ({report.kept} kept as a user decided): {report.entities_before} corpus entities before,"
            f" {report.entities_after} after"
        )

    app.add_typer(entities_app, name="entities")


_EVENT_COLUMNS = [
    ("date", lambda e: e.date),
    ("source", lambda e: _name(e.source)),
    ("type", lambda e: e.type + (" (not)" if e.negated else "")),
    ("target", lambda e: _name(e.target)),
    ("certainty", lambda e: e.certainty),
    ("reports", lambda e: e.reports),
    ("trigger", lambda e: e.trigger),
]
_CLAIM_COLUMNS = [
    ("date", lambda x: x.published),
    ("source", lambda x: f"{x.source_text or '(none)'} [{x.source_kind or '-'}]"),
    ("cue", lambda x: x.cue),
    ("content", lambda x: x.content),
    ("certainty", lambda x: x.certainty),
]

"""``dossier relation USA RUS``: the country-level relation (``Corpus.country_relation``) printed as text,
JSON or CSV (one row per month)."""

from __future__ import annotations

import csv
import io
import json

import typer
from rich.console import Console
from rich.markup import escape

QUADS = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def is_country_pair(a: str, b: str) -> bool:
    """Both arguments are ISO alpha-3 codes ("USA RUS"): the question is about countries, not two actors."""
    from dossier.codes.codebook import countries

    book = countries()
    return all(x.isupper() and len(x) == 3 and x in book.countries for x in (a, b))


def print_country_relation(r, fmt: str, evidence: bool, jsonable) -> None:
    if fmt == "json":
        typer.echo(json.dumps(jsonable(r), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(
            [
                "month",
                "events",
                "a_to_b",
                "b_to_a",
                "quad1",
                "quad2",
                "quad3",
                "quad4",
                "mean_intensity",
                "actors_a",
                "actors_b",
                "event_ids",
            ]
        )
        for m in r.months:
            w.writerow(
                [
                    m.month,
                    m.events,
                    m.a_to_b,
                    m.b_to_a,
                    *(m.quad_class[q] for q in (1, 2, 3, 4)),
                    m.mean_intensity,
                    "; ".join(f"{x.name} ({x.sector or '-'}) {x.events}" for x in m.actors_a),
                    "; ".join(f"{x.name} ({x.sector or '-'}) {x.events}" for x in m.actors_b),
                    " ".join(str(i) for i in m.event_ids),
                ]
            )
        typer.echo(buf.getvalue(), nl=False)
        return
    c = Console()
    sector = f" ({r.sector} on both sides)" if r.sector else ""
    c.print(
        f"[bold]{r.a}[/] ↔ [bold]{r.b}[/]{sector}: {r.events} event(s); "
        + ", ".join(f"{QUADS[q]} {n}" for q, n in r.quad_class.items())
        + (f"; mean intensity {r.mean_intensity:+.2f}" if r.mean_intensity is not None else ""),
        highlight=False,
    )
    c.print(
        f"{r.a} side: "
        + (", ".join(f"{escape(x.name)} ({x.sector or '-'}) {x.events}" for x in r.actors_a[:8]) or "-"),
        highlight=False,
    )
    c.print(
        f"{r.b} side: "
        + (", ".join(f"{escape(x.name)} ({x.sector or '-'}) {x.events}" for x in r.actors_b[:8]) or "-"),
        highlight=False,
    )
    by_id = {e.id: e for e in r.evidence}
    for m in r.months:
        mean = f"{m.mean_intensity:+.2f}" if m.mean_intensity is not None else "-"
        c.print(
            f"[bold]{m.month}[/] {m.events} event(s) ({r.a}→{r.b} {m.a_to_b}, {r.b}→{r.a} {m.b_to_a}); "
            + " ".join(f"Q{q}:{n}" for q, n in m.quad_class.items())
            + f"; mean intensity {mean}; "
            + ", ".join(escape(x.name) for x in m.actors_a[:3])
            + " | "
            + ", ".join(escape(x.name) for x in m.actors_b[:3]),
            highlight=False,
        )
        if evidence:
            for i in m.event_ids:
                e = by_id[i]
                ev = e.evidence
                meta = " · ".join(x for x in (ev.title or ev.article_id, e.date, ev.source) if x)
                c.print(
                    f"  [dim]{e.type} Q{e.quad_class} {escape(e.source.name)} → {escape(e.target.name)} — "
                    f"{escape(meta)}: {escape(ev.marked('«', '»').strip())}[/]",
                    highlight=False,
                )

"""The terminal report (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.rule import Rule

from dossier.models import Analysis
from dossier.report.sections import SECTIONS
from dossier.report.terminal import terminal_safe


def render_text(analysis: Analysis, console: Console) -> None:
    art = analysis.article
    console.print(Rule(f"[bold]{escape(terminal_safe(art.title or art.id))}"))
    meta = [f"id {art.id}"]
    if art.published:
        meta.append(f"published {art.published}")
    elif analysis.published_inferred:
        meta.append(f"published ~{analysis.published_inferred.value} (inferred: {analysis.published_inferred.basis})")
    if art.source:
        meta.append(art.source)
    if art.authors:
        meta.append(f"by {', '.join(art.authors)}")
    if art.dateline:
        meta.append(f"filed from {art.dateline.name}")
    meta.append(f"{len(art.text.split()):,} words, {len(analysis.sentences)} sentences")
    console.print(escape(terminal_safe(" · ".join(meta))), style="dim")
    for note in art.notes:
        console.print(
            terminal_safe(note), style="dim", markup=False, highlight=False
        )  # "Correction: ...", "Editor's note: ..."
    for section in SECTIONS:
        section.render_text(analysis, console)

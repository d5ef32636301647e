"""The actors section: entities grouped by type, each with its mentions and counts."""

from __future__ import annotations

from collections import Counter
from html import escape

from rich.console import Console
from rich.markup import escape as escape_markup

from dossier.models import ENTITY_TYPES, Analysis, Entity
from dossier.report.highlight import Highlight

TYPE_LABELS = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Countries, cities and states",
    "LOC": "Places",
    "NORP": "Groups (nationalities, religions, parties)",
    "EVENT": "Named events",
    "FAC": "Facilities",
}
PALETTE = 12  # number of distinct entity colours in the HTML stylesheet


def entity_colours(analysis: Analysis) -> dict[str, int]:
    """A stable colour index per entity, most-mentioned first."""
    ranked = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.id))
    return {e.id: i % PALETTE for i, e in enumerate(ranked)}


def _by_type(analysis: Analysis) -> dict[str, list[Entity]]:
    groups: dict[str, list[Entity]] = {t: [] for t in ENTITY_TYPES}
    for ent in analysis.entities:
        groups.setdefault(ent.type, []).append(ent)
    for ents in groups.values():
        ents.sort(key=lambda e: (-len(e.mentions), e.name))
    return {t: ents for t, ents in groups.items() if ents}


def _mention_summary(ent: Entity) -> str:
    counts = Counter(m.text for m in ent.mentions)
    return ", ".join(f"{text} ×{n}" if n > 1 else text for text, n in counts.most_common())


def _kinds(ent: Entity) -> str:
    counts = Counter(m.kind for m in ent.mentions)
    return " ".join(f"{k}:{counts[k]}" for k in ("name", "nominal", "pronoun") if counts[k])


def render_text(analysis: Analysis, console: Console) -> None:
    for etype, ents in _by_type(analysis).items():
        console.print(f"\n[bold underline]{TYPE_LABELS.get(etype, etype)}[/] ({len(ents)})")
        for ent in ents:
            roles = "; ".join(dict.fromkeys(r.label for r in ent.roles))
            line = (
                f"  [bold]{escape_markup(ent.name)}[/] [dim]{ent.id} · {len(ent.mentions)} mentions ({_kinds(ent)})[/]"
            )
            if roles:
                line += f" — [italic]{escape_markup(roles)}[/]"
            console.print(line, highlight=False)
            console.print(f"      {escape_markup(_mention_summary(ent))}", style="dim", highlight=False)


def render_html(analysis: Analysis) -> str:
    colours = entity_colours(analysis)
    parts = ["<section><h2>Actors</h2>"]
    for etype, ents in _by_type(analysis).items():
        parts.append(f"<h3>{escape(TYPE_LABELS.get(etype, etype))} ({len(ents)})</h3><ul class='actors'>")
        for ent in ents:
            roles = "; ".join(dict.fromkeys(r.label for r in ent.roles))
            role_html = f" <span class='roles'>{escape(roles)}</span>" if roles else ""
            parts.append(
                f"<li><span class='ent e{colours[ent.id]}' data-entity='{escape(ent.id)}'>{escape(ent.name)}</span>"
                f" <span class='count'>{len(ent.mentions)}</span>{role_html}"
                f"<div class='mentions'>{escape(_mention_summary(ent))}</div></li>"
            )
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def highlights(analysis: Analysis) -> list[Highlight]:
    colours = entity_colours(analysis)
    out = []
    for ent in analysis.entities:
        for m in ent.mentions:
            out.append(
                Highlight(
                    m.start,
                    m.end,
                    f"ent e{colours[ent.id]} k-{m.kind}",
                    title=f"{ent.name} ({ent.type}) — {m.kind}",
                    attrs=(("data-entity", ent.id),),
                )
            )
    return out

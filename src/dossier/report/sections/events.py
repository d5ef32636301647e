"""The events and ties section: "source —TYPE→ target (date, place) [certainty]" with the sentence, and the relations.

The HTML report highlights every event trigger in the article text (hover for the event line).
"""

from __future__ import annotations

from html import escape

from rich.console import Console
from rich.markup import escape as escape_markup

from dossier.models import Analysis, Event, Relation
from dossier.report.highlight import Highlight

QUAD_STYLE = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}
QUAD_CSS = {1: "q1", 2: "q2", 3: "q3", 4: "q4"}
_STYLE = (
    "<style>.trig{border-bottom:3px solid #888;font-weight:600}.trig.q1{border-color:#7fbf7f}"
    ".trig.q2{border-color:#2e8b57}.trig.q3{border-color:#e0a800}.trig.q4{border-color:#d62728}"
    "ul.events{list-style:none;padding-left:0}ul.events li{margin:.4rem 0}.evsent{font-size:.8rem;color:#555}"
    ".cert{font-size:.8rem;color:#666}</style>"
)


def _name(analysis: Analysis, entity_id: str | None) -> str:
    ent = analysis.entity(entity_id)
    return ent.name if ent else "?"


def event_line(analysis: Analysis, ev: Event) -> str:
    """ "Donald Trump —CONSULT→ Vladimir Putin (2017-07-07, Hamburg) [planned]" in plain text."""
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    if ev.negated:
        kind = "NOT " + kind
    target = _name(analysis, ev.target) if ev.target else "—"
    extra = [
        x
        for x in (ev.time.value if ev.time and ev.time.value else None, _name(analysis, ev.place) if ev.place else None)
        if x
    ]
    where = f" ({', '.join(extra)})" if extra else ""
    others = f" with {', '.join(_name(analysis, p) for p in ev.participants)}" if ev.participants else ""
    return f"{_name(analysis, ev.source) if ev.source else '?'} —{kind}→ {target}{others}{where} [{ev.certainty}]"


def relation_line(analysis: Analysis, rel: Relation) -> str:
    obj = f" → {_name(analysis, rel.object)}" if rel.object else ""
    when = {True: "current", False: "former", None: "unknown if current"}[rel.current]
    return f"{_name(analysis, rel.subject)}: {rel.label}{obj} ({rel.type}, {when})"


def _sentence(analysis: Analysis, ev: Event) -> str:
    return analysis.article.text[ev.sentence.start : ev.sentence.end].replace("\n", " ")


def render_text(analysis: Analysis, console: Console) -> None:
    console.print(f"\n[bold underline]Events[/] ({len(analysis.events)})")
    for ev in analysis.events:
        style = QUAD_STYLE.get(ev.quad_class, "")
        console.print(f"  [{style}]{escape_markup(event_line(analysis, ev))}[/]", highlight=False)
        console.print(f"      “{escape_markup(_sentence(analysis, ev))}”", style="dim", highlight=False)
    console.print(f"\n[bold underline]Ties[/] ({len(analysis.relations)})")
    for rel in analysis.relations:
        console.print(f"  {escape_markup(relation_line(analysis, rel))}", highlight=False)


def render_html(analysis: Analysis) -> str:
    parts = [_STYLE, f"<section><h2>Events ({len(analysis.events)})</h2><ul class='events'>"]
    for ev in analysis.events:
        parts.append(
            f"<li data-event='{escape(ev.id)}'><span class='trig {QUAD_CSS.get(ev.quad_class, '')}'>"
            f"{escape(event_line(analysis, ev))}</span>"
            f"<div class='evsent'>“{escape(_sentence(analysis, ev))}”</div></li>"
        )
    parts.append(f"</ul></section><section><h2>Ties ({len(analysis.relations)})</h2><ul class='events'>")
    for rel in analysis.relations:
        parts.append(f"<li data-relation='{escape(rel.id)}'>{escape(relation_line(analysis, rel))}</li>")
    parts.append("</ul></section>")
    return "".join(parts)


def highlights(analysis: Analysis) -> list[Highlight]:
    return [
        Highlight(
            ev.trigger.start,
            ev.trigger.end,
            f"trig {QUAD_CSS.get(ev.quad_class, '')}",
            title=event_line(analysis, ev),
            attrs=(("data-event", ev.id),),
        )
        for ev in analysis.events
    ]

"""The times section: every time expression with its normalised value, and a timeline of the dated ones.

The terminal shows one line per expression and a chronological list; the HTML report highlights the
expressions in the text (hover for the value) and draws the timeline as inline SVG (no scripts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from rich.console import Console
from rich.markup import escape as escape_markup

from dossier.models import Analysis, TimeExpr
from dossier.report.highlight import Highlight
from dossier.timevalues import value_range

_STYLE = (
    "<style>.timex{background:#e3f2e1;border-bottom:2px solid #5a9e54;border-radius:2px}"
    ".timex.unresolved{background:#f3f3f3;border-bottom-style:dashed;border-color:#999}"
    "table.times td.v{font-family:ui-monospace,monospace;white-space:nowrap}"
    "svg.timeline{width:100%;height:auto;font-family:system-ui,sans-serif}"
    "svg.timeline text{font-size:10px;fill:#333}svg.timeline .axis{stroke:#888;stroke-width:1}"
    "svg.timeline .mark{fill:#5a9e54}svg.timeline .range{fill:#5a9e5455}</style>"
)
SVG_WIDTH = 560
ROW = 16
MAX_LABEL = 34


@dataclass(frozen=True)
class Dated:
    """A time expression placed on the calendar."""

    time: TimeExpr
    first: date
    last: date


def dated(analysis: Analysis) -> list[Dated]:
    """The expressions that name a stretch of the calendar, in chronological order."""
    out = []
    for t in analysis.times:
        span = value_range(t.value) if t.type in ("DATE", "TIME") else None
        if span is not None:
            out.append(Dated(t, span[0], span[1]))
    out.sort(key=lambda d: (d.first, d.last, d.time.start))
    return out


def _describe(t: TimeExpr) -> str:
    value = t.value if t.value is not None else "unresolved"
    extra = [t.type.lower()]
    if t.mod:
        extra.append(t.mod.lower())
    if t.anchor:
        extra.append(f"from {t.anchor}")
    return f"{value} ({', '.join(extra)})"


def render_text(analysis: Analysis, console: Console) -> None:
    console.print(f"\n[bold underline]Times[/] ({len(analysis.times)})")
    if analysis.published_inferred is not None:
        p = analysis.published_inferred
        console.print(
            f"  [dim]document date inferred: {escape_markup(p.value)} — {escape_markup(p.basis)}[/]", highlight=False
        )
    for t in analysis.times:
        console.print(f"  “{escape_markup(t.text)}” → [bold]{escape_markup(_describe(t))}[/]", highlight=False)
    timeline = dated(analysis)
    if timeline:
        console.print("\n[bold underline]Timeline[/]")
        for d in timeline:
            when = d.first.isoformat() if d.first == d.last else f"{d.first.isoformat()} … {d.last.isoformat()}"
            console.print(f"  {when:<23} ● “{escape_markup(d.time.text)}”", highlight=False)


def _svg(timeline: list[Dated]) -> str:
    """A horizontal axis from the earliest to the latest date; one row per expression below it."""
    lo = min(d.first for d in timeline).toordinal()
    hi = max(d.last for d in timeline).toordinal()
    span = max(hi - lo, 1)
    left, right = 8, SVG_WIDTH - 8

    def x(day: date) -> float:
        return left + (day.toordinal() - lo) / span * (right - left)

    height = 30 + ROW * len(timeline)
    parts = [
        f"<svg class='timeline' viewBox='0 0 {SVG_WIDTH} {height}' role='img' aria-label='timeline of dated "
        f"expressions'>",
        f"<line class='axis' x1='{left}' y1='14' x2='{right}' y2='14'/>",
        f"<text x='{left}' y='10'>{escape(timeline[0].first.isoformat())}</text>",
        f"<text x='{right}' y='10' text-anchor='end'>{escape(max(d.last for d in timeline).isoformat())}</text>",
    ]
    for i, d in enumerate(timeline):
        y = 30 + ROW * i
        x1, x2 = x(d.first), x(d.last)
        label = d.time.text if len(d.time.text) <= MAX_LABEL else d.time.text[: MAX_LABEL - 1] + "…"
        title = f"<title>{escape(d.time.text)}: {escape(d.time.value or '')}</title>"
        if x2 - x1 >= 3:
            parts.append(
                f"<rect class='range' x='{x1:.1f}' y='{y - 9}' width='{x2 - x1:.1f}' height='8'>{title}</rect>"
            )
        parts.append(f"<circle class='mark' cx='{(x1 + x2) / 2:.1f}' cy='{y - 5}' r='3'>{title}</circle>")
        anchor = "end" if (x1 + x2) / 2 > SVG_WIDTH / 2 else "start"
        tx = (x1 + x2) / 2 + (-6 if anchor == "end" else 6)
        parts.append(
            f"<text x='{tx:.1f}' y='{y - 1}' text-anchor='{anchor}'>{escape(label)} · "
            f"{escape(d.time.value or '')}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(analysis: Analysis) -> str:
    parts = [_STYLE, f"<section><h2>Times ({len(analysis.times)})</h2>"]
    if analysis.published_inferred is not None:
        p = analysis.published_inferred
        parts.append(f"<p class='meta'>Document date inferred: <b>{escape(p.value)}</b> — {escape(p.basis)}</p>")
    timeline = dated(analysis)
    if timeline:
        parts.append(_svg(timeline))
    if analysis.times:
        parts.append("<table class='times'><tr><th>expression</th><th>value</th><th>type</th></tr>")
        for t in analysis.times:
            value = escape(t.value) if t.value is not None else "<i>unresolved</i>"
            kind = t.type.lower() + (f", {t.mod.lower()}" if t.mod else "")
            parts.append(f"<tr><td>{escape(t.text)}</td><td class='v'>{value}</td><td>{escape(kind)}</td></tr>")
        parts.append("</table>")
    parts.append("</section>")
    return "".join(parts)


def highlights(analysis: Analysis) -> list[Highlight]:
    return [
        Highlight(
            t.start,
            t.end,
            "timex" if t.value is not None else "timex unresolved",
            title=_describe(t),
            attrs=(("data-time", t.id),),
        )
        for t in analysis.times
    ]

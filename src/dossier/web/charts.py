"""Charts drawn on the server as inline SVG: no script runs them, so they obey the page's strict
Content-Security-Policy, print, and read the same without JavaScript. Every label is escaped; styling is
by class (static CSS) and SVG presentation attributes, never inline ``style``."""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from dossier.query.countries import CountryRelation
from dossier.query.records import EventRecord, MonthCount
from dossier.web.views import article_href

COOPERATION, CONFLICT, NEUTRAL = "#2e8b57", "#d62728", "#7b8794"
DASHES = {"denied": "3 2", "planned": "1 2", "conditional": "1 2", "hedged": "4 2", "alleged": "4 2"}
HOLLOW = {"reported", "alleged", "hedged", "denied", "planned", "conditional"}


def month_bars(months: list[MonthCount], *, width: int = 1000, height: int = 190, label: str = "mentions") -> Markup:
    """Mentions per month as a bar chart; months without mentions between the first and last are shown empty."""
    counts = {m.month: m.mentions for m in months if m.month and len(m.month) == 7}
    if not counts:
        return Markup("<p class='muted'>No dated mentions.</p>")
    first, last = min(counts), max(counts)
    series: list[str] = []
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last and len(series) < 240:
        series.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(counts.values())
    left, right, bottom, head = 36, 8, 26, 12
    plot_w, plot_h = width - left - right, height - bottom - head
    step = plot_w / len(series)
    parts = [
        f"<svg class='chart bars' viewBox='0 0 {width} {height}' role='img' aria-label='{escape(label)} per month'>",
        f"<line class='axis' x1='{left}' y1='{head + plot_h}' x2='{width - right}' y2='{head + plot_h}'/>",
        f"<text class='tick' x='{left - 4}' y='{head + 4}' text-anchor='end'>{top}</text>",
        f"<text class='tick' x='{left - 4}' y='{head + plot_h}' text-anchor='end'>0</text>",
    ]
    every = max(1, len(series) // 8)
    for i, month in enumerate(series):
        n = counts.get(month, 0)
        h = plot_h * n / top if top else 0
        x = left + i * step
        parts.append(
            f"<rect class='bar' x='{x + step * 0.12:.1f}' y='{head + plot_h - h:.1f}' width='{step * 0.76:.1f}' "
            f"height='{h:.1f}'><title>{month}: {n} {escape(label)}</title></rect>"
        )
        if i % every == 0:
            parts.append(
                f"<text class='tick' x='{x + step / 2:.1f}' y='{height - 8}' text-anchor='middle'>{month}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def cooperation_conflict_bars(rel: CountryRelation, *, width: int = 1000, height: int = 220) -> Markup:
    """Cooperation (QuadClass 1-2) above the line, conflict (3-4) below, one bar pair per month; each bar
    links to its month's events. Inline SVG, no script (the pages' Content-Security-Policy)."""
    months = [m for m in rel.months if m.month != "unknown"]
    if not months:
        return Markup("<p class='muted'>No dated events.</p>")
    top = max(max(m.quad_class[1] + m.quad_class[2], m.quad_class[3] + m.quad_class[4]) for m in months) or 1
    left, right, head, bottom = 36, 8, 14, 30
    plot_w, half = width - left - right, (height - head - bottom) / 2
    mid = head + half
    step = plot_w / len(months)
    bar = max(2.0, step * 0.6)
    parts = [
        f"<svg class='chart bars' viewBox='0 0 {width} {height}' role='img' "
        f"aria-label='{escape(rel.a)} and {escape(rel.b)}: cooperation and conflict per month'>",
        f"<line class='axis' x1='{left}' y1='{mid:.1f}' x2='{width - right}' y2='{mid:.1f}'/>",
        f"<text class='tick' x='{left - 4}' y='{head + 4}' text-anchor='end'>{top}</text>",
        f"<text class='tick' x='{left - 4}' y='{height - bottom}' text-anchor='end'>{top}</text>",
    ]
    every = max(1, len(months) // 10)
    for i, m in enumerate(months):
        x = left + i * step + (step - bar) / 2
        coop, conf = m.quad_class[1] + m.quad_class[2], m.quad_class[3] + m.quad_class[4]
        up, down = half * coop / top, half * conf / top
        label = f"{m.month}: {coop} cooperation, {conf} conflict, mean intensity {m.mean_intensity}"
        parts.append(f"<a href='#m-{escape(m.month)}'><title>{escape(label)}</title>")
        if coop:
            parts.append(
                f"<rect x='{x:.1f}' y='{mid - up:.1f}' width='{bar:.1f}' height='{up:.1f}' fill='{COOPERATION}'/>"
            )
        if conf:
            parts.append(f"<rect x='{x:.1f}' y='{mid:.1f}' width='{bar:.1f}' height='{down:.1f}' fill='{CONFLICT}'/>")
        parts.append("</a>")
        if i % every == 0:
            parts.append(
                f"<text class='tick' x='{x + bar / 2:.1f}' y='{height - 8}' "
                f"text-anchor='middle'>{escape(m.month)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _ticks(first: date, last: date, most: int = 8) -> list[date]:
    """Axis labels: the first and last day, or month starts when the span is longer than two months."""
    if (last - first).days <= 62:
        return [first] if first == last else [first, last]
    months = []
    y, m = first.year, first.month
    while date(y, m, 1) <= last:
        if date(y, m, 1) >= first:
            months.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    step = max(1, -(-len(months) // most))
    return months[::step]


def event_timeline(events: list[EventRecord], a_id: int, *, width: int = 1200, height: int = 280) -> Markup:
    """Events of two actors on a time axis: cooperation above, conflict below (height: intensity), A→B as
    circles and B→A as squares; the certainty is the style (solid: asserted, hollow: reported or hedged,
    dashed: denied or negated, dotted: planned). Each mark links to its sentence in the article."""
    dated = [(d, e) for e in events if (d := _day(e.date)) is not None]
    if not dated:
        return Markup("<p class='muted'>No dated events between them.</p>")
    lo = min(d for d, _ in dated).toordinal()
    hi = max(d for d, _ in dated).toordinal()
    span = max(hi - lo, 1)
    left, right = 70, 70
    mid = height / 2
    reach = mid - 28
    top_intensity = max((abs(e.intensity or 1.0) for _, e in dated), default=1.0) or 1.0

    def x(d: date) -> float:
        return left + (d.toordinal() - lo) / span * (width - left - right) if hi > lo else width / 2

    parts = [
        f"<svg class='chart timeline' viewBox='0 0 {width} {height}' role='img' aria-label='events over time'>",
        "<text class='zone' x='6' y='16'>cooperation</text>",
        f"<text class='zone' x='6' y='{height - 6}'>conflict</text>",
        f"<line class='axis' x1='{left}' y1='{mid}' x2='{width - right}' y2='{mid}'/>",
    ]
    for tick in _ticks(date.fromordinal(lo), date.fromordinal(hi)):
        tx = x(tick)
        parts.append(
            f"<line class='axis' x1='{tx:.1f}' y1='{mid - 3}' x2='{tx:.1f}' y2='{mid + 3}'/>"
            f"<text class='tick' x='{tx:.1f}' y='{mid + 15}' text-anchor='middle'>{tick.isoformat()}</text>"
        )
    placed: list[tuple[tuple[int, int], float, float, int, str]] = []
    for d, e in sorted(dated, key=lambda p: (p[0], p[1].type)):
        sign = -1 if e.quad_class in (1, 2) else 1 if e.quad_class in (3, 4) else 0
        colour = COOPERATION if sign < 0 else CONFLICT if sign > 0 else NEUTRAL
        h = 10 + (reach - 10) * abs(e.intensity or 1.0) / top_intensity if sign else 0
        cx, cy = x(d), mid + sign * h
        certainty = "denied" if e.negated else e.certainty
        dash = f" stroke-dasharray='{DASHES[certainty]}'" if certainty in DASHES else ""
        fill = "#ffffff" if certainty in HOLLOW else colour
        r = 5 + min(e.reports, 5)
        forward = e.source is not None and e.source.id == a_id
        who = f"{e.source.name if e.source else '?'} → {e.target.name if e.target else '?'}"
        tip = escape(
            f"{e.date} · {'NOT ' if e.negated else ''}{e.type} · {who} · {certainty} · {e.reports} report(s): "
            f"“{e.evidence[0].sentence.strip()[:160]}”"
            if e.evidence
            else f"{e.date} {e.type}"
        )
        if e.evidence:
            ev = e.evidence[0]
            parts.append(f"<a href='{escape(article_href(ev.article_id, ev.start, ev.end))}' class='mark-link'>")
        parts.append(f"<line class='stem' x1='{cx:.1f}' y1='{mid}' x2='{cx:.1f}' y2='{cy:.1f}' stroke='{colour}'/>")
        shape_attrs = f"fill='{fill}' stroke='{colour}' stroke-width='2'{dash} class='mark {escape(certainty)}'"
        if forward:
            parts.append(f"<circle cx='{cx:.1f}' cy='{cy:.1f}' r='{r}' {shape_attrs}><title>{tip}</title></circle>")
        else:
            parts.append(
                f"<rect x='{cx - r:.1f}' y='{cy - r:.1f}' width='{2 * r}' height='{2 * r}' {shape_attrs}>"
                f"<title>{tip}</title></rect>"
            )
        placed.append(((sign, round(cy / 12)), cx, cy, r, e.type))
        if e.evidence:
            parts.append("</a>")
    parts += _labels(placed)
    parts.append("</svg>")
    return Markup("".join(parts))


def _labels(placed: list[tuple[tuple[int, int], float, float, int, str]], room: float = 70) -> list[str]:
    """Type labels of the marks that have room for one (the next mark of the lane is far enough), drawn last
    so no mark covers them; every mark keeps its tooltip."""
    out: list[str] = []
    last: dict[tuple[int, int], float] = {}
    for i, (lane, cx, cy, r, kind) in enumerate(placed):
        nxt = next((p[1] for p in placed[i + 1 :] if p[0] == lane), None)
        if (nxt is None or nxt - cx >= room) and cx - last.get(lane, -1e9) >= room:
            last[lane] = cx
            out.append(f"<text class='mark-label' x='{cx + r + 3:.1f}' y='{cy + 4:.1f}'>{escape(kind)}</text>")
    return out

"""What the pages show, built from the answers of the questions API: the highlighted article, its side
panel, the data of the relationship graph. Article text is untrusted: it reaches HTML only escaped
(``render_highlighted`` escapes every piece; templates autoescape the rest)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urlsplit

from markupsafe import Markup, escape

from dossier.models import Analysis
from dossier.query.articles import NeighbourGraph
from dossier.query.records import EntityRef
from dossier.report.highlight import Highlight, render_highlighted
from dossier.report.sections import claims as claims_section
from dossier.report.sections import entities as entities_section
from dossier.report.sections import events as events_section
from dossier.report.sections import times as times_section

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
TONE_COLOURS = {"cooperation": "#2e8b57", "conflict": "#d62728", "mixed": "#e0a800", "none": "#9aa5b1"}


def safe_url(url: str | None) -> str | None:
    """An article's own link, if it is an http(s) address (never ``javascript:`` or ``data:``)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    base = f"/articles/{quote(article_id, safe='')}"
    if start is None or end is None:
        return base
    return f"{base}?{urlencode({'start': start, 'end': end})}#focus"


@dataclass
class PanelEntity:
    local_id: str
    name: str
    type: str
    colour: int
    mentions: int
    roles: list[str]
    corpus: EntityRef | None


@dataclass
class ArticleView:
    """The article page (stored or freshly analysed): highlighted text and the side panel."""

    id: str
    title: str
    published: str | None
    published_note: str | None
    source: str | None
    url: str | None  # http(s) only
    body: Markup
    entities: list[PanelEntity] = field(default_factory=list)
    times: list[tuple[str, str, str]] = field(default_factory=list)  # text, value, type
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    ties: list[str] = field(default_factory=list)
    stored: bool = True
    counts: dict[str, int] = field(default_factory=dict)


def article_view(
    analysis: Analysis,
    links: dict[str, EntityRef] | None = None,
    *,
    stored: bool = True,
    focus: tuple[int, int] | None = None,
) -> ArticleView:
    art = analysis.article
    links = links or {}
    highlights: list[Highlight] = []
    for section in (entities_section, times_section, claims_section, events_section):
        highlights += section.highlights(analysis)
    if focus and 0 <= focus[0] < focus[1] <= len(art.text):
        highlights.append(Highlight(focus[0], focus[1], "focus", attrs=(("id", "focus"),)))
    colours = entities_section.entity_colours(analysis)
    panel = sorted(
        (
            PanelEntity(
                e.id,
                e.name,
                e.type,
                colours[e.id],
                len(e.mentions),
                sorted({r.label for r in e.roles}),
                links.get(e.id),
            )
            for e in analysis.entities
        ),
        key=lambda p: (-p.mentions, p.name),
    )
    claims = []
    for att in analysis.attributions:
        who, kind = claims_section.source_label(analysis, att)
        claims.append(
            {
                "who": who,
                "kind": kind,
                "cue": att.cue.text,
                "content": claims_section.content_text(att, 240),
                "certainty": att.certainty,
                "direct": att.direct,
                "id": att.id,
            }
        )
    events = [
        {
            "line": events_section.event_line(analysis, ev),
            "quad": ev.quad_class,
            "type": ev.type,
            "certainty": ev.certainty,
            "negated": ev.negated,
            "id": ev.id,
        }
        for ev in analysis.events
    ]
    inferred = analysis.published_inferred
    return ArticleView(
        id=art.id,
        title=art.title or art.id,
        published=art.published,
        published_note=None if art.published or not inferred else f"~{inferred.value} (inferred: {inferred.basis})",
        source=art.source,
        url=safe_url(art.url),
        body=Markup(render_highlighted(art.text, highlights)),
        entities=panel,
        times=[(t.text, t.value or "unresolved", t.type) for t in analysis.times],
        claims=claims,
        events=events,
        ties=[events_section.relation_line(analysis, r) for r in analysis.relations],
        stored=stored,
        counts={"entities": len(panel), "times": len(analysis.times), "claims": len(claims), "events": len(events)},
    )


def graph_data(graph: NeighbourGraph) -> dict:
    """The vis-network data of a relationship graph: nodes sized by mentions, edges coloured by the tone of
    their events and as wide as their evidence. Labels are drawn on a canvas (never parsed as HTML)."""
    nodes = [
        {
            "id": n.entity.id,
            "label": n.entity.name,
            "value": max(n.mentions, 1),
            "group": n.role,
            "type": n.entity.type,
            "mentions": n.mentions,
        }
        for n in graph.nodes
    ]
    names = {n.entity.id: n.entity.name for n in graph.nodes}
    ends = {graph.a.id, graph.b.id}
    edges = [
        {
            "id": f"{e.a}-{e.b}",
            "from": e.a,
            "to": e.b,
            "value": max(e.weight, 1),
            "tone": e.tone,
            "color": TONE_COLOURS[e.tone],
            "articles": e.articles,
            "cooperation": e.cooperation,
            "conflict": e.conflict,
            "label_a": names.get(e.a, ""),
            "label_b": names.get(e.b, ""),
            "direct": bool({e.a, e.b} & ends),
        }
        for e in graph.edges
    ]
    return {"a": graph.a.id, "b": graph.b.id, "nodes": nodes, "edges": edges}


def marked(sentence: str, sentence_start: int, start: int, end: int) -> Markup:
    """A sentence with its evidence span in ``<mark>``, escaped."""
    a = max(0, min(len(sentence), start - sentence_start))
    b = max(a, min(len(sentence), end - sentence_start))
    return Markup(f"{escape(sentence[:a])}<mark>{escape(sentence[a:b])}</mark>{escape(sentence[b:])}")

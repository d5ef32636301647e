"""A self-contained HTML page per article: the text with highlights, and the extracted records."""

from __future__ import annotations

from html import escape

from dossier.models import Analysis
from dossier.report.highlight import render_highlighted
from dossier.report.sections import SECTIONS

# Twelve distinguishable entity colours (Tableau-like, light enough for black text).
_COLOURS = (
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#ffd92f",
    "#b3de69",
    "#fccde5",
)

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:1rem 2rem;background:#1f2933;color:#fff} header h1{margin:0;font-size:1.4rem}
header .meta{opacity:.8;font-size:.9rem}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;padding:1rem 2rem}
article{background:#fff;padding:1rem 1.5rem;line-height:1.7;border-radius:6px;box-shadow:0 1px 3px #0002}
aside section{background:#fff;padding:.5rem 1rem;margin-bottom:1rem;border-radius:6px;box-shadow:0 1px 3px #0002}
.ent{border-radius:3px;padding:0 2px;cursor:help}
.ent.k-pronoun{border-bottom:2px dotted #555}.ent.k-nominal{border-bottom:2px solid #555}
ul.actors{list-style:none;padding-left:0} ul.actors li{margin:.3rem 0}
.count{font-size:.8rem;color:#666}.roles{font-style:italic;color:#444}.mentions{font-size:.8rem;color:#555}
table{border-collapse:collapse;font-size:.85rem;width:100%}
td,th{border-bottom:1px solid #eee;padding:2px 4px;text-align:left;vertical-align:top}
""" + "".join(f".e{i}{{background:{c}}}" for i, c in enumerate(_COLOURS))


def render_html(analysis: Analysis) -> str:
    art = analysis.article
    highlights = [h for section in SECTIONS for h in section.highlights(analysis)]
    body = render_highlighted(art.text, highlights)
    panels = "".join(section.render_html(analysis) for section in SECTIONS)
    meta = " · ".join(
        escape(x)
        for x in (
            art.published
            or (f"~{analysis.published_inferred.value} (inferred)" if analysis.published_inferred else ""),
            art.source or "",
            f"by {', '.join(art.authors)}" if art.authors else "",
            f"filed from {art.dateline.name}" if art.dateline else "",
            art.url or "",
            f"model {analysis.model}",
        )
        if x
    )
    title = escape(art.title or art.id)
    notes = "".join(
        f"<div class='meta'>{escape(n)}</div>" for n in art.notes
    )  # "Correction: ...", "Editor's note: ..."
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{title} — dossier</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{title}</h1><div class='meta'>{meta}</div>{notes}</header>"
        f"<main><article>{body}</article><aside>{panels}</aside></main></body></html>"
    )

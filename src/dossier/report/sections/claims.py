"""The claim ledger: every quote and reported claim as "source [kind] — cue → content [certainty]".

The HTML report highlights, in the article text, each claim's source, cue and content (hover for the line).
"""

from __future__ import annotations

from html import escape

from rich.console import Console
from rich.markup import escape as escape_markup

from dossier.models import Analysis, Attribution, Span
from dossier.report.highlight import Highlight

MAX_CONTENT = 300  # characters of content shown per claim in the ledger (the HTML text shows all of it)
CERTAINTY_STYLE = {
    "asserted": "",
    "reported": "cyan",
    "hedged": "yellow",
    "alleged": "magenta",
    "denied": "red",
    "conditional": "blue",
    "planned": "green",
}
_STYLE = (
    "<style>.att-content{background:#f3efe0}.att-cue{font-weight:700;border-bottom:2px solid #b8860b}"
    ".att-src{border-bottom:2px dotted #b8860b}ul.claims{list-style:none;padding-left:0}ul.claims li{margin:.45rem 0}"
    ".claim-src{font-weight:600}.claim-kind,.claim-cert{font-size:.8rem;color:#666}.claim-cue{font-weight:700;color:#8b6508}"
    ".claim-content{font-style:italic}</style>"
)


def source_label(analysis: Analysis, att: Attribution) -> tuple[str, str]:
    """(who, kind): the entity's name when the source is one, else its words; "the article" for none."""
    src = att.source
    if src is None or src.kind == "author" and not src.text:
        return "the article", "author"
    ent = analysis.entity(src.entity)
    if ent is not None and ent.name.lower() != src.text.lower():
        return f"{src.text} ({ent.name})", src.kind
    return src.text, src.kind


def content_text(att: Attribution, limit: int | None = MAX_CONTENT) -> str:
    """The content, its pieces joined by " … ", on one line."""
    parts = att.content_parts or [att.content]
    text = " … ".join(p.text for p in parts).replace("\n", " ")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def claim_line(analysis: Analysis, att: Attribution, limit: int | None = MAX_CONTENT) -> str:
    """ "Donald Trump [person] — said → “We are going to …” [planned]" in plain text."""
    who, kind = source_label(analysis, att)
    return f"{who} [{kind}] — {att.cue.text} → {content_text(att, limit)} [{att.certainty}]"


def render_text(analysis: Analysis, console: Console) -> None:
    console.print(f"\n[bold underline]Claims[/] ({len(analysis.attributions)})")
    for att in analysis.attributions:
        who, kind = source_label(analysis, att)
        style = CERTAINTY_STYLE.get(att.certainty, "")
        cert = f"[{style}]{att.certainty}[/]" if style else att.certainty
        quoted = " [dim](quote)[/]" if att.direct else ""
        console.print(
            f"  [bold]{escape_markup(who)}[/] [dim]\\[{kind}][/] — [bold]{escape_markup(att.cue.text)}[/] → "
            f"{escape_markup(content_text(att))} \\[{cert}]{quoted}",
            highlight=False,
        )


def render_html(analysis: Analysis) -> str:
    parts = [_STYLE, f"<section><h2>Claims ({len(analysis.attributions)})</h2><ul class='claims'>"]
    for att in analysis.attributions:
        who, kind = source_label(analysis, att)
        parts.append(
            f"<li data-attribution='{escape(att.id)}'><span class='claim-src'>{escape(who)}</span>"
            f" <span class='claim-kind'>[{escape(kind)}]</span> — <span class='claim-cue'>{escape(att.cue.text)}</span>"
            f" → <span class='claim-content'>{escape(content_text(att))}</span>"
            f" <span class='claim-cert'>[{escape(att.certainty)}]{' quote' if att.direct else ''}</span></li>"
        )
    parts.append("</ul></section>")
    return "".join(parts)


def highlights(analysis: Analysis) -> list[Highlight]:
    out: list[Highlight] = []
    for att in analysis.attributions:
        title = claim_line(analysis, att, limit=120)
        attrs = (("data-attribution", att.id),)
        for part in att.content_parts or [att.content]:
            out.append(Highlight(part.start, part.end, "att-content", title=title, attrs=attrs))
        out.append(Highlight(att.cue.start, att.cue.end, "att-cue", title=title, attrs=attrs))
        src = att.source
        if src is not None and src.end > src.start:
            out.append(Highlight(src.start, src.end, "att-src", title=title, attrs=attrs))
    return out


def spans_of(att: Attribution) -> list[Span]:
    """Every text span a claim highlights: content pieces, cue and source (for tests and tools)."""
    spans = list(att.content_parts or [att.content]) + [att.cue]
    if att.source is not None and att.source.end > att.source.start:
        spans.append(Span(att.source.start, att.source.end, att.source.text))
    return spans

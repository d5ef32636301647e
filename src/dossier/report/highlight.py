"""Render text with possibly overlapping highlighted spans as valid, escaped HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    css: str  # space-separated classes
    title: str = ""  # hover text
    attrs: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # extra data-* attributes


def render_highlighted(text: str, highlights: list[Highlight]) -> str:
    """Split the text at every highlight boundary and wrap each piece in the spans covering it.

    Overlapping or nested highlights (a mention inside a quote) become nested ``<span>`` elements
    per piece, longest outermost, so the markup stays well formed whatever the overlaps.
    """
    valid = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    cuts = sorted({0, len(text), *(h.start for h in valid), *(h.end for h in valid)})
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        piece = escape(text[left:right]).replace("\n", "<br>\n")
        covering = sorted(
            (h for h in valid if h.start <= left and right <= h.end), key=lambda h: (h.start - h.end, h.css)
        )
        for h in reversed(covering):
            attrs = "".join(f' {escape(k)}="{escape(v)}"' for k, v in h.attrs)
            title = f' title="{escape(h.title)}"' if h.title else ""
            piece = f'<span class="{escape(h.css)}"{title}{attrs}>{piece}</span>'
        out.append(piece)
    return "".join(out)

"""HTML pages: main text, title and date with trafilatura."""

from __future__ import annotations

import trafilatura

from dossier.errors import DropDocument

# Below this, what trafilatura salvages from a page is a menu or a caption, not an article.
MIN_WORDS = 8


def extract_html(html: str, origin: str) -> tuple[str, str | None, str | None, str | None]:
    """Return (text, title, published date, url) of the page's main article."""
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    text = (doc.text if doc is not None else None) or ""
    words = len(text.split())
    if words < MIN_WORDS:
        found = f" (only {words} word{'s' * (words != 1)} of navigation or captions)" if words else ""
        raise DropDocument(origin, f"HTML page has no article text that trafilatura can find{found}")
    return text, doc.title or None, doc.date or None, doc.url or None

"""HTML pages: main text, title and date with trafilatura."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import trafilatura

from dossier.errors import DropDocument

# Below this, what trafilatura salvages from a page is a menu or a caption, not an article.
MIN_WORDS = 8


class Page(NamedTuple):
    """What trafilatura found in a page: the main article's text and the page's metadata."""

    text: str
    title: str | None
    published: str | None
    url: str | None
    authors: list[str]  # the page's author metadata ("Jane Doe; John Roe"); bylines trafilatura drops from the text


def extract_html(html: str, origin: str) -> tuple[str, str | None, str | None, str | None]:
    """Return (text, title, published date, url) of the page's main article."""
    page = extract_page(html, origin)
    return page.text, page.title, page.published, page.url


def extract_page(html: str, origin: str) -> Page:
    """The page's main article with its title, date, url and authors."""
    # trafilatura 2 returns a Document (or None); its annotations also allow the dict of older versions
    doc: Any = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    text = (doc.text if doc is not None else None) or ""
    words = len(text.split())
    if words < MIN_WORDS:
        found = f" (only {words} word{'s' * (words != 1)} of navigation or captions)" if words else ""
        raise DropDocument(origin, f"HTML page has no article text that trafilatura can find{found}")
    authors = [a.strip() for a in re.split(r"\s*[;|]\s*", doc.author or "") if a.strip()]
    return Page(text, doc.title or None, doc.date or None, doc.url or None, authors)

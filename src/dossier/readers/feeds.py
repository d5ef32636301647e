"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: recognise them and read their items.

Parsing uses the standard library's ElementTree through ``defusedxml``. A feed is untrusted input
from the network; defusedxml refuses entity expansion ("billion laughs") and external entities,
which plain ElementTree would process. feedparser was the alternative: it copes with more broken
feeds, but it is a large dependency, sanitises HTML we then throw away, and brings its own HTTP
and date handling that we would have to switch off. We need four fields per item, so ElementTree
with namespace-agnostic lookups is enough.

This module only parses bytes; fetching the feed and its items is ``dossier.readers.web``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.entities import name2codepoint
from html.parser import HTMLParser
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from dossier.errors import FetchError

FEED_MEDIA_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
XML_MEDIA_TYPES = {"application/xml", "text/xml"}

# Skip the XML declaration, processing instructions, comments and a doctype to reach the root tag.
_PROLOG = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S | re.I)
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    link: str | None  # absolute URL of the item's page
    published: str | None  # ISO 8601 date or datetime
    text: str  # the item's own content (or summary) as plain text; may be empty


@dataclass(frozen=True)
class Feed:
    kind: str  # "rss", "rdf" or "atom"
    title: str | None
    items: list[FeedItem]


def looks_like_feed(body: bytes) -> bool:
    """True when the document's root element is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``."""
    return _root_name(body) in {"rss", "feed", "RDF"}


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse an RSS or Atom document; raise ``FetchError`` naming ``url`` when it is neither."""
    root = _parse_xml(body, url)
    name = _local(root.tag)
    if name == "rss":
        channel = _child(root, "channel")
        items = _children(channel, "item") if channel is not None else []
        return Feed(
            "rss", _text(_child(channel, "title")) if channel is not None else None, [_rss_item(i, url) for i in items]
        )
    if name == "RDF":
        channel = _child(root, "channel")
        return Feed(
            "rdf",
            _text(_child(channel, "title")) if channel is not None else None,
            [_rss_item(i, url) for i in _children(root, "item")],
        )
    if name == "feed":
        entries = _children(root, "entry")
        return Feed("atom", _atom_text(_child(root, "title")) or None, [_atom_entry(e, url) for e in entries])
    raise FetchError(f"{url}: not an RSS or Atom feed (the root element is <{name}>)")


def normalise_date(value: str | None) -> str | None:
    """An RFC 822 (RSS), RFC 3339 (Atom) or looser date as ISO 8601; None when it cannot be read."""
    value = (value or "").strip()
    if not value:
        return None
    if _DATE_ONLY.fullmatch(value):
        return value
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(value).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
    import dateparser  # slow to import; only for dates the two standard formats miss

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        return None
    return parsed.date().isoformat() if ":" not in value else parsed.isoformat()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return parser.text()


# --- XML ---------------------------------------------------------------------------------------


def _parse_xml(body: bytes, url: str) -> Element:
    def fail(why: str) -> FetchError:
        return FetchError(f"{url}: not an RSS or Atom feed ({why})")

    try:
        return SafeET.fromstring(body)
    except defusedxml.DefusedXmlException:
        raise fail("it declares XML entities, which dossier refuses for safety") from None
    except ParseError as exc:
        if "undefined entity" not in str(exc):
            raise fail(f"not well-formed XML: {exc}") from None
    # Many RSS feeds use HTML entities (&nbsp; &eacute;) that XML does not define; spell them as numbers.
    text = body.decode("utf-8", errors="replace")
    fixed = _ENTITY.sub(
        lambda m: m[0] if m[1] in _XML_ENTITIES or m[1] not in name2codepoint else f"&#{name2codepoint[m[1]]};", text
    )
    try:
        return SafeET.fromstring(re.sub(r"^<\?xml[^>]*\?>", "", fixed.lstrip("\ufeff")))
    except (ParseError, defusedxml.DefusedXmlException) as exc:
        raise fail(f"not well-formed XML: {exc}") from None


def _root_name(body: bytes) -> str | None:
    head = body[:4096].removeprefix(b"\xef\xbb\xbf")
    prolog = _PROLOG.match(head)  # matches any text: every part of it is optional
    match = _ROOT.match(head, prolog.end() if prolog else 0)
    return match[1].decode("ascii").rpartition(":")[2] if match else None


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _children(parent: Element, name: str, ns: str | None = None) -> list[Element]:
    """Children with this local name (any namespace, or exactly ``ns`` when given: "" for none)."""
    found = []
    for child in parent:
        if _local(child.tag) != name:
            continue
        if ns is not None and _ns(child.tag) != ns:
            continue
        found.append(child)
    return found


def _child(parent: Element | None, name: str, ns: str | None = None) -> Element | None:
    if parent is None:
        return None
    found = _children(parent, name, ns)
    return found[0] if found else None


def _ns(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def _text(el: Element | None) -> str | None:
    if el is None:
        return None
    text = "".join(el.itertext()).strip()
    return text or None


# --- RSS -----------------------------------------------------------------------------------------


def _rss_item(item: Element, feed_url: str) -> FeedItem:
    link = _text(_child(item, "link", ns="")) or _text(_child(item, "link", ns="http://purl.org/rss/1.0/"))
    if not link:
        atom_link = _child(item, "link")
        link = atom_link.get("href") if atom_link is not None else None
    if not link:
        guid = _child(item, "guid")
        if guid is not None and guid.get("isPermaLink", "true") != "false" and (_text(guid) or "").startswith("http"):
            link = _text(guid)
    date = _text(_child(item, "pubDate")) or _text(_child(item, "date")) or _text(_child(item, "published"))
    body = _text(_child(item, "encoded")) or _text(_child(item, "description")) or ""
    title = _text(_child(item, "title"))
    return FeedItem(
        title=(html_to_text(title) or None) if title else None,
        link=urljoin(feed_url, link) if link else None,
        published=normalise_date(date),
        text=html_to_text(body),
    )


# --- Atom ----------------------------------------------------------------------------------------


def _atom_entry(entry: Element, feed_url: str) -> FeedItem:
    link = None
    for candidate in _children(entry, "link"):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = candidate.get("href")
            break
    dates = (_text(_child(entry, name)) for name in ("published", "updated", "issued", "modified"))
    date = next((d for d in dates if d), None)
    text = _atom_text(_child(entry, "content")) or _atom_text(_child(entry, "summary"))
    return FeedItem(
        title=_atom_text(_child(entry, "title")) or None,
        link=urljoin(feed_url, link) if link else None,
        published=normalise_date(date),
        text=text,
    )


def _atom_text(el: Element | None) -> str:
    """An Atom text construct (type text, html or xhtml) as plain text."""
    if el is None:
        return ""
    kind = el.get("type", "text").lower()
    if kind in {"xhtml", "application/xhtml+xml"}:
        return html_to_text("".join(_xhtml_markup(child) for child in el))
    raw = "".join(el.itertext())
    if kind in {"html", "text/html"}:
        return html_to_text(raw)
    return "\n\n".join(p for p in (" ".join(block.split()) for block in re.split(r"\n\s*\n", raw)) if p)


def _xhtml_markup(el: Element) -> str:
    """Re-serialise namespaced XHTML with bare tag names, so the HTML parser sees <p>, not <html:p>."""
    name = _local(el.tag)
    inner = html.escape(el.text or "") + "".join(_xhtml_markup(child) for child in el)
    return f"<{name}>{inner}</{name}>{html.escape(el.tail or '')}"


# --- HTML fragments ------------------------------------------------------------------------------

_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "tr",
    "figure",
    "figcaption",
    "hr",
    "dd",
    "dt",
}
_SKIP = {"script", "style", "noscript", "template"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[list[str]] = [[]]
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._blocks.append([])

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._blocks[-1].append(data)

    def text(self) -> str:
        paragraphs: Iterator[str] = (" ".join("".join(parts).split()) for parts in self._blocks)
        return "\n\n".join(p for p in paragraphs if p)

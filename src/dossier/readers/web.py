"""Articles from the web: fetch a URL with firm limits, then read it as a page, a text or a feed.

``fetch`` is the only code here that touches the network. It waits at most ``timeout`` seconds to
connect, for each read, and for the whole download; it stops reading once the body passes
``max_bytes``; it follows at most 5 redirects, all of them http or https; it names itself with
``USER_AGENT``. Every way it can fail raises ``FetchError`` with one line naming the URL and the reason.

``read_url`` turns what was fetched into the same items the file readers yield: an ``Article`` per
article, a ``Problem`` per URL or feed item that cannot be read, warnings on the way.
"""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

import httpx

from dossier.errors import DossierError, DropDocument, FetchError, Problem
from dossier.models import Article, Item
from dossier.readers.feeds import FEED_MEDIA_TYPES, XML_MEDIA_TYPES, FeedItem, looks_like_feed, parse_feed
from dossier.readers.html import extract_page
from dossier.readers.text import Decoded, decode_bytes, text_id


def _dossier_version() -> str:
    try:
        return version("dossier")
    except PackageNotFoundError:
        return "unknown"


USER_AGENT = f"dossier/{_dossier_version()} (+https://github.com/dossier; news analysis)"
TIMEOUT = 20.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
# A feed item whose page cannot be fetched is analysed from the feed's own text only when that text is
# an article rather than a teaser (about a paragraph).
MIN_FEED_ITEM_WORDS = 50

HTML_MEDIA_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_MEDIA_TYPES = {"text/plain", "text/markdown"}
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,"
    "application/xml;q=0.8,text/xml;q=0.8,text/plain;q=0.7"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower case, without parameters ("" when the server sent none)
    body: bytes
    charset: str | None = None  # from the Content-Type header


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT) -> Fetched:
    """GET ``url`` and return its body; raise ``FetchError`` ("<url>: <reason>") on any failure."""
    _check_url(url)
    started = time.monotonic()
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT}
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            return _read_response(url, response, deadline=started + timeout, timeout=timeout, max_bytes=max_bytes)
    except httpx.TimeoutException:
        raise _fail(url, f"timed out after {_seconds(timeout)}") from None
    except httpx.TooManyRedirects:
        raise _fail(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.UnsupportedProtocol:
        raise _fail(url, "redirected to a URL that is not http or https") from None
    except httpx.ConnectError as exc:
        raise _fail(url, _connect_reason(exc, url)) from None
    except httpx.InvalidURL as exc:
        raise _fail(url, f"not a valid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise _fail(url, f"download failed ({exc or type(exc).__name__})") from None


def read_url(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT
) -> Iterator[Item]:
    """Yield the article at ``url``, or one article per item when it is an RSS or Atom feed."""
    limits: dict[str, Any] = {"timeout": timeout, "max_bytes": max_bytes, "user_agent": user_agent}
    try:
        page = fetch(url, **limits)
    except FetchError as exc:
        yield Problem(url, _reason(exc, url))
        return
    kind = page_kind(page)
    if kind == "feed":
        yield from _read_feed(page, limits)
        return
    try:
        article, warning = page_article(page)
    except DossierError as exc:
        yield Problem(url, _reason(exc, url))
        return
    if warning:
        yield Problem("", warning, error=False)
    yield article


def page_kind(page: Fetched) -> str:
    """What a fetched body is: "feed", "html" or "text" (``fetch`` has already refused anything else)."""
    media = page.content_type
    if media in FEED_MEDIA_TYPES or media in XML_MEDIA_TYPES or looks_like_feed(page.body):
        return "feed"
    if media.endswith("+xml") and media not in HTML_MEDIA_TYPES:
        return "feed"
    if media in HTML_MEDIA_TYPES or (not media and _sniff_html(page.body)):
        return "html"
    return "text"


def page_article(page: Fetched, origin: str | None = None) -> tuple[Article, str | None]:
    """The Article of a fetched HTML page or plain text, and a warning about its decoding if any."""
    origin = origin or page.url
    if not page.body.strip():
        raise DropDocument(origin, "the server sent an empty page")
    decoded = _decode(page, origin)
    title = published = None
    authors: list[str] = []
    if page_kind(page) == "html":
        text, title, published, _, authors = extract_page(decoded.text, origin)
    else:
        text = decoded.text
        if not text.strip():
            raise DropDocument(origin, "the page holds only whitespace")
    article = Article(
        id=text_id(text),
        text=text,
        title=title,
        published=published,
        source=_host(page.final_url),
        url=page.final_url,
        origin=origin,
        authors=authors,
    )
    return article, decoded.warning


# --- feeds ---------------------------------------------------------------------------------------


def _read_feed(feed_page: Fetched, limits: dict) -> Iterator[Item]:
    feed_url = feed_page.url
    try:
        feed = parse_feed(feed_page.body, feed_page.final_url)
    except FetchError as exc:
        yield Problem(feed_url, _reason(exc, feed_page.final_url))
        return
    if not feed.items:
        yield Problem(feed_url, f"the {feed.kind.upper()} feed has no items", error=False)
    seen: set[str] = set()
    for number, item in enumerate(feed.items, start=1):
        if item.link and item.link in seen:
            continue
        seen.add(item.link or "")
        yield from _read_feed_item(feed_page, item, number, limits)


def _read_feed_item(feed_page: Fetched, item: FeedItem, number: int, limits: dict) -> Iterator[Item]:
    feed_url = feed_page.url
    name = item.link or f"item {number} (no link)"
    if item.link:
        try:
            page = fetch(item.link, **limits)
            if page_kind(page) == "feed":
                raise FetchError(f"{item.link}: links to another feed, not to an article")
            article, warning = page_article(page, origin=item.link)
        except DossierError as exc:
            reason = _reason(exc, item.link)
        else:
            if warning:
                yield Problem("", warning, error=False)
            # The feed's title and date are the publisher's own; a page's are guessed by trafilatura.
            article.title = item.title or article.title
            article.published = item.published or article.published
            yield article
            return
    else:
        reason = "the item has no link"
    words = len(item.text.split())
    if words < MIN_FEED_ITEM_WORDS:
        have = f"only {words} word{'s' * (words != 1)}" if words else "no text"
        yield Problem(
            feed_url,
            f"item {name}: {reason}; the feed's own text for it has {have} "
            f"(at least {MIN_FEED_ITEM_WORDS} needed to use it instead)",
        )
        return
    yield Problem(feed_url, f"item {name}: {reason}; analysing the feed's own text for it ({words} words)", error=False)
    yield Article(
        id=text_id(item.text),
        text=item.text,
        title=item.title,
        published=item.published,
        source=_host(item.link or feed_page.final_url),
        url=item.link,
        origin=item.link or feed_url,
    )


# --- fetching ------------------------------------------------------------------------------------


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise _fail(url, f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise _fail(url, "not an http or https URL")
    if not host:
        raise _fail(url, "not a valid URL (no host name)")


def _read_response(url: str, response: httpx.Response, *, deadline: float, timeout: float, max_bytes: int) -> Fetched:
    if not 200 <= response.status_code < 300:
        raise _fail(url, f"HTTP {response.status_code} {_phrase(response)}".rstrip())
    media, _, params = response.headers.get("content-type", "").partition(";")
    media = media.strip().lower()
    if not _readable(media):
        raise _fail(url, f"unsupported content type {media}; dossier reads HTML pages, plain text and RSS/Atom feeds")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _fail(url, f"body larger than {_size(max_bytes)} limit (Content-Length {_size(int(declared))})")
    body = bytearray()
    for chunk in response.iter_bytes():  # as they arrive: a chunk_size would buffer past the deadline
        body += chunk
        if len(body) > max_bytes:
            raise _fail(url, f"body larger than {_size(max_bytes)} limit")
        if time.monotonic() > deadline:
            raise _fail(url, f"timed out after {_seconds(timeout)} (download too slow)")
    if b"\x00" in body:
        raise _fail(url, "binary content (NUL bytes), not a page, a text or a feed")
    charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return Fetched(url, str(response.url), response.status_code, media, bytes(body), charset[1] if charset else None)


def _readable(media: str) -> bool:
    if not media:  # no Content-Type: judge by the bytes
        return True
    if media in HTML_MEDIA_TYPES | TEXT_MEDIA_TYPES | FEED_MEDIA_TYPES | XML_MEDIA_TYPES:
        return True
    return media.startswith("application/") and media.endswith("+xml")


def _connect_reason(exc: httpx.ConnectError, url: str) -> str:
    message = str(exc) or type(exc).__name__
    lower = message.lower()
    if "refused" in lower:
        return "connection refused"
    if any(
        s in lower
        for s in (
            "name or service not known",
            "nodename nor servname",
            "name resolution",
            "getaddrinfo",
            "no address associated",
        )
    ):
        return f"cannot resolve host name {urlsplit(url).hostname}"
    if "certificate" in lower or "ssl" in lower:
        return f"TLS error ({message})"
    return f"cannot connect ({message})"


def _phrase(response: httpx.Response) -> str:
    if response.reason_phrase:
        return response.reason_phrase
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        return ""


def _fail(url: str, reason: str) -> FetchError:
    return FetchError(f"{url}: {reason}")


def _reason(exc: DossierError, origin: str) -> str:
    return exc.message.removeprefix(f"{origin}: ")


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _size(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


# --- decoding ------------------------------------------------------------------------------------


def _decode(page: Fetched, origin: str) -> Decoded:
    """Text of the body: the declared charset (header, else an HTML <meta>) when it is not UTF-8, else UTF-8."""
    charset = page.charset
    if not charset and page_kind(page) == "html":
        meta = _META_CHARSET.search(page.body[:4096])
        charset = meta[1].decode("ascii", "replace") if meta else None
    try:
        codec = codecs.lookup(charset).name if charset else "utf-8"
    except LookupError:
        codec = "utf-8"
    if codec == "utf-8":
        return decode_bytes(page.body, origin)
    text = page.body.decode(codec, errors="replace")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), None)


def _sniff_html(body: bytes) -> bool:
    head = body.lstrip()[:200].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in body[:4096].lower()


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None

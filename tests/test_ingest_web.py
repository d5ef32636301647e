"""URLs and feeds, against a real HTTP server on 127.0.0.1 (no mocks, no internet).

The server runs in a background thread for the whole module and serves the routes in ``ROUTES`` and
a few special ones (slow, dripping, huge, redirecting). All texts here are written for these tests.
"""

from __future__ import annotations

import html
import json
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dossier.errors import FetchError, Problem
from dossier.models import Article
from dossier.readers.feeds import looks_like_feed, normalise_date, parse_feed
from dossier.readers.files import read_inputs
from dossier.readers.web import USER_AGENT, fetch, read_url

HARBOUR = [
    "The first of four tidal turbines in Port Elwyn harbour began feeding power into the local grid on Monday, "
    "the harbour authority said, ending a construction project that ran two years over schedule.",
    "Harbour master Ines Calloway told reporters that the turbine, anchored twelve metres below the breakwater, "
    "would supply roughly a fifth of the town's electricity once all four units are running.",
    "The project was paid for by the regional council and a cooperative of fishing families, who agreed to move "
    "their moorings to the eastern quay while divers laid the foundations.",
    "Not everyone is convinced. Tomas Brennick, who runs a sailing school on the western slipway, said the "
    "exclusion zone around the turbines had cut his summer bookings by a third.",
]
LIBRARY = [
    "Riverside Library will open on Sundays from next month, the city's culture office announced on Thursday, "
    "after a petition signed by more than four thousand residents.",
    "Head librarian Odile Marchetti said the extra day would be staffed by volunteers at first, and that the "
    "reading rooms on the second floor would stay closed until new staff are hired.",
    "The culture office said it would review visitor numbers in the autumn before deciding whether to keep the "
    "Sunday hours permanently.",
]
# Long enough (over 50 words) to stand in for an article whose page is gone.
FERRY = (
    "The night ferry between Port Elwyn and the island of Carrow will stop running in November, the operator "
    "said on Tuesday, blaming fuel costs and a shortage of qualified crew. Islanders who commute to the "
    "mainland hospital said the decision would leave them with a single morning sailing. The operator said "
    "it was talking to the regional council about a subsidy that could bring the service back in spring."
)
BRIDGE = (
    "Repairs to the old stone bridge over the Lune will take until March, the county engineer said on Friday. "
    "The bridge has been closed to lorries since cracks were found in two of its arches during a routine "
    "inspection in the summer. Cars and cyclists can still cross, but a temporary speed limit of twenty miles "
    "an hour will stay in force while the work goes on."
)
NOTES = "Council minutes, 4 March: the harbour committee approved the mooring fees for next season."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
HUGE = 50_000_000
HARBOUR_TITLE = "Tidal turbines switched on in Port Elwyn"


def page(title: str, paragraphs: list[str], published: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<meta property='article:published_time' content='{published}'></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article><footer>Port Elwyn Gazette</footer></body></html>"
    ).encode()


def rss_feed() -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Port Elwyn Gazette</title><link>/</link>
<item><title>Tidal turbines switched on</title><link>/news/harbour.html</link>
  <pubDate>Mon, 04 Mar 2024 08:00:00 +0000</pubDate><description>The first turbine is running.</description></item>
<item><title>Night ferry to stop in November</title><link>/news/ferry.html</link>
  <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
  <content:encoded><![CDATA[<p>{FERRY}</p>]]></content:encoded></item>
<item><title>Mooring fees agreed</title><link>/news/fees.html</link>
  <pubDate>Wed, 06 Mar 2024 10:00:00 +0100</pubDate><description>Fees rise by 3%.</description></item>
</channel></rss>""".encode()


def atom_feed() -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Riverside Notes</title><id>urn:test:riverside</id>
<entry><title>Library to open on Sundays</title><link rel="alternate" href="/news/library.html"/>
  <id>urn:test:1</id><published>2024-03-07T09:15:00Z</published><updated>2024-03-08T10:00:00Z</updated>
  <summary>Sunday opening from next month.</summary></entry>
<entry><title>Bridge repairs until March</title><link href="/news/bridge.html"/>
  <id>urn:test:2</id><updated>2024-03-08T16:45:00+01:00</updated>
  <content type="html">{html.escape(f"<p>{BRIDGE}</p>")}</content></entry>
<entry><title>Photo of the week</title><link rel="alternate" href="/image.png"/>
  <id>urn:test:3</id><updated>2024-03-09</updated><summary>The harbour at dawn.</summary></entry>
</feed>""".encode()


ROUTES: dict[str, tuple[str, bytes]] = {
    "/article.html": ("text/html; charset=utf-8", page(HARBOUR_TITLE, HARBOUR, "2024-03-04")),
    "/news/harbour.html": ("text/html; charset=utf-8", page("Tidal turbines switched on", HARBOUR, "2024-03-04")),
    "/news/library.html": ("text/html", page("Riverside Library opens on Sundays", LIBRARY, "2024-03-07")),
    "/notes.txt": ("text/plain; charset=utf-8", NOTES.encode("utf-8")),
    "/feed.rss": ("application/rss+xml", rss_feed()),
    "/feed.atom": ("application/atom+xml; charset=utf-8", atom_feed()),
    "/feed-as-xml": ("text/xml", rss_feed()),
    "/image.png": ("image/png", PNG),
    "/nul.html": ("text/html", b"<html><body>\x00\x00\x00</body></html>"),
    "/broken.rss": ("application/rss+xml", b"Feed temporarily unavailable, please come back later."),
    "/catalog.xml": ("application/xml", b"<?xml version='1.0'?><catalog><book>Tides</book></catalog>"),
}
REDIRECTS = {"/old-article": "/article.html", "/loop": "/loop", "/to-ftp": "ftp://127.0.0.1/file.txt"}


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        if path in ROUTES:
            content_type, body = ROUTES[path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path in REDIRECTS:
            self.send_response(301 if path == "/old-article" else 302)
            self.send_header("Location", REDIRECTS[path])
            self.end_headers()
        elif path == "/slow":
            self.server.stop.wait(5)  # longer than the tests' 1 s timeout; cut short at teardown
            try:
                self.send_error(503)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._send_lazily(b"word ", 25, pause=0.2)
        elif path in {"/huge", "/huge-declared"}:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if path == "/huge-declared":
                self.send_header("Content-Length", str(HUGE))
            self.end_headers()
            self.server.huge_sent[path] = self._send_lazily(b"<p>" + b"tide " * 13_106 + b"</p>", HUGE // 65_537)
        else:
            self.send_error(404)

    def _send_lazily(self, chunk: bytes, count: int, pause: float = 0.0) -> int:
        """Write ``chunk`` ``count`` times, one at a time; stop when the client hangs up. Returns bytes sent."""
        sent = 0
        try:
            for _ in range(count):
                if self.server.stop.is_set():
                    break
                self.wfile.write(chunk)
                sent += len(chunk)
                if pause:
                    time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return sent

    def log_message(self, format: str, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.stop = threading.Event()
        self.agents: list[str] = []
        self.huge_sent: dict[str, int] = {}


@pytest.fixture(scope="module")
def server():
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.stop.set()
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def base(server: Server, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # a proxy configured on the machine must not see these
    return f"http://127.0.0.1:{server.server_address[1]}"


def fetch_error(url: str, **kwargs) -> str:
    with pytest.raises(FetchError) as info:
        fetch(url, **kwargs)
    message = info.value.message
    assert "\n" not in message and message.startswith(f"{url}: ")
    return message.removeprefix(f"{url}: ")


def read_all(url: str, **kwargs) -> tuple[list[Article], list[Problem], list[Problem]]:
    items = list(read_url(url, **kwargs))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Problem) and i.error]
    warnings = [i for i in items if isinstance(i, Problem) and not i.error]
    for failure in failures:
        assert "\n" not in str(failure)
    return articles, failures, warnings


# --- fetch ---------------------------------------------------------------------------------------


def test_fetch_returns_body_and_identifies_itself(base: str, server: Server):
    got = fetch(f"{base}/article.html")
    assert got.status == 200 and got.content_type == "text/html" and got.charset == "utf-8"
    assert got.final_url == got.url == f"{base}/article.html"
    assert b"Ines Calloway" in got.body
    assert server.agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("dossier/0.") and "news analysis" in USER_AGENT


def test_fetch_follows_redirects(base: str):
    got = fetch(f"{base}/old-article")
    assert got.url == f"{base}/old-article" and got.final_url == f"{base}/article.html"


def test_fetch_stops_after_five_redirects(base: str):
    assert fetch_error(f"{base}/loop") == "more than 5 redirects"


def test_fetch_refuses_redirect_to_other_scheme(base: str):
    assert fetch_error(f"{base}/to-ftp") == "redirected to a URL that is not http or https"


def test_fetch_reports_http_status(base: str):
    assert fetch_error(f"{base}/missing.html") == "HTTP 404 Not Found"


def test_fetch_times_out(base: str):
    started = time.monotonic()
    assert fetch_error(f"{base}/slow", timeout=1) == "timed out after 1 s"
    assert time.monotonic() - started < 4


def test_fetch_times_out_on_a_dripping_body(base: str):
    started = time.monotonic()
    reason = fetch_error(f"{base}/drip", timeout=1)
    assert reason.startswith("timed out after 1 s")
    assert time.monotonic() - started < 3


def test_fetch_stops_reading_a_huge_body_at_the_limit(base: str, server: Server):
    assert fetch_error(f"{base}/huge") == "body larger than 10 MB limit"
    _wait_for(lambda: "/huge" in server.huge_sent)
    assert server.huge_sent["/huge"] < HUGE // 2  # the client hung up long before the end


def test_fetch_refuses_a_declared_huge_body_before_reading(base: str, server: Server):
    assert fetch_error(f"{base}/huge-declared") == "body larger than 10 MB limit (Content-Length 50 MB)"
    _wait_for(lambda: "/huge-declared" in server.huge_sent)
    assert server.huge_sent["/huge-declared"] < HUGE // 2


def test_fetch_refuses_binary_content(base: str):
    assert fetch_error(f"{base}/image.png").startswith("unsupported content type image/png;")
    assert fetch_error(f"{base}/nul.html") == "binary content (NUL bytes), not a page, a text or a feed"


def test_fetch_reports_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/article.html") == "connection refused"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/file.txt", "file:///etc/hosts", "127.0.0.1/article.html"])
def test_fetch_refuses_what_is_not_an_http_url(url: str):
    assert fetch_error(url) == "not an http or https URL"


def test_fetch_refuses_url_without_host():
    assert fetch_error("http:///article.html") == "not a valid URL (no host name)"


# --- read_url ------------------------------------------------------------------------------------


def test_read_url_html_page_becomes_an_article(base: str):
    articles, failures, _ = read_all(f"{base}/old-article")
    assert not failures and len(articles) == 1
    art = articles[0]
    assert art.title == HARBOUR_TITLE
    assert art.published == "2024-03-04"
    assert art.url == f"{base}/article.html" and art.origin == f"{base}/old-article"
    assert art.source == "127.0.0.1"
    assert "Ines Calloway" in art.text and "Home" not in art.text
    assert len(art.id) == 16


def test_read_url_plain_text_becomes_an_article(base: str):
    articles, failures, _ = read_all(f"{base}/notes.txt")
    assert not failures and [a.text for a in articles] == [NOTES]
    assert articles[0].url == f"{base}/notes.txt" and articles[0].source == "127.0.0.1"


def test_read_url_rss_items_become_articles(base: str):
    articles, failures, warnings = read_all(f"{base}/feed.rss")
    assert [a.title for a in articles] == ["Tidal turbines switched on", "Night ferry to stop in November"]
    harbour, ferry = articles
    # fetched page: its text, the feed's title and date
    assert "Tomas Brennick" in harbour.text and harbour.url == f"{base}/news/harbour.html"
    assert harbour.published == "2024-03-04T08:00:00+00:00" and harbour.source == "127.0.0.1"
    # page is gone (404) but the feed carries the whole story
    assert ferry.text == FERRY and ferry.url == f"{base}/news/ferry.html"
    assert ferry.published == "2024-03-05T14:30:00+00:00"
    assert [w.message for w in warnings] == [
        f"{base}/feed.rss: item {base}/news/ferry.html: HTTP 404 Not Found; "
        f"analysing the feed's own text for it ({len(FERRY.split())} words)"
    ]
    # page is gone and the feed has only a teaser
    assert [str(f) for f in failures] == [
        f"{base}/feed.rss: item {base}/news/fees.html: HTTP 404 Not Found; the feed's own text for it has only "
        "4 words (at least 50 needed to use it instead)"
    ]


def test_read_url_atom_entries_become_articles(base: str):
    articles, failures, warnings = read_all(f"{base}/feed.atom")
    assert [a.title for a in articles] == ["Library to open on Sundays", "Bridge repairs until March"]
    library, bridge = articles
    assert "Odile Marchetti" in library.text and library.published == "2024-03-07T09:15:00+00:00"
    assert bridge.text == BRIDGE and bridge.published == "2024-03-08T16:45:00+01:00"
    assert len(warnings) == 1 and f"item {base}/news/bridge.html: HTTP 404 Not Found" in warnings[0].message
    assert len(failures) == 1
    failure = str(failures[0])
    assert failure.startswith(f"{base}/feed.atom: item {base}/image.png: unsupported content type image/png")
    assert "only 4 words" in failure


def test_read_url_recognises_a_feed_served_as_xml(base: str):
    articles, failures, _ = read_all(f"{base}/feed-as-xml")
    assert len(articles) == 2 and len(failures) == 1


def test_read_url_feed_that_is_not_xml_is_one_failure(base: str):
    articles, failures, _ = read_all(f"{base}/broken.rss")
    assert not articles
    assert [str(f) for f in failures] == [
        f"{base}/broken.rss: not an RSS or Atom feed (not well-formed XML: syntax error: line 1, column 0)"
    ]


def test_read_url_xml_that_is_not_a_feed_is_one_failure(base: str):
    _, failures, _ = read_all(f"{base}/catalog.xml")
    assert [str(f) for f in failures] == [
        f"{base}/catalog.xml: not an RSS or Atom feed (the root element is <catalog>)"
    ]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404 Not Found"),
        ("/image.png", "unsupported content type image/png; dossier reads HTML pages, plain text and RSS/Atom feeds"),
        ("/huge", "body larger than 10 MB limit"),
    ],
)
def test_read_url_failures_name_the_url(base: str, path: str, reason: str):
    assert [str(i) for i in read_url(f"{base}{path}")] == [f"{base}{path}: {reason}"]


def test_read_url_timeout_names_the_url(base: str):
    assert [str(i) for i in read_url(f"{base}/slow", timeout=1)] == [f"{base}/slow: timed out after 1 s"]


def test_read_inputs_sends_urls_to_read_url(base: str, tmp_path: Path):
    local = tmp_path / "local.txt"
    local.write_text(NOTES, encoding="utf-8")
    items = list(read_inputs([f"{base}/article.html", str(local), f"{base}/missing.html"]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Problem"] and items[2].error
    assert items[0].url == f"{base}/article.html" and items[1].id == "local"
    assert str(items[2]) == f"{base}/missing.html: HTTP 404 Not Found"


# --- feed parsing (no server) --------------------------------------------------------------------


def test_feeds_normalise_dates():
    assert normalise_date("Tue, 05 Mar 2024 14:30:00 GMT") == "2024-03-05T14:30:00+00:00"
    assert normalise_date("Tue, 5 Mar 2024 14:30 EST") == "2024-03-05T14:30:00-05:00"
    assert normalise_date("2024-03-08T16:45:00+01:00") == "2024-03-08T16:45:00+01:00"
    assert normalise_date("2024-03-09") == "2024-03-09"
    assert normalise_date("March 5, 2024") == "2024-03-05"
    assert normalise_date("soon") is None and normalise_date("") is None


def test_feeds_parse_rss1_and_html_entities():
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Caf&eacute; news</title></channel>
<item><title>Caf&eacute; reopens</title><link>http://example.org/cafe</link><dc:date>2024-03-01T12:00:00Z</dc:date>
<description>The caf&eacute; on Quay&nbsp;Street reopened.</description></item></rdf:RDF>"""
    assert looks_like_feed(rdf)
    feed = parse_feed(rdf, "http://example.org/index.rdf")
    assert feed.kind == "rdf" and feed.title == "Café news"
    (item,) = feed.items
    assert item.title == "Café reopens" and item.link == "http://example.org/cafe"
    assert item.published == "2024-03-01T12:00:00+00:00" and item.text == "The café on Quay Street reopened."


def test_feeds_refuse_entity_expansion():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss><channel><item><title>&b;</title></item></channel></rss>"""
    with pytest.raises(FetchError, match="refuses for safety"):
        parse_feed(bomb, "http://example.org/feed")


# --- the CLI -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_analyze_url_writes_good_article_and_fails_on_404(base: str, tmp_path: Path):
    out = tmp_path / "out"
    good, bad = f"{base}/article.html", f"{base}/missing.html"
    proc = subprocess.run(
        [sys.executable, "-m", "dossier", "analyze", good, bad, "--format", "json", "--out", str(out)],
        capture_output=True,
        timeout=300,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {bad}: HTTP 404 Not Found"]
    (written,) = out.glob("*.json")
    article = json.loads(written.read_text(encoding="utf-8"))["article"]
    assert article["url"] == good and article["source"] == "127.0.0.1"
    assert article["title"] == HARBOUR_TITLE and article["published"] == "2024-03-04"
    assert "Ines Calloway" in article["text"]


def _wait_for(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server never finished the response"
        time.sleep(0.05)

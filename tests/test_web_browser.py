"""The web app in a real browser: Debian's Chromium driven by Playwright against the app served by uvicorn
on 127.0.0.1 (a random port) over the fixture store. Every request not to 127.0.0.1 is blocked. Each test
saves a screenshot of its page under test-output/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

from web_support import HOSTILE_ID, LiveServer, build_db, hostile_db

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "screenshots"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# set by the page before any of its own scripts: dialogs, CSP violations and errors are recorded
WATCH = """
window.__csp = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', e => window.__errors.push(String(e.message)));
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    from dossier.web import create_app

    db = build_db(tmp_path_factory)
    with LiveServer(create_app(db, nlp=nlp)) as live:
        yield live


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, nlp):
    from dossier.web import create_app

    with LiveServer(create_app(hostile_db(tmp_path_factory), nlp=nlp)) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


def open_page(browser, server):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server.url)
    pg = context.new_page()
    pg.add_init_script(WATCH)
    pg.dialogs = []
    pg.console_errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))

    def local_only(route):
        url = route.request.url
        if url.startswith(server.url) or url.startswith("data:"):
            return route.continue_()
        return route.abort()

    pg.route("**/*", local_only)
    return context, pg


@pytest.fixture
def page(browser, server):
    context, pg = open_page(browser, server)
    yield pg
    context.close()


@pytest.fixture
def hostile_page(browser, hostile_server):
    context, pg = open_page(browser, hostile_server)
    yield pg
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def no_trouble(page) -> None:
    assert page.dialogs == []
    assert page.evaluate("window.__csp") == [], "a Content-Security-Policy violation: something tried to run"
    assert page.evaluate("window.__errors") == []
    assert page.console_errors == []


def test_browser_search_actor_then_relationship_edge_evidence(page):
    page.goto("/")
    shot(page, "home")
    page.fill("#home-q", "Okafor")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=Okafor")
    assert page.locator("#actor-results a", has_text="David Okafor").count() == 1
    assert page.locator("#text-results li mark").count() >= 1
    shot(page, "search")
    page.locator("#actor-results a", has_text="David Okafor").click()
    page.wait_for_selector("svg.chart.bars")
    assert "David Okafor" in page.inner_text("h1")
    shot(page, "entity")

    page.goto("/relation")
    page.fill("input[name=a]", "Elena Marsh")
    page.fill("input[name=b]", "David Okafor")
    page.click("form.pair button")
    page.wait_for_selector("#graph[data-ready=true]", timeout=20000)
    assert page.locator("svg.chart.timeline .mark").count() >= 2  # the meeting (cooperation) and the accusation
    assert page.locator("table.claims tr").count() >= 2
    assert page.locator("#evidence-list li mark").count() >= 3
    # click the edge between the two actors, on the canvas, halfway between their nodes
    data = page.evaluate("JSON.parse(document.getElementById('graph-data').textContent)")
    a, b = data["a"], data["b"]
    assert {n["label"] for n in data["nodes"]} >= {"Elena Marsh", "David Okafor", "Paul Brandt"}
    point = page.evaluate(
        """([a, b]) => { const n = window.dossierGraph, p = n.getPositions([a, b]);
            return n.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2}); }""",
        [a, b],
    )
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("#edge-evidence[data-loaded]", timeout=10000)
    assert page.inner_text("#edge-title") == "Elena Marsh — David Okafor"
    items = page.locator("#edge-evidence li")
    assert items.count() >= 2
    text = page.inner_text("#edge-evidence")
    assert "accused" in text and "met" in text
    assert page.locator("#edge-evidence li mark").count() == items.count()
    page.locator("#edge-panel").scroll_into_view_if_needed()
    shot(page, "relationship")
    # an evidence link opens the article at the sentence
    href = page.locator("#edge-evidence li a").first.get_attribute("href")
    page.goto(href)
    assert page.locator("#focus").count() == 1
    no_trouble(page)


def test_browser_article_shows_highlights_and_panel(page):
    page.goto("/articles/bridge-contract")
    body = page.locator("article.text .body")
    assert body.locator(".ent").count() >= 5
    assert body.locator(".timex").count() >= 1  # Monday, July, Friday
    assert body.locator(".att-content").count() >= 1  # the quote
    assert body.locator(".trig").count() >= 1  # met, urged, threatened
    assert "Paul Brandt" in page.inner_text("aside.panel")
    assert page.locator("aside.panel a[href^='/entities/']").count() >= 3
    shot(page, "article")
    no_trouble(page)


def test_browser_analyze_pasted_article(page):
    page.goto("/analyze")
    page.fill(
        "#analyze-text",
        "Senator Paul Brandt met Governor Elena Marsh in Riverton on Tuesday. "
        '"The bridge will open in 2025," Marsh said after the meeting.',
    )
    page.fill("input[name=title]", "A pasted article")
    page.fill("input[name=published]", "2024-07-02")
    page.click("#analyze-go")
    page.wait_for_selector("article.text .body .ent", timeout=60000)
    assert page.inner_text("article.text h1") == "A pasted article"
    assert page.locator("article.text .body .timex").count() >= 1
    assert "not stored" in page.inner_text("article.text .meta")
    shot(page, "analyze")
    no_trouble(page)


def test_browser_hostile_article_runs_nothing(hostile_page):
    page = hostile_page
    for path in ("/", f"/articles/{HOSTILE_ID}", "/search?q=budget", "/relation?a=Elena+Marsh&b=Paul+Brandt"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("a[href^='javascript:' i]").count() == 0, path
        assert page.locator("img[src=x], script:not([src]):not([type='application/json'])").count() == 0, path
        if path == "/relation?a=Elena+Marsh&b=Paul+Brandt":
            page.wait_for_selector("#graph[data-ready=true]", timeout=20000)
        no_trouble(page)
    page.goto(f"/articles/{HOSTILE_ID}")
    text = page.inner_text("article.text")
    assert "<script>window.__xss='text'</script>" in text  # shown as text, not run
    assert "onerror" in text and "javascript:" in text
    assert page.locator("article.text .meta a").count() == 0  # the javascript: link is not offered
    shot(page, "hostile-article")
    # and the policy would stop a script that did get in: an inline script added now is blocked
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = \"window.__xss='late'\"; document.body.appendChild(s); }"
    )
    page.wait_for_function("window.__csp.length > 0")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert any("script-src" in v for v in page.evaluate("window.__csp"))

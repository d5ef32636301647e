"""Real article formats end to end: datelines, agency credits, bylines and captions are not actors.

Wire copy and web pages written for these tests (``tests/data/newsformat/``, expectations in
``expected.json``) go through the whole pipeline; the HTML pages through the real HTML reader, served by a
real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dossier.api import EXAMPLE_ARTICLE, analyze_text
from dossier.models import Analysis, Article
from dossier.readers.html import extract_html

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent / "data" / "newsformat"
EXPECTED = {
    k: v for k, v in json.loads((DATA / "expected.json").read_text(encoding="utf-8")).items() if not k.startswith("_")
}
ISSUE_TEXT = (
    "WASHINGTON (AP) — President Donald Trump met Russian President Vladimir Putin on Friday in Hamburg, "
    "the White House said.\n"
    "MOSCOW, July 8 (Reuters) - Russian Foreign Minister Sergei Lavrov accused Washington of meddling in Syria.\n"
)


def names(analysis: Analysis, entity_id: str | None) -> str:
    ent = analysis.entity(entity_id)
    return ent.name if ent is not None else ""


def lead_events(analysis: Analysis):
    """The events of the paragraph the dateline opens, after the dateline."""
    line = analysis.article.dateline
    text = analysis.article.text
    end = text.find("\n", line.end)
    end = len(text) if end < 0 else end
    return [ev for ev in analysis.events if line.end <= ev.trigger.start < end]


def inside_format(analysis: Analysis, start: int, end: int) -> bool:
    return any(s.start < max(end, start + 1) and start < s.end for s in analysis.news_format)


def assert_no_format_actors(analysis: Analysis, not_actors: list[str]) -> None:
    """No event or claim takes its source, target, trigger, cue or content from a format span; every actor
    is named somewhere outside them; no entity is named only there, except a dateline's place (a city,
    never an actor); ``not_actors`` (dateline places, agencies, bylines, photo credits) are no actors
    unless the article's own text names them."""
    banned = {n.lower() for n in not_actors}
    places = [(s.start, s.start + len(s.value or "")) for s in analysis.news_format if s.kind == "dateline"]

    def outside(ent) -> list:
        return [m for m in ent.mentions if not inside_format(analysis, m.start, m.end)]

    def check_actor(entity_id: str | None, what: str) -> None:
        ent = analysis.entity(entity_id)
        if ent is None:
            return
        assert outside(ent), (what, ent.name, "named only in a dateline, credit, byline or caption")
        assert ent.name.lower() not in banned or outside(ent), (what, ent.name)

    for ev in analysis.events:
        assert not inside_format(analysis, ev.trigger.start, ev.trigger.end), ev
        for role in (ev.source, ev.target, *ev.participants):
            check_actor(role, f"{ev.type} {ev.trigger.text!r}")
        for span in (ev.source_span, ev.target_span):
            if span is not None:
                assert not inside_format(analysis, span.start, span.end), (ev.trigger.text, span)
    for att in analysis.attributions:
        assert not inside_format(analysis, att.cue.start, att.cue.end), att.cue
        if att.source is not None and att.source.end > att.source.start:
            assert not inside_format(analysis, att.source.start, att.source.end), att.source
            check_actor(att.source.entity, f"claim {att.cue.text!r}")
        for part in att.content_parts or [att.content]:
            assert not inside_format(analysis, part.start, part.end), part
    for rel in analysis.relations:
        assert not inside_format(analysis, rel.sentence.start, rel.sentence.end), rel
    for ent in analysis.entities:
        if ent.name.lower() in banned:
            assert ent.type in {"GPE", "LOC"}, ent.name  # a dateline's place, as a place; no agency, no byline
        for m in ent.mentions:
            if inside_format(analysis, m.start, m.end):
                assert any(a <= m.start and m.end <= b for a, b in places), (ent.name, m.text)


def check_expected(analysis: Analysis, expected: dict, source: str | None = None) -> None:
    art = analysis.article
    assert art.dateline is not None and art.dateline.name == expected["dateline"]
    assert art.source == (source or expected["source"])
    assert art.authors == expected["authors"]
    assert len(art.notes) == expected["notes"]
    for s in analysis.news_format:
        assert art.text[s.start : s.end] == s.text
    lead = expected["lead"]
    events = [ev for ev in lead_events(analysis) if ev.source is not None]
    assert events, "no event with a source in the lead"
    first = events[0]
    if lead["type"] is not None:
        assert first.type == lead["type"]
    assert lead["source"] in names(analysis, first.source)
    if lead["target"] is not None:
        assert lead["target"] in names(analysis, first.target)
    assert_no_format_actors(analysis, expected["not_actors"])


def test_newsformat_issue_sentences_give_the_real_actors(nlp):
    analysis = analyze_text(ISSUE_TEXT, nlp=nlp)
    events = {(ev.type, names(analysis, ev.source), names(analysis, ev.target)) for ev in analysis.events}
    assert ("CONSULT", "Donald Trump", "Vladimir Putin") in events
    assert any(t == "ACCUSE" and s == "Sergei Lavrov" and o in {"Washington", "United States"} for t, s, o in events)
    entity_names = {e.name for e in analysis.entities}
    assert not entity_names & {"AP", "Reuters", "Associated Press"}
    assert analysis.article.source == "Associated Press"
    assert [s.kind for s in analysis.news_format] == ["dateline", "agency", "dateline", "agency"]
    assert_no_format_actors(analysis, ["AP", "Reuters", "MOSCOW"])
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert said.content.text.startswith("President Donald Trump met")  # the dateline is no part of the claim


def test_newsformat_example_article_lead_is_teixeira_and_restrepo(nlp):
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    analysis = analyze_text(text, nlp=nlp)
    assert analysis.article.dateline.name == "Brasília"
    assert analysis.published_inferred is not None and analysis.published_inferred.value == "2025-03-05"
    first = lead_events(analysis)[0]
    actors = {
        names(analysis, first.source),
        names(analysis, first.target),
        *(names(analysis, p) for p in first.participants),
    }
    assert names(analysis, first.source) == "Marcos Teixeira"
    assert any("Restrepo" in a for a in actors)
    assert_no_format_actors(analysis, ["BRASÍLIA"])


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".txt")))
def test_newsformat_wire_copy_fixture(nlp, name: str):
    analysis = analyze_text((DATA / name).read_text(encoding="utf-8"), nlp=nlp)
    check_expected(analysis, EXPECTED[name])


@pytest.fixture(scope="module")
def site():
    handler = partial(SimpleHTTPRequestHandler, directory=str(DATA))
    handler.log_message = lambda *args: None
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".html")))
def test_newsformat_web_page_fixture_read_from_a_url(nlp, site: str, name: str, monkeypatch: pytest.MonkeyPatch):
    from dossier.analysis import analyze_articles
    from dossier.readers.web import read_url

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    items = list(read_url(f"{site}/{name}"))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 1, items
    analysis = next(iter(analyze_articles(nlp, articles, max_chars=200_000)))
    assert isinstance(analysis, Analysis)
    check_expected(analysis, EXPECTED[name], source="127.0.0.1")  # a page's site is its source, as the reader says


def test_newsformat_json_output_carries_dateline_authors_notes(nlp):
    from dossier.report.jsonout import validate

    text, title, published, _ = extract_html((DATA / "site-cnn-style.html").read_text(encoding="utf-8"), "page")
    doc = analyze_text(text, title=title, published=published, nlp=nlp).to_dict()
    validate(doc)
    art = doc["article"]
    assert art["dateline"]["name"] == "Washington" and art["source"] == "Capitol Wire"
    assert art["text"][art["dateline"]["start"] : art["dateline"]["end"]] == art["dateline"]["text"]
    assert art["notes"] and art["notes"][0].startswith("Correction:")
    assert {s["kind"] for s in doc["news_format"]} >= {"dateline", "agency", "link", "promo", "correction"}
    for s in doc["news_format"]:
        assert art["text"][s["start"] : s["end"]] == s["text"]


def test_newsformat_store_keeps_dateline_authors_notes(nlp, store_db):
    """Migration 7: the articles table keeps authors, dateline and notes, on SQLite and PostgreSQL."""
    from dossier.query.articles import stored_article
    from dossier.store import open_store

    text = (DATA / "wire-kyiv.txt").read_text(encoding="utf-8")
    analysis = analyze_text(text, id="kyiv", nlp=nlp)
    store = open_store(store_db)
    try:
        assert store.write_analysis(analysis, text_hash="kyiv", minhash=None, story_id=None)
        got = stored_article(store.conn, "kyiv").analysis.article
    finally:
        store.close()
    assert got.dateline == analysis.article.dateline and got.dateline.name == "Kyiv, Ukraine"
    assert got.authors == ["Olena Marchuk"]
    assert got.notes == analysis.article.notes and got.notes[0].startswith("Correction:")


def test_newsformat_reports_show_source_authors_dateline_and_notes(nlp):
    from rich.console import Console

    from dossier.report.html import render_html
    from dossier.report.text import render_text

    analysis = analyze_text(
        (DATA / "wire-kyiv.txt").read_text(encoding="utf-8"), id="kyiv", source="Kyiv Ledger", nlp=nlp
    )
    console = Console(record=True, width=200)
    render_text(analysis, console)
    out = console.export_text()
    assert "Kyiv Ledger · by Olena Marchuk · filed from Kyiv, Ukraine" in out
    assert "Correction: An earlier version of this story misstated the number of drones launched." in out
    page = render_html(analysis)
    assert "by Olena Marchuk" in page and "filed from Kyiv, Ukraine" in page and "Correction: An earlier" in page


def test_newsformat_page_from_a_feed_gives_merkel_and_macron_not_hamburg(
    nlp, site: str, monkeypatch: pytest.MonkeyPatch
):
    """The issue's feed case: "HAMBURG, July 01, 2017 — German Chancellor Angela Merkel met French President
    Emmanuel Macron ..." read from an RSS feed's item page."""
    from dossier.analysis import analyze_articles
    from dossier.readers.web import read_url

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    articles = [i for i in read_url(f"{site}/feed.rss") if isinstance(i, Article)]
    assert len(articles) == 1
    analysis = next(iter(analyze_articles(nlp, articles, max_chars=200_000)))
    events = {(ev.type, names(analysis, ev.source), names(analysis, ev.target)) for ev in lead_events(analysis)}
    assert ("CONSULT", "Angela Merkel", "Emmanuel Macron") in events
    assert not any(s in {"HAMBURG", "Hamburg"} for _, s, _ in events)

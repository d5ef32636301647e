"""The dossier_times component: ids, offsets, sentences, anchoring to ``published``, document-date
inference, bad input. Fast tests use a blank English pipeline; ``slow`` ones the real model."""

from __future__ import annotations

import pytest
import spacy

from dossier.models import Article

STORY = (
    "GENEVA, March 5, 2025 — Negotiators agreed on Tuesday to extend the ceasefire. "
    "The previous round collapsed last week, and a deal is expected next month."
)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dossier_times")
    return nlp


def run(nlp, text: str, published: str | None = None):
    doc = nlp.make_doc(text)
    doc._.article = Article("t", text, published=published)
    return nlp(doc) if False else _process(nlp, doc)


def _process(nlp, doc):
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_timex_component_assigns_ids_offsets_and_sentences(blank):
    text = "The treaty was signed on June 2, 2016. It expires in 2030."
    doc = run(blank, text)
    assert [(t.id, t.text, t.value, t.sentence) for t in doc._.times] == [
        ("t1", "June 2, 2016", "2016-06-02", 0),
        ("t2", "2030", "2030", 1),
    ]
    for t in doc._.times:
        assert text[t.start : t.end] == t.text


def test_timex_component_anchors_to_published(blank):
    doc = run(blank, "Officials met yesterday and will meet again next week.", published="2017-07-07T09:30:00Z")
    assert [(t.text, t.value, t.anchor) for t in doc._.times] == [
        ("yesterday", "2017-07-06", "2017-07-07"),
        ("next week", "2017-W28", "2017-07-07"),
    ]
    assert doc._.published_inferred is None


def test_timex_component_reads_the_dateline_when_published_is_missing(blank):
    doc = run(blank, STORY)
    assert doc._.published_inferred.value == "2025-03-05"
    assert "dateline" in doc._.published_inferred.basis
    values = {t.text: t.value for t in doc._.times}
    assert values["Tuesday"] == "2025-03-04"
    assert values["last week"] == "2025-W09"
    assert values["next month"] == "2025-04"


def test_timex_component_infers_the_year_from_weekday_and_date(blank):
    text = "The fund has grown since 2015. The board meets this Friday, July 7. On April 6 it cut fees."
    doc = run(blank, text)
    inferred = doc._.published_inferred
    assert inferred.value == "2017-W27"
    assert "2017" in inferred.basis and "days before" in inferred.basis
    values = {t.text: t.value for t in doc._.times}
    assert values["this Friday, July 7"] == "2017-07-07"
    assert values["April 6"] == "2017-04-06"


def test_timex_component_leaves_relative_dates_unanchored_without_clues(blank):
    doc = run(blank, "On April 6 the council met. It meets again tomorrow.")
    assert doc._.published_inferred is None
    assert [(t.text, t.value) for t in doc._.times] == [("April 6", "XXXX-04-06"), ("tomorrow", None)]


def test_timex_component_dated_events_only_bound_the_date_from_below(blank):
    doc = run(blank, "The mine was closed on March 3, 2024, the ministry said. It may reopen on May 9.")
    assert doc._.published_inferred.value == "2024-03-03"
    assert doc._.published_inferred.basis.startswith("not before")
    assert {t.text: t.value for t in doc._.times}["May 9"] == "XXXX-05-09"  # a bound is no anchor


def test_timex_component_keeps_unnormalisable_expressions_with_null_value(blank):
    doc = run(blank, "Talks resume next week.")
    assert [(t.text, t.value) for t in doc._.times] == [("next week", None)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "no verbs here just words and 1999 and and and",
        "“Unbalanced quotes from 2001 onwards " * 40,
        "HEADLINE: STOCKS FALL ON FRIDAY",
        "- item one 2020\n- item two\n- 12/31/1999\n- 99/99/9999",
        " ".join(["the year before last week the day after tomorrow"] * 60),
    ],
)
def test_timex_component_survives_odd_input(blank, text):
    for published in (None, "2017-07-07", "not a date"):
        doc = run(blank, text, published=published)
        for t in doc._.times:
            assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text


def test_timex_component_is_deterministic(blank):
    first = [(t.start, t.value) for t in run(blank, STORY)._.times]
    assert first == [(t.start, t.value) for t in run(blank, STORY)._.times]


@pytest.fixture(scope="module")
def parsed():
    from dossier.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dossier_times",))


def analyse(nlp, text: str, published: str | None):
    from dossier.analysis import make_doc

    return nlp(make_doc(nlp, Article("t", text, published=published)))


@pytest.mark.slow
def test_timex_weekdays_follow_the_tense(parsed):
    doc = analyse(parsed, "The minister met rebels on Tuesday. She will meet the envoy on Friday.", "2017-07-05")
    assert [(t.text, t.value) for t in doc._.times] == [("Tuesday", "2017-07-04"), ("Friday", "2017-07-07")]


@pytest.mark.slow
def test_timex_months_follow_the_tense(parsed):
    doc = analyse(parsed, "The plant closed in December. It will reopen in March.", "2017-02-10")
    assert [(t.text, t.value) for t in doc._.times] == [("December", "2016-12"), ("March", "2017-03")]


@pytest.mark.slow
def test_timex_quarter_context_anchors_a_year_ago(parsed):
    text = "Third-quarter profit rose 8% from a year ago, and sales in the quarter rose 3%."
    doc = analyse(parsed, text, "2017-10-20")
    assert [(t.text, t.value) for t in doc._.times] == [
        ("Third-quarter", "2017-Q3"),
        ("a year ago", "2016-Q3"),
        ("the quarter", "2017-Q3"),
    ]


@pytest.mark.slow
def test_timex_full_pipeline_fills_times(nlp):
    from dossier.api import analyze_text

    analysis = analyze_text("The strike began on Monday, May 1, 2017, and lasted three weeks.", nlp=nlp)
    assert [(t.text, t.type, t.value) for t in analysis.times] == [
        ("Monday, May 1, 2017", "DATE", "2017-05-01"),
        ("three weeks", "DURATION", "P3W"),
    ]

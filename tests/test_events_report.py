"""The events and ties report section, on an analysis built by hand."""

from __future__ import annotations

import io

from rich.console import Console

from dossier.models import Analysis, Article, Entity, EventTime, Mention, Offsets, Relation, Span
from dossier.report.html import render_html
from dossier.report.sections import SECTIONS, events
from dossier.testing.records import hand_event

TEXT = "Chile expelled two Peruvian diplomats on May 2. Ana Ruiz, the former head of Codelco, left."


def build() -> Analysis:
    chile = Entity("e1", "Chile", "GPE", [Mention(0, 5, "Chile", "name", 0)])
    peru = Entity("e2", "Peru", "GPE", [Mention(19, 27, "Peruvian", "name", 0)])
    ana = Entity("e3", "Ana Ruiz", "PERSON", [Mention(48, 56, "Ana Ruiz", "name", 1)])
    codelco = Entity("e4", "Codelco", "ORG", [Mention(78, 85, "Codelco", "name", 1)])
    ev = hand_event(
        "SANCTION",
        Span(6, 14, "expelled"),
        "e1",
        "e2",
        Offsets(0, 47),
        id="ev1",
        mode="expel",
        cameo_root="16",
        quad_class=3,
        penta_class=3,
        intensity=-5.5,
        time=EventTime("2024-05-02", 41, 46),
    )
    rel = Relation(
        "r1",
        "role",
        "e3",
        "e4",
        "former head of Codelco",
        False,
        Offsets(48, 91),
        Span(62, 85, "former head of Codelco"),
    )
    return Analysis(
        Article("t", TEXT), [Offsets(0, 47), Offsets(48, 91)], [chile, peru, ana, codelco], events=[ev], relations=[rel]
    )


def test_events_report_line_format():
    a = build()
    assert events.event_line(a, a.events[0]) == "Chile —SANCTION/expel→ Peru (2024-05-02) [asserted]"
    assert events.relation_line(a, a.relations[0]) == "Ana Ruiz: former head of Codelco → Codelco (role, former)"


def test_events_report_text_lists_events_with_their_sentence():
    buf = io.StringIO()
    events.render_text(build(), Console(file=buf, width=200))
    out = buf.getvalue()
    assert "Chile —SANCTION/expel→ Peru (2024-05-02) [asserted]" in out
    assert "Chile expelled two Peruvian diplomats on May 2." in out
    assert "Ana Ruiz: former head of Codelco" in out


def test_events_report_html_highlights_triggers():
    assert events in SECTIONS
    page = render_html(build())
    assert 'class="trig q3"' in page and 'data-event="ev1"' in page
    assert ">expelled</span>" in page
    assert "Chile —SANCTION/expel→ Peru" in page


def test_events_report_escapes_html():
    a = build()
    a.article.text = TEXT.replace("Chile", "<b>C")
    page = render_html(a)
    assert "<b>C" not in page

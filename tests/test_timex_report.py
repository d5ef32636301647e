"""The times report section, on an analysis built by hand."""

from __future__ import annotations

import io

from rich.console import Console

from dossier.models import Analysis, Article, Offsets, PublishedInferred, TimeExpr
from dossier.report.html import render_html
from dossier.report.sections import SECTIONS, times

TEXT = "On April 6 the <board> met; it meets again next week and talks lasted three weeks."


def build() -> Analysis:
    return Analysis(
        Article("t", TEXT),
        [Offsets(0, len(TEXT))],
        times=[
            TimeExpr("t1", 3, 10, "April 6", "DATE", "2017-04-06", anchor="2017-W27"),
            TimeExpr("t2", 43, 52, "next week", "DATE", "2017-W28", anchor="2017-W27"),
            TimeExpr("t3", 70, 81, "three weeks", "DURATION", "P3W"),
        ],
        published_inferred=PublishedInferred("2017-W27", "'this Friday, July 7' falls on a Friday in 2017"),
    )


def test_timex_report_is_a_registered_section():
    assert times in SECTIONS


def test_timex_report_text_shows_values_and_timeline():
    out = io.StringIO()
    times.render_text(build(), Console(file=out, width=120, color_system=None))
    text = out.getvalue()
    assert "“April 6” → 2017-04-06 (date, from 2017-W27)" in text
    assert "“three weeks” → P3W (duration)" in text
    assert "Timeline" in text and text.index("2017-04-06 ") < text.index("2017-07-10 … 2017-07-16")
    assert "document date inferred: 2017-W27" in text


def test_timex_report_html_has_inline_svg_timeline_and_highlights():
    html = render_html(build())
    assert "<svg class='timeline'" in html and "<script" not in html
    assert html.count("<circle class='mark'") == 2  # the duration is not on the timeline
    assert 'class="timex"' in html and 'title="2017-04-06 (date, from 2017-W27)"' in html
    assert "&lt;board&gt;" in html


def test_timex_report_marks_unresolved_expressions():
    analysis = Analysis(
        Article("t", "They meet tomorrow."), [Offsets(0, 19)], times=[TimeExpr("t1", 10, 18, "tomorrow", "DATE", None)]
    )
    html = times.render_html(analysis)
    assert "<i>unresolved</i>" in html and "<svg" not in html
    assert times.highlights(analysis)[0].css == "timex unresolved"

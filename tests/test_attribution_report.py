"""The claim ledger in the terminal and HTML reports."""

from __future__ import annotations

import pytest
from rich.console import Console

from dossier.models import Analysis, Article, Attribution, Entity, Mention, Offsets, Source, Span
from dossier.report.sections import SECTIONS, claims

TEXT = '"We will <rebuild> the harbour," said Maria Lopez. Critics believe the plan fails.'


def span(sub: str) -> Span:
    i = TEXT.index(sub)
    return Span(i, i + len(sub), sub)


@pytest.fixture
def analysis() -> Analysis:
    who, critics = span("Maria Lopez"), span("Critics")
    lopez = Entity("e1", "Maria Lopez", "PERSON", [Mention(who.start, who.end, who.text, "name", 0)])
    quote = span('"We will <rebuild> the harbour,"')
    atts = [
        Attribution(
            "a1",
            Source("e1", who.start, who.end, who.text, "person"),
            span("said"),
            quote,
            True,
            "planned",
            Offsets(0, 49),
        ),
        Attribution(
            "a2",
            Source(None, critics.start, critics.end, critics.text, "vague"),
            span("believe"),
            span("the plan fails"),
            False,
            "reported",
            Offsets(50, len(TEXT)),
        ),
        Attribution(
            "a3",
            Source(None, critics.end + 1, critics.end + 1, "", "author"),
            span("believe"),
            span("plan"),
            False,
            "hedged",
            None,
        ),
    ]
    return Analysis(article=Article("t", TEXT), sentences=[], entities=[lopez], attributions=atts)


def test_attribution_report_claim_lines(analysis):
    lines = [claims.claim_line(analysis, a) for a in analysis.attributions]
    assert lines[0] == 'Maria Lopez [person] — said → "We will <rebuild> the harbour," [planned]'
    assert lines[1] == "Critics [vague] — believe → the plan fails [reported]"
    assert lines[2] == "the article [author] — believe → plan [hedged]"


def test_attribution_report_terminal_ledger(analysis):
    console = Console(record=True, width=200)
    claims.render_text(analysis, console)
    out = console.export_text()
    assert "Claims (3)" in out
    assert 'Maria Lopez [person] — said → "We will <rebuild> the harbour," [planned] (quote)' in out
    assert "Critics [vague] — believe → the plan fails [reported]" in out


def test_attribution_report_html_highlights_source_cue_and_content(analysis):
    from dossier.report.html import render_html

    assert claims in SECTIONS
    page = render_html(analysis)
    assert "Claims (3)" in page and "&lt;rebuild&gt;" in page and "<rebuild>" not in page
    hl = claims.highlights(analysis)
    kinds = {(h.css, TEXT[h.start : h.end]) for h in hl}
    assert ("att-src", "Maria Lopez") in kinds and ("att-cue", "said") in kinds
    assert ("att-content", '"We will <rebuild> the harbour,"') in kinds
    assert not any(h.css == "att-src" and h.start == h.end for h in hl)  # no empty source for the article itself
    assert 'class="att-cue"' in page and 'class="att-content"' in page and 'class="att-src"' in page


def test_attribution_report_long_content_is_cut_in_the_ledger(analysis):
    att = analysis.attributions[1]
    long = Attribution("a9", att.source, att.cue, Span(0, len(TEXT), TEXT), False, "reported")
    cut = claims.content_text(long, limit=20)
    assert len(cut) <= 20 and cut.endswith("…") and TEXT.startswith(cut[:-1])
    assert claims.content_text(long, limit=None) == TEXT

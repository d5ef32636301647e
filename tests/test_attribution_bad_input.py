"""dossier_attributions on odd input: no crash, no span outside the text, content never empty."""

from __future__ import annotations

import pytest

from dossier.models import CERTAINTIES, SOURCE_KINDS

pytestmark = pytest.mark.slow

LONG_PARAGRAPH = " ".join(
    f"The official number {n} said that the council, which had said the budget was fine, told reporters "
    f'"we will see," and critics believe that the plan, according to experts, may fail' + ("," if n % 7 else ".")
    for n in range(75)
)

ODD = {
    "unbalanced quotes": '"The bridge is safe, said the engineer. "No comment. He said "maybe.',
    "nested quotes": 'She said: "They told us \'the minister said "never" twice\' and left." Then silence.',
    "quote marks only": '"" \u201c\u201d \u2018\u2019 \'\' "\u201c',
    "quote without source": "\u201cNobody will ever rebuild this town.\u201d\n\nThe storm passed.",
    "whole article one quote": (
        "\u201cWe said the plan would work. They told us it would fail. Critics believe we were wrong, "
        "and according to experts the dam may break.\n\n\u201cBut we will rebuild it,\u201d"
    ),
    "headline": "Mayor Says Harbour Will Reopen; Critics Doubt It",
    "colon headline": "Lopez: \u2018We Will Rebuild\u2019",
    "list": "Claims:\n- the mayor said yes\n- critics said no\n- according to",
    "no verbs": "Harbour. Storm. Mayor, council, critics.",
    "dangling cue": "According to",
    "said at the end": "The mayor said",
    "symbols": "$$$ %%% \u2014 \u2013 \u2026 :::",
    "10,000-character paragraph": LONG_PARAGRAPH,
}


@pytest.fixture(scope="module")
def analyse(nlp):
    from dossier.api import analyze_text

    return lambda text: analyze_text(text, nlp=nlp)


def check_spans(analysis) -> None:
    text = analysis.article.text
    ids = {e.id for e in analysis.entities}
    for att in analysis.attributions:
        spans = [att.cue, att.content, *att.content_parts]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert att.content.text.strip(), att  # content never empty
        assert att.cue.end > att.cue.start
        for part in att.content_parts:
            assert part.text.strip() and att.content.start <= part.start < part.end <= att.content.end
        src = att.source
        assert src is not None and src.kind in SOURCE_KINDS
        assert 0 <= src.start <= src.end <= len(text) and text[src.start : src.end] == src.text
        assert src.entity is None or src.entity in ids
        assert att.certainty in CERTAINTIES
        assert 0 <= att.sentence.start <= att.sentence.end <= len(text)


@pytest.mark.parametrize("label", sorted(ODD))
def test_attribution_odd_input_never_crashes_and_stays_in_the_text(analyse, label):
    check_spans(analyse(ODD[label]))


def test_attribution_long_paragraph_is_read(analyse):
    assert len(LONG_PARAGRAPH) > 10_000 and "\n" not in LONG_PARAGRAPH
    a = analyse(LONG_PARAGRAPH)
    check_spans(a)
    assert len(a.attributions) > 20


def test_attribution_whole_article_one_quote_keeps_no_claims_inside_it(analyse):
    a = analyse(ODD["whole article one quote"])
    check_spans(a)
    assert a.attributions == []  # the cues are the quoted speaker's, and no one is named as saying it


def test_attribution_output_is_deterministic(nlp):
    from dossier.api import analyze_text

    text = ODD["unbalanced quotes"] + "\n\n" + LONG_PARAGRAPH[:2000]
    first = analyze_text(text, nlp=nlp).to_dict()["attributions"]
    second = analyze_text(text, nlp=nlp).to_dict()["attributions"]
    assert first == second

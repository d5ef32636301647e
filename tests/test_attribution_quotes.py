"""Quotations in raw text: marks of every kind, several paragraphs, unbalanced and nested marks."""

from __future__ import annotations

from dossier.nlp.components.attribution_quotes import find_quotes, quote_at


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_attribution_quotes_straight_curly_and_guillemets():
    assert quoted('She said "we won," and left.') == ['"we won,"']
    assert quoted("“We won,” she said.") == ["“We won,”"]
    assert quoted("Il a dit « non » hier.") == ["« non »"]
    assert quoted("He said ''not now'' twice.") == ["''not now''"]


def test_attribution_quotes_single_marks_are_not_apostrophes():
    assert quoted("It’s the mayor’s plan, not the council's.") == []
    assert quoted("He called it ‘fake news’ again.") == ["‘fake news’"]
    assert quoted("He called it 'a disgrace' on Monday.") == ["'a disgrace'"]


def test_attribution_quotes_nested_marks_stay_inside():
    text = "“They told us ‘leave now’ and we did,” she said."
    assert quoted(text) == ["“They told us ‘leave now’ and we did,”"]


def test_attribution_quotes_split_by_the_cue_are_two_quotes():
    text = "“The plan failed,” the mayor said, “and we will start again.”"
    assert quoted(text) == ["“The plan failed,”", "“and we will start again.”"]


def test_attribution_quotes_over_several_paragraphs_are_one_quote():
    text = "The mayor said:\n\n“The plan failed.\n\n“We will start again,” she added.\n\nThe end."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert len(q.parts) == 2 and q.closed
    assert text[q.parts[0][0] : q.parts[0][1]] == "“The plan failed."
    assert text[q.parts[1][0] : q.parts[1][1]] == "“We will start again,”"
    assert quote_at(quotes, text.index("We will")) is q
    assert quote_at(quotes, text.index("she added")) is None


def test_attribution_quotes_unbalanced_marks_end_with_their_paragraph():
    text = "He said “this never closes\n\nA new paragraph. And “another one"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["“this never closes", "“another one"]
    assert not any(q.closed for q in quotes)


def test_attribution_quotes_closing_mark_without_opening_one():
    text = "The rest was silence.” says the narrator."
    assert quoted(text) == ["The rest was silence.”"]


def test_attribution_quotes_degenerate_inputs():
    for text in ("", "“", "”", '"', "''", "‘’", "\n\n\n", "“”"):
        for q in find_quotes(text):
            assert 0 <= q.start <= q.end <= len(text)

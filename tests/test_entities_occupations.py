"""People described by their trade ("a Cuban doctor", "a Chinese supervisor", "a French engineer") are nominal mentions,
so that the words around them code them: the demonym before the noun, the scene, the agents dictionary's sector;
and an indefinite description apposed before a name ("beat a Chinese supervisor, Li Wen, on Friday") is that
person, as a definite one is. Original sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dossier.analysis import analyze_articles
from dossier.models import Article
from dossier.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _holding(nlp, text: str, words: str):
    [analysis] = analyze_articles(nlp, [Article("t", text, published="2015-03-02")], max_chars=10_000)
    [entity] = [e for e in analysis.entities if any(m.text == words for m in e.mentions)]
    return entity


def test_an_indefinite_description_apposed_before_a_name_is_that_person(nlp):
    text = "Miners at a copper mine in northern Zambia beat a Chinese supervisor, Li Wen, on Friday, police said."
    li = _holding(nlp, text, "Li Wen")
    assert "a Chinese supervisor" in {m.text for m in li.mentions}
    assert (li.type, li.country_code) == ("PERSON", "CHN")


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        ("A Cuban doctor was kidnapped in northern Kenya on Friday, police said.", "A Cuban doctor", ("CUB", "HLH")),
        ("A French engineer was kidnapped on Monday near a gold mine in northern Mali, the army said.",
         "A French engineer", ("FRA", "CVL")),
    ],
)  # fmt: skip
def test_people_by_their_trade_are_coded(nlp, text, words, codes):
    entity = _holding(nlp, text, words)
    assert (entity.country_code, entity.sector) == codes


def test_a_description_closing_an_opening_clause_is_no_apposition(nlp):
    text = "After stabbing a nurse, John Smith, 19, fled the hospital on foot, police said."
    smith = _holding(nlp, text, "John Smith")
    assert "a nurse" not in {m.text for m in smith.mentions}

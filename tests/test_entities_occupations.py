"""People described by their trade ("a Cuban doctor", "a Chinese supervisor", "a French engineer") are nominal mentions,
so that the words around them code them: the demonym before the noun, the scene, the agents dictionary's sector;
and an indefinite description apposed before a name ("beat a Chinese supervisor, Li Wen, on Friday") is that
person, as a definite one is. Original sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, held_entity


def test_an_indefinite_description_apposed_before_a_name_is_that_person(nlp):
    text = "Miners at a copper mine in northern Zambia beat a Chinese supervisor, Li Wen, on Friday, police said."
    li = held_entity(analysed(nlp, text, "2015-03-02"), "Li Wen")
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
    entity = held_entity(analysed(nlp, text, "2015-03-02"), words)
    assert (entity.country_code, entity.sector) == codes


def test_a_description_closing_an_opening_clause_is_no_apposition(nlp):
    text = "After stabbing a nurse, John Smith, 19, fled the hospital on foot, police said."
    smith = held_entity(analysed(nlp, text, "2015-03-02"), "John Smith")
    assert "a nurse" not in {m.text for m in smith.mentions}

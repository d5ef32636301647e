"""Round 188: private people by their kin, age or place in a scene are civilians ("his driver", "a teenage boy",
"his wife", "trapping guests inside"), as the Phoenix agents dictionary codes "mother", "child" and "passengers";
the clergy's titles among kin words ("Father", "Sister") are not read so. Sentences written for these tests; the
people in them are invented."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A car bomb killed the mayor of Tirana and his driver, Arben Kola, on Monday.", "Arben Kola"),
        ("Police shot dead a 15-year-old boy in Monrovia on Tuesday.", "15-year-old boy"),
        ("A gunman shot dead a judge and wounded his wife outside their home in Cairo on Monday.", "his wife"),
        ("The footballer was charged on Friday with shooting dead his girlfriend, Lerato Mokoena, in Pretoria.",
         "Lerato Mokoena"),
    ],
)  # fmt: skip
def test_round188_private_people_are_civilians(nlp, text, words):
    analysis = analysed(nlp, text, "2015-06-12")
    assert codes_at(analysis, words)[1] == "CVL"


def test_round188_a_clergy_title_is_no_kin(nlp):
    analysis = analysed(nlp, "Father Tomasz Wrona was found dead near Torun on Saturday.", "1984-10-30")
    assert codes_at(analysis, "Tomasz Wrona")[1] != "CVL"


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        # the review of the round: a public figure's kin is no private civilian
        ("Sonia Gandhi, the widow of former prime minister Rajiv Gandhi, attacked the government on Monday.",
         "2001-03-05", "Sonia Gandhi"),
        ("Jehovah's Witnesses in Moscow said the ban was unjust.", "2017-04-21", "Jehovah's Witnesses"),
    ],
)  # fmt: skip
def test_round188_no_civilian_by_a_kin_word_alone(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] != "CVL"

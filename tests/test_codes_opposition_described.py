"""A person the article describes as the opposition's ("the country's main opposition leader", "the opposition
front-runner", "the dissident writer") or names as the one an opposition or a protest follows ("opposition parties
led by", "protesters led by") is of the opposition on the date, over the elite a former office or a record gives.
Not one in office, nor a description of the past ("a former opposition leader"), nor a US politician (CAMEO codes
no US opposition). Sentences written for these tests: the people are real, the wording is ours."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Police detained former Prime Minister Imran Khan, Pakistan's main opposition leader, outside a court on "
         "Tuesday.", "2023-05-09", "Imran Khan"),
        ("Students heckled Enrique Pena Nieto, the opposition front-runner in the presidential race, on Friday.",
         "2012-05-11", "Enrique Pena Nieto"),
        ("Police in Prague held the dissident playwright Vaclav Havel for two days this week.",
         "1989-01-16", "Vaclav Havel"),
        ("The ruling party said it would merge with two opposition parties led by Kim Young-sam and Kim Jong-pil.",
         "1990-01-22", "Kim Jong-pil"),
        ("Thousands of protesters led by Suthep Thaugsuban, a former deputy prime minister, marched on Government "
         "House.", "2013-12-09", "Suthep Thaugsuban"),
        ("Viktor Gonchar, a leading opponent of President Alexander Lukashenko, vanished in Minsk on Thursday.",
         "1999-09-17", "Viktor Gonchar"),
    ],
)  # fmt: skip
def test_a_person_described_as_the_oppositions_is_the_opposition(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] == "OPP"


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("President Vaclav Havel, a former dissident, signed the bill on Monday.", "1991-06-03", "Vaclav Havel"),
        ("Bernie Sanders, the leading opposition figure in the Senate debate, spoke for two hours.",
         "2017-06-01", "Bernie Sanders"),
        ("Kim Young-sam, a former opposition leader, visited Tokyo on Monday.", "2005-05-02", "Kim Young-sam"),
    ],
)  # fmt: skip
def test_no_opposition_in_office_in_the_past_or_in_the_us(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] != "OPP"


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Hundreds of residents of the oil town gathered on Sunday to protest against a government plan to double the "
         "price of gas in Kazakhstan.", "2022-01-02", "Hundreds of residents"),
        ("Riot police detained villagers demanding the resignation of the provincial governor in Kyrgyzstan on "
         "Monday.", "2002-03-18", "villagers"),
    ],
)  # fmt: skip
def test_civilians_who_protest_against_the_state_are_the_opposition(nlp, text, date, words):
    assert codes_at(analysed(nlp, text, date), words)[1] == "OPP"


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Thousands of mourners marched to the cemetery in Dili behind the coffin as police watched.",
         "1991-11-12", "Thousands of mourners"),
        ("Thousands of residents marched through the town on Sunday to remember the victims of the flood.",
         "2021-07-25", "Thousands of residents"),
    ],
)  # fmt: skip
def test_a_march_in_mourning_or_not_against_the_state_stays_civilian(nlp, text, date, words):
    assert codes_at(analysed(nlp, text, date), words)[1] == "CVL"

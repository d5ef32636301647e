"""Round 187: a head the table of heads files by one name ("Suharto") is that head, whatever the dictionary's
filing; a government or legislature named by its kind alone is the government of the sentence's officials, over
the country named last before it. Sentences written for these tests; the events in them are invented."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Suharto said on Monday that the economy would recover by the end of the year.", "1997-11-03"),
        ("President Suharto opened a new port on the island of Madura on Monday.", "1996-02-12"),
    ],
)  # fmt: skip
def test_round187_a_head_known_by_one_name(nlp, text, date):
    analysis = analysed(nlp, text, date)
    suharto = next(e for e in analysis.entities if e.name == "Suharto")
    assert suharto.type == "PERSON"
    assert codes_at(analysis, "Suharto") == ("IDN", "GOV")


def test_round187_one_word_is_no_surname_of_a_head(nlp):
    # the table's aliases are whole names: "Obama" alone is found by the surname rules, not by the table
    analysis = analysed(nlp, "Kamau Obama, a farmer, sold his land on Monday.", "2014-03-03")
    assert codes_at(analysis, "Kamau Obama")[1] != "GOV"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("An Egyptian court annulled on Tuesday a deal under which President Abdel Fattah al-Sisi ceded two islands to "
         "Saudi Arabia, and the cabinet said it would appeal.", "cabinet", "EGY"),
        ("The Vatican recalled its envoy to Ireland on Monday, days after Prime Minister Enda Kenny told parliament "
         "that the Holy See had obstructed an inquiry.", "parliament", "IRL"),
    ],
)  # fmt: skip
def test_round187_a_body_of_the_sentences_officials(nlp, text, name, country):
    analysis = analysed(nlp, text, "2016-06-21")
    assert codes_at(analysis, name)[0] == country


@pytest.mark.parametrize(
    ("text", "date", "name", "country"),
    [
        # the review of the round: a visiting official's sentence names the country the body is of
        ("Afghan officials said on Monday that the government would hold talks, after David Cameron visited Kabul.",
         "2010-07-19", "government", "AFG"),
        ("French President Francois Hollande flew to Bamako on Saturday and told the Malian people that parliament "
         "must approve the peace accord.", "2013-02-02", "parliament", "MLI"),
    ],
)  # fmt: skip
def test_round187_a_visiting_officials_sentence(nlp, text, date, name, country):
    assert codes_at(analysed(nlp, text, date), name)[0] == country


def test_round187_a_body_its_words_place_is_not_the_officials(nlp):
    # a body placed by its own words keeps that place's country
    text = "Madeleine Albright said on Monday that the government in Khartoum must stop bombing villages."
    analysis = analysed(nlp, text, "1998-08-24")
    assert codes_at(analysis, "government")[0] != "USA"

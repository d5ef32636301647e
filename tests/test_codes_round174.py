"""Round 174: "Congress" is the legislature of the country its sentence names when the article names no US
actor (the dictionary files the bare name as the US Congress), and the US Congress in any article that does; a
place the NER typed LOC that is a city of 250,000 people sets its sentence's scene. The sentences are written
for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round174_congress_of_the_country_the_sentence_names(nlp):
    text = "Peru's president asked Congress on Tuesday for emergency powers to fight the drought in the Andes."
    analysis = analysed(nlp, text, "1992-03-10")
    assert codes_at(analysis, "Congress") == ("PER", "LEG")


def test_round174_congress_stays_the_us_one_where_the_us_is_named(nlp):
    text = (
        "President Bill Clinton asked Congress on Tuesday to approve aid for Mexico, whose peso lost a third of "
        "its value in a month."
    )
    analysis = analysed(nlp, text, "1995-01-17")
    assert codes_at(analysis, "Congress") == ("USA", "LEG")


def test_round174_a_big_city_typed_loc_sets_the_scene(nlp):
    text = "Youths stoned a bus near Cape Town on Friday, injuring an American tourist, and police arrested nine men."
    analysis = analysed(nlp, text, "1994-05-13")
    assert codes_at(analysis, "police")[0] == "ZAF"

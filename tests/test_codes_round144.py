"""Round 144: a city set as the scene is a group's context as a country named before it is, and the first word of a
compound ("Russian-led") is none. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round144_a_city_set_as_the_scene_places_the_police(nlp):
    text = (
        "A man once jailed for trying to join fighters in Iraq stabbed three people in central Munich on Sunday "
        "before police shot him, Interior Minister Horst Seehofer said."
    )
    analysis = analysed(nlp, text, "2019-03-04")
    assert codes_at(analysis, "police") == ("DEU", "COP")


def test_round144_the_city_named_after_a_foreign_country_wins(nlp):
    text = (
        "A French aid convoy was turned back on Tuesday, and looters ransacked shops across Maputo as police fired "
        "into the air."
    )
    analysis = analysed(nlp, text, "1993-06-02")
    assert codes_at(analysis, "police") == ("MOZ", "COP")


def test_round144_a_meetings_city_is_no_context(nlp):
    # the guard: talks are held where their guests travelled to
    text = "Ministers from Chad and Niger held talks in Abuja on Monday, and rebels attacked a border post hours later."
    analysis = analysed(nlp, text, "2014-02-11")
    assert codes_at(analysis, "rebels")[0] != "NGA"


def test_round144_a_city_the_sentences_leaders_do_not_place_is_no_context(nlp):
    # the guard: the table's "Victoria" is the Seychelles' capital; the Australian prime minister says otherwise
    text = (
        "Floods swept through towns in Victoria on Sunday, and Prime Minister Kevin Rudd said police would search "
        "for missing people."
    )
    analysis = analysed(nlp, text, "2009-02-08")
    assert codes_at(analysis, "police") == ("AUS", "COP")


def test_round144_a_compounds_first_word_is_no_context(nlp):
    text = (
        "Kyrgyz President Sadyr Japarov asked the Russian-led alliance for troops on Friday after protesters seized "
        "the mayor's office in Osh."
    )
    analysis = analysed(nlp, text, "2021-04-09")
    assert codes_at(analysis, "protesters") == ("KGZ", "OPP")

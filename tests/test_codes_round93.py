"""Round 93 (batch 79's kinds): the rest of a counted set ("13 other lawmakers"), strikers, intruders and crime
bosses, a kind an example is given of ("state firms such as X"), a trip abroad is no scene, a title the NER typed
as a people, one word opening a name is a town only if a big city's. The sentences are written for these tests;
the people and companies in them are invented."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round93_the_rest_of_a_counted_set_and_strikers(nlp):
    text = "Speaker Tomas Kalo granted pardons to himself and 13 other lawmakers convicted of bribery in Port Vila."
    analysis = analysed(nlp, text, "2015-10-10")
    assert codes_at(analysis, "13 other lawmakers") == ("VUT", "LEG")
    text = (
        "The mineworkers' union signed a wage deal in Johannesburg on Tuesday and told some 40,000 strikers to "
        "return to work."
    )
    analysis = analysed(nlp, text, "2014-06-24")
    assert codes_at(analysis, "some 40,000 strikers") == ("ZAF", "LAB")


def test_round93_intruders_and_crime_bosses(nlp):
    text = "Police arrested Carlo Venti, the Sicilian crime boss who had been on the run for 20 years, near Palermo."
    analysis = analysed(nlp, text, "2006-04-11")
    assert codes_at(analysis, "Carlo Venti") == ("ITA", "CRM")
    text = "The home secretary said that an intruder, Peter Mallow, had reached the palace kitchens in London."
    analysis = analysed(nlp, text, "1982-07-12")
    assert codes_at(analysis, "Peter Mallow")[1] == "CRM"


def test_round93_a_kind_an_example_is_given_of(nlp):
    text = "Luanda's prosecutors said the fortune was built on deals with state firms such as Kalunga."
    analysis = analysed(nlp, text, "2020-01-19")
    assert codes_at(analysis, "Kalunga")[1] == "BUS"


def test_round93_a_trip_abroad_is_no_scene(nlp):
    text = (
        "Colonel Somsak Prasert sent rebel tanks into Bangkok on Monday while Prime Minister Chai Wong was in "
        "Indonesia, but surrendered within hours to loyal troops."
    )
    analysis = analysed(nlp, text, "1985-09-09")
    assert codes_at(analysis, "loyal troops")[0] != "IDN"


def test_round93_a_title_the_ner_typed_as_a_people(nlp):
    text = "A depot exploded in Enschede on Saturday, and Mayor Jan Hoek said residents had been evacuated."
    analysis = analysed(nlp, text, "2000-05-13")
    assert codes_at(analysis, "Jan Hoek") == ("NLD", "GOV")


def test_round93_one_word_opening_a_name_is_a_big_citys():
    book = default_codebook()
    assert book.town_in_name("Enterprise Foods") is None  # a town of 220,000 people, and a word
    assert book.town_in_name("Delta Air Lines") is None
    assert book.town_in_name("Duisburg Harbour Authority") == ("DEU", "Duisburg")  # half a million people
    assert book.town_in_name("Trento", whole=True) == ("ITA", "Trento")  # the town alone: 100,000 do

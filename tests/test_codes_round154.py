"""Round 154: people who come from a place ("fighters from Syria", "Students from Kiev and Lviv") are of its
country, unless their clause takes them away from it or the places listed are of several countries. The sentences
are written for these tests."""

from __future__ import annotations

from dossier.codes.text import place_come_from
from dossier.testing.records import analysed, codes_at


def test_round154_the_places_a_group_comes_from():
    text = "Thousands of teachers from Osh and Jalal-Abad marched on Monday."
    assert place_come_from(text, 13, 21) == (["Osh", "Jalal-Abad"], text.index(" marched"))
    # a clause that takes the group away from the place
    text = "Qatar recalled its ambassadors from Cairo on Tuesday."
    start = text.index("ambassadors")
    assert place_come_from(text, start, start + len("ambassadors")) is None


def test_round154_people_come_from_a_city(nlp):
    text = "Hundreds of students from Kaunas pitched tents outside the parliament in Minsk on Tuesday."
    analysis = analysed(nlp, text, "1993-05-04")
    assert codes_at(analysis, "Hundreds of students")[0] == "LTU"


def test_round154_places_of_several_countries_place_no_one(nlp):
    text = "Police stopped hundreds of migrants from Eritrea, Sudan and Somalia at the Hungarian border on Friday."
    analysis = analysed(nlp, text, "2015-09-11")
    assert codes_at(analysis, "hundreds of migrants")[0] not in ("ERI", "SDN", "SOM")

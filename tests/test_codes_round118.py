"""Round 118 (batches 100 and 101's kinds): mobs that act, a plural of people the tagger took for a name at a
sentence's start, the place an office in an apposition is of, an ombudsman and a state's information
commissioner, an Islamist sect. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import Coding, _office_of_place_after, default_codebook
from dossier.testing.records import analysed, codes_at


def test_round118_mobs_that_open_a_sentence_are_an_armed_band(nlp):
    text = "Mobs armed with clubs attacked traders in Kano on Friday, and police said 12 people were killed."
    analysis = analysed(nlp, text, "2001-10-12")
    assert codes_at(analysis, "Mobs") == ("NGA", "UAF")


def test_round118_the_place_an_appositions_office_is_of(nlp):
    text = (
        "Cardinal Tomas Aguirre, the archbishop of Managua, said on Monday that the government had freed 30 "
        "prisoners after talks attended by the Spanish foreign minister."
    )
    analysis = analysed(nlp, text, "2011-03-07")
    assert codes_at(analysis, "Tomas Aguirre") == ("NIC", "REL")


def test_round118_a_province_after_of_is_no_namesake_town(nlp):
    text = "Soldiers arrested Mario Quispe, the governor of Pando province, and flew him to La Paz on Tuesday."
    analysis = analysed(nlp, text, "2008-09-16")
    assert codes_at(analysis, "Mario Quispe")[0] != "URY"  # Uruguay has a town named Pando


def test_round118_a_lists_offices_are_each_its_own():
    text = "Ion Rusu, Petro Koval and Ales Shuba, the leaders of Moldova, Ukraine and Belarus, met."
    book = default_codebook()
    coding = Coding()
    at = text.index("the leaders")
    _office_of_place_after(coding, text, "the leaders", at, book)
    assert coding.text_country is None
    at = text.index("the leaders")
    _office_of_place_after(coding, "Ion Rusu, the leader of Moldova, met.", "the leader", 10, book)
    assert coding.text_country is not None and coding.text_country.value == "MDA"


def test_round118_an_ombudsman_and_a_states_information_commissioner(nlp):
    text = (
        "The assembly named ombudsman Carlos Mendez attorney general, and Ade Bello, Lagos state's information "
        "commissioner, said the curfew would stay."
    )
    analysis = analysed(nlp, text, "2017-08-05")
    assert codes_at(analysis, "Ade Bello")[1] == "GOV"


def test_round118_an_islamist_sect_is_armed(nlp):
    text = "A car bomb hit a police station in Maiduguri on Friday, and the Islamist sect Jama'at Ansaru claimed it."
    analysis = analysed(nlp, text, "2012-01-20")
    assert codes_at(analysis, "Jama'at Ansaru")[1] == "REB"

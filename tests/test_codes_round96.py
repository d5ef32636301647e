"""Round 96 (batch 82's kinds): a country's name after "New" is another place's; a city of millions opening a
sentence is a town; a party several countries' heads have led is of the country its sentence names. The sentences
are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round96_a_countrys_name_after_new_is_another_place():
    book = default_codebook()
    assert book.country_in("the governor of New Ireland province") is None
    assert book.country_in("the New Mexico governor") is None
    assert book.country_in("New Zealand Prime Minister")[0] == "NZL"  # type: ignore[index]
    assert book.country_in("Papua New Guinea's leader")[0] == "PNG"  # type: ignore[index]


def test_round96_a_city_of_millions_opening_a_sentence(nlp):
    text = "Dubai Harbour Holdings said on Thursday it would give up control of the terminals it had bought."
    analysis = analysed(nlp, text, "2006-03-09")
    assert codes_at(analysis, "Dubai Harbour Holdings")[0] == "ARE"
    book = default_codebook()
    assert book.big_city("Dubai") and not book.big_city("Gay")  # "Gay rights groups" at a sentence's start


def test_round96_a_party_of_several_countries_takes_its_sentences(nlp):
    text = (
        "Former President Peter Mulanje of the opposition Democratic Progressive Party won Malawi's presidential "
        "election on Wednesday, hours after President Lazarus Chakwera conceded defeat."
    )
    analysis = analysed(nlp, text, "2025-09-24")
    assert codes_at(analysis, "Democratic Progressive Party")[0] == "MWI"  # not Taiwan's, the dictionaries' one

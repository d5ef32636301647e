"""Round 49: an officer named by his rank on the day he seizes power is the army acting; a chamber is of the
country its sentence's leaders are of; a union's president is labour's; a demonym in a language compound names
no country. The sentences are written for these tests."""

from __future__ import annotations

from dossier.codes.actors import ActorCode, Coding, Found, _office_just_seized, default_codebook
from dossier.models import CodeEvidence
from dossier.testing.records import analysed, codes_at


def test_round49_an_officer_on_the_day_he_seizes_power_is_the_army():
    book = default_codebook()
    coding = Coding()
    coding.dictionary = [ActorCode("BDIGOV", "1987-09-03", "1993-07-10", CodeEvidence("dictionary", "x"))]
    coding.text_sector = Found("MIL", CodeEvidence("text", "Major", 0, 5))
    assert coding.at("1987-09-03", book)[1] == "MIL"  # the coup's day
    assert coding.at("1987-09-05", book)[1] == "MIL"  # as reported two days after
    assert coding.at("1990-01-01", book)[1] == "GOV"  # a military ruler later: the office over the rank
    assert not _office_just_seized(coding.dictionary[0], "1987-09-06")


def test_round49_a_chamber_is_of_its_sentences_leaders(nlp):
    text = (
        "The House of Representatives impeached President Joseph Estrada on Monday, and Speaker Manuel Villar "
        "sent the complaint to the Senate."
    )
    analysis = analysed(nlp, text, "2000-11-13")
    assert codes_at(analysis, "House of Representatives") == ("PHL", "LEG")


def test_round49_a_unions_president_is_labour(nlp):
    text = "The actors' union called a strike on Thursday, union president Mara Lenz said."
    analysis = analysed(nlp, text, "2023-07-13")
    assert codes_at(analysis, "Mara Lenz")[1] == "LAB"


def test_round49_a_language_compound_names_no_country(nlp):
    text = "The president was attending a summit of French-speaking countries when state radio announced the coup."
    analysis = analysed(nlp, text, "1987-09-03")
    assert not any(e.name == "France" for e in analysis.entities)

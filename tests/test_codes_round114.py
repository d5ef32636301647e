"""Round 114 (batch 95's kinds, and companies the old batches left without a sector): an operator's name the
NER glued to the maker of its aircraft; football clubs by the shape of their names; the head of a body the word
before names. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round114_an_operators_name_is_cut_from_its_aircraft_makers(nlp):
    text = "An Air Moldova Airbus bound for Athens crashed on Friday, and rescuers found no survivors."
    analysis = analysed(nlp, text, "2001-05-05")
    assert "Air Moldova Airbus" not in {e.name for e in analysis.entities}
    assert codes_at(analysis, "Air Moldova") == ("MDA", "BUS")


def test_round114_a_maker_alone_after_an_operator_makes_it_a_company(nlp):
    text = "A Tarom Airbus flying from Bucharest to Brussels crashed on Friday, and rescuers found no survivors."
    analysis = analysed(nlp, text, "1995-03-31")
    assert codes_at(analysis, "Tarom")[1] == "BUS"


def test_round114_football_clubs_are_companies_by_the_shape_of_their_names(nlp):
    text = (
        "The Italian Football Federation fined Dynamo Kiev's opponents Sporting Lisbon and docked points from "
        "Leeds United on Monday after a betting inquiry."
    )
    analysis = analysed(nlp, text, "2004-03-01")
    assert codes_at(analysis, "Sporting Lisbon")[1] == "BUS"
    assert codes_at(analysis, "Leeds United")[1] == "BUS"


def test_round114_a_club_word_before_no_city_is_no_club(nlp):
    text = "Dissidents of the Real IRA planted a bomb in Omagh on Saturday, killing 29 people, police said."
    analysis = analysed(nlp, text, "1998-08-15")
    assert codes_at(analysis, "Real IRA")[1] != "BUS"


def test_round114_a_university_president_is_the_universitys(nlp):
    text = (
        "Police cleared the campus on Monday, and university president Maria Ortega said on Tuesday that classes "
        "would resume, as Governor Tom Reyes praised the officers."
    )
    analysis = analysed(nlp, text, "2012-04-10")
    assert codes_at(analysis, "Maria Ortega")[1] == "EDU"
    assert codes_at(analysis, "Tom Reyes")[1] == "GOV"

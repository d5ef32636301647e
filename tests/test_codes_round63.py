"""Round 63: organisations the NER cut short, international bodies the dictionaries lack, clerics by their
title. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round63_an_organisation_whose_name_the_ner_cut_short(nlp):
    text = (
        "Observers from the Organization for Security and Cooperation in Europe said on Monday that the vote in "
        "Kiev had fallen short of democratic standards."
    )
    assert codes_at(analysed(nlp, text, "2004-11-22"), "Organization for Security") == (None, "IGO")


def test_round63_the_gulf_cooperation_council_is_international(nlp):
    text = "The Gulf Cooperation Council sent troops to Bahrain on Monday at the request of its king."
    assert codes_at(analysed(nlp, text, "2011-03-14"), "Gulf Cooperation Council") == (None, "IGO")


def test_round63_a_cleric_by_his_title_before_one_name(nlp):
    text = "The Russian Orthodox Church elected Metropolitan Kirill as its patriarch on Tuesday in Moscow."
    assert codes_at(analysed(nlp, text, "2009-01-27"), "Metropolitan Kirill")[1] == "REL"


def test_round63_a_school_named_for_a_bishop_is_no_cleric(nlp):
    text = "The team played Bishop Noll Institute on Friday night in Hammond, Indiana."
    found = codes_at(analysed(nlp, text, "2016-02-26"), "Bishop Noll Institute")
    assert found is None or found[1] != "REL"


def test_round63_the_metropolitan_police_are_police(nlp):
    text = "The Metropolitan Police said on Sunday that two men had been arrested in east London."
    assert codes_at(analysed(nlp, text, "2017-06-04"), "Metropolitan Police")[1] == "COP"

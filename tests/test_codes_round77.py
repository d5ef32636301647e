"""Round 77: companies by the deals only companies agree to, and their heads by the apposition that names the
company or by the company founded by them. The sentences are written for these tests; the people and two of the
companies are invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round77_a_company_agrees_to_a_takeover_by_another(nlp):
    text = "Kelda Foods agreed on Monday to a 4 billion euro takeover by France's Vantome after a two-month fight."
    analysis = analysed(nlp, text, "2006-06-26")
    assert codes_at(analysis, "Kelda Foods")[1] == "BUS"
    assert codes_at(analysis, "Vantome")[1] == "BUS"


def test_round77_the_founder_of_a_company_named_in_apposition(nlp):
    text = "Piero Lanza, the founder and former chairman of Parmalat, was arrested in Milan on Saturday."
    assert codes_at(analysed(nlp, text, "2003-12-27"), "Piero Lanza")[1] == "BUS"


def test_round77_the_man_a_company_was_founded_by_past_its_apposition(nlp):
    text = "Harbin Motors, the Chinese carmaker founded by Wang Jun, agreed on Friday to buy a Swedish truck maker."
    assert codes_at(analysed(nlp, text, "2010-03-26"), "Wang Jun")[1] == "BUS"

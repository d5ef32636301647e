"""Round 57 (the held-out errors by kind: companies, rulers whose rule ended, one person's supporters). The
sentences are written for these tests; the companies and people in them are invented unless named."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round57_a_company_by_the_maker_heading_its_apposition_before_a_participle(nlp):
    text = (
        "Brindle Networks agreed on Monday to buy Ostrava Mobile, the handset maker led by Karel Vonasek, "
        "for $2 billion."
    )
    an = analysed(nlp, text, "2014-03-03")
    assert codes_at(an, "Ostrava Mobile")[1] == "BUS"


def test_round57_a_trade_word_before_group_makes_a_company(nlp):
    text = "Harwick Foods ended a bidding battle with Lindqvist Cacao, the Swiss chocolate group, on Thursday."
    assert codes_at(analysed(nlp, text, "2009-06-11"), "Lindqvist Cacao")[1] == "BUS"


def test_round57_a_rights_group_is_no_company(nlp):
    # the trade words make "group" a company's; "rights group" stays the agents' NGO
    text = "Veritas Watch, a rights group based in Geneva, said police had detained 40 protesters in Minsk."
    assert codes_at(analysed(nlp, text, "2021-02-01"), "Veritas Watch")[1] != "BUS"


def test_round57_an_organisation_bought_is_a_company(nlp):
    text = "The chairman said its assets would be sold to Kellmar Systems by the end of the year."
    assert codes_at(analysed(nlp, text, "2017-06-26"), "Kellmar Systems")[1] == "BUS"


def test_round57_a_ruler_reported_dead_keeps_the_office_the_dictionary_ends_that_week(nlp):
    # dossier's table ends Kim Jong-il's rule on the day he died, two days before the report
    text = "State television announced on Monday that Kim Jong-il had died of a heart attack aboard his train."
    assert codes_at(analysed(nlp, text, "2011-12-19"), "Kim Jong-il") == ("PRK", "GOV")


def test_round57_a_ruler_long_dead_is_not_in_office(nlp):
    text = "Historians said on Monday that Kim Jong-il had died in 2011 without naming a successor in public."
    assert codes_at(analysed(nlp, text, "2019-12-19"), "Kim Jong-il")[1] != "GOV"


def test_round57_an_opposition_leaders_supporters_are_the_opposition_of_his_country(nlp):
    text = (
        "Ugandan police arrested opposition leader Robert Kyagulanyi on Wednesday, and his supporters rioted in "
        "Kampala against President Yoweri Museveni."
    )
    an = analysed(nlp, text, "2020-11-18")
    assert codes_at(an, "supporters") == ("UGA", "OPP")


def test_round57_a_rulers_supporters_are_civilians(nlp):
    text = "Supporters of President Donald Trump broke into the Capitol as Congress met to count the votes."
    assert codes_at(analysed(nlp, text, "2021-01-06"), "Supporters") == ("USA", "CVL")

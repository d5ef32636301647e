"""Round 73: companies and their heads read by their appositions, a party the NER typed a person, the troops a
clause in the past sent. The sentences are written for these tests; the people and the Argentine candidate are
invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round73_a_company_named_like_a_town(nlp):
    # "Tavira" is a Portuguese town in the gazetteer; its apposition says it is a company
    text = "Tavira, the Portuguese owner of the Lisbon ferries, said on Friday it had agreed to sell them to the city."
    assert codes_at(analysed(nlp, text, "2012-06-15"), "Tavira") == ("PRT", "BUS")


def test_round73_the_man_who_runs_a_company_named_in_apposition(nlp):
    text = "Trafigura, the commodities trader run by Jeremy Weir, agreed on Tuesday to buy a Chilean copper mine."
    assert codes_at(analysed(nlp, text, "2019-02-05"), "Jeremy Weir")[1] == "BUS"


def test_round73_a_candidate_of_a_party_the_ner_typed_a_person(nlp):
    text = (
        "Senator Lucia Benitez won Argentina's presidential election on Sunday, 20 points ahead of Marta Quiroga of "
        "the opposition Civic Coalition."
    )
    assert codes_at(analysed(nlp, text, "2007-10-28"), "Marta Quiroga") == ("ARG", "OPP")


def test_round73_troops_a_clause_in_the_past_sent(nlp):
    text = (
        "President Sebastian Pinera ordered troops onto the streets of Valparaiso on Saturday after a night of looting."
    )
    assert codes_at(analysed(nlp, text, "2019-10-19"), "troops") == ("CHL", "MIL")


def test_round73_troops_one_may_send_are_no_actor(nlp):
    analysis = analysed(nlp, "The government said it would send troops to the north.", "2019-10-19")
    assert codes_at(analysis, "troops") is None

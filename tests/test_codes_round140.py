"""Round 140 (batches 132 and 133's kinds, in part): royals named by one given name, and a party a person's
possessive says is his. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round140_a_royal_by_one_given_name_is_no_surnames_namesake(nlp):
    text = (
        "Crown Prince Abdullah opened a new desalination plant near Jeddah on Tuesday, the official Saudi Press "
        "Agency said."
    )
    analysis = analysed(nlp, text, "1999-04-13")
    assert codes_at(analysis, "Abdullah")[0] == "SAU"


def test_round140_a_king_named_by_one_given_name_is_a_person(nlp):
    text = "King Khalid received the Pakistani foreign minister in Riyadh on Monday, the Saudi Press Agency said."
    analysis = analysed(nlp, text, "1980-03-10")
    assert codes_at(analysis, "Khalid") == ("SAU", "GOV")


def test_round140_a_monarch_is_not_a_princes_namesake_out_of_government(nlp):
    text = "Prime Minister Yves Leterme offered his resignation to King Albert in Brussels on Friday."
    analysis = analysed(nlp, text, "2008-12-19")
    assert codes_at(analysis, "King Albert")[0] != "MCO"


def test_round140_a_party_a_persons_possessive_says_is_his(nlp):
    text = (
        "Prime Minister Goran Persson said on Monday that his Social Democrats would try to govern alone after "
        "their narrow win in Sunday's election."
    )
    analysis = analysed(nlp, text, "2002-09-16")
    assert codes_at(analysis, "Social Democrats") == ("SWE", "PTY")

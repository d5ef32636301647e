"""Round 111 (batch 93's kinds): a bomb maker is a person, no company; a party's leader named as its possessor;
a party nothing coded that the article calls the opposition. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round111_a_bomb_maker_is_no_company(nlp):
    text = "Police commandos raided a hut in the marshes and killed Ahmad bin Salleh, a Malaysian bomb maker."
    analysis = analysed(nlp, text, "2015-01-26")
    assert codes_at(analysis, "Ahmad bin Salleh")[1] != "BUS"


def test_round111_a_partys_leader_named_as_its_possessor(nlp):
    text = (
        "The centrist Civic Union finished narrowly ahead of Pieter Omtzigt's far-right Freedom Party in the "
        "election, five months after Omtzigt quit the coalition."
    )
    analysis = analysed(nlp, text, "2025-10-30")
    assert codes_at(analysis, "Pieter Omtzigt") == codes_at(analysis, "Freedom Party") == (None, "PTY")


def test_round111_a_party_the_article_calls_the_opposition(nlp):
    text = (
        "Chancellor Karl Weber's party narrowly won Austria's election on Sunday, and the opposition Greens came third "
        "with their best result."
    )
    analysis = analysed(nlp, text, "2021-09-27")
    assert codes_at(analysis, "Greens") == ("AUT", "OPP")

"""Round 95 (batch 81's kinds): a faction "loyal to" someone; militiamen and suicide bombers; a banned party; offices
named "... General" that are no rank; a country's Olympic or Paralympic committee. The sentences are written for
these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.text import organisation_head
from dossier.testing.records import analysed, codes_at


def test_round95_a_faction_loyal_to_someone(nlp):
    text = (
        "Officers loyal to Captain Sam Bundu flew the ousted ruler to Conakry on Tuesday, Sierra Leone state radio "
        "said."
    )
    analysis = analysed(nlp, text, "1996-01-16")
    assert codes_at(analysis, "Officers")[1] == "MIL"
    text = "Northern troops battled southern forces loyal to Vice President Ali Salem Omar near Aden on Thursday."
    analysis = analysed(nlp, text, "1994-05-05")
    assert codes_at(analysis, "southern forces")[1] == "MIL"


def test_round95_militiamen_and_suicide_bombers(nlp):
    text = "Militiamen loyal to a warlord stopped the president at Kabul airport on Thursday."
    analysis = analysed(nlp, text, "1992-04-16")
    assert codes_at(analysis, "Militiamen") == ("AFG", "UAF")
    text = "Suicide bombers in two trucks struck two synagogues in Istanbul on Saturday, killing 23 people."
    analysis = analysed(nlp, text, "2003-11-15")
    assert codes_at(analysis, "Suicide bombers") == ("TUR", "REB")


def test_round95_a_banned_party(nlp):
    text = (
        "Liamine Zeroual won the election despite a boycott call by the banned Islamic Salvation Front, Algeria said."
    )
    analysis = analysed(nlp, text, "1995-11-17")
    assert codes_at(analysis, "Islamic Salvation Front")[1] == "OPP"
    text = "An Algiers court outlawed the Islamic Salvation Front on Wednesday at the request of the Interior Ministry."
    analysis = analysed(nlp, text, "1992-03-04")
    assert codes_at(analysis, "Islamic Salvation Front")[1] != "OPP"  # the day of its banning, the verb


def test_round95_an_office_named_general_is_no_rank(nlp):
    text = "Registrar General Tobias Mudenda declared the president the winner of Zimbabwe's election on Wednesday."
    analysis = analysed(nlp, text, "2002-03-13")
    assert codes_at(analysis, "Tobias Mudenda") == ("ZWE", "GOV")


def test_round95_olympic_and_paralympic_committees():
    assert organisation_head("Russian Paralympic Committee") == ("paralympic", "NGO")
    assert organisation_head("Brazilian Olympic Committee")[1] == "NGO"  # type: ignore[index]

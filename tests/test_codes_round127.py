"""Round 127 (batches 112 and 113's kinds, the rest): soldiers named by their arm or their stand, Japan's
Self-Defence Forces in British spelling, Brazil's military police (its states' police), and a pair named before
their party. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round127_gunners_and_defenders_are_soldiers(nlp):
    text = "Iraqi gunners shelled the port on Monday as Iranian defenders dug in along the river."
    analysis = analysed(nlp, text, "1986-02-10")
    assert codes_at(analysis, "Iraqi gunners") == ("IRQ", "MIL")
    assert codes_at(analysis, "Iranian defenders") == ("IRN", "MIL")


def test_round127_self_defence_forces_in_british_spelling(nlp):
    text = "The Defence Agency sent Self-Defence Forces troops to the flooded town on Monday."
    analysis = analysed(nlp, text, "1995-01-17")
    assert codes_at(analysis, "Self-Defence Forces") == ("JPN", "MIL")


def test_round127_brazils_military_police_are_police(nlp):
    text = "Military police in Rio de Janeiro fired tear gas at striking teachers on Tuesday."
    analysis = analysed(nlp, text, "2013-10-01")
    assert codes_at(analysis, "Military police") == ("BRA", "COP")


def test_round127_a_pair_named_before_their_party(nlp):
    text = (
        "Mario Covas and Jose Serra of the opposition Brazilian Social Democracy Party led the early returns on "
        "Wednesday, while the ruling party held the north."
    )
    analysis = analysed(nlp, text, "1994-10-05")
    assert codes_at(analysis, "Mario Covas")[1] == "OPP"

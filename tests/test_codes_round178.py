"""Round 178: a name two heads in office share ("King Abdullah", 2005 to 2015: Jordan's and Saudi Arabia's) is the
one of the country the article names, by name, capital or big city; "the late King Abdullah" is the one whose reign
had ended. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round178_the_king_of_the_country_named(nlp):
    jordan = analysed(nlp, "King Abdullah opened a new water plant in Amman on Sunday.", "2010-05-09")
    saudi = analysed(nlp, "King Abdullah opened a new university in Jeddah on Sunday.", "2010-05-09")
    assert codes_at(jordan, "Abdullah") == ("JOR", "GOV")
    assert codes_at(saudi, "Abdullah") == ("SAU", "GOV")


def test_round178_the_late_king(nlp):
    text = "Prince Alwaleed, a nephew of the late King Abdullah, bought a stake in Twitter on Tuesday."
    analysis = analysed(nlp, text, "2016-03-08")
    assert codes_at(analysis, "Abdullah")[0] == "SAU"

"""Round 82: mobs and marchers a clause in the past tells of, and army units, are groups; a mob that attacks is an
armed group of no side; "justice" with no article is the abstract noun, no judge. The sentences are written for
these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round82_mobs_that_attacked(nlp):
    # the small model tags "mobs" right before a verb a proper noun as often ("after mobs burned"): no group then
    text = "Police said mobs in Durban attacked shops owned by migrants on Sunday."
    assert codes_at(analysed(nlp, text, "2019-09-08"), "mobs") == ("ZAF", "UAF")


def test_round82_army_units_that_moved_in(nlp):
    text = "Floods swept through Queensland on Tuesday, and army units moved into the worst-hit towns near Brisbane."
    assert codes_at(analysed(nlp, text, "2011-01-11"), "army units") == ("AUS", "MIL")


def test_round82_marchers_counted(nlp):
    text = "Tens of thousands of marchers filled the Plaza de Mayo in Buenos Aires on Thursday to demand justice."
    assert codes_at(analysed(nlp, text, "1985-04-25"), "marchers")[0] == "ARG"


def test_round82_justice_demanded_is_no_judge(nlp):
    text = "Marchers in Buenos Aires demanded justice on Thursday, and the justice minister resigned."
    analysis = analysed(nlp, text, "1985-04-25")
    assert codes_at(analysis, "justice on") is None
    assert codes_at(analysis, "justice minister") == ("ARG", "GOV")

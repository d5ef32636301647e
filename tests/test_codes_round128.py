"""Round 128 (batches 114 and 115's kinds, in part): a capital or country after "pro-" or "anti-" is a stance, a
Soviet republic's Supreme Council is its parliament, and "Congo's President" is of the Congo his record files him
under. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round128_a_stance_is_no_nationality(nlp):
    text = "Estonia's parliament voted for independence on Friday while most pro-Moscow deputies stayed away."
    analysis = analysed(nlp, text, "1990-03-30")
    codes = codes_at(analysis, "Moscow")
    assert codes is None or codes[0] != "RUS"


def test_round128_a_republics_supreme_council_is_its_parliament(nlp):
    text = "Lithuania's Supreme Council voted on Sunday to restore the republic's independence."
    analysis = analysed(nlp, text, "1990-03-11")
    assert codes_at(analysis, "Supreme Council") == ("LTU", "LEG")


def test_round128_the_congo_of_a_presidents_record(nlp):
    text = "Congo's President Joseph Kabila met Rwandan President Paul Kagame in Pretoria on Tuesday."
    analysis = analysed(nlp, text, "2002-07-30")
    assert codes_at(analysis, "Joseph Kabila") == ("COD", "GOV")

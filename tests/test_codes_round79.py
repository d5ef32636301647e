"""Round 79 (batch 67's kinds): armed gangs are criminals, and a bare plural of gangs a clause in the past tells
of is a group of its own. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round79_armed_gangs_that_stormed_a_prison(nlp):
    text = "Armed gangs stormed the main prison in Port-au-Prince overnight, freeing about 3,000 inmates, police said."
    assert codes_at(analysed(nlp, text, "2024-03-03"), "Armed gangs") == ("HTI", "CRM")


def test_round79_gangs_in_the_present_are_no_group(nlp):
    analysis = analysed(nlp, "Gangs control much of the capital, the report says.", "2024-03-03")
    assert codes_at(analysis, "Gangs") is None

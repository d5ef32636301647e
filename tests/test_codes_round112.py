"""Round 112 (batch 94's kinds): the states of a relation named "between" them; strikers named with a list of
places; a body's officer named in a relative clause. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round112_the_states_of_a_dispute_between_them(nlp):
    text = "The summit host blamed a dispute between the United States and China over trade for the failure."
    analysis = analysed(nlp, text, "2018-11-18")
    assert codes_at(analysis, "United States") == ("USA", "GOV")
    assert codes_at(analysis, "China") == ("CHN", "GOV")


def test_round112_strikers_named_with_a_list_of_places(nlp):
    text = "Up to 50,000 nurses in Scotland, Wales and Northern Ireland went on strike on Thursday over pay."
    analysis = analysed(nlp, text, "2022-12-15")
    assert codes_at(analysis, "Up to 50,000 nurses")[1] == "LAB"


def test_round112_a_bodys_officer_named_in_a_relative_clause(nlp):
    text = (
        "Regulators fined the brewer Carlsberg on Friday, and the Danish Brewers Association, whose deputy chairman, "
        "Ole Hansen, called the fine unfair, said it would appeal."
    )
    analysis = analysed(nlp, text, "2014-05-16")
    assert codes_at(analysis, "Ole Hansen")[1] == codes_at(analysis, "Danish Brewers Association")[1] == "BUS"

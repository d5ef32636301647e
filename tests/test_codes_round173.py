"""Round 173: a name the NER typed a place that ends in a body's head word ("Committee", "Party") is an
organisation; a country's name that ends in one ("Soviet Union") stays a place. The sentences are written for these
tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, held_type


def test_round173_a_committee_typed_a_place_is_a_body(nlp):
    text = "The United States Olympic Committee voted on Saturday to boycott the Moscow Games."
    analysis = analysed(nlp, text, "1980-04-12")
    assert held_type(analysis, "United States Olympic Committee") == "ORG"
    assert codes_at(analysis, "United States Olympic Committee")[0] == "USA"


def test_round173_a_union_of_states_stays_a_place(nlp):
    text = "The Soviet Union launched a new space station on Thursday, Tass said."
    analysis = analysed(nlp, text, "1986-02-20")
    assert held_type(analysis, "Soviet Union") == "GPE"

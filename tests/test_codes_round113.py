"""Round 113 (batch 95's kinds, in part): an apposition's head ends before a past participle's clause; an electoral
commissioner is of the government. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round113_an_appositions_head_ends_before_a_participles_clause(nlp):
    text = (
        "The justice minister freed Karim Mansour, the Libyan intelligence agent convicted of the airliner bombing, "
        "on compassionate grounds on Thursday."
    )
    analysis = analysed(nlp, text, "2009-08-20")
    assert codes_at(analysis, "Karim Mansour") == ("LBY", "SPY")


def test_round113_an_electoral_commissioner_is_of_the_government(nlp):
    text = "Chief electoral commissioner Ahmed Kamara declared President Julius Maada Bio re-elected on Tuesday."
    analysis = analysed(nlp, text, "2023-06-27")
    assert codes_at(analysis, "Ahmed Kamara") == ("SLE", "GOV")

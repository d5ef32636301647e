"""Round 90 (batch 76's kinds): organised crime's gunmen; a hired killer; a British spelling of a dictionary's
name; another country's "Democratic" party is no US party. The sentences are written for these tests; the people in
them are invented."""

from __future__ import annotations

from dossier.codes.actors import _us_party_named, default_knowledge
from dossier.testing.records import analysed, codes_at


def test_round90_crimes_gunmen_and_a_hitman(nlp):
    text = "Mafia gunmen killed a magistrate in Palermo on Friday, police said."
    analysis = analysed(nlp, text, "1992-05-23")
    assert codes_at(analysis, "Mafia gunmen") == ("ITA", "CRM")
    text = "A teenage hitman shot dead a candidate at Bogota's airport on Thursday."
    analysis = analysed(nlp, text, "1990-03-22")
    assert codes_at(analysis, "A teenage hitman") == ("COL", "CRM")


def test_round90_a_british_spelling_of_a_dictionarys_name():
    kb = default_knowledge()
    assert kb.lookup("Palestine Liberation Organisation") == kb.lookup("Palestine Liberation Organization")
    assert kb.lookup("Palestine Liberation Organisation")


def test_round90_another_countrys_democratic_party():
    assert not _us_party_named("Senator Ana Ruiz of the Christian Democratic Party won the runoff.")
    assert not _us_party_named("the Democratic Progressive Party won")
    assert _us_party_named("Former Democratic congressman Tom Hale had a rough week.")
    assert _us_party_named("Sen. Tom Hale, D-Ill., said")


def test_round90_a_foreign_senator_is_no_us_legislator(nlp):
    text = "Senator Mario Vaca of the Christian Democratic Party won Bolivia's presidential runoff on Sunday."
    analysis = analysed(nlp, text, "2025-10-20")
    assert codes_at(analysis, "Mario Vaca")[0] != "USA"

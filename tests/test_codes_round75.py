"""Round 75: an apposition chain through a list of people ("his father, King X, his mother, Queen Y") no longer
makes them one person; a constitutional monarchy's princes and consorts are its elites, its reigning monarch its
government. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at, mention_holder


def test_round75_an_apposition_chain_through_a_list_is_two_people(nlp):
    text = (
        "The gunman killed his father, King Birendra, his mother, Queen Aishwarya, and four other relatives at "
        "the palace in Kathmandu on Friday."
    )
    analysis = analysed(nlp, text, "2001-06-02")
    king, queen = mention_holder(analysis, "Birendra"), mention_holder(analysis, "Aishwarya")
    assert king is not None and queen is not None and king.id != queen.id


def test_round75_a_prince_of_a_constitutional_monarchy_is_elite(nlp):
    text = "Prince Charles opened a new children's hospital in Cardiff on Tuesday and met nurses and patients there."
    assert codes_at(analysed(nlp, text, "2005-03-08"), "Prince Charles") == ("GBR", "ELI")


def test_round75_a_reigning_queen_is_the_government(nlp):
    text = "Queen Elizabeth opened the new session of parliament in London on Wednesday with a speech on the economy."
    assert codes_at(analysed(nlp, text, "2005-05-18"), "Queen Elizabeth") == ("GBR", "GOV")


def test_round75_a_gulf_crown_prince_keeps_his_office(nlp):
    text = "Crown Prince Mohammed bin Salman met the British prime minister in Riyadh on Sunday to discuss arms sales."
    assert codes_at(analysed(nlp, text, "2018-03-04"), "Mohammed bin Salman") == ("SAU", "GOV")

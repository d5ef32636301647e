"""Round 69 (batch 61's kinds): a candidate out of power is the opposition, a party name many countries share is
its sentence's country's, and the one who leads it follows. The sentences are written for these tests; the people
in them are invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round69_a_candidate_out_of_power_is_the_opposition(nlp):
    text = (
        "Carlos Mendez, a presidential candidate, was kidnapped by guerrillas on Saturday, and President Andres "
        "Pastrana ordered the army to find him."
    )
    assert codes_at(analysed(nlp, text, "2002-02-23"), "Carlos Mendez")[1] == "OPP"


def test_round69_the_governing_partys_candidate_is_not(nlp):
    # the Liberals held the presidency in Colombia in August 1989 (Virgilio Barco)
    text = "Liberal presidential candidate Jorge Ortega was shot dead at a rally near Bogota on Friday."
    assert codes_at(analysed(nlp, text, "1989-08-18"), "Jorge Ortega")[1] != "OPP"


def test_round69_a_shared_party_name_is_its_sentences_countrys(nlp):
    text = (
        "Pedro Valdes, the founder of the far-right Republican Party, won the first round of Chile's presidential "
        "election on Sunday, and President Sebastian Pinera called him to congratulate him."
    )
    an = analysed(nlp, text, "2021-11-21")
    assert codes_at(an, "Republican Party")[0] == "CHL"
    assert codes_at(an, "Pedro Valdes")[0] == "CHL"

"""Round 102 (batch 86's kinds): an airline named for its home, drug agents, an aid agency's nationality is no
scene, one of a kind in the plural. The sentences are written for these tests; the companies in them are
invented."""

from __future__ import annotations

from dossier.codes.text import organisation_kind
from dossier.testing.records import analysed, codes_at


def test_round102_an_airline_named_for_its_home(nlp):
    text = (
        "An Air Nevada jet struck a bridge after taking off in a snowstorm on Wednesday, and survivors were pulled out."
    )
    analysis = analysed(nlp, text, "1982-01-13")
    assert codes_at(analysis, "Air Nevada") == ("USA", "BUS")


def test_round102_a_drug_agent_is_police(nlp):
    text = "Gunmen seized Enrique Camarena, a US narcotics agent, outside the consulate in Guadalajara on Thursday."
    analysis = analysed(nlp, text, "1985-02-07")
    assert codes_at(analysis, "Enrique Camarena") == ("USA", "COP")


def test_round102_an_aid_agencys_nationality_is_no_scene(nlp):
    text = (
        "Seventeen staff of the French aid agency Action Against Hunger were found shot dead in Muttur after days "
        "of fighting between the army and Tamil Tiger rebels."
    )
    analysis = analysed(nlp, text, "2006-08-07")
    assert codes_at(analysis, "army")[0] != "FRA"


def test_round102_one_of_a_kind_in_the_plural():
    text = "would have forced the owner of TVN, one of Poland's biggest private broadcasters, to sell"
    at = text.index("TVN")
    assert organisation_kind(text, at, at + 3)[2] == "MED"

"""Round 89 (batch 75's kinds): forces a head of government orders are his country's; striking students stay
students; workers aboard a wreck are its victims; Islamist gunmen are an insurgency's; juries as a set; Pakistan's
parties in power. The sentences are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.codes.actors import default_knowledge
from dossier.testing.records import analysed, codes_at


def test_round89_forces_a_government_orders(nlp):
    text = (
        "A bomb exploded at a market in central Bangkok on Monday, killing 12, among them Malaysian shoppers, and "
        "Prime Minister Prayuth Chan-ocha ordered police to find those responsible."
    )
    analysis = analysed(nlp, text, "2016-03-14")
    assert codes_at(analysis, "police") == ("THA", "COP")


def test_round89_striking_students_stay_students(nlp):
    text = "Striking students closed the national university in Lima on Monday to protest against higher fees."
    analysis = analysed(nlp, text, "2001-04-23")
    assert codes_at(analysis, "Striking students")[1] == "EDU"


def test_round89_workers_aboard_a_wreck(nlp):
    text = "A drilling rig capsized in a storm in the North Sea with 90 oil workers aboard, the coast guard said."
    analysis = analysed(nlp, text, "1982-02-15")
    assert codes_at(analysis, "90 oil workers")[1] == "CVL"


def test_round89_islamist_gunmen(nlp):
    text = "Islamist gunmen stormed a hotel in Bamako on Friday, and President Ibrahim Boubacar Keita spoke."
    analysis = analysed(nlp, text, "2015-11-20")
    assert codes_at(analysis, "Islamist gunmen") == ("MLI", "REB")


def test_round89_juries_as_a_set(nlp):
    text = "Federal grand juries in Dallas and Houston indicted the former bank chairman on Tuesday."
    analysis = analysed(nlp, text, "1991-02-05")
    assert codes_at(analysis, "Federal grand juries") == ("USA", "JUD")


def test_round89_pakistans_parties_in_power():
    kb = default_knowledge()
    ruling = kb.ruling_parties("PAK", "2020-01-01")
    assert ruling is not None and "pti" in ruling
    assert "pml-n" in (kb.ruling_parties("PAK", "2023-08-05") or set())


def test_round89_parties_filled_in_the_table_of_heads():
    kb = default_knowledge()
    # Greece on the day of the 1981 election: New Democracy governed, PASOK did not yet
    ruling = kb.ruling_parties("GRC", "1981-10-18")
    assert ruling is not None and any("new democracy" in p for p in ruling)
    assert not any("pasok" in p for p in ruling)

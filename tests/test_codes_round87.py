"""Round 87 (batch 73's kinds): a name the NER typed a place that a person's description stands beside is that
person; the Coptic pope is Egypt's; a challenger in an election is a candidate; hospitals; a constituent assembly
is a legislature; a region after a town's name in an office is no town. The sentences are written for these tests;
the people in them are invented."""

from __future__ import annotations

from dossier.codes.codebook import default_codebook
from dossier.testing.records import analysed, codes_at


def test_round87_a_person_by_apposition(nlp):
    text = (
        "Zothanga, the leader of the Naga Liberation Front guerrillas, signed an accord with the Home Ministry "
        "in New Delhi on Monday to end the insurgency."
    )
    analysis = analysed(nlp, text, "1986-06-30")
    ent = next(e for e in analysis.entities if any(m.text == "Zothanga" for m in e.mentions))
    assert ent.type == "PERSON"
    assert codes_at(analysis, "Zothanga") == ("IND", "REB")


def test_round87_the_coptic_pope(nlp):
    text = "President Hosni Mubarak met Pope Kyrillos VII, the Coptic patriarch, in Cairo on Sunday."
    analysis = analysed(nlp, text, "1995-04-02")
    assert codes_at(analysis, "Kyrillos VII") == ("EGY", "REL")
    text = "Pope Benedict XVI said on Sunday that the church would pray for the victims."
    analysis = analysed(nlp, text, "2010-04-11")
    assert codes_at(analysis, "Benedict XVI") == ("VAT", "REL")
    text = "Pope Francis met Coptic Pope Tawadros II at the Vatican on Friday."  # "Coptic" is the second's
    analysis = analysed(nlp, text, "2023-05-12")
    assert codes_at(analysis, "Francis") == ("VAT", "REL")
    assert codes_at(analysis, "Tawadros II") == ("EGY", "REL")


def test_round87_a_challenger_in_a_runoff(nlp):
    text = (
        "Russian President Boris Yeltsin beat Communist challenger Pavel Rudenko by 12 points in Sunday's "
        "presidential runoff, the election commission said on Monday."
    )
    analysis = analysed(nlp, text, "1996-07-04")
    assert codes_at(analysis, "Pavel Rudenko")[1] == "OPP"


def test_round87_hospitals(nlp):
    text = (
        "Seoul's Hanil Medical Center, one of the city's biggest hospitals, closed its emergency ward on Tuesday "
        "after a cluster of infections."
    )
    analysis = analysed(nlp, text, "2015-06-09")
    assert codes_at(analysis, "Hanil Medical Center")[1] == "HLH"
    text = "An air strike hit a Medecins Sans Frontieres hospital in the north of the country on Saturday."
    analysis = analysed(nlp, text, "2015-10-03")
    assert codes_at(analysis, "Medecins Sans Frontieres")[1] == "NGO"


def test_round87_a_constituent_assembly_is_a_legislature(nlp):
    text = "The Constituent Assembly adopted a new constitution in Quito on Thursday."
    analysis = analysed(nlp, text, "2008-07-24")
    assert codes_at(analysis, "Constituent Assembly")[1] == "LEG"


def test_round87_a_region_after_a_towns_name_is_no_town():
    book = default_codebook()
    assert book.office_place("governor of Pando province") is None
    assert book.office_place("the mayor of Chicago") == ("USA", "Chicago")
    assert book.office_place("Governor of Texas") == ("USA", "Texas")

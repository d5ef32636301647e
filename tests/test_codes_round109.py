"""Round 109 (batch 91's kinds): a news dictionary's region over an atlas's namesake town; a place's council; a
security agency named as one; forces a government authorises; a person a country's possessive names. The
sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round109_a_dictionarys_region_over_an_atlas_namesake(nlp):
    text = (
        "A bomb exploded outside a hotel in Jakarta on Tuesday, killing 12 people in Bali, and national police "
        "chief Made Pastika said it bore the hallmarks of Jemaah Islamiyah."
    )
    analysis = analysed(nlp, text, "2003-08-05")
    assert codes_at(analysis, "Made Pastika") == ("IDN", "COP")


def test_round109_a_places_council_is_its_government(nlp):
    text = "The Orkney Islands Council warned on Friday that fish farms faced ruin after the spill."
    analysis = analysed(nlp, text, "1993-01-08")
    assert codes_at(analysis, "Orkney Islands Council")[1] == "GOV"


def test_round109_a_security_agency_is_a_states_spies(nlp):
    text = "A flaw first found by the US National Security Agency was exploited by the attackers, experts said."
    analysis = analysed(nlp, text, "2017-05-12")
    assert codes_at(analysis, "National Security Agency")[1] == "SPY"


def test_round109_forces_a_president_authorises_are_his_countrys(nlp):
    text = (
        "President Jair Bolsonaro authorised the armed forces to fight fires in the Amazon, hours after Emmanuel "
        "Macron accused him of lying."
    )
    analysis = analysed(nlp, text, "2019-08-23")
    assert codes_at(analysis, "the armed forces") == ("BRA", "MIL")


def test_round109_a_person_a_countrys_possessive_names_is_its_official(nlp):
    text = "The accord was merely noted after Sudan's Lumumba Di-Aping led objections in an all-night session."
    analysis = analysed(nlp, text, "2009-12-19")
    assert codes_at(analysis, "Lumumba Di-Aping") == ("SDN", "GOV")

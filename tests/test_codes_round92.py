"""Round 92 (batch 78's kinds): an embassy's state and its envoy; a people's word before a group takes its
scene; a party by its members' name; a country's peacekeepers; a gang or a mob that acts; officers who rebel.
The sentences are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.resolve.knowledge import members_name
from dossier.testing.records import analysed, codes_at


def test_round92_an_embassys_state_and_its_envoy(nlp):
    text = (
        "Police stormed the Chilean embassy in Tegucigalpa on Friday to remove farm workers who had occupied it, "
        "and Ambassador Tomas Vidal was slightly hurt."
    )
    analysis = analysed(nlp, text, "1984-03-02")
    assert codes_at(analysis, "Tomas Vidal") == ("CHL", "GOV")  # he serves the state that sent him
    assert codes_at(analysis, "Police")[0] == "HND"  # the embassy is no scene of Chile's


def test_round92_a_faiths_word_before_a_group_takes_its_scene(nlp):
    text = "Thousands of protesters, among them Catholic clergy, rallied in Manila on Sunday against corruption."
    analysis = analysed(nlp, text, "2025-09-21")
    assert codes_at(analysis, "Catholic clergy") == ("PHL", "REL")


def test_round92_a_party_by_its_members_name(nlp):
    assert members_name("civic democratic party") == "civic democrats"
    assert members_name("socialist party") == "socialists"
    assert members_name("labour party") is None
    text = (
        "Prime Minister Petr Necas said on Sunday he would resign, and his Civic Democrats began looking for a new "
        "leader."
    )
    analysis = analysed(nlp, text, "2013-06-16")
    assert codes_at(analysis, "Civic Democrats") == ("CZE", "PTY")


def test_round92_a_countrys_peacekeepers_are_its_army(nlp):
    text = "Fijian peacekeepers patrolled the streets of Dili on Monday after a week of riots."
    analysis = analysed(nlp, text, "2006-06-05")
    assert codes_at(analysis, "Fijian peacekeepers") == ("FJI", "MIL")


def test_round92_a_gang_or_a_mob_that_acts(nlp):
    text = (
        "Soldiers burned the village of Ogbia after a local armed gang killed nine policemen there, Nigerian "
        "officials said."
    )
    analysis = analysed(nlp, text, "1999-11-24")
    assert codes_at(analysis, "a local armed gang") == ("NGA", "CRM")
    text = "A mob attacked a police station in Georgetown on Tuesday after a teenager died in custody."
    analysis = analysed(nlp, text, "2003-05-06")
    assert codes_at(analysis, "A mob") == ("GUY", "UAF")
    analysis = analysed(nlp, "A mob is a danger to any town.", "2003-05-06")
    assert not [e for e in analysis.entities if e.name == "mob"]  # in general, no actor


def test_round92_officers_who_rebel(nlp):
    text = "President Hugo Banzer resigned a day after rebel officers rose up against him in the city of Santa Cruz."
    analysis = analysed(nlp, text, "1981-08-04")
    assert codes_at(analysis, "rebel officers") == ("BOL", "MIL")

"""Round 62 (batch 57's kinds): groups the entity stage missed: criminals and hired fighters, paratroopers,
spectators, leaders of a group by its kind, a state's guard. The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round62_thieves_are_criminals_where_they_struck(nlp):
    text = "Thieves stole two paintings from a museum in Lyon on Sunday, police said."
    assert codes_at(analysed(nlp, text, "2010-05-23"), "Thieves") == ("FRA", "CRM")


def test_round62_mercenaries_and_paratroopers_are_actors(nlp):
    text = "Mercenaries seized the airport on Wednesday before army paratroopers flown in from Dakar retook it."
    an = analysed(nlp, text, "1981-11-25")
    assert codes_at(an, "Mercenaries")[1] == "UAF"
    assert codes_at(an, "army paratroopers")[1] == "MIL"


def test_round62_leaders_named_by_their_groups_kind(nlp):
    text = "Church leaders in Nairobi accused President Daniel arap Moi of letting police beat worshippers."
    assert codes_at(analysed(nlp, text, "1997-07-08"), "Church leaders") == ("KEN", "REL")


def test_round62_world_leaders_stay_vague(nlp):
    an = analysed(nlp, "World leaders gathered in Paris on Monday to sign the accord.", "2015-12-14")
    assert not any(e.name.lower().endswith("world leaders") for e in an.entities)


def test_round62_a_states_guard_by_its_kind_is_its_army(nlp):
    text = "Soldiers of the presidential guard surrounded the parliament in Niamey on Thursday."
    assert codes_at(analysed(nlp, text, "2023-07-27"), "presidential guard") == ("NER", "MIL")


def test_round62_a_security_guard_is_no_force(nlp):
    an = analysed(nlp, "A security guard was shot dead outside the bank on Monday.", "2015-03-02")
    assert not any(e.name.lower().endswith("security guard") and e.sector == "MIL" for e in an.entities)
